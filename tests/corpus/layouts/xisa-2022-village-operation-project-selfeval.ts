import type { CorpusLayout } from "../types";

// 文山州西畴县西洒镇 2022 部门决算, 第四部分 四（三）项目支出绩效自评表: the national form — 项目资金 block (年初预算数 | 全年预算数 | 全年执行数 |
// 分值 | 执行率 | 得分, 年度资金总额 and its 其中 lines), 年度总体目标, then 一级 / 二级 / 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施.
export const layout: CorpusLayout = {
  id: "xisa-2022-village-operation-project-selfeval",
  source: {
    title: "文山州西畴县西洒镇2022年度部门决算（第四部分 四、部门绩效自评情况（三）项目支出绩效自评表）",
    url: "https://xczw.gov.cn/zfxxgk/fdzdgknr/czxx/content_36666",
    publisher: "西畴县西洒镇人民政府",
    changes:
      "As published: the report's parts and the form it names (项目支出绩效自评表 in the national template). The stored copy shows the contents, not the form's " +
      "body: the project (村级组织运转经费), the money, the indicators, values and scores are ours, laid out in the national template's rows and headings. " +
      "Planted: 补贴按月发放及时率 90% misses ≥95% yet scores its full 10; 村干部满意度 scores 8 of 10 with no reason given; 总分 98.59 where the scores add up to 97.59.",
  },
  classes: ["selfeval", "national-template", "money-block", "qizhong-lines", "three-level-indicators", "budget-raised-during-year", "town-government", "contents-only-stored", "yunnan"],
  sheets: [
    {
      name: "项目自评表",
      widths: [14, 14, 24, 14, 14, 10, 10, 24],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null],
        ["（2022年度）", null, null, null, null, null, null, null],
        ["项目名称", "西洒镇2022年村级组织运转经费", null, null, null, null, null, null],
        ["主管部门", "西畴县西洒镇人民政府", null, null, "实施单位", "西畴县西洒镇人民政府", null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "年度资金总额", 86.4, 92.16, 88.35, 10, 0.9587, 9.59],
        [null, "其中：当年财政拨款", 86.4, 92.16, 88.35, "—", "—", "—"],
        [null, "上年结转资金", 0, 0, 0, "—", "—", "—"],
        [null, "其他资金", 0, 0, 0, "—", "—", "—"],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null],
        [null, "保障全镇11个村（社区）组织正常运转，按月足额发放村干部补贴。", null, null, "11个村（社区）组织运转正常，村干部补贴足额发放，个别月份因资金调度延后发放。", null, null, null],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "保障村（社区）数", "=11个", "11个", 15, 15, null],
        [null, null, "村干部补贴发放人数", "≥92人", "92人", 15, 15, null],
        [null, "质量指标", "补贴足额发放率", "=100%", "100%", 10, 10, null],
        [null, "时效指标", "补贴按月发放及时率", "≥95%", "90%", 10, 10, null],
        [null, "成本指标", "村级组织运转经费标准", "≤8万元/村", "8万元/村", 10, 10, null],
        ["效益指标", "社会效益指标", "村级组织正常运转", "正常运转", "正常运转", 20, 20, null],
        ["满意度指标", "服务对象满意度指标", "村干部满意度", "≥90%", "86%", 10, 8, null],
        ["总分", null, null, null, null, 100, 98.59, null],
      ],
      merges: ["A1:H1", "A2:H2", "B3:H3", "B4:D4", "F4:H4", "A5:B5", "A6:A9", "A10:A11", "B10:D10", "E10:H10", "B11:D11", "E11:H11", "A13:A17", "B13:B14", "A20:E20"],
      numberFormats: { "C6:E9": "0.00", "G6": "0.00%", "H6": "0.00", "G20": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "项目自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 20, year: 2022 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "G16", why: "补贴按月发放及时率 90% misses ≥95%, yet scores its full 10" },
      { rule: "selfeval.missing-explanation", cell: "G19", why: "村干部满意度 86% under ≥90% scores 8 of 10 and its 偏差原因分析及改进措施 (H19) is empty" },
      { rule: "selfeval.score-mismatch", cell: "G20", why: "总分 98.59 but the scores add up to 9.59+15+15+10+10+10+20+8 = 97.59" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "88.35 / 92.16 = 95.87%, as stated" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 95.87% = 9.59, as stated" },
      { rule: "selfeval.total-mismatch", cell: "D6", why: "年度资金总额 92.16 = 92.16 + 0 + 0, column by column" },
      { rule: "execution.overspent", cell: "E6", why: "88.35 above the year-start 86.40 but below the raised 92.16" },
      { rule: "selfeval.weights", why: "the 分值 add up to 10+15+15+10+10+10+20+10 = 100" },
      { rule: "selfeval.target-missed-full-score", cell: "G17", why: "8万元/村 meets ≤8万元/村" },
    ],
  },
};
