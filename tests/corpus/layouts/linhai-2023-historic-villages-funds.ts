import type { CorpusLayout } from "../types";

// 临海市农业农村局 2023-07-21: money of 2023's 省农业农村现代化先行资金 paid to the 第九批 and 第十一批 historic villages — two annexes,
// each 序号 | 镇（街道） | 重点村 | 一般村 | 金额（万元）, the village's name written under its kind (重点村 or 一般村), 合计 at the foot.
export const layout: CorpusLayout = {
  id: "linhai-2023-historic-villages-funds",
  source: {
    title: "临海市农业农村局关于拨付省历史文化村落保护利用重点村和一般村补助资金的通知（附件1、2：补助资金明细表）",
    url: "https://www.chacewang.com/newsdetail/news394252.html",
    publisher: "临海市农业农村局",
    date: "2023-07-21",
    changes:
      "As published: the two annexes' titles, the headings (重点村（30%） | 一般村（30%） in annex 1, 重点村 | 一般村 in annex 2), the " +
      "village's name under its kind with the town before it, 金额 in 万元, 合计 at the foot; the towns and villages as the notice names " +
      "them. The sheet names carry the year (the notice's 提前下达2023年 money). Ours: the amounts (the notice pays 150 + 6 × 10 = 210 " +
      "and 318 + 42.7 + 42.7 + 42.6 = 446). Planted: annex 2's 合计 written 443.4 where its lines add up to 434.4.",
  },
  classes: ["composition", "allocation-by-village", "two-sheets", "village-name-under-its-kind", "share-in-heading", "towns-and-streets-as-groups", "year-in-sheet-name", "one-decimal-wanyuan", "wanyuan-in-header", "total-at-foot", "county-city-department", "zhejiang"],
  settings: { district: "临海市" },
  sheets: [
    {
      name: "2023年附件1",
      widths: [6, 14, 16, 16, 12],
      rows: [
        ["附件1", null, null, null, null],
        ["第九批省历史文化村落保护利用重点村和一般村补助资金明细表", null, null, null, null],
        ["序号", "镇（街道）", "重点村（30%）", "一般村（30%）", "金额（万元）"],
        [1, "汇溪镇", "孔丘村", null, 145],
        [2, "杜桥镇", null, "汾西村", 10],
        [3, "杜桥镇", null, "卢家村", 10],
        [4, "邵家渡街道", null, "年坑村", 10],
        [5, "东塍镇", null, "呈岐村", 10],
        [6, "东塍镇", null, "坦头村", 10],
        [7, "汇溪镇", null, "善家洋村", 10],
        ["合计", null, null, null, 205],
      ],
      merges: ["A1:E1", "A2:E2", "A11:D11"],
    },
    {
      name: "2023年附件2",
      widths: [6, 14, 16, 16, 12],
      rows: [
        ["附件2", null, null, null, null],
        ["第十一批省历史文化村落保护利用重点村和一般村补助资金明细表", null, null, null, null],
        ["序号", "镇（街道）", "重点村", "一般村", "金额（万元）"],
        [1, "河头镇", "殿前村", null, 310],
        [2, "汇溪镇", null, "山安村", 41.5],
        [3, "汇溪镇", null, "西溪村", 41.5],
        [4, "河头镇", null, "岩坑村", 41.4],
        ["合计", null, null, null, 443.4],
      ],
      merges: ["A1:E1", "A2:E2", "A8:D8"],
    },
  ],
  expect: {
    tables: [
      { sheet: "2023年附件1", kind: "composition", unit: "万元", headerRow: 3, lastRow: 11, columns: { B: "category", E: "amount" }, year: 2023 },
      { sheet: "2023年附件2", kind: "composition", unit: "万元", headerRow: 3, lastRow: 8, columns: { B: "category", E: "amount" }, year: 2023 },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "2023年附件2", cell: "E8", why: "310 + 41.5 + 41.5 + 41.4 = 434.4, written 443.4 (9万元 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "2023年附件1", cell: "E11", why: "145 + 6 × 10 = 205" },
      { rule: "execution.rate-mismatch", why: "（30%） in the headings is the share paid now, no rate of these figures" },
      { rule: "register.ineligible-location", why: "汇溪、杜桥、东塍、河头 are towns and 邵家渡 a street of 临海市; a village list is no register" },
      { rule: "register.duplicate", why: "towns repeat because several of their villages are paid; it is an allocation, not a list of firms" },
      { rule: "composition.line-mismatch", why: "no unit × quantity here" },
    ],
  },
};
