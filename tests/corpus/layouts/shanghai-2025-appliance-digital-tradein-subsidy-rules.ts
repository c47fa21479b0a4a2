import type { CorpusLayout } from "../types";

// 上海市2025年国家家电以旧换新补贴政策使用规则 — the subsidy per product class as a retailer posts it: 序号 | 补贴类别 | 补贴品类 | 补贴标准 |
// 数量限制, the class merged down over its products, each standard a share of the price with a maximum in 元 (家电 20% / 15% by energy
// grade, ≤2,000元; 数码产品 15% of a price of at most 6,000元, ≤500元). Nothing to report.
export const layout: CorpusLayout = {
  id: "shanghai-2025-appliance-digital-tradein-subsidy-rules",
  source: {
    title: "上海市2025年国家家电以旧换新补贴政策使用规则（补贴标准表据规则拟）",
    url: "https://www.sonystyle.com.cn/SSOminisite/activity/xiaofeibutie_rulesh_20250226/pc_index.html",
    publisher: "（零售商转载）",
    date: "2025-02-26",
    changes:
      "The stored copy gives the rules' title only. The table (its columns, the class merged down, the wording of each standard) is ours, " +
      "written after the 2025 national trade-in rules as Shanghai applied them: 12 家电 classes at 20% (一级能效/水效) or 15% (二级) of the " +
      "price, at most 2,000元 a piece, one piece per class (空调 three); 手机、平板、智能手表（手环） priced at most 6,000元 at 15%, at most " +
      "500元 a piece. Nothing planted: a clean catalog whose price limit, piece counts and grades must not be read as caps.",
  },
  classes: [
    "catalog", "clean", "prose-caps", "rate-and-cap", "two-rates-one-maximum", "price-limit-as-condition", "count-limits-column",
    "category-merged-down", "yuan-standards", "consumer-subsidy", "city-policy", "table-not-in-stored-copy", "shanghai",
  ],
  settings: { district: "上海市" },
  sheets: [
    {
      name: "补贴标准",
      widths: [6, 10, 40, 58, 30],
      rows: [
        ["上海市2025年国家家电以旧换新补贴标准", null, null, null, null],
        ["序号", "补贴类别", "补贴品类", "补贴标准", "数量限制"],
        [1, "家电", "冰箱（含冰柜）", "一级能效（水效）产品按产品销售价格的20%给予补贴，二级能效（水效）产品按15%给予补贴，每件补贴最高不超过2000元", "每位消费者限1件"],
        [2, null, "洗衣机（含洗烘一体机、干衣机）", "一级能效（水效）产品按产品销售价格的20%给予补贴，二级能效（水效）产品按15%给予补贴，每件补贴最高不超过2000元", "每位消费者限1件"],
        [3, null, "电视", "一级能效产品按产品销售价格的20%给予补贴，二级能效产品按15%给予补贴，每件补贴最高不超过2000元", "每位消费者限1件"],
        [4, null, "空调", "一级能效产品按产品销售价格的20%给予补贴，二级能效产品按15%给予补贴，每件补贴最高不超过2000元", "每位消费者最多3件"],
        [5, null, "电脑", "一级能效产品按产品销售价格的20%给予补贴，二级能效产品按15%给予补贴，每件补贴最高不超过2000元", "每位消费者限1件"],
        [6, null, "热水器", "一级能效（水效）产品按产品销售价格的20%给予补贴，二级能效（水效）产品按15%给予补贴，每件补贴最高不超过2000元", "每位消费者限1件"],
        [7, null, "家用灶具、吸油烟机、微波炉、净水器、洗碗机、电饭煲", "一级能效（水效）产品按产品销售价格的20%给予补贴，二级能效（水效）产品按15%给予补贴，每件补贴最高不超过2000元", "每类每位消费者限1件"],
        [8, "数码产品", "手机", "单件销售价格不超过6000元的，按产品销售价格的15%给予补贴，每件补贴最高不超过500元", "每位消费者限1件"],
        [9, null, "平板", "单件销售价格不超过6000元的，按产品销售价格的15%给予补贴，每件补贴最高不超过500元", "每位消费者限1件"],
        [10, null, "智能手表（手环）", "单件销售价格不超过6000元的，按产品销售价格的15%给予补贴，每件补贴最高不超过500元", "每位消费者限1件"],
        ["注：补贴资金由中央和地方共同承担；以产品能效（水效）标识为准，消费者须在本市登记实名信息后领取补贴资格。", null, null, null, null],
      ],
      merges: ["A1:E1", "B3:B9", "B10:B12", "A13:E13"],
    },
  ],
  expect: {
    tables: [
      { sheet: "补贴标准", kind: "catalog", unit: "元", headerRow: 2, lastRow: 12, columns: { A: "code", B: "category", C: "item", D: "standard" } },
    ],
    findings: [],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "D3", why: "a share of the price by energy grade under one stated maximum: 每件补贴最高不超过2000元 is the cap" },
      { rule: "catalog.unreadable-standard", cell: "D10", why: "15% of the price, 最高不超过500元; the 6000元 price limit is a condition (不超过…的), never the cap" },
      { rule: "catalog.unreadable-standard", cell: "E6", why: "数量限制 (3件) is a count, no standard" },
      { rule: "catalog.unreadable-standard", cell: "A13", why: "the note is no catalog row" },
    ],
  },
};
