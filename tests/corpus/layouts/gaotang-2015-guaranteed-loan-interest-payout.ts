import type { CorpusLayout } from "../types";

// 山东省财政厅 2016-03-18, on 高唐县 (聊城): 小额担保贷款财政贴息 in 2015 — loans of up to 10万元 for people and up to 300万元 for labour-
// intensive small firms; 3,675.5万元 lent to 1,396 people and 13 firms, 204.18万元 of interest paid (中央 118.59, 县级 85.59). Laid out as
// the county's payment list such a year ends in: borrowers (people and firms) by town, loan in 万元 beside the interest paid in 元, the date paid.
export const layout: CorpusLayout = {
  id: "gaotang-2015-guaranteed-loan-interest-payout",
  source: {
    title: "高唐县财政局全力做好小额担保贷款财政贴息工作（拨付名单据正文拟）",
    url: "http://czt.shandong.gov.cn/art/2016/3/18/art_10532_1446808.html",
    publisher: "山东省财政厅（高唐县财政局）",
    date: "2016-03-18",
    changes:
      "As published: the subsidy (小额担保贷款财政贴息), the year, the two kinds of borrower and their loan ceilings (个人 10万元, 劳动密集型小企业 " +
      "300万元), the year's totals. The report is prose: the list (序号 | 所在镇（街道） | 借款人 | 统一社会信用代码 | 借款人类别 | 贷款金额（万元） | " +
      "贴息金额（元） | 拨付日期), its title, the borrowers (invented people and firms, valid invented codes for the firms), towns, loans, interest and " +
      "dates are ours, cut to 10 rows. Planted: one borrower paid twice for the year; one placed in 茌平县; one payment dated 2015-12-18.",
  },
  classes: [
    "register", "people-and-firms-as-payees", "borrower-kind-column", "loan-beside-interest", "mixed-units", "wanyuan-loan-yuan-subsidy",
    "paid-date-column", "credit-codes-for-firms-only", "towns-as-places", "item-in-title", "year-in-title", "total-at-foot", "county-finance-bureau", "shandong",
  ],
  settings: { district: "聊城市高唐县" },
  sheets: [
    {
      name: "拨付名单",
      widths: [6, 16, 30, 22, 12, 16, 16, 14],
      rows: [
        ["高唐县2015年小额担保贷款财政贴息资金拨付名单", null, null, null, null, null, null, null],
        ["填报单位：高唐县财政局", null, null, null, null, null, null, null],
        ["序号", "所在镇（街道）", "借款人", "统一社会信用代码", "借款人类别", "贷款金额（万元）", "贴息金额（元）", "拨付日期"],
        [1, "鱼邱湖街道", "王建军", null, "个人", 10, 5250, 42083],
        [2, "梁村镇", "李红梅", null, "个人", 10, 5250, 42083],
        [3, "人和街道", "高唐县鑫源纺织有限公司", "91371526MA3C4P8K2H", "小微企业", 200, 105000, 42139],
        [4, "尹集镇", "张志强", null, "个人", 8, 4200, 42181],
        [5, "清平镇", "刘桂英", null, "个人", 10, 5250, 42181],
        [6, "固河镇", "赵文斌", null, "个人", 5, 2625, 42230],
        [7, "茌平县博平镇", "孙立新", null, "个人", 10, 5250, 42230],
        [8, "三十里铺镇", "高唐县恒达农机制造有限公司", "91371526MA3D7N1R5U", "小微企业", 300, 157500, 42272],
        [9, "鱼邱湖街道", "王建军", null, "个人", 10, 5250, 42307],
        [10, "姜店镇", "陈秀兰", null, "个人", 10, 5250, 42356],
        ["合计", null, null, null, null, 573, 300825, null],
      ],
      merges: ["A1:H1", "A2:H2", "A14:E14"],
      numberFormats: { "H4:H13": "yyyy-mm-dd", "G4:G14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拨付名单",
        kind: "register",
        unit: "元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "category", F: "base", G: "approved", H: "paidDate" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "G12", why: "王建军 of 鱼邱湖街道 paid the year's interest again on row 12 (5,250元, 2015-10-30), as on row 4 (2015-03-20): same borrower, item and year" },
      { rule: "register.ineligible-location", cell: "B10", why: "茌平县博平镇 lies in 茌平县, another county of 聊城市, outside 高唐县" },
      { rule: "register.late-disbursement", cell: "H13", why: "paid 2015-12-18, after the year's disbursement deadline of 2015-11-30" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "B4", why: "鱼邱湖街道, 人和街道, 梁村镇, 尹集镇, 清平镇, 固河镇, 三十里铺镇, 姜店镇 are streets and towns of 高唐县" },
      { rule: "register.late-disbursement", cell: "H12", why: "2015-10-30 is before the 11-30 deadline" },
      { rule: "register.invalid-credit-code", why: "both firms' codes are valid; the people have none (blank), which is no invalid code" },
      { rule: "register.unpaid", why: "every row has its payment date" },
      { rule: "composition.total-mismatch", why: "a register's 合计 (300,825 = 5,250 × 6 + 105,000 + 4,200 + 2,625 + 157,500; loans 573万元) is not a composition" },
      { rule: "input.unreadable-value", why: "借款人类别 (个人, 小微企业) is text describing the borrower; 贷款金额 is in 万元 and 贴息金额 in 元, each as its heading says" },
    ],
  },
};
