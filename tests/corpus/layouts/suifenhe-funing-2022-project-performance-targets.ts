import type { CorpusLayout } from "../types";

// 黑龙江省绥芬河市阜宁镇人民政府 2022年部门预算, 十、项目支出绩效表: a town's projects one under another, each project's name, budget
// and 年度绩效目标 merged down over its indicators (一级 / 二级 / 三级指标 | 指标值), the town's 合计 on the first row.
export const layout: CorpusLayout = {
  id: "suifenhe-funing-2022-project-performance-targets",
  source: {
    title: "绥芬河市阜宁镇人民政府2022年部门预算（第二部分 十、项目支出绩效表）",
    url: "https://pdf.chddh.cn/archives/mwb3kn269b4x926rqxdp.html",
    publisher: "绥芬河市阜宁镇人民政府",
    changes:
      "As published: the table's title and its place among the twelve tables (九、项目支出表, 十、项目支出绩效表, 十一、部门整体支出绩效目标表) and " +
      "the town's duties. The stored copy shows the contents and the first part of the text, not the table body, so the columns (项目名称 | " +
      "预算金额 | 年度绩效目标 | 一级指标 | 二级指标 | 三级指标 | 指标值), the 合计-first order, the caption, the three projects (named from the " +
      "town's duties: village organisations, village cleaning, border patrol), their targets and amounts are ours. Planted: 合计 186.50 " +
      "where the projects add up to 58.00 + 72.50 + 46.00 = 176.50.",
  },
  classes: ["targets", "composition", "town-government", "projects-merged-down", "budget-beside-targets", "total-row-first", "three-level-indicators", "text-targets", "no-results-column", "no-weights", "wanyuan-caption", "heilongjiang"],
  sheets: [
    {
      name: "项目支出绩效表",
      widths: [22, 12, 40, 12, 16, 24, 16],
      rows: [
        ["项目支出绩效表", null, null, null, null, null, null],
        ["单位名称：绥芬河市阜宁镇人民政府", null, null, "2022年", null, null, "单位：万元"],
        ["项目名称", "预算金额", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["合计", 186.5, null, null, null, null, null],
        ["村级组织运转经费", 58, "保障辖区8个行政村党组织和村民委员会正常运转，按季度足额拨付办公经费和村干部报酬。", "产出指标", "数量指标", "保障行政村数量", "8个"],
        [null, null, null, "产出指标", "时效指标", "经费拨付时间", "每季度首月"],
        [null, null, null, "效益指标", "社会效益指标", "村级组织正常运转率", "100%"],
        [null, null, null, "满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
        ["村屯环境卫生整治经费", 72.5, "完成辖区村屯垃圾清运和边沟清淤，村容村貌明显改善。", "产出指标", "数量指标", "垃圾清运量", "≥3000吨"],
        [null, null, null, "产出指标", "质量指标", "垃圾日产日清率", "≥95%"],
        [null, null, null, "产出指标", "成本指标", "垃圾清运单价", "≤180元/吨"],
        [null, null, null, "效益指标", "生态效益指标", "村屯环境改善", "明显改善"],
        ["边境巡防补助经费", 46, "组织护边员开展边境巡逻，保障边境地区安全稳定。", "产出指标", "数量指标", "护边员人数", "32人"],
        [null, null, null, "产出指标", "时效指标", "补助发放及时率", "100%"],
        [null, null, null, "效益指标", "社会效益指标", "边境地区案事件发生率", "逐年下降"],
      ],
      merges: ["A1:G1", "A5:A8", "B5:B8", "C5:C8", "A9:A12", "B9:B12", "C9:C12", "A13:A15", "B13:B15", "C13:C15"],
      numberFormats: { "B4:B15": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "项目支出绩效表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 15, columns: { A: "line", B: "amount" }, year: 2022 },
      { sheet: "项目支出绩效表", kind: "targets", headerRow: 3, lastRow: 15, columns: { D: "type", F: "name", G: "target" }, year: 2022 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B4", why: "合计 186.50 where the three projects add up to 58.00 + 72.50 + 46.00 = 176.50: 10.00万元 too much" },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "≤180元/吨 is a cost target, not a unit price of a budget line" },
      { rule: "input.unreadable-value", why: "the 指标值 (8个, ≥3000吨, 逐年下降) and the 年度绩效目标 are text by nature" },
      { rule: "selfeval.weights", why: "the table has no 分值 or 权重" },
      { rule: "selfeval.indicator-contradicted", why: "targets only, no results" },
      { rule: "execution.overspent", why: "the table holds budgets, no spending" },
    ],
  },
};
