import type { CorpusLayout } from "../types";

// 新华网 2018-08-13 (reposted): at the 雪顿节 推介会 拉萨 signed 45 projects worth 102.05亿元, 34 of them formally (83.39亿元). The report is
// prose; laid out as the signing summary such a meeting hands out — 序号 | 签约类别 | 项目数（个） | 总投资（亿元） | 备注 — the formal
// signings as section 一 with its industries below and its 小计 on the section row, the framework / intent signings as 二, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "lhasa-2018-shoton-investment-signing-summary",
  source: {
    title: "西藏拉萨招商引资再上新台阶（2018年雪顿节招商引资项目推介会签约项目汇总表据报道拟）",
    url: "http://m.mkcnfr.com/c/2018-08-15/2140713.shtml",
    publisher: "新华网（转载）/ 拉萨市人民政府",
    date: "2018-08-13",
    changes:
      "As published: 45 projects signed, 102.05亿元 in all; 34 formally signed, 83.39亿元; 当雄县's 牦牛 venture among them. The table is ours " +
      "(表据报道拟): the 11 others (18.66亿元 by the report's difference) as one line, the formal signings split by industry with our figures. " +
      "Planted: the second line typed 19.66, so 83.39 + 19.66 = 103.05 against the 合计 102.05.",
  },
  classes: [
    "composition", "allocation-by-category", "numbered-sections-with-subtotal", "count-column", "quantity-and-amount", "remark-column",
    "two-decimal-yiyuan", "unit-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "city-level", "xizang",
  ],
  settings: { district: "拉萨市" },
  sheets: [
    {
      name: "签约项目汇总",
      widths: [6, 32, 12, 14, 10],
      rows: [
        ["拉萨市2018年雪顿节招商引资项目推介会签约项目汇总表", null, null, null, null],
        ["序号", "签约类别", "项目数（个）", "总投资（亿元）", "备注"],
        ["一", "正式签约项目", 34, 83.39, "小计"],
        [1, "净土健康产业", 12, 31.46, null],
        [2, "文化旅游产业", 9, 27.8, null],
        [3, "现代服务业", 8, 15.63, null],
        [4, "清洁能源及其他", 5, 8.5, null],
        ["二", "框架协议及意向签约项目", 11, 19.66, null],
        ["合计", null, 45, 102.05, null],
        ["注：总投资为签约项目计划总投资。", null, null, null, null],
      ],
      merges: ["A1:E1", "A9:B9", "A10:E10"],
      numberFormats: { "D3:D9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "签约项目汇总",
        kind: "composition",
        unit: "亿元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "line", C: "quantity", D: "amount" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D9", why: "正式签约 83.39 + 框架及意向 19.66 = 103.05; the 合计 typed 102.05 (1.00 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D3", why: "section 一's 小计 83.39 = 31.46 + 27.80 + 15.63 + 8.50" },
      { rule: "composition.total-mismatch", cell: "C9", why: "项目数 34 + 11 = 45 (and 12 + 9 + 8 + 5 = 34)" },
      { rule: "composition.line-mismatch", cell: "C4", why: "项目数 is a count, not money" },
      { rule: "input.unreadable-value", cell: "E3", why: "备注 小计 is a label" },
    ],
  },
};
