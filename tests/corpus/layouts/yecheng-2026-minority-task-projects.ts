import type { CorpusLayout } from "../types";

// 叶城县 2026-01: 2026年中央财政衔接推进乡村振兴补助（少数民族发展任务）资金 1508.001713万元 — four 产业发展 projects (1441.833713万元)
// and one 其他类, each with its 投资 and 本次安排资金, the 防渗渠 priced at 85万元/公里 (4公里 → 340万元). Laid out as the table the
// notice's paragraphs describe: 合计 first, each category's subtotal above its projects, 单价 × 公里 = 项目投资.
export const layout: CorpusLayout = {
  id: "yecheng-2026-minority-task-projects",
  source: {
    title: "叶城县2026年中央财政衔接推进乡村振兴补助（少数民族发展任务）资金项目公示（表据正文拟）",
    url: "http://www.xjyc.gov.cn/ycx/c109164/202601/c1cf5e0ea9ac45499c7259291b88a985.shtml",
    publisher: "叶城县（县委农村工作领导小组暨乡村振兴领导小组）",
    date: "2026-01",
    changes:
      "As published: the fund and its 1508.001713万元, 产业发展项目4个 with 1441.833713万元 and 其他类项目1个, the project names and codes " +
      "(ycssmz202601 …), 洛克乡1村 and 宗朗乡5村 each 投资340万元 / 本次安排资金310万元 for 防渗渠4公里 at 85万元/公里, 夏合甫乡 投资688.5万元. The " +
      "notice gives each project as a paragraph; the table (序号 | 项目名称 | 项目编号 | 建设地点 | 建设内容 | 单价 | 建设规模 | 项目投资 | " +
      "本次安排资金 | 项目责任单位 | 项目实施时间) is ours, and so are 夏合甫乡's village and its 本次安排资金, the fourth and fifth projects, and the note. " +
      "Planted: 柯克亚乡's 项目投资 written 221 where 2.5公里 × 85 = 212.5, and its category's subtotal left at 1581 (as with 212.5), so the " +
      "subtotal no longer adds up to its lines as written.",
  },
  classes: ["composition", "allocation-by-project", "unit-times-quantity", "unit-in-header", "two-amount-columns", "part-of-investment-column", "total-row-first", "category-subtotals-above-lines", "six-decimal-wanyuan", "table-from-prose", "wanyuan-caption", "notes-under-table", "towns-as-places", "xinjiang"],
  sheets: [
    {
      name: "项目安排表",
      widths: [6, 44, 14, 14, 30, 12, 12, 12, 14, 16, 16],
      rows: [
        ["叶城县2026年中央财政衔接推进乡村振兴补助（少数民族发展任务）资金项目安排表", null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "项目编号", "建设地点", "建设内容", "单价（万元/公里）", "建设规模（公里）", "项目投资", "本次安排资金", "项目责任单位", "项目实施时间"],
        ["合计", "项目5个", null, null, null, null, null, 1647.168, 1508.001713, null, null],
        ["一", "产业发展项目4个", null, null, null, null, null, 1581, 1441.833713, null, null],
        [1, "叶城县2026年洛克乡种植业基地配套建设（少数民族发展任务）项目", "ycssmz202601", "洛克乡1村", "新建0.6-1m³/s防渗渠4公里及配套", 85, 4, 340, 310, "洛克乡、水利局", "2026年1月-2026年10月"],
        [2, "叶城县2026年宗朗乡种植业基地配套建设（少数民族发展任务）项目", "ycssmz202602", "宗朗乡5村", "新建0.6-1m³/s防渗渠4公里及配套", 85, 4, 340, 310, "宗朗乡、水利局", "2026年1月-2026年10月"],
        [3, "叶城县2026年夏合甫乡种植业基地配套建设（少数民族发展任务）项目", "ycssmz202603", "夏合甫乡3村", "新建0.6-1m³/s防渗渠8.1公里及配套", 85, 8.1, 688.5, 641.833713, "夏合甫乡、水利局", "2026年1月-2026年10月"],
        [4, "叶城县2026年柯克亚乡种植业基地配套建设（少数民族发展任务）项目", "ycssmz202604", "柯克亚乡2村", "新建0.6-1m³/s防渗渠2.5公里及配套", 85, 2.5, 221, 180, "柯克亚乡、水利局", "2026年3月-2026年10月"],
        ["二", "其他类项目1个", null, null, null, null, null, 66.168, 66.168, null, null],
        [5, "叶城县2026年乌夏巴什镇特色村寨基础设施提升（少数民族发展任务）项目", "ycssmz202605", "乌夏巴什镇4村", "村内巷道硬化及排水设施", null, null, 66.168, 66.168, "乌夏巴什镇、住建局", "2026年4月-2026年10月"],
        ["注：防渗渠按综合单价85万元/公里测算；项目投资与本次安排资金的差额由其他渠道资金解决。", null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:K1", "A12:K12"],
      numberFormats: { "H4:I11": "#,##0.000000", "F6:F11": "0", "G6:G11": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "line", F: "unitAmount", G: "quantity", H: "amount", I: "amount:本次安排资金" },
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "H9", why: "柯克亚乡: 2.5公里 × 85万元/公里 = 212.5, stated 221: 8.5万元 apart (rounding of a whole 85 over 2.5公里 allows 1.25 at most)" },
      { rule: "composition.total-mismatch", cell: "H5", why: "产业发展 subtotal 项目投资 1581 where its lines as written give 340 + 340 + 688.5 + 221 = 1589.5: 8.5万元 apart" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "H6", why: "4 × 85 = 340" },
      { rule: "composition.line-mismatch", cell: "H7", why: "4 × 85 = 340" },
      { rule: "composition.line-mismatch", cell: "H8", why: "8.1 × 85 = 688.5" },
      { rule: "composition.line-mismatch", cell: "I6", why: "本次安排资金 is the part of the investment this fund pays (310 of 340), not unit × quantity" },
      { rule: "composition.line-mismatch", cell: "I8", why: "641.833713 of 688.5: the part paid now" },
      { rule: "composition.total-mismatch", cell: "I5", why: "310 + 310 + 641.833713 + 180 = 1441.833713" },
      { rule: "composition.total-mismatch", cell: "I4", why: "1441.833713 + 66.168 = 1508.001713, the notice's total" },
      { rule: "composition.total-mismatch", cell: "H4", why: "合计 1647.168 = the subtotals as stated, 1581 + 66.168; the slip is the subtotal's, reported at H5" },
      { rule: "composition.total-mismatch", cell: "H10", why: "66.168 = the one 其他类 project" },
      { rule: "composition.line-mismatch", cell: "H11", why: "no unit or length for the 其他类 project" },
      { rule: "input.unreadable-value", why: "项目实施时间 (2026年1月-2026年10月) and 项目编号 are text" },
    ],
  },
};
