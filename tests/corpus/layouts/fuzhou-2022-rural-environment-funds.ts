import type { CorpusLayout } from "../types";

// 福州市农业农村局 2022-10-25: two sums put up for comment together — the third quarter's 积分制 incentive (470万元 over eight counties and
// districts, in whole 万元) and the second batch of 农村生活垃圾处理费缴交奖励 (2483.619万元 over eight, to four decimals of a 万元). The notice
// lists them in prose; laid out as the table such a notice annexes: one row a county, a column each sum, 合计 across and down.
export const layout: CorpusLayout = {
  id: "fuzhou-2022-rural-environment-funds",
  source: {
    title: "福州市农业农村局关于拟下达2022年第三季度农村人居环境整治积分制工作考核激励资金和2022年度第二批农村生活垃圾处理费缴交奖励资金的公示（标题据正文拟）",
    url: "http://cgjd.org.cn/show-269137.html",
    publisher: "福州市农业农村局",
    date: "2022-10-25",
    changes:
      "As published: the documents named, both sums and every county's amount (长乐区 100; 闽侯县、永泰县 80; 福清市、罗源县、仓山区 50; 连江县、晋安区 " +
      "30; 闽侯县 565.626, 永泰县 90.1155, 福清市 1218.1305, 罗源县 112.9815, 连江县 241.4025, 闽清县 133.671, 马尾区 65.598, 福州高新区 " +
      "56.094), the 公示 period. The notice is prose: the table, its title, headings, the 合计 column and row, the unit caption and the note are " +
      "ours. Planted: 闽侯县's 合计 written 654.626 for 80 + 565.626 = 645.626; the 垃圾处理费 column's 合计 written 2,483.691 for the lines' " +
      "2,483.619, carried into the grand total 2,953.691.",
  },
  classes: ["composition", "allocation-by-county", "two-allocations-side-by-side", "row-total-column", "total-at-foot", "four-decimal-wanyuan", "blank-as-nothing", "report-as-prose", "wanyuan-caption", "notes-under-table", "fujian"],
  settings: { asOf: "2022-10-25", district: "福州市" },
  sheets: [
    {
      name: "资金安排表",
      widths: [14, 26, 26, 14],
      rows: [
        ["福州市农村人居环境整治有关资金拟下达情况表", null, null, null],
        [null, null, null, "单位：万元"],
        ["县（市、区）", "2022年第三季度农村人居环境整治积分制工作考核激励资金", "2022年度第二批农村生活垃圾处理费缴交奖励资金", "合计"],
        ["长乐区", 100, null, 100],
        ["闽侯县", 80, 565.626, 654.626],
        ["永泰县", 80, 90.1155, 170.1155],
        ["福清市", 50, 1218.1305, 1268.1305],
        ["罗源县", 50, 112.9815, 162.9815],
        ["仓山区", 50, null, 50],
        ["连江县", 30, 241.4025, 271.4025],
        ["晋安区", 30, null, 30],
        ["闽清县", null, 133.671, 133.671],
        ["马尾区", null, 65.598, 65.598],
        ["福州高新区", null, 56.094, 56.094],
        ["合计", 470, 2483.691, 2953.691],
        ["注：积分制考核激励资金专项用于农村人居环境整治提升相关工作；垃圾处理费缴交奖励资金专项用于相关行政村的积分制奖励、日常管护补助等。", null, null, null],
      ],
      merges: ["A1:D1", "A16:D16"],
      numberFormats: { "B4:D15": "#,##0.0000" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { A: "line", B: "amount:积分制", C: "amount:垃圾处理费", D: "amount" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D5", why: "闽侯县 合计 654.6260; its parts 80.0000 + 565.6260 = 645.6260: 9.0000万元 apart" },
      { rule: "composition.total-mismatch", cell: "C15", why: "垃圾处理费 合计 2,483.6910; the eight counties give 2,483.6190: 0.0720万元 (720元) apart, beyond the 0.5元 of four decimals" },
      {
        rule: "composition.total-mismatch",
        cell: "D15",
        why: "grand 合计 2,953.6910; the 合计 column's lines add up to 2,962.6190 (闽侯 as written; 2,953.6190 were it 645.6260)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B15", why: "积分制 合计 470 = 100 + 80 + 80 + 50 + 50 + 50 + 30 + 30" },
      { rule: "composition.total-mismatch", cell: "D6", why: "永泰县 80 + 90.1155 = 170.1155: four decimals agree exactly" },
      { rule: "composition.total-mismatch", cell: "D4", why: "长乐区 100 with a blank 垃圾处理费 cell: blank is nothing" },
      { rule: "composition.line-mismatch", why: "no unit price or quantity" },
      { rule: "input.unreadable-value", why: "the blank cells and the note are no values" },
    ],
  },
};
