import type { CorpusLayout } from "../types";

// 乌苏市 (新疆塔城地区) 2015: three textile firms paid the prefecture's 2014 support money (loan interest, cotton and yarn-freight
// subsidies) as one sum each, built from the news item; one credit code with a wrong check character.
export const layout: CorpusLayout = {
  id: "wusu-2015-textile-firms-support-payout",
  source: {
    title: "新疆乌苏市拨付三家纺织企业专项扶持资金1306.25万元（拨付明细表据报道拟）",
    url: "https://nativeclients.com/YWEsrNzjbc/news/show-81736.html",
    publisher: "乌苏市",
    date: "2015",
    changes:
      "The item names the three funding notices (塔地财建〔2015〕96号 贷款贴息, 〔2015〕7号 用棉补贴, 〔2015〕91号 出疆棉纱运费补贴) and three firms with " +
      "their sums (the second written 115.34元 for 万元), 1306.25万元 in all. The table is ours: firms renamed, credit codes (乌苏市 654202) " +
      "invented, the three sums changed (812.40 / 118.65 / 375.20) keeping the published total 1,306.25. Planted: the second firm's credit code " +
      "with a wrong check character.",
  },
  classes: ["register", "payment-list", "credit-codes", "place-column", "document-text-column", "two-decimal-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "county-level-city", "xinjiang"],
  sheets: [
    {
      name: "拨付明细",
      widths: [6, 32, 22, 12, 16, 40],
      rows: [
        ["乌苏市2014年度纺织企业专项扶持资金拨付明细表（表据报道拟）", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在地", "拨付金额（万元）", "资金依据"],
        [1, "乌苏市恒丰纺织有限责任公司", "91654202MA776KD01E", "乌苏市", 812.4, "塔地财建〔2015〕96号、7号、91号"],
        [2, "乌苏市天棉麻业有限责任公司", "91654202228591163M", "乌苏市", 118.65, "塔地财建〔2015〕7号、91号"],
        [3, "乌苏市瑞泰棉纺织有限公司", "91654202MA7762Q2XT", "乌苏市", 375.2, "塔地财建〔2015〕96号、91号"],
        ["合计", null, null, null, 1306.25, null],
        ["注：含2014年度纺织服装企业固定资产和流动资金贷款自治区贴息、棉纺企业生产用棉自治区补贴、疆内纺纱企业出疆棉纱运费补贴。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A6:D6", "A7:F7"],
      numberFormats: { "E3:E6": "#,##0.00" },
    },
  ],
  settings: { district: "乌苏市" },
  expect: {
    tables: [
      {
        sheet: "拨付明细",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 6,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "approved" },
        year: 2014,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "C4", why: "91654202228591163M: the GB 32100 check character for 91654202228591163 is L, not M" },
      { rule: "cap.unknown-policy", cell: "E3", why: "no catalog and no item column: the list's amounts are unchecked, reported once at the first row's amount" },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "all three firms are in 乌苏市, the fund's own area" },
      { rule: "register.location-code-mismatch", why: "the codes' 654202 is 乌苏市" },
      { rule: "register.duplicate", why: "three different firms" },
      { rule: "input.unreadable-value", cell: "F3", why: "资金依据 cites notices: text describing the row" },
      { rule: "cap.exceeded", cell: "E6", why: "the 合计 1,306.25 = 812.40 + 118.65 + 375.20 is no award" },
      { rule: "register.unpaid", why: "a payment list records no payment dates; the list itself is what was paid" },
    ],
  },
};
