import type { CorpusLayout } from "../types";

// 武汉市发改委 2020-12-03: 2020年度武汉总部企业奖励补贴资金计划表 — 序号 | 企业名称 | 金额（元） merged over 合计 | 市级财政 | 区级财政
// (武政规〔2018〕38号: city and district 50% each), the firms grouped under district label rows, half-yuan shares.
export const layout: CorpusLayout = {
  id: "wuhan-2020-headquarters-award-fund-plan",
  source: {
    title: "关于下达2020年度武汉总部企业奖励补贴资金计划的通知（附件：2020年度武汉总部企业奖励补贴资金计划表）",
    url: "http://9918378.cn/news/info/id/840.html",
    publisher: "武汉市发展和改革委员会",
    date: "2020-12-03",
    changes:
      "Kept as published: the annex label, the title, the two header rows (序号 | 企业名称 | 金额（元） over 合计 | 市级财政 | 区级财政), the district " +
      "label rows (江汉区, 硚口区, 汉阳区, 武昌区, 青山区, 洪山区) each above its firms, amounts in whole 元 split in halves (so .5 元 shares). Cut to 7 of " +
      "the 15 firms; firms and figures are ours; the 合计 row and the note under the table are added from the notice (50% each). Planted: the third " +
      "firm's 区级财政 typed 2,763,593 for 2,736,593, so its row misses its 合计 and the 区级财政 column misses its foot.",
  },
  classes: ["register", "award-split-columns", "merged-award-header", "city-district-shares", "half-yuan-shares", "district-label-rows", "districts-as-places", "two-header-rows", "yuan-in-header", "annex-label", "total-at-foot", "notes-under-table", "city-level", "hubei"],
  settings: { district: "武汉市" },
  sheets: [
    {
      name: "计划表",
      widths: [6, 36, 14, 14, 14],
      rows: [
        ["附件", null, null, null, null],
        ["2020年度武汉总部企业奖励补贴资金计划表", null, null, null, null],
        ["序号", "企业名称", "金额（元）", null, null],
        [null, null, "合计", "市级财政", "区级财政"],
        ["江汉区", null, null, null, null],
        [1, "武汉楚贝通信集团股份有限公司", 1235421, 617710.5, 617710.5],
        ["硚口区", null, null, null, null],
        [2, "武汉汉正百货仓储有限公司", 5392127, 2696063.5, 2696063.5],
        [3, "武汉远宁医药有限公司", 5473186, 2736593, 2763593],
        ["汉阳区", null, null, null, null],
        [4, "武汉鹦鹉洲医药集团股份有限公司", 6270699, 3135349.5, 3135349.5],
        ["武昌区", null, null, null, null],
        [5, "中交武昌勘察设计院集团有限公司", 7000000, 3500000, 3500000],
        ["青山区", null, null, null, null],
        [6, "武汉青钢实业集团有限公司", 5000000, 2500000, 2500000],
        ["洪山区", null, null, null, null],
        [7, "武汉南湖数据科技有限公司", 3860418, 1930209, 1930209],
        ["合计", null, 34231851, 17115925.5, 17115925.5],
        ["注：按照武政规〔2018〕38号规定，奖励补贴资金由市级财政和总部企业所在区各按50%的比例承担。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A3:A4", "B3:B4", "C3:E3", "A5:E5", "A7:E7", "A10:E10", "A12:E12", "A14:E14", "A16:E16", "A18:B18", "A19:E19"],
      numberFormats: { "C6:E18": "#,##0.0#" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "计划表",
        kind: "register",
        unit: "元",
        headerRow: 3,
        lastRow: 18,
        columns: { B: "enterprise", C: "approved" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C9", why: "远宁医药: 市级 2,736,593 + 区级 2,763,593 = 5,500,186; its 合计 states 5,473,186 (27,000 less)" },
      { rule: "composition.total-mismatch", cell: "E18", why: "区级财政 as typed: 617,710.5 + 2,696,063.5 + 2,763,593 + 3,135,349.5 + 3,500,000 + 2,500,000 + 1,930,209 = 17,142,925.5; the 合计 states 17,115,925.5 (27,000 less)" },
      { rule: "cap.unknown-policy", cell: "C6", why: "no catalog is loaded: the plan's awards go unchecked, reported once" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C18", why: "1,235,421 + 5,392,127 + 5,473,186 + 6,270,699 + 7,000,000 + 5,000,000 + 3,860,418 = 34,231,851" },
      { rule: "composition.total-mismatch", cell: "D18", why: "the 市级 halves add up to 17,115,925.5" },
      { rule: "composition.total-mismatch", cell: "C6", why: "617,710.5 + 617,710.5 = 1,235,421: half-yuan shares are exact" },
      { rule: "register.duplicate", why: "the district label rows are no firms; no firm is listed twice" },
      { rule: "register.ineligible-location", why: "江汉区 … 洪山区 are districts of 武汉市" },
      { rule: "register.unpaid", why: "a plan issued to the districts records no payments" },
    ],
  },
};
