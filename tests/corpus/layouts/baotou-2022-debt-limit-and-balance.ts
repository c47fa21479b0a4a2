import type { CorpusLayout } from "../types";

// 包头市财政局 2022-11-25 (市本级2022年预算调整方案的报告): the city's legal debt limit 1,105.3亿元 (一般 725.3, 专项 380) and balance
// 1,071.65亿元 (699.47, 372.18); 市本级（含稀土高新区） limit 636.16 (351.38, 284.78). Laid out as a limit block and a balance block, 全市
// first, 市本级 and the 旗县区 under it; the 市本级 balances and the table are ours.
export const layout: CorpusLayout = {
  id: "baotou-2022-debt-limit-and-balance",
  source: {
    title: "关于包头市市本级2022年预算调整方案的报告（政府债务限额和余额情况表据报告拟）",
    url: "https://czj.baotou.gov.cn/elder/yjsgk/22055.html",
    publisher: "包头市财政局",
    date: "2022-11-25",
    changes:
      "From the report: 全市 limit 1,105.3 = 一般 725.3 + 专项 380, balance 1,071.65 = 699.47 + 372.18; 市本级（含稀土高新区） limit 636.16 = 351.38 + " +
      "284.78. Ours: the table (title, caption, the two blocks under merged headings), the 旗县区 row (全市 less 市本级), the 市本级 and 旗县区 " +
      "balances (340.25 + 278.15 and 359.22 + 94.03), the note. Planted: 市本级 余额 合计 typed 618.04 where its parts give 618.40 — so the 全市 " +
      "余额 1,071.65 misses its lines as typed too.",
  },
  classes: [
    "composition", "debt-limit-and-balance", "two-blocks-side-by-side", "row-total-column", "subtotal-first-in-block", "total-row-first",
    "two-header-rows", "two-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "city-finance-bureau", "neimenggu",
  ],
  settings: { district: "包头市" },
  sheets: [
    {
      name: "债务限额余额",
      widths: [26, 12, 12, 12, 12, 12, 12],
      rows: [
        ["包头市政府债务限额和余额情况表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：亿元"],
        ["项目", "法定债务限额", null, null, "法定债务余额", null, null],
        [null, "合计", "一般债务", "专项债务", "合计", "一般债务", "专项债务"],
        ["全市", 1105.3, 725.3, 380, 1071.65, 699.47, 372.18],
        ["市本级（含稀土高新区）", 636.16, 351.38, 284.78, 618.04, 340.25, 278.15],
        ["旗县区", 469.14, 373.92, 95.22, 453.25, 359.22, 94.03],
        ["注：限额为自治区下达我市法定债务限额，余额为截至目前全市政府法定债务余额。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A3:A4", "B3:D3", "E3:G3", "A8:G8"],
      numberFormats: { "B5:G7": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "债务限额余额",
        kind: "composition",
        unit: "亿元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "line", B: "amount", C: "amount:一般债务限额", D: "amount:专项债务限额", E: "amount:余额", F: "amount:一般债务余额", G: "amount:专项债务余额" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E6", why: "市本级 余额 合计 618.04 against 340.25 + 278.15 = 618.40" },
      { rule: "composition.total-mismatch", cell: "E5", why: "全市 余额 1,071.65 against its lines as typed 618.04 + 453.25 = 1,071.29" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B5", why: "725.3 + 380 = 1,105.3 and 636.16 + 469.14 = 1,105.30" },
      { rule: "composition.total-mismatch", cell: "B7", why: "373.92 + 95.22 = 469.14" },
      { rule: "composition.total-mismatch", cell: "F5", why: "340.25 + 359.22 = 699.47" },
      { rule: "composition.total-mismatch", cell: "G5", why: "278.15 + 94.03 = 372.18" },
      { rule: "execution.overspent", why: "a debt balance below its limit is no spending above a budget" },
      { rule: "input.unreadable-value", why: "the caption and the note are text" },
    ],
  },
};
