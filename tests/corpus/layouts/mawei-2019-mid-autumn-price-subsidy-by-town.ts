import type { CorpusLayout } from "../types";

// 福州市马尾区民政局 2019-09: the mid-autumn 节日性价格临时补贴 (500元 a head) as the annex's 统计表 — 镇（街） | 类别 | 人数 | 标准 | 金额 in 元,
// each town merged down over 城镇低保 / 农村低保 / 特困人员 and a 小计 whose 金额 is left blank, a 合 计 block by kind, then the 革命五老 rows
// under the same header repeated.
export const layout: CorpusLayout = {
  id: "mawei-2019-mid-autumn-price-subsidy-by-town",
  source: {
    title: "关于发放2019年中秋节节日性价格临时补贴的通知（附件：2019年中秋节节日性价格临时补贴统计表）",
    url: "http://www.mawei.gov.cn/xjwz/zwgk/zfxxgkzdgz/fp/gggs_6216/201912/t20191205_3109075.htm",
    publisher: "福州市马尾区民政局",
    date: "2019-09-11",
    changes:
      "Kept as published: the title, 单位：元, the header 镇（街） | 类别 | 人数 | 标准 | 金额, the four towns (罗星街道, 马尾镇, 亭江镇, 琅岐镇) each " +
      "over 城镇低保 / 农村低保 / 特困人员 / 小计 with the 小计's 金额 blank, the 合 计 block by kind, and the 革命五老 block under the header " +
      "repeated. Our own counts. Planted: 亭江镇 农村低保 162 × 500 = 81,000 typed 81,500 (the 合 计 block keeps the office's 1,049 × 500).",
  },
  classes: [
    "composition", "unit-times-quantity", "standard-column", "place-merged-down", "subtotal-rows", "blank-subtotal-amount", "total-block-by-kind",
    "repeated-header", "yuan-caption", "towns-as-lines", "district-fund", "fujian",
  ],
  settings: { district: "福州市马尾区" },
  sheets: [
    {
      name: "统计表",
      widths: [12, 12, 10, 10, 12],
      rows: [
        ["2019年中秋节节日性价格临时补贴统计表", null, null, null, null],
        [null, null, null, null, "单位：元"],
        ["镇（街）", "类别", "人数", "标准", "金额"],
        ["罗星街道", "城镇低保", 186, 500, 93000],
        [null, "农村低保", 31, 500, 15500],
        [null, "特困人员", 2, 500, 1000],
        [null, "小计", 219, 500, null],
        ["马尾镇", "城镇低保", 275, 500, 137500],
        [null, "农村低保", 44, 500, 22000],
        [null, "特困人员", 3, 500, 1500],
        [null, "小计", 322, 500, null],
        ["亭江镇", "城镇低保", 58, 500, 29000],
        [null, "农村低保", 162, 500, 81500],
        [null, "特困人员", 9, 500, 4500],
        [null, "小计", 229, 500, null],
        ["琅岐镇", "城镇低保", 11, 500, 5500],
        [null, "农村低保", 812, 500, 406000],
        [null, "特困人员", 20, 500, 10000],
        [null, "小计", 843, 500, null],
        ["合   计", "城镇低保", 530, 500, 265000],
        [null, "农村低保", 1049, 500, 524500],
        [null, "特困人员", 34, 500, 17000],
        [null, "小计", 1613, 500, null],
        ["镇（街）", "类别", "人数", "标准", "金额"],
        ["马尾镇", "革命五老", 3, 500, 1500],
        ["亭江镇", "革命五老", 2, 500, 1000],
        ["琅岐镇", "革命五老", 9, 500, 4500],
        ["合计", null, 14, 500, 7000],
      ],
      merges: ["A1:E1", "A4:A7", "A8:A11", "A12:A15", "A16:A19", "A20:A23"],
      numberFormats: { "E4:E28": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "统计表",
        kind: "composition",
        unit: "元",
        headerRow: 3,
        lastRow: 28,
        columns: { A: "line", B: "category", C: "quantity", D: "unitAmount", E: "amount" },
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E13", why: "亭江镇 农村低保 162 × 500 = 81,000; 81,500 typed (500 over)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E17", why: "琅岐镇 农村低保 812 × 500 = 406,000" },
      { rule: "composition.line-mismatch", cell: "E4", why: "186 × 500 = 93,000" },
      { rule: "composition.total-mismatch", cell: "E7", why: "the 小计's 金额 is left blank: a foot left blank is checked for nothing" },
      { rule: "input.unreadable-value", cell: "E11", why: "a blank 小计 amount is nothing, not unreadable" },
      { rule: "composition.total-mismatch", cell: "E20", why: "城镇低保 265,000 = 93,000 + 137,500 + 29,000 + 5,500 (and 530 × 500)" },
      { rule: "composition.total-mismatch", cell: "E28", why: "革命五老 7,000 = 1,500 + 1,000 + 4,500" },
      { rule: "register.ineligible-location", why: "罗星街道, 马尾镇, 亭江镇, 琅岐镇 are the 马尾区's own towns" },
    ],
  },
};
