import type { CorpusLayout } from "../types";

// A 呼和浩特 county (“**河县” in the reprint) 2024: the self-evaluation of its 2023 中央水利发展资金 — 2263万元 (呼财农指〔2023〕10号)
// split over seven lines, plus 791万元 of 衔接资金 and 5万元 of 自治区 money. Laid out as the national 中央对地方转移支付区域绩效自评表
// (资金情况 全年预算数（A）/ 全年执行数（B）/ 执行率, indicators with 全年实际完成值 and no 分值) and, on a second sheet, the fund's lines as the
// report lists them with what was spent.
export const layout: CorpusLayout = {
  id: "huhhot-county-2023-water-fund-region-selfeval",
  source: {
    title: "**河县2023年度中央水利发展资金绩效自评报告",
    url: "https://wap.qianlima.com/zb/detail/20240701_430694551.html",
    publisher: "（呼和浩特市）**河县水务局（转载页隐去县名）",
    date: "2024-07-01",
    changes:
      "As published in the report: the documents, 中央 2263万元 and its seven lines (中小河流治理工程 1435, 小型水库工程维修养护 25, 农村饮水工程维修" +
      "养护 55, 小流域综合治理 700, 山洪灾害防治设施维养 6, 水**管理 14 — written 水资源管理 here —, 农业水价改革 18), 衔接 791 and 自治区 5, the " +
      "river works (3.75km, 护岸 3.47km). Kept from the publication: the seven lines add up to 2253, not the stated 2263. Ours: the form's " +
      "layout (the national 区域绩效自评表, which the report follows but does not show), every 执行数 and rate, the indicators and their values " +
      "beyond the river works. Planted: the form's 年度资金总额 rate shown 96.67% where 2,987.60 / 3,059.00 = 97.67%.",
  },
  classes: ["selfeval", "execution", "two-sheets", "region-transfer-form", "no-weights", "side-label-unit", "text-targets", "published-discrepancy", "total-row-first", "rates-as-text", "documents-column", "wanyuan-caption", "neimenggu"],
  settings: { asOf: "2024-06-30" },
  sheets: [
    {
      name: "区域绩效自评表",
      widths: [14, 14, 16, 26, 14, 16, 20],
      rows: [
        ["中央对地方转移支付区域绩效自评表", null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null],
        ["转移支付名称", "水利发展资金", null, null, null, null, null],
        ["中央主管部门", "水利部", null, "地方主管部门", "**河县水务局", null, null],
        ["资金情况\n（万元）", null, "全年预算数（A）", "全年执行数（B）", "执行率（B/A）", null, null],
        [null, "年度资金总额：", 3059, 2987.6, "96.67%", null, null],
        [null, "其中：中央财政资金", 2263, 2215.4, "97.90%", null, null],
        [null, "地方资金", 796, 772.2, "97.01%", null, null],
        [null, "其他资金", null, null, null, null, null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null],
        [null, "完成中小河流治理河道3.75公里、小流域综合治理，维修养护小型水库和农村饮水工程，推进农业水价综合改革。", null, null, "中小河流治理主体工程基本完工，小流域综合治理、维修养护和水价改革任务完成。", null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因分析"],
        [null, "产出指标", "数量指标", "中小河流治理河道长度", "≥3.75公里", "3.75公里", null],
        [null, null, "数量指标", "新建护岸长度", "≥3.47公里", "3.47公里", null],
        [null, null, "数量指标", "小流域综合治理面积", "≥12平方公里", "12.3平方公里", null],
        [null, null, "质量指标", "工程验收合格率", "100%", "100%", null],
        [null, null, "时效指标", "主体工程完工时间", "2023年11月底前", "2023年11月", null],
        [null, "效益指标", "社会效益指标", "防洪保护人口", "≥1.2万人", "1.2万人", null],
        [null, null, "可持续影响指标", "工程设计使用年限", "≥20年", "20年", null],
        [null, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93%", null],
      ],
      merges: ["A1:G1", "A2:G2", "B3:G3", "B4:C4", "E4:G4", "A5:A9", "F5:G9", "A10:A11", "B10:D10", "E10:G10", "B11:D11", "E11:G11", "A12:A20", "B13:B17", "B18:B19"],
      numberFormats: { "C6:D8": "0.00" },
    },
    {
      name: "资金安排",
      widths: [26, 12, 12, 12, 24],
      rows: [
        ["**河县2023年中央水利发展资金安排及支出情况", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "下达资金", "已支出", "支出进度", "下达文件"],
        ["中央水利发展资金合计", 2263, 2215.4, "97.90%", "呼财农指〔2023〕10号"],
        ["中小河流治理工程", 1435, 1412.6, "98.44%", null],
        ["小型水库工程维修养护", 25, 25, "100.00%", null],
        ["农村饮水工程维修养护", 55, 55, "100.00%", null],
        ["小流域综合治理", 700, 684.8, "97.83%", null],
        ["山洪灾害防治设施维养", 6, 6, "100.00%", null],
        ["水资源管理", 14, 14, "100.00%", null],
        ["农业水价改革", 18, 18, "100.00%", null],
        ["注：另有乡村振兴衔接资金791万元（呼财农指〔2023〕19号）、自治区水利发展资金5万元（呼财农指〔2023〕41号），列入地方资金。", null, null, null, null],
      ],
      merges: ["A1:E1", "A12:E12"],
      numberFormats: { "B4:C11": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "区域绩效自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 20, year: 2023 },
      {
        sheet: "资金安排",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "selfeval.rate-mismatch", sheet: "区域绩效自评表", cell: "E6", why: "年度资金总额 2,987.60 / 3,059.00 = 97.67%, shown 96.67%" },
      {
        rule: "execution.total-mismatch",
        sheet: "资金安排",
        cell: "B4",
        why: "下达 2,263.00 stated, the seven lines add up to 1,435 + 25 + 55 + 700 + 6 + 14 + 18 = 2,253.00 (as in the published report): 10.00万元 apart",
      },
    ],
    absent: [
      { rule: "selfeval.total-mismatch", sheet: "区域绩效自评表", cell: "C6", why: "3,059.00 = 中央 2,263.00 + 地方 796.00; 执行数 2,987.60 = 2,215.40 + 772.20" },
      { rule: "selfeval.rate-mismatch", sheet: "区域绩效自评表", cell: "E7", why: "2,215.40 / 2,263.00 = 97.90%" },
      { rule: "execution.total-mismatch", sheet: "资金安排", cell: "C4", why: "已支出 2,215.40 = 1,412.60 + 25 + 55 + 684.80 + 6 + 14 + 18" },
      { rule: "execution.rate-mismatch", sheet: "资金安排", cell: "D4", why: "2,215.40 / 2,263.00 = 97.90% against the stated budget" },
      { rule: "execution.overspent", why: "no line spent more than it was given" },
      { rule: "selfeval.weights", why: "the regional form carries no 分值" },
      { rule: "selfeval.target-missed-full-score", why: "no 分值, and every target is met" },
      { rule: "selfeval.missing-explanation", why: "every rate is above 90% and every target met" },
    ],
  },
};
