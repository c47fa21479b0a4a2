import type { CorpusLayout } from "../types";

// 内蒙古自治区水利厅 2023年度部门决算公开, 第二部分 十四、预算绩效情况说明: the department's project self-evaluation, laid out as the national
// 项目支出绩效自评表 — 项目资金 block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) over its 其中 sources, 年度总体目标, then
// 绩效指标 | 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施, 总分 at the foot.
export const layout: CorpusLayout = {
  id: "neimenggu-water-2023-water-saving-project-selfeval",
  source: {
    title: "2023年度内蒙古自治区水利厅部门决算公开（第二部分 十四、预算绩效情况说明：项目支出绩效自评表据说明拟）",
    url: "http://slt.nmg.gov.cn/xxgk/zfxxgkzl/fdzdgknr/yjsgk/202409/t20240911_2573099.html",
    publisher: "内蒙古自治区水利厅",
    date: "2024-09-11",
    changes:
      "The stored copy lists 十四、预算绩效情况说明 among the explanations but shows neither its text nor any form. The form is the national " +
      "项目支出绩效自评表; the project (水资源节约与管理专项), its targets, results, money and scores are ours. Planted: 取用水监管重点监控点位数 " +
      "reaches 112 of ≥120 yet scores its full 10; 总分 typed 98.5 where the scores add up to 96.5.",
  },
  classes: ["selfeval", "national-selfeval-template", "money-block-above-indicators", "qizhong-sources", "label-column", "merged-level-cells", "targets-with-signs", "rates-as-text", "deviation-column", "total-at-foot", "table-from-prose", "table-not-in-stored-copy", "province-department", "neimenggu"],
  sheets: [
    {
      name: "项目自评表",
      widths: [8, 12, 16, 26, 16, 14, 8, 8, 40],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "水资源节约与管理专项", null, null, null, null, null, null, null],
        ["主管部门", "内蒙古自治区水利厅", null, null, "实施单位", "内蒙古自治区水利厅", null, null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 1200, 1150, 1092.5, 10, "95.0%", 9.5, null],
        [null, "其中：当年财政拨款", 1200, 1150, 1092.5, "—", "—", "—", null],
        [null, "上年结转资金", 0, 0, 0, "—", "—", "—", null],
        [null, "其他资金", 0, 0, 0, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null, null],
        [null, "完善取用水监管体系，建设重点监控点位120个以上，推进县域节水型社会达标建设，万元GDP用水量下降2%以上。", null, null, "建成重点监控点位112个，13个旗县通过节水型社会达标验收，万元GDP用水量下降1.6%。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "取用水监管重点监控点位数", "≥120个", "112个", 10, 10, null],
        [null, null, null, "县域节水型社会达标建设旗县数", "≥12个", "13个", 10, 10, null],
        [null, null, "质量指标", "取水计量设施在线率", "≥95%", "96.8%", 10, 10, null],
        [null, null, "时效指标", "项目完成时间", "2023年12月底前", "2023年12月", 10, 10, null],
        [null, null, "成本指标", "单个监控点位改造成本", "≤3.5万元", "3.4万元", 10, 10, null],
        [null, "效益指标", "社会效益指标", "万元GDP用水量下降率", "≥2%", "1.6%", 15, 12, "部分盟市高耗水项目集中投产，用水总量增幅高于预期；下一步严格用水定额管理。"],
        [null, null, "生态效益指标", "地下水超采区压减开采量", "≥0.5亿立方米", "0.52亿立方米", 15, 15, null],
        [null, "满意度指标", "服务对象满意度指标", "取用水户满意度", "≥90%", "93%", 10, 10, null],
        [null, "总分", null, null, null, null, 100, 98.5, null],
      ],
      merges: ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "A10:A11", "B10:D10", "E10:I10", "B11:D11", "E11:I11", "A12:A20", "B13:B17", "C13:C14", "B18:B19", "B21:F21"],
      numberFormats: { "C6:E9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "项目自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2023 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H13", why: "取用水监管重点监控点位数 112个 misses its ≥120个 target, yet scores its full 10" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "总分 98.5; the scores add up to 9.5 + 10 + 10 + 10 + 10 + 10 + 12 + 15 + 10 = 96.5" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "1,092.50 / 1,150.00 = 95.0%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 95.0% = 9.5" },
      { rule: "selfeval.weights", why: "分值 10 (budget) + 10 × 5 + 15 + 15 + 10 = 100" },
      { rule: "selfeval.total-mismatch", cell: "E6", why: "年度资金总额 = 当年财政拨款 + 0 + 0 in every column" },
      { rule: "selfeval.target-missed-full-score", cell: "H18", why: "万元GDP用水量下降率 missed and scored 12 of 15, not full" },
      { rule: "selfeval.missing-explanation", cell: "I18", why: "the 12 of 15 is explained" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "3.4万元 is within ≤3.5万元" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "2023年12月 meets 2023年12月底前" },
      { rule: "execution.overspent", why: "1,092.50 spent of 1,150.00; the year-start 1,200.00 was cut, not exceeded" },
    ],
  },
};
