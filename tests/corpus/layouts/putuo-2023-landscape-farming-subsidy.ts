import type { CorpusLayout } from "../types";

// 舟山市普陀区农业农村局 (2023-12): 2022-2023年度 景观农业补助资金分配表 — 序号 | 镇、街道 | 单位 | 补助内容 | 金额（元）, payees
// firms, a cooperative, masked farmers (*建明) and 登步岛管委会. Planted: the cooperative listed twice for 单季油菜.
export const layout: CorpusLayout = {
  id: "putuo-2023-landscape-farming-subsidy",
  source: {
    title: "关于2022-2023年度普陀区景观农业补助资金的公示",
    url: "http://www.putuo.gov.cn/art/2023/12/1/art_1229699087_3835812.html",
    publisher: "舟山市普陀区农业农村局",
    date: "2023-12-01",
    changes:
      "Kept as published: the table's title and five columns, farmers' names masked with * as published, the 补助内容 written as text " +
      "(单季油菜…亩 at 100 元/亩), 登步岛管委会 as its own place and payee, the 合计 row. Payee names, areas and money ours. Planted: " +
      "舟山市普陀区桃花岛花海农业专业合作社 appears twice (rows 4 and 9) for 单季油菜 in the same list.",
  },
  classes: ["register", "cooperatives", "masked-person-names", "content-as-text", "government-body-payee", "place-column", "yuan-in-headers", "total-row-last", "duplicate-payee", "district-level", "zhejiang"],
  settings: { district: "舟山市普陀区" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 14, 36, 52, 12],
      rows: [
        ["2022-2023年度普陀区景观农业补助资金分配表", null, null, null, null],
        ["序号", "镇、街道", "单位", "补助内容", "金额 （元）"],
        [1, "桃花镇", "舟山市普陀区桃源农旅开发有限公司", "单季油菜30.25亩，“海上桃花源”油菜景观图案1个，重点区域道路沿线草花3200平方米", 47425],
        [2, "桃花镇", "舟山市普陀区桃花岛花海农业专业合作社", "单季油菜27.6亩", 2760],
        [3, "桃花镇", "*建明", "单季油菜48.35亩", 4835],
        [4, "桃花镇", "*海达", "单季油菜652.18亩", 65218],
        [5, "桃花镇", "*国宁", "单季油菜30.44亩", 3044],
        [6, "桃花镇", "*天祥", "单季油菜76.9亩", 7690],
        [7, "桃花镇", "舟山市普陀区桃花岛花海农业专业合作社", "单季油菜21.3亩", 2130],
        [8, "桃花镇", "*增福", "单季油菜10.8亩", 1080],
        [9, "登步岛管委会", "登步岛管委会", "改建农田管理房76套，计1140㎡，外立面粉刷45㎡", 312640],
        ["合计", null, null, null, 446822],
      ],
      merges: ["A1:E1", "A12:D12"],
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "register", unit: "元", headerRow: 2, lastRow: 12, columns: { B: "place", C: "enterprise", E: "approved" } },
    ],
    findings: [
      { rule: "register.duplicate", cell: "E9", why: "舟山市普陀区桃花岛花海农业专业合作社 already listed on row 4 (单季油菜27.6亩, 2,760元); again on row 9 (21.3亩, 2,130元) in the same list" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "E11", why: "登步岛管委会 written as place and as payee is one payee once" },
      { rule: "register.duplicate", cell: "E7", why: "the masked farmers *建明, *海达, *国宁, *天祥, *增福 are five different people" },
      { rule: "composition.total-mismatch", cell: "E12", why: "47,425 + 2,760 + 4,835 + 65,218 + 3,044 + 7,690 + 2,130 + 1,080 + 312,640 = 446,822 元 as stated" },
      { rule: "register.ineligible-location", why: "桃花镇 and 登步岛 (登步乡) are 普陀区's own" },
      { rule: "input.unreadable-value", cell: "D3", why: "补助内容 is a description, not an amount" },
    ],
  },
};
