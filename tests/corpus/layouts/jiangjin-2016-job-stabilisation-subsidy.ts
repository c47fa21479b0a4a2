import type { CorpusLayout } from "../types";

// 重庆 江津区就业局 (重庆商报 2016-07-20): 失业保险稳岗补贴 for 2016 — firms whose 2015 lay-off rate stayed below the city's registered
// unemployment rate and that paid their unemployment insurance in full get 50% of what they and their staff actually paid the year before;
// 245 firms, 1,488.84万元, paid in three batches. Laid out as the district's payment list: firms by 镇街, last year's contributions in 元
// beside the subsidy in 元, the date paid.
export const layout: CorpusLayout = {
  id: "jiangjin-2016-job-stabilisation-subsidy",
  source: {
    title: "江津发放1488万稳岗补贴 惠及245家企业（重庆商报；拨付明细据正文拟）",
    url: "http://bbs.jdcq.net/forum.php?mod=viewthread&ordertype=1&tid=4426184",
    publisher: "重庆商报（江津区就业局）",
    date: "2016-07-20",
    changes:
      "As published: the subsidy (失业保险稳岗补贴), the year, its standard (50% of the firm's and its staff's 上年度实际缴纳失业保险费总额), " +
      "the three batches, the totals. The report is prose: the list (序号 | 镇街 | 企业名称 | 统一社会信用代码 | 2015年末参保职工人数（人） | " +
      "2015年度实际缴纳失业保险费（元） | 稳岗补贴金额（元） | 拨付日期), its title, firms, valid invented codes, towns, contributions, subsidies " +
      "and dates are ours, cut to 10 rows. Planted: 珞璜 firm paid 60% of its contributions; one firm paid twice; one payment dated 2016-12-08.",
  },
  classes: [
    "register", "rate-cap", "base-column", "yuan-amounts", "count-column", "paid-date-column", "credit-codes", "towns-as-places",
    "item-in-title", "year-in-title", "total-at-foot", "catalog-from-json", "district-department", "chongqing",
  ],
  settings: { district: "重庆市江津区" },
  catalog: {
    items: [
      { name: "失业保险稳岗补贴", capType: "rate", rate: 0.5, base: "上年度实际缴纳失业保险费总额", year: 2016, document: "关于做好2016年失业保险稳岗补贴有关工作的通知" },
    ],
  },
  sheets: [
    {
      name: "拨付明细",
      widths: [6, 12, 32, 22, 14, 18, 16, 12],
      rows: [
        ["江津区2016年失业保险稳岗补贴拨付明细表", null, null, null, null, null, null, null],
        ["填报单位：江津区就业局", null, null, null, null, null, null, null],
        ["序号", "镇街", "企业名称", "统一社会信用代码", "2015年末参保职工人数（人）", "2015年度实际缴纳失业保险费（元）", "稳岗补贴金额（元）", "拨付日期"],
        [1, "几江街道", "重庆江津鑫达机械有限公司", "91500116MA5U3K7P2E", 96, 86400, 43200, 42510],
        [2, "德感街道", "重庆德感粮油食品有限公司", "91500116MA5U4L8Q37", 168, 152360, 76180, 42510],
        [3, "双福街道", "重庆双福汽车零部件有限公司", "91500116MA5U5M9R40", 275, 248900, 124450, 42536],
        [4, "珞璜镇", "重庆珞璜建材有限公司", "91500116MA5U6N1T5M", 70, 63280, 37968, 42536],
        [5, "白沙镇", "重庆白沙酒业有限公司", "91500116MA5U7P2U6E", 46, 41760, 20880, 42536],
        [6, "支坪镇", "重庆支坪齿轮制造有限公司", "91500116MA5U8Q3W77", 108, 97540, 48770, 42559],
        [7, "德感街道", "重庆德感粮油食品有限公司", "91500116MA5U4L8Q37", 168, 152360, 76180, 42559],
        [8, "西湖镇", "重庆西湖花椒专业合作社", "91500116MA5U9R4X80", 32, 28640, 14320, 42559],
        [9, "鼎山街道", "重庆鼎山电子科技有限公司", "91500116MA5UAT5Y9Q", 133, 120500, 60250, 42712],
        [10, "油溪镇", "重庆油溪包装材料有限公司", "91500116MA5UBU6A10", 60, 54300, 27150, 42559],
        ["合计", null, null, null, 1156, 1046040, 529348, null],
      ],
      merges: ["A1:H1", "A2:H2", "A14:D14"],
      numberFormats: { "F4:G14": "#,##0", "H4:H13": "yyyy-mm-dd" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拨付明细",
        kind: "register",
        unit: "元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "place", C: "enterprise", D: "creditCode", F: "base", G: "approved", H: "paidDate" },
        year: 2016,
        item: "失业保险稳岗补贴",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G7", why: "50% × 63,280 = 31,640元; 37,968 paid (60%), 6,328元 over" },
      { rule: "register.duplicate", cell: "G10", why: "重庆德感粮油食品 (91500116MA5U4L8Q37) already received the 2016 subsidy on row 5 (76,180元)" },
      { rule: "register.late-disbursement", cell: "H12", why: "paid 2016-12-08, after the year's 11-30 deadline" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "G4", why: "43,200 = 50% × 86,400 exactly; every other row likewise half its contributions" },
      { rule: "register.ineligible-location", why: "几江、德感、双福、鼎山 are streets and 珞璜、白沙、支坪、西湖、油溪 towns of 江津区" },
      { rule: "register.location-code-mismatch", why: "every code's 500116 is 江津区" },
      { rule: "register.invalid-credit-code", why: "all nine codes are valid" },
      { rule: "register.late-disbursement", cell: "H11", why: "2016-07-08 is before 11-30" },
      { rule: "register.unpaid", why: "every row has its payment date" },
      { rule: "cap.exceeded", cell: "G14", why: "合计 529,348 = the sum of the ten payments; no award" },
      { rule: "input.unreadable-value", why: "参保职工人数 is a count of people, not money" },
    ],
  },
};
