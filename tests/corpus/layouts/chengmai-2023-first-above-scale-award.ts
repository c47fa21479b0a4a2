import type { CorpusLayout } from "../types";

// 澄迈县工业信息化和科学技术局 2023-06-14: the county's award to industrial firms first counted above scale in 2022 —
// 10万元 to the firm's management team, applied for and published through 海易兑. The list of firms to be awarded, as
// the county publishes such a list for objections: the firm, its code, its town or park, when it entered the statistics.
export const layout: CorpusLayout = {
  id: "chengmai-2023-first-above-scale-award",
  source: {
    title: "澄迈县工业信息化和科学技术局关于开展2023年澄迈县工业企业首次升规纳统奖励资金申报工作的通知（拟奖励企业名单据通知拟）",
    url: "https://www.chacewang.com/newsdetail/news354764.html",
    publisher: "澄迈县工业信息化和科学技术局（查策网转载）",
    date: "2023-06-14",
    changes:
      "The notice's terms are as published (澄办字〔2022〕20号; 在澄迈注册生产经营的工业企业; 2022年首次升规并纳入统计部门联网直报; " +
      "给予其管理团队10万元奖励; 审核结果在澄迈县门户网站和“海易兑”系统公示). The stored copy is the call for applications, not the list " +
      "that followed it, so the list's title, its columns (序号 | 企业名称 | 统一社会信用代码 | 所在镇（园区） | 纳统时间 | 奖励金额（万元） | " +
      "备注), the firms, codes and towns (澄迈县 469023) are ours. Planted: 澄迈福山咖啡食品 awarded 15.00 against the fixed 10万元; " +
      "海南博厚建材 placed in 临高县博厚镇, outside 澄迈县.",
  },
  classes: ["register", "fixed-cap", "item-in-title", "credit-codes", "towns-as-places", "parks-as-places", "month-as-text", "wanyuan-in-header", "remark-column", "signoff-line", "hainan"],
  settings: { district: "澄迈县", asOf: "2023-07-10" },
  sheets: [
    {
      name: "拟奖励名单",
      widths: [6, 34, 22, 20, 12, 16, 12],
      rows: [
        ["2023年澄迈县工业企业首次升规纳统奖励资金拟奖励企业名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在镇（园区）", "纳统时间", "奖励金额（万元）", "备注"],
        [1, "海南澄迈金江新型建材有限公司", "91469023MA5T1K3P7M", "金江镇", "2022年3月", 10, null],
        [2, "澄迈福山咖啡食品有限公司", "91469023MA5TCW8L2M", "福山镇", "2022年6月", 15, null],
        [3, "海南老城电子材料科技有限公司", "91469023MA5U4HN062", "海南老城经济开发区", "2022年1月", 10, null],
        [4, "澄迈永发橡胶制品有限公司", "91469023MA5TX2R9DL", "永发镇", "2022年9月", 10, null],
        [5, "海南博厚建材有限公司", "91469024MA5T7QB4KM", "临高县博厚镇", "2022年5月", 10, null],
        [6, "澄迈瑞溪农产品加工有限公司", "91469023MA5UB6M3R1", "瑞溪镇", "2022年11月", 10, "海易兑申报"],
        ["合计", null, null, null, null, 65, null],
        ["澄迈县工业信息化和科学技术局", null, null, null, null, null, "2023年7月10日"],
      ],
      merges: ["A1:G1", "A9:E9", "A10:F10"],
      numberFormats: { "F3:F9": "0.00" },
    },
  ],
  catalog: {
    items: [{ name: "工业企业首次升规纳统奖励", capType: "fixed", capAmount: 10, unit: "万元", year: 2023, document: "澄办字〔2022〕20号" }],
  },
  expect: {
    tables: [
      {
        sheet: "拟奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "place", F: "approved" },
        year: 2023,
        item: "工业企业首次升规纳统奖励",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F4", why: "澄迈福山咖啡食品: the award is a fixed 10.00万元; 15.00 proposed, 5.00万元 over" },
      { rule: "register.ineligible-location", cell: "D7", why: "临高县博厚镇 is in 临高县, not 澄迈县: the fund is for firms registered in 澄迈" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F9", why: "合计 65 = 10 + 15 + 10 + 10 + 10 + 10 is not an award" },
      { rule: "register.ineligible-location", cell: "D5", why: "海南老城经济开发区 lies in 澄迈县 (老城镇)" },
      { rule: "register.ineligible-location", cell: "D3", why: "金江镇 is 澄迈's county town" },
      { rule: "register.location-code-mismatch", cell: "C7", why: "the row's place is already outside the district; the mismatch rule is for rows placed inside" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.duplicate", why: "every firm appears once" },
      { rule: "cap.unknown-policy", why: "the award is named in the title and is in the catalog" },
      { rule: "input.unreadable-value", why: "纳统时间 (2022年3月) is a month written as text, not a payment date; 备注 and the sign-off line are text" },
    ],
  },
};
