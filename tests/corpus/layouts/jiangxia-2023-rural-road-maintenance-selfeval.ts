import type { CorpusLayout } from "../types";

// 武汉市江夏区 2024-11: with the 2023 重点绩效评价 results (175 project spendings, 128.01亿元), a 项目支出绩效自评表 of one transport project:
// 年初预算数 | 全年预算数（A） | 全年执行数（B） | 分值 | 执行率（B/A） | 得分 over 年度资金总额 and its 其中 sources, then the indicators with a
// 偏差原因分析及改进措施 column, 总分 at the foot and the 2023 year only in the form's head.
export const layout: CorpusLayout = {
  id: "jiangxia-2023-rural-road-maintenance-selfeval",
  source: {
    title: "江夏区2023年财政重点绩效评价结果公开（项目支出绩效自评表据正文拟）",
    url: "http://www.jiangxia.gov.cn/xxgk_22343/xxgkml_22349/cwgk_22359/xgzdhyj_22429/202501/t20250122_2523332.shtml",
    publisher: "武汉市江夏区财政局",
    date: "2024-11-24",
    changes:
      "The notice (2023 重点评价 of 175 项目支出, 1 部门整体支出 and 1 财政综合运行, 128.01亿元, third-party evaluators, the report as an annex) is as " +
      "published; the stored copy does not show the report, so the form — laid out as Hubei's 项目支出绩效自评表 are — its project, figures, " +
      "indicators and scores are ours. Planted: 年度资金总额's 年初预算数 typed 1,850 over 本年财政拨款 1,580 (its only source that column); " +
      "危桥改造 4座 against a target of 6座 yet scored its full 10.",
  },
  classes: ["selfeval", "form", "sources-under-total", "three-budget-columns", "reason-column", "indicator-table", "merged-side-labels", "total-score-row", "table-from-prose", "district-fund", "hubei"],
  settings: { asOf: "2024-03-31", district: "江夏区" },
  sheets: [
    {
      name: "自评表",
      widths: [16, 16, 22, 16, 16, 10, 10, 30],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null],
        ["项目名称", "江夏区2023年农村公路养护工程", null, null, null, null, null, null],
        ["主管部门", "武汉市江夏区交通运输局", null, null, "实施单位", "江夏区农村公路管理站", null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"],
        ["年度资金总额：", null, 1850, 2036.5, 1975.4, 10, "97.00%", 9.7],
        ["其中：本年财政拨款", null, 1580, 1986.5, 1925.4, "—", "—", "—"],
        ["上年结转资金", null, null, 50, 50, "—", "—", "—"],
        ["其他资金", null, null, null, null, "—", "—", "—"],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null],
        [null, "完成全区1200公里农村公路日常养护，改造危桥6座，路面技术状况保持稳定。", null, null, "完成农村公路日常养护1236公里，改造危桥4座，路况总体稳定。", null, null, null],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标（50分）", "数量指标", "养护农村公路里程", "≥1200公里", "1236公里", 10, 10, null],
        [null, null, "危桥改造座数", "6座", "4座", 10, 10, null],
        [null, "质量指标", "路面技术状况指数（PQI）", "≥80", "82.6", 10, 10, null],
        [null, "时效指标", "养护工程完工时间", "2023年11月底前", "2023年11月", 10, 10, null],
        [null, "成本指标", "每公里养护成本", "≤1.6万元", "1.58万元", 10, 10, null],
        ["效益指标（30分）", "社会效益指标", "农村公路列养率", "100%", "100%", 15, 15, null],
        [null, "可持续影响指标", "优良中等路率", "≥85%", "83.2%", 15, 12, "部分路段受汛期影响，中修工程顺延至2024年实施。"],
        ["满意度指标（10分）", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93%", 10, 10, null],
        ["总分", null, null, null, null, 100, 96.7, null],
      ],
      merges: [
        "A1:H1", "A2:H2", "B3:H3", "B4:D4", "F4:H4", "A5:B5", "A6:B6", "A7:B7", "A8:B8", "A9:B9",
        "A10:A11", "B10:D10", "E10:H10", "B11:D11", "E11:H11", "A13:A17", "B13:B14", "A18:A19", "A21:E21",
      ],
      numberFormats: { "C6:E9": "#,##0.00", "H6": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2023 }],
    findings: [
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年初预算数: 年度资金总额 1,850.00 where 本年财政拨款 1,580.00 + 上年结转 (blank) + 其他 (blank) = 1,580.00" },
      { rule: "selfeval.target-missed-full-score", cell: "G14", why: "危桥改造 4座 misses its 6座 target, yet scores its full 10" },
    ],
    absent: [
      { rule: "selfeval.total-mismatch", cell: "D6", why: "全年预算 2,036.50 = 1,986.50 + 50.00" },
      { rule: "selfeval.total-mismatch", cell: "E6", why: "全年执行 1,975.40 = 1,925.40 + 50.00" },
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "1,975.40 / 2,036.50 = 97.00%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 97.00% = 9.70" },
      { rule: "selfeval.score-mismatch", cell: "G21", why: "总分 96.7 = 9.7 + 10 + 10 + 10 + 10 + 10 + 15 + 12 + 10" },
      { rule: "selfeval.weights", why: "execution 10 + 产出 50 + 效益 30 + 满意度 10 = 100" },
      { rule: "selfeval.missing-explanation", cell: "H19", why: "优良中等路率 scored 12 of 15 gives its reason" },
      { rule: "selfeval.target-missed-full-score", cell: "G16", why: "completed in 2023年11月, within 2023年11月底前" },
      { rule: "selfeval.target-missed-full-score", cell: "G17", why: "1.58万元 meets ≤1.6万元" },
      { rule: "execution.overspent", why: "全年执行 1,975.40 is below 全年预算 2,036.50" },
    ],
  },
};
