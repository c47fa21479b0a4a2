import type { CorpusLayout } from "../types";

// 惠州市工业和信息化局 2025-06-09: the 2023 晋档升级 award for manufacturers moving up a size band — 天宝创能 and 赣锋锂电, 100万元 each, of which the
// city pays 80万元 and the counties / districts 120万元 — sent down to the district bureaus with its 绩效目标表. Laid out as 附件1, the
// 安排计划表: district, firm, code, band, 奖励资金 合计 with 其中 市财政 / 县区财政 under a merged heading.
export const layout: CorpusLayout = {
  id: "huizhou-2023-upgrade-award-city-county-split",
  source: {
    title: "关于下达2023年度惠州市制造业企业晋档升级奖励资金和工业企业扩产增效奖励资金（第二批）的通知（附件1：2023年度惠州市制造业企业晋档升级奖励资金安排计划表）",
    url: "https://www.chacewang.com/newsdetail/news812451.html",
    publisher: "惠州市工业和信息化局",
    date: "2025-06-09",
    changes:
      "As published: the award (制造业企业晋档升级奖励资金, 惠府〔2023〕39号 and 惠府办〔2023〕17号), the two firms (惠州市天宝创能科技有限公司, " +
      "惠州赣锋锂电科技有限公司) at 100万元 each, the city's 80 and the counties' 120, the annexes' titles and the bureaus addressed. The stored copy does " +
      "not show the annex (a PDF): its columns, the districts given to the firms, the codes, the bands and the split of each award are ours. The 扩产增效 " +
      "list (附件3, 37 firms, 128.18万元) is not laid out. Planted: 赣锋锂电 given 120 (市 40, 县区 80) where the award is 100万元 a firm; so the " +
      "合计 row reads 220 against the published 200.",
  },
  classes: ["register", "fixed-cap", "item-in-title", "qizhong-split", "money-by-level", "two-header-rows", "credit-codes", "districts-as-places", "city-fund", "wanyuan-caption", "guangdong"],
  settings: { asOf: "2025-06-09", district: "惠州市" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 12, 30, 22, 20, 12, 12, 12],
      rows: [
        ["附件1", null, null, null, null, null, null, null],
        ["2023年度惠州市制造业企业晋档升级奖励资金安排计划表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元", null],
        ["序号", "县（区）", "企业名称", "统一社会信用代码", "晋档情况", "奖励资金", null, null],
        [null, null, null, null, null, "合计", "其中：市财政", "县区财政"],
        [1, "仲恺高新区", "惠州市天宝创能科技有限公司", "91441300MA4UH5K8L6", "营业收入首次突破50亿元", 100, 40, 60],
        [2, "惠城区", "惠州赣锋锂电科技有限公司", "91441302MA52R7N4PB", "营业收入首次突破50亿元", 120, 40, 80],
        ["合计", null, null, null, null, 220, 80, 140],
      ],
      merges: ["A1:H1", "A2:H2", "G3:H3", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:H4", "A8:E8"],
      numberFormats: { "F6:H8": "0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "惠州市制造业企业晋档升级奖励",
        capType: "fixed",
        capAmount: 100,
        unit: "万元",
        year: 2023,
        document: "惠府〔2023〕39号、惠府办〔2023〕17号（通知：2家企业晋档升级奖励资金各100万元）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 8,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "category", F: "approved" },
        year: 2023,
        item: "惠州市制造业企业晋档升级奖励",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F7", why: "惠州赣锋锂电 合计 120.00 where the award is a fixed 100万元 a firm: 20.00万元 over" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G7", why: "市财政 40 is the city's part of the award, not the award" },
      { rule: "cap.exceeded", cell: "H7", why: "县区财政 80 is a part, not the award" },
      { rule: "cap.exceeded", cell: "F8", why: "合计 220 is no award" },
      { rule: "cap.exceeded", cell: "F6", why: "100.00, the fixed award" },
      { rule: "register.ineligible-location", why: "仲恺高新区 and 惠城区 lie in 惠州市, the fund's area" },
      { rule: "register.invalid-credit-code", why: "both codes are valid GB 32100 codes" },
      { rule: "register.duplicate", why: "two firms, each once" },
      { rule: "input.unreadable-value", cell: "E6", why: "晋档情况 is text by nature" },
    ],
  },
};
