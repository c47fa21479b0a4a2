import type { CorpusLayout } from "../types";

// 楚雄彝族自治州人大常委会办公室 2023年度部门决算, 第四部分 四（三）项目支出绩效自评表 — the Yunnan form: money block (年初预算数 | 全年预算数 |
// 全年执行数 | 分值 | 执行率 | 得分, 年度资金总额 over its 其中 lines), 年度总体目标, then 一级 / 二级 / 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
// 偏差原因分析及改进措施, 总分 at the foot.
export const layout: CorpusLayout = {
  id: "chuxiong-npc-office-2023-project-selfeval",
  source: {
    title: "楚雄彝族自治州人民代表大会常务委员会办公室2023年度部门决算（第四部分 四、部门绩效自评情况（三）项目支出绩效自评表）",
    url: "http://czj.cxz.gov.cn/info/2322/41367.htm",
    publisher: "楚雄彝族自治州人民代表大会常务委员会办公室",
    date: "2024",
    changes:
      "As published: the department, the year and the form's place and name in the 决算's contents (四、部门绩效自评情况 （三）项目支出绩效自评表). " +
      "The stored copy shows the contents, not the form's body: its rows and headings follow the Yunnan 项目支出绩效自评表 template; the " +
      "project, its implementing section, the indicators, scores and figures are ours. Planted: the 全年执行数 of 当年财政拨款 typed 43.27 where " +
      "年度资金总额 47.32 less 上年结转 3.60 leaves 43.72, so the 其中 lines add to 46.87; 代表培训人次 (≥300人次) reached 285 yet scored its full 10.",
  },
  classes: [
    "selfeval", "performance-self-evaluation", "money-block", "qizhong-lines", "budget-score", "indicator-table", "targets-with-signs",
    "deviation-column", "total-score-row", "two-decimal-wanyuan", "department-final-accounts", "prefecture-department", "yunnan",
  ],
  sheets: [
    {
      name: "项目支出绩效自评表",
      widths: [12, 20, 24, 14, 14, 8, 10, 30],
      rows: [
        ["2023年度项目支出绩效自评表", null, null, null, null, null, null, null],
        ["项目名称", "州人大代表履职服务保障经费", null, null, null, null, null, null],
        ["主管部门", "楚雄彝族自治州人民代表大会常务委员会办公室", null, null, "实施单位", "州人大常委会办公室代表工作科", null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "年度资金总额", 45, 52, 47.32, 10, "91.00%", 9.1],
        [null, "其中：当年财政拨款", 45, 48, 43.27, null, "90.15%", null],
        [null, "上年结转资金", null, 4, 3.6, null, "90.00%", null],
        [null, "其他资金", null, null, null, null, null, null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null],
        [null, "保障州人大代表开展视察调研、培训学习和建议办理等履职活动，提升代表履职能力。", null, null, "组织代表视察调研7次，培训代表285人次，代表建议全部按期办复。", null, null, null],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "组织代表视察调研次数", "≥6次", "7次", 15, 15, null],
        [null, null, "代表培训人次", "≥300人次", "285人次", 10, 10, null],
        [null, "质量指标", "代表建议办复率", "100%", "100%", 15, 15, null],
        [null, "时效指标", "经费支付及时率", "≥95%", "92%", 10, 8, "部分会议及培训费用结算滞后；今后督促及时报账。"],
        [null, "成本指标", "人均培训成本", "≤600元/人", "580元/人", 10, 10, null],
        ["效益指标", "社会效益指标", "代表履职能力", "明显提升", "明显提升", 20, 20, null],
        ["满意度指标", "服务对象满意度指标", "代表满意度", "≥90%", "95%", 10, 10, null],
        ["总分", null, null, null, null, 100, 97.1, null],
      ],
      merges: ["A1:H1", "B2:H2", "B3:D3", "F3:H3", "A4:B4", "A5:A8", "A9:A10", "B9:D9", "E9:H9", "B10:D10", "E10:H10", "A12:A16", "B12:B13", "A19:E19"],
      numberFormats: { "C5:E8": "0.00", "H5": "0.00", "G19": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "项目支出绩效自评表", kind: "selfeval", unit: "万元", headerRow: 4, lastRow: 19, year: 2023 }],
    findings: [
      { rule: "selfeval.total-mismatch", cell: "E5", why: "年度资金总额 全年执行数 47.32; its 其中 lines 43.27 + 3.60 + nothing = 46.87: 0.45万元 apart" },
      { rule: "selfeval.target-missed-full-score", cell: "G13", why: "代表培训人次 ≥300人次, 实际完成 285人次, yet 得分 10 of 分值 10" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G5", why: "47.32 / 52.00 = 91.00%, as shown" },
      { rule: "selfeval.score-mismatch", cell: "H5", why: "分值 10 × 91.00% = 9.10, as given" },
      { rule: "selfeval.total-mismatch", cell: "D5", why: "全年预算数 52.00 = 48.00 + 4.00" },
      { rule: "selfeval.total-mismatch", cell: "C5", why: "年初预算数 45.00 = 45.00 + nothing" },
      { rule: "selfeval.score-mismatch", cell: "G19", why: "总分 97.10 = 9.10 + 15 + 10 + 15 + 8 + 10 + 20 + 10" },
      { rule: "selfeval.weights", why: "分值 10 (budget) + 15 + 10 + 15 + 10 + 10 + 20 + 10 = 100" },
      { rule: "selfeval.missing-explanation", cell: "G15", why: "经费支付及时率 scored 8 of 10 and its 偏差原因 (H15) is filled in" },
      { rule: "selfeval.missing-explanation", cell: "G5", why: "执行率 91.00% is not below 90%" },
      { rule: "selfeval.target-missed-full-score", cell: "G15", why: "经费支付及时率 92% misses ≥95% but is scored 8, not its full 10" },
      { rule: "selfeval.target-missed-full-score", cell: "G16", why: "人均培训成本 ≤600元/人, actual 580: met" },
    ],
  },
};
