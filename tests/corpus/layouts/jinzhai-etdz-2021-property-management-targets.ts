import type { CorpusLayout } from "../types";

// 金寨经济开发区 2021 项目支出绩效目标申报表 (物业管理): a side label 项目资金（万元） merged down over 年度资金总额 / 其中：财政拨款 /
// 其他资金, 年度目标 as 目标1:, then 一级 / 二级 / 三级指标 | 指标值 with 指标1: labels and the (≥**万元) placeholders left in the names,
// and the form's two notes under it.
export const layout: CorpusLayout = {
  id: "jinzhai-etdz-2021-property-management-targets",
  source: {
    title: "金寨经济开发区2021年度项目支出绩效目标申报表（物业管理）",
    url: "https://www.ahjinzhai.gov.cn/public/6617781/34383152.html",
    publisher: "金寨县经济开发区（安徽金寨经济开发区管理委员会）",
    date: "2021-09-18",
    changes:
      "As published: the form's title and year, its rows and wording (项目名称 物业管理; 主管部门 县财政局; 实施单位; 项目资金（万元） 年度资金总额 / " +
      "其中：财政拨款 / 其他资金; 年度目标 目标1:…; the indicators with their 指标1: labels and (≥**%) placeholders; the two notes). The published " +
      "money is 1,125 all 财政拨款; here the split is ours. Planted: 年度资金总额 1,125.00 while 财政拨款 1,080.00 + 其他资金 35.00 = 1,115.00.",
  },
  classes: [
    "targets", "composition", "two-tables-one-form", "money-block-under-side-label", "qizhong-lines", "sources-run-to-block-end",
    "three-level-indicators", "indicator-number-labels", "placeholder-in-indicator-name", "text-targets", "no-weights", "no-results-column",
    "development-zone", "notes-under-table", "anhui",
  ],
  sheets: [
    {
      name: "绩效目标申报表",
      widths: [14, 14, 16, 44, 30],
      rows: [
        ["项目支出绩效目标申报表", null, null, null, null],
        ["（2021年度）", null, null, null, null],
        ["项目名称", "物业管理", null, null, null],
        ["主管部门", "县财政局", "实施单位", "安徽金寨经济开发区管理委员会", null],
        ["项目资金（万元）", "年度资金总额：", null, 1125, null],
        [null, "其中：财政拨款", null, 1080, null],
        [null, "其他资金", null, 35, null],
        ["年度目标", "目标1：维护辖区各安置小区安全巡逻、环境卫生及物业日常管理", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "数量指标", "指标1：安置小区物业费", "8个"],
        [null, null, "质量指标", "指标1：完成开发区工委、管委下达的安置小区物业费清算任务，指导小区物业开展文明创建等工作。", "房屋设备、设施的管理到位，环境卫生整洁，车辆停放有序"],
        [null, null, "时效指标", "指标1：按时保质完成开发区安置小区物业管理工作", "2021年全年"],
        [null, null, "成本指标", "指标1：项目总成本（≤**万元）", "≤1125万元"],
        [null, "效益指标", "经济效益指标", "指标1：清算8个安置小区本年度物业费和历史的遗留物业费（≥**%）。", "≥95%"],
        [null, null, "社会效益指标", "指标1：改善安置小区群众生活质量，提升安置小区生活水平。助力全县文明城市创建。", "显著改善"],
        [null, null, "生态效益指标", "指标1：优化安置小区生活环境，提高居民生活质量，营造安全舒适的居住环境。", "显著提高"],
        [null, null, "可持续影响指标", "指标1：持续提供人力物力保障，解决居民群众生产生活问题", "持续保障"],
        [null, "满意度指标", "服务对象满意度指标", "指标1：小区居民满意度（≥**%）", "≥90%"],
        ["注：1.“其他资金”是指与财政拨款共同用于同一项目的单位自有资金、社会资金等。", null, null, null, null],
        ["2.各单位可根据项目特点自行增加或减少二级指标，并细化三级指标。", null, null, null, null],
      ],
      merges: [
        "A1:E1", "A2:E2", "B3:E3", "D4:E4", "A5:A7", "B5:C5", "D5:E5", "B6:C6", "D6:E6", "B7:C7", "D7:E7", "B8:E8",
        "A9:A18", "B10:B13", "B14:B17", "A19:E19", "A20:E20",
      ],
      numberFormats: { "D5:D7": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标申报表", kind: "composition", unit: "万元", headerRow: 5, lastRow: 7, columns: { B: "line", D: "amount" }, year: 2021 },
      // Corrected after the measurement (the count unchanged): the corpus states the 一级指标 column of a target table as
      // its type (archives-2023, anxi-2022, chencang-2020, wuchuan), not the 二级指标 column, which this layout named.
      { sheet: "绩效目标申报表", kind: "targets", headerRow: 9, lastRow: 18, columns: { B: "type", D: "name", E: "target" }, year: 2021 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D5",
        why: "年度资金总额 1,125.00; its sources 财政拨款 1,080.00 + 其他资金 35.00 = 1,115.00, running to the block's end: 10.00万元 apart",
      },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "the money lines have no unit price or quantity" },
      { rule: "input.unreadable-value", why: "指标值 (8个, ≥95%, 2021年全年, 显著改善) and the (≥**%) placeholders are text by nature" },
      { rule: "selfeval.weights", why: "a target form with no 分值" },
      { rule: "selfeval.indicator-contradicted", why: "the form states targets only, no results" },
      { rule: "selfeval.missing-explanation", why: "no scores, no 偏差原因 column: not a self-evaluation" },
      { rule: "execution.overspent", why: "the form holds no spending" },
    ],
  },
};
