import type { CorpusLayout } from "../types";

// 安徽省发展改革委（省皖北办） 2022-04-26: 2021年度皖北承接产业转移集聚区和南北合作共建园区考评结果的公示 — 附件 1.“6+2”试验区考评结果:
// 排序 | 园区名称 | 分档情况, the tier written once and merged down over its parks (第一档 2, 第二档 4, 第三档 2). Laid out with an award column of ours.
export const layout: CorpusLayout = {
  id: "wanbei-2021-transfer-zone-assessment-awards",
  source: {
    title: "关于2021年度皖北承接产业转移集聚区和南北合作共建园区考评结果的公示（附件：考评结果 1.“6+2”试验区考评结果）",
    url: "https://www.ahchanye.com/zc/13521.html",
    publisher: "安徽省发展和改革委员会（转载：链通高新）",
    date: "2022-04-26",
    changes:
      "As published: the annex's first table — 排序 | 园区名称 | 分档情况, the eight 试验区 in their order and their tiers (宿州高新区 and 濉溪经开区 第一档; " +
      "蚌埠高新区, 亳州高新区, 淮南高新区, 凤阳经开区 第二档; 阜阳合肥现代产业园区 and 霍邱经开区 第三档), each tier merged down its parks. Ours: the " +
      "column 考评奖励资金（万元） and its figures (300 / 200 / 100 by tier) and the 合计 row; the second table (36个开发区) is cut. No catalog: the " +
      "amounts are reported once as unchecked.",
  },
  classes: ["register", "bodies-honoured", "parks", "tier-column-merged", "ranking-column", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "award-column-ours", "no-catalog", "province-level", "anhui"],
  sheets: [
    {
      name: "考评结果",
      widths: [8, 34, 12, 18],
      rows: [
        ["1.“6+2”试验区考评结果", null, null, null],
        ["排序", "园区名称", "分档情况", "考评奖励资金（万元）"],
        [1, "安徽宿州高新技术产业开发区", "第一档", 300],
        [2, "安徽濉溪经济开发区", null, 300],
        [3, "蚌埠高新技术产业开发区", "第二档", 200],
        [4, "安徽亳州高新技术产业开发区", null, 200],
        [5, "安徽淮南高新技术产业开发区", null, 200],
        [6, "安徽凤阳经济开发区", null, 200],
        [7, "阜阳合肥现代产业园区", "第三档", 100],
        [8, "安徽霍邱经济开发区", null, 100],
        ["合计", null, null, 1600],
      ],
      merges: ["A1:D1", "C3:C4", "C5:C8", "C9:C10", "A11:C11"],
      numberFormats: { "D3:D11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "考评结果", kind: "register", unit: "万元", headerRow: 2, lastRow: 11, columns: { B: "enterprise", C: "category", D: "approved" }, year: 2021 },
    ],
    findings: [
      { rule: "cap.unknown-policy", sheet: "考评结果", cell: "D3", why: "no catalog and no item (the title closes with 考评结果, not 名单): the list's amounts are unchecked, reported once at the first row's award" },
    ],
    absent: [
      { rule: "register.duplicate", sheet: "考评结果", why: "eight different parks; a tier merged down its parks repeats no park" },
      { rule: "register.duplicate", sheet: "考评结果", cell: "D11", why: "合计 is not a ninth park" },
      { rule: "register.invalid-credit-code", why: "the list carries no credit codes" },
      { rule: "register.ineligible-location", why: "the list has no place column" },
      { rule: "register.unpaid", why: "an award list records no payments" },
      { rule: "input.unreadable-value", sheet: "考评结果", cell: "A3", why: "排序 1–8 is a ranking, read as the row number, never as money" },
    ],
  },
};
