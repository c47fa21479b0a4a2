import type { CorpusLayout } from "../types";

// 河南省工业和信息化厅 / 省财政厅 2022-07: the second quarter's 满负荷生产 awards for above-scale industrial firms — 10万元, or 20万元
// when 营业收入 also grew 10% or more, shared 1∶1 by the province and the firm's locality. Reported in 河南日报 as prose; built
// here as the award list such a round produces, with the 1∶1 split under one merged 奖励资金 header.
export const layout: CorpusLayout = {
  id: "henan-2022-q2-full-capacity-production-awards",
  source: {
    title: "二季度满负荷生产奖励申报开始（河南日报）— 2022年二季度规模以上工业企业满负荷生产财政奖励资金拟奖励名单（表据报道拟）",
    url: "http://henan.people.com.cn/n2/2022/0707/c351638-40027209.html",
    publisher: "河南省工业和信息化厅、河南省财政厅（人民网河南频道转河南日报）",
    date: "2022-07-07",
    changes:
      "As published: the two award levels (满负荷生产的规模以上工业企业给予10万元; 满负荷生产且实现营业收入同比增长10%以上的给予20万元) and the " +
      "1∶1 省级 / 属地 sharing; the catalog's two caps are these. The report is prose; the list's columns, nine firms, codes, growth " +
      "figures and awards are ours. Planted: 新乡牧野电器 (growth 7.9%, 奖励类别 满负荷生产奖励) given 20万元 where that award is 10万元; " +
      "周口豫东食品's code ends 5 where GB 32100 gives R.",
  },
  classes: [
    "register", "item-column", "fixed-awards", "two-levels-of-award", "split-under-merged-header", "two-header-rows", "credit-codes",
    "cities-as-places", "province-wide-list", "growth-rate-column", "wanyuan-in-header", "total-at-foot", "notes-under-table",
    "table-from-prose", "news-report", "henan",
  ],
  // Added after the fiftieth holdout's measurement: the layout stated no district, so the fund's area was the default
  // (闵行) and every 河南 city was outside it; the list is the province's own (its 省辖市 column), as its absent
  // ineligible-location entries meant.
  settings: { district: "河南省" },
  sheets: [
    {
      name: "拟奖励名单",
      widths: [6, 10, 28, 22, 14, 34, 10, 10, 10],
      rows: [
        ["2022年二季度规模以上工业企业满负荷生产财政奖励资金拟奖励名单", null, null, null, null, null, null, null, null],
        ["序号", "省辖市", "企业名称", "统一社会信用代码", "二季度营业收入同比增长（%）", "奖励类别", "奖励资金（万元）", null, null],
        [null, null, null, null, null, null, "合计", "其中：省级", "其中：属地"],
        [1, "郑州市", "郑州中原精铸机械有限公司", "91410100MA9K3R5T2W", 4.2, "满负荷生产奖励", 10, 5, 5],
        [2, "洛阳市", "洛阳伊河轴承有限公司", "91410300MA47B8N1XN", 15.6, "满负荷生产且营业收入同比增长10%以上奖励", 20, 10, 10],
        [3, "新乡市", "新乡牧野电器有限公司", "91410700MA3X6P4C8P", 7.9, "满负荷生产奖励", 20, 10, 10],
        [4, "南阳市", "南阳卧龙纺织有限公司", "91411300MA45F2L7QW", 12.3, "满负荷生产且营业收入同比增长10%以上奖励", 20, 10, 10],
        [5, "许昌市", "许昌鸿发发制品有限公司", "91411000MA9F1G3H61", 5.1, "满负荷生产奖励", 10, 5, 5],
        [6, "周口市", "周口豫东食品有限公司", "91411600MA46T9K2D5", 18, "满负荷生产且营业收入同比增长10%以上奖励", 20, 10, 10],
        [7, "安阳市", "安阳殷都钢构有限公司", "91410500MA40R7W3ER", 2.6, "满负荷生产奖励", 10, 5, 5],
        [8, "焦作市", "焦作怀川化工有限公司", "91410800MA9H5J2K4N", 10.4, "满负荷生产且营业收入同比增长10%以上奖励", 20, 10, 10],
        [9, "商丘市", "商丘睢阳面业有限公司", "91411400MA44D3B6YM", -1.8, "满负荷生产奖励", 10, 5, 5],
        ["合计", null, null, null, null, null, 140, 70, 70],
        ["注：奖励资金由省级和属地财政按照1∶1比例分担，直接拨付至企业账户。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:I2", "A13:F13", "A14:I14"],
      numberFormats: { "E4:E12": "0.0" },
    },
  ],
  catalog: {
    items: [
      { name: "满负荷生产奖励", capType: "fixed", capAmount: 10, unit: "万元", year: 2022, document: "河南省贯彻落实稳住经济一揽子政策措施实施方案（二季度满负荷生产的规模以上工业企业给予10万元）" },
      { name: "满负荷生产且营业收入同比增长10%以上奖励", capType: "fixed", capAmount: 20, unit: "万元", year: 2022, document: "同上（满负荷生产且营业收入同比增长10%以上的给予20万元）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", D: "creditCode", F: "item", G: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G6", why: "新乡牧野电器: 满负荷生产奖励 is 10万元 (growth 7.9% is under 10%), given 20: 10万元 over" },
      { rule: "register.invalid-credit-code", cell: "D9", why: "91411600MA46T9K2D5: the GB 32100 check character of 91411600MA46T9K2D is R, not 5" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G5", why: "20万元 is the award for 满负荷生产且营业收入同比增长10%以上 (growth 15.6%)" },
      { rule: "cap.exceeded", cell: "H6", why: "其中 省级 / 属地 are halves of the award, not awards" },
      { rule: "register.duplicate", why: "nine different firms" },
      { rule: "register.ineligible-location", why: "every 省辖市 is in 河南省" },
      { rule: "input.unreadable-value", why: "the growth column holds numbers (one negative); the note is text" },
      { rule: "cap.unknown-policy", why: "both 奖励类别 are in the catalog" },
    ],
  },
};
