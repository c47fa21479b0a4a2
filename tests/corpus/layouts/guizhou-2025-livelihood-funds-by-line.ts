import type { CorpusLayout } from "../types";

// 农民日报 2026-01-27 on 贵州省2025年预算执行情况: 医疗卫生 (城乡居民医保补助 239.9, 医疗救助 27.27, 基本公卫 37.84, 重大公卫 7.54, 区域医疗中心和
// 县域医疗次中心 27.41) and 就业 (就业补助资金 26.62, 三支一扶 0.85), in 亿元; the 1223.3亿元 of education (18.7%) in the note.
export const layout: CorpusLayout = {
  id: "guizhou-2025-livelihood-funds-by-line",
  source: {
    title: "贵州：民生支出托起群众稳稳的幸福（2025年重点民生资金安排表据报道拟）",
    url: "https://www.china-news-online.com/h5/index/newDetail?id=190283",
    publisher: "农民日报客户端",
    date: "2026-01-27",
    changes:
      "Table from prose: every line's money and the education note as reported. Ours: the grid (序号 | 资金项目 | 金额 | 备注), the two sections and their " +
      "小计 (339.96, 27.47). Planted: 合计 typed 376.43 where 339.96 + 27.47 = 367.43.",
  },
  classes: ["composition", "allocation-by-line", "section-subtotal-row", "outline-numbering", "mixed-decimals", "yiyuan-caption", "total-at-foot", "remark-column", "notes-under-table", "table-from-prose", "news-report", "province-level", "guizhou"],
  settings: { district: "贵州省" },
  sheets: [
    {
      name: "民生资金",
      widths: [6, 40, 12, 36],
      rows: [
        ["贵州省2025年重点民生资金安排表（表据报道拟）", null, null, null],
        [null, null, null, "单位：亿元"],
        ["序号", "资金项目", "金额", "备注"],
        ["一", "医疗卫生", 339.96, null],
        [1, "城乡居民医保补助资金", 239.9, "资助1000万城乡困难群众参保"],
        [2, "医疗救助补助资金", 27.27, null],
        [3, "基本公共卫生服务补助资金", 37.84, null],
        [4, "重大公共卫生防治经费", 7.54, null],
        [5, "国家区域医疗中心和县域医疗次中心建设", 27.41, "5个国家区域医疗中心、50个县域医疗次中心"],
        ["二", "就业创业", 27.47, null],
        [1, "中央和省级就业补助资金", 26.62, null],
        [2, "高校毕业生“三支一扶”计划补助经费", 0.85, null],
        ["合计", null, 376.43, null],
        ["注：全省全年教育投入1223.3亿元，占一般公共预算支出的18.7%，惠及学生395.07万人，未列入本表。", null, null, null],
      ],
      merges: ["A1:D1", "A13:B13", "A14:D14"],
      numberFormats: { "C4:C13": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "民生资金", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 13, columns: { B: "line", C: "amount" }, year: 2025 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C13", why: "合计 376.43 against the sections 339.96 + 27.47 = 367.43: 9.00 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "239.90 + 27.27 + 37.84 + 7.54 + 27.41 = 339.96" },
      { rule: "composition.total-mismatch", cell: "C10", why: "26.62 + 0.85 = 27.47" },
      { rule: "composition.line-mismatch", cell: "C9", why: "5 and 50 centres in the remark are no quantity × unit amount" },
      { rule: "composition.total-mismatch", cell: "A14", why: "the note's 1223.3 and 18.7% are no line" },
    ],
  },
};
