import type { CorpusLayout } from "../types";

// 西平县 2023-12-26: the self-evaluation of the 2023 农产品交易市场仓储基地建设项目 (财政衔接资金 8010万元, 100% paid by 11-30; ten cold
// stores of about 50,000 m³, a 20,000 m² logistics centre, four processing workshops; 15 indicators) — here as the 项目支出绩效自评表.
export const layout: CorpusLayout = {
  id: "xiping-2023-storage-base-linkage-selfeval",
  source: {
    title: "2023年西平县农产品交易市场仓储基地建设项目绩效自评报告（项目支出绩效自评表据报告拟）",
    url: "http://218.28.100.114:82/portal/zwgk/zdgk/hjbh/tpgj/webinfo/2023/12/phone1711893936644135.htm",
    publisher: "西平县（扶贫办）",
    date: "2023-12-26",
    changes:
      "As published: 8010万元 of 财政衔接资金, all paid (执行率100%), the project's three outputs (冷藏库10个约50000立方米, 物流仓储中心约20000平方米, " +
      "小型农产品加工车间4个) and the evaluation dates. The report is prose; the form (national 项目支出绩效自评表: 项目资金 block, 年度总体目标, " +
      "一级 / 二级 / 三级指标 with 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施, 总分) is laid out from it, with ten of the fifteen " +
      "indicators and values of ours. Planted: the cold stores' volume 46000立方米 against ≥50000立方米 yet the full 10 points, no reason given; " +
      "the 总分 typed 98 where the scores add up to 100.",
  },
  classes: ["selfeval", "national-template", "project-form", "linkage-fund", "initial-and-full-year-budget", "dash-for-nothing", "rates-as-text", "whole-percent-rates", "three-level-indicators", "text-targets", "units-in-targets", "explanation-column", "year-line-under-title", "signoff-line", "table-from-prose", "county-fund", "henan"],
  settings: { district: "西平县" },
  sheets: [
    {
      name: "自评表",
      widths: [14, 18, 30, 16, 16, 8, 8, 24],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null],
        ["项目名称", "2023年西平县农产品交易市场仓储基地建设项目", null, null, null, null, null, null],
        ["主管部门", "西平县乡村振兴局", null, null, "实施单位", "西平县农产品交易市场建设指挥部", null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "年度资金总额", 8010, 8010, 8010, 10, "100%", 10],
        [null, "其中：当年财政拨款", 8010, 8010, 8010, "—", "100%", "—"],
        [null, "上年结转资金", "—", "—", "—", "—", "—", "—"],
        [null, "其他资金", "—", "—", "—", "—", "—", "—"],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null],
        [null, "新建农产品储存冷藏库10个约50000立方米、物流仓储中心约20000平方米、小型农产品加工车间4个约8000平方米，带动农产品流通和脱贫人口增收。", null, null, "冷藏库、物流仓储中心及加工车间均已建成，资金全部拨付到位。", null, null, null],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "新建农产品储存冷藏库容积", "≥50000立方米", "46000立方米", 10, 10, null],
        [null, null, "物流仓储中心建筑面积", "≥20000平方米", "20000平方米", 10, 10, null],
        [null, null, "小型农产品加工车间", "=4个", "4个", 10, 10, null],
        [null, "质量指标", "项目（工程）验收合格率", "100%", "100%", 10, 10, null],
        [null, "时效指标", "项目（工程）完成及时率", "≥95%", "100%", 10, 10, null],
        [null, "成本指标", "项目总投资", "≤8010万元", "8010万元", 10, 10, null],
        ["效益指标", "经济效益指标", "带动农产品年交易额", "≥3亿元", "3.2亿元", 10, 10, null],
        [null, "社会效益指标", "受益脱贫人口（含监测对象）数", "≥1200人", "1260人", 5, 5, null],
        [null, "可持续影响指标", "工程设计使用年限", "≥20年", "20年", 5, 5, null],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥95%", "96%", 10, 10, null],
        ["总分", null, null, null, null, 100, 98, null],
        ["项目负责人：          财务负责人：          填报日期：2023年12月15日", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "B3:H3", "B4:D4", "F4:H4", "A5:B5", "A6:A9", "A10:A11", "B10:D10", "E10:H10", "B11:D11", "E11:H11", "A13:A18", "B13:B15", "A19:A21", "A23:E23", "A24:H24"],
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 23, year: 2023 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "G13", why: "冷藏库容积 46000立方米 against ≥50000立方米, yet the full 10 points" },
      { rule: "selfeval.score-mismatch", cell: "G23", why: "总分 98 where the scores add up to 10 (budget) + 10 × 6 + 10 + 5 + 5 + 10 = 100" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "8010 / 8010 = 100%" },
      { rule: "selfeval.weights", why: "分值 10 + 60 + 10 + 5 + 5 + 10 = 100, as 总分's 分值 states" },
      { rule: "selfeval.total-mismatch", why: "当年财政拨款 is the whole of 年度资金总额 (8010 each); the other sources are dashes" },
      { rule: "selfeval.target-missed-full-score", cell: "G14", why: "20000平方米 meets ≥20000平方米" },
      { rule: "selfeval.target-missed-full-score", cell: "G18", why: "8010万元 meets ≤8010万元" },
      { rule: "selfeval.target-missed-full-score", cell: "G20", why: "1260人 ≥ 1200人" },
      { rule: "selfeval.target-missed-full-score", cell: "G22", why: "96% ≥ 95%" },
      { rule: "execution.overspent", why: "8010 spent of 8010" },
      { rule: "input.unreadable-value", why: "dashes, goal texts and the sign-off line are text" },
    ],
  },
};
