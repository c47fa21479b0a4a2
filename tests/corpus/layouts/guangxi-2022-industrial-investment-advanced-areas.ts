import type { CorpusLayout } from "../types";

// 广西壮族自治区人民政府办公厅 2023-03: 关于表扬2022年工业投资先进市县的通报 — 4 先进市 at 4000万元 each and 12 先进县（区） at 750万元
// each of 工业投资补助资金. Two category rows stating the standard in brackets, each block closed by its 小计, then the 合计.
export const layout: CorpusLayout = {
  id: "guangxi-2022-industrial-investment-advanced-areas",
  source: {
    title: "获表扬的先进市、先进县（区）将分别获4000万元、750万元的奖励（南宁晚报；自治区人民政府办公厅关于表扬2022年工业投资先进市县的通报；表据正文拟）",
    url: "http://washer.rexun.cn/zixun/2023/0309/030988513.html",
    publisher: "南宁晚报（转载）",
    date: "2023-03-09",
    changes:
      "From the report: the four cities (南宁、钦州、梧州、柳州) and twelve counties/districts in the 通报's order, 4000万元 per city and 750万元 per " +
      "county as 工业投资补助资金, and its use (重大工业项目前期工作和关键项目建设). Laid out by us as the allocation such a 通报 implies " +
      "(序号 | 市、县（区） | 工业投资补助资金, 单位：万元, category rows with the standard, 小计, 合计). Planted: 博白县 written 705 (the digits " +
      "of 750 swapped) while the counties' 小计 keeps 9000; the 合计 adds the two 小计 as written.",
  },
  classes: [
    "composition", "allocation-by-area", "standard-in-category-row", "category-rows", "subtotal-per-category", "total-at-foot",
    "whole-wanyuan", "wanyuan-caption", "cities-and-counties-as-lines", "table-from-prose", "news-report", "notes-under-table", "guangxi",
  ],
  sheets: [
    {
      name: "安排表",
      widths: [8, 24, 20],
      rows: [
        ["2022年工业投资先进市县工业投资补助资金安排表", null, null],
        [null, null, "单位：万元"],
        ["序号", "市、县（区）", "工业投资补助资金"],
        ["一、先进市（每个奖励4000万元）", null, null],
        [1, "南宁市", 4000],
        [2, "钦州市", 4000],
        [3, "梧州市", 4000],
        [4, "柳州市", 4000],
        ["小计", null, 16000],
        ["二、先进县（区）（每个奖励750万元）", null, null],
        [1, "钦州市钦南区", 750],
        [2, "北海市铁山港区", 750],
        [3, "防城港市港口区", 750],
        [4, "南宁市青秀区", 750],
        [5, "田东县", 750],
        [6, "南宁市武鸣区", 750],
        [7, "合浦县", 750],
        [8, "藤县", 750],
        [9, "柳州市鱼峰区", 750],
        [10, "梧州市万秀区", 750],
        [11, "柳州市柳北区", 750],
        [12, "博白县", 705],
        ["小计", null, 9000],
        ["合计", null, 25000],
        ["注：补助资金用于重大工业项目前期工作和关键项目建设。", null, null],
      ],
      merges: ["A1:C1", "A4:C4", "A9:B9", "A10:C10", "A23:B23", "A24:B24", "A25:C25"],
      numberFormats: { "C5:C24": "0" },
    },
  ],
  expect: {
    tables: [{ sheet: "安排表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 24, columns: { B: "line", C: "amount" }, year: 2022 }],
    findings: [
      { rule: "composition.total-mismatch", cell: "C23", why: "先进县（区） 小计 9000, its twelve lines 11 × 750 + 705 = 8955: 45万元 apart (whole 万元, no rounding)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C9", why: "先进市 小计 16000 = 4 × 4000" },
      { rule: "composition.total-mismatch", cell: "C24", why: "合计 25000 = 16000 + 9000, the 小计 as written; the county slip is reported once, at its 小计" },
      { rule: "composition.line-mismatch", cell: "C5", why: "the lines state no unit or quantity columns; 4000 per city is the category's standard, met" },
      { rule: "input.unreadable-value", why: "the category rows and the note are text" },
    ],
  },
};
