import type { CorpusLayout } from "../types";

// 莆田市秀屿区财政局、水利局 2025-09-19: the province's seventh 2025 batch of 水利专项资金 (闽财农指〔2025〕58号), 35万元, sent
// on to a street and a town for two flood-damage repairs. 附件1 is the 安排表 (属地 | 金额 | 项目, amounts written 20万元), 附件2
// the 绩效目标表: the money block, then indicators with 指标方向 and one column of values per place.
export const layout: CorpusLayout = {
  id: "xiuyu-2025-water-fund-batch7-targets",
  source: {
    title: "关于下达2025年省级第七批水利专项资金的通知（附件：1.秀屿区2025年省级第七批水利专项资金安排表 2.绩效目标表）",
    url: "https://www.chacewang.com/newsdetail/news886214.html",
    publisher: "莆田市秀屿区财政局、莆田市秀屿区水利局（查策网转载）",
    date: "2025-09-19",
    changes:
      "As published: both attachments' titles, the 安排表's three columns in their order (属地 | 金额 | 项目) with amounts written as text in 万元 " +
      "and no 合计, the projects, the target table's heads (项目名称, 主管部门（单位）名称, 资金情况（万元） 资金总额 / 其中：财政拨款 / 其他资金, " +
      "总体目标, 一级 / 二级 / 三级指标, 指标解释, 指标方向, one column per place) and its first four indicators. Ours: the split of the 35万元 " +
      "(18 / 17 for the published 20 / 15), the 社会效益 and 满意度 indicators (the stored copy breaks off at 社会效益指标) and their values; where " +
      "the stored copy shows one value for both places it is merged across them. Clean: nothing to report.",
  },
  classes: [
    "composition", "targets", "clean", "amounts-with-unit-in-cell", "no-total-row", "place-column-first", "money-block-above-indicators",
    "direction-column", "value-per-place-columns", "merged-value-across-places", "yes-no-target", "two-attachments", "county-fund", "fujian",
  ],
  settings: { district: "秀屿区", asOf: "2025-09-19" },
  sheets: [
    {
      name: "安排表",
      widths: [14, 12, 44],
      rows: [
        ["附件1", null, null],
        ["秀屿区2025年省级第七批水利专项资金安排表", null, null],
        ["属地", "金额", "项目"],
        ["笏石街道办", "18万元", "笏石街道梁厝沟四新段护岸水毁修复工程"],
        ["埭头镇", "17万元", "埭头镇西坡排洪闸水毁修复工程"],
      ],
      merges: ["A1:C1", "A2:C2"],
    },
    {
      name: "绩效目标表",
      widths: [8, 10, 14, 30, 30, 10, 12, 12],
      rows: [
        ["附件2", null, null, null, null, null, null, null],
        ["秀屿区2025年省级第七批水利专项资金绩效目标表", null, null, null, null, null, null, null],
        ["项目名称", "省级第七批水利专项资金", null, null, "主管部门（单位）名称", "秀屿区水利局", null, null],
        ["资金情况（万元）", "资金总额", 35, "其中：财政拨款", 35, "其他资金", 0, null],
        ["总体目标", "开展2个防洪水利设施水毁修复", null, null, null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标解释", "指标方向", "笏石街道办", "埭头镇"],
        [null, "成本指标", "经济成本指标", "省级财政专项资金投入成本控制率（%）", "反映省级财政专项资金投入成本控制情况", "≤", "100%", null],
        [null, "产出指标", "数量指标", "开展修复工程（个）", "反映防洪水利设施水毁修复项目开展情况", "≥", 1, 1],
        [null, null, "质量指标", "已建工程是否存在质量问题", "当年已完工项目是否在检查中发现质量问题", "是/否", "否", "否"],
        [null, null, "时效指标", "截至2026年12月底，项目开展率（%）", "反映修复开展情况", "≥", "100%", "100%"],
        [null, "效益指标", "社会效益指标", "防洪保护人口（人）", "反映修复后受保护群众人数", "≥", 1200, 800],
        [null, "满意度指标", "服务对象满意度指标", "受益群众满意度（%）", "反映受益群众对修复工程的满意程度", "≥", "90%", "90%"],
      ],
      merges: ["A1:H1", "A2:H2", "B3:D3", "F3:H3", "G4:H4", "B5:H5", "A6:A12", "G7:H7", "B8:B10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "安排表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 5, columns: { A: "line", B: "amount" } },
      { sheet: "绩效目标表", kind: "targets", headerRow: 6, lastRow: 12, columns: { B: "type", D: "name", G: "target" }, year: 2025 },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", why: "the 安排表 states no total; 18 + 17 = 35, the target table's 资金总额" },
      { rule: "selfeval.total-mismatch", why: "资金总额 35 = 财政拨款 35 + 其他资金 0" },
      { rule: "selfeval.weights", why: "the target table states no 分值 and no points in its headings" },
      { rule: "selfeval.target-missed-full-score", why: "a target table states no results and no scores" },
      { rule: "selfeval.indicator-contradicted", why: "no indicator states a result" },
      { rule: "input.unreadable-value", sheet: "绩效目标表", cell: "G9", why: "否 is the yes/no target, not a broken number" },
      { rule: "input.unreadable-value", sheet: "安排表", cell: "B4", why: "18万元 is an amount with its unit in the cell" },
    ],
  },
};
