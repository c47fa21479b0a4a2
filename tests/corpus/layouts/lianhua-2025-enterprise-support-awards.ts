import type { CorpusLayout } from "../types";

// 萍乡市莲花县 2025: 17条惠企政策 from the new 工业发展专项资金 and 科技创新专项资金 (江西日报 2025-05-07) — 5万元 for a firm newly counted
// above scale, 30 / 10 / 5 / 1万元 for the four levels of 专精特新, 10% of hardware and 20% of industrial software invested in
// digital upgrading. Laid out as the award list such a policy pays: 奖励类别 per row, the investment beside the rate awards.
export const layout: CorpusLayout = {
  id: "lianhua-2025-enterprise-support-awards",
  source: {
    title: "设立专项资金 拿出真金白银 莲花以奖促优助推工业经济高质量发展（江西日报 2025-05-07；兑现名单据正文拟）",
    url: "https://tt.jxnews.com.cn/news/2704864",
    publisher: "江西日报（莲花县）",
    date: "2025-05-07",
    changes:
      "The standards in the catalog are the report's: 新纳统规上工业企业 5万元; 专精特新“小巨人”、省级专业化“小巨人”、省级专精特新中小企业、" +
      "创新型中小企业 30 / 10 / 5 / 1万元; digital upgrading at 10% of hardware and 20% of industrial software invested (20万元以上 a " +
      "condition). The list, its title and columns, the firms, codes (莲花县 360321), towns and amounts are ours. Planted: 升坊竹木 given " +
      "5.00 as a 创新型中小企业 (1万元); 莲花智造's software award 8.40 where 20% × 36.00 = 7.20; 恒达电子's 新纳统 award listed twice.",
  },
  classes: ["register", "item-column", "support-word-category-header", "fixed-cap", "rate-cap", "levels-as-items", "base-column", "one-firm-two-items", "credit-codes", "towns-as-places", "park-as-place", "table-from-prose", "news-report", "wanyuan-in-header", "total-at-foot", "jiangxi"],
  settings: { district: "莲花县", asOf: "2025-06-30" },
  sheets: [
    {
      name: "兑现名单",
      widths: [6, 30, 22, 16, 30, 16, 16],
      rows: [
        ["莲花县2025年度惠企政策奖励资金拟兑现企业名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在乡镇（园区）", "奖励类别", "投资额（万元）", "奖励金额（万元）"],
        [1, "莲花县恒达电子有限公司", "91360321MA35K2R7XG", "琴亭镇", "新纳入统计规模以上工业企业奖励", "—", 5],
        [2, "江西莲花锂能新材料有限公司", "91360321MA38P4D1G3", "莲花工业园区", "专精特新“小巨人”企业奖励", "—", 30],
        [3, "莲花县路口机械有限公司", "91360321MA39U6F3HK", "路口镇", "省级专业化“小巨人”企业奖励", "—", 10],
        [4, "莲花县良坊食品有限公司", "91360321MA3AD8L5JR", "良坊镇", "省级专精特新中小企业奖励", "—", 5],
        [5, "莲花县升坊竹木制品有限公司", "91360321MA3C2N7P13", "升坊镇", "创新型中小企业奖励", "—", 5],
        [6, "江西莲花智造科技有限公司", "91360321MA3DTQ9R4L", "莲花工业园区", "数字化改造奖励（硬件设备）", 126, 12.6],
        [7, "江西莲花智造科技有限公司", "91360321MA3DTQ9R4L", "莲花工业园区", "数字化改造奖励（工业软件）", 36, 8.4],
        [8, "莲花县坊楼建材有限公司", "91360321MA7F1K3T62", "坊楼镇", "新纳入统计规模以上工业企业奖励", "—", 5],
        [9, "莲花县恒达电子有限公司", "91360321MA35K2R7XG", "琴亭镇", "新纳入统计规模以上工业企业奖励", "—", 5],
        [10, "莲花县神泉农产品加工有限公司", "91360321MA7H6M5W80", "神泉乡", "专精特新“小巨人”企业奖励", "—", 30],
        [11, "莲花县湖上纺织有限公司", "91360321MA7K9P2Y03", "湖上乡", "数字化改造奖励（硬件设备）", 32, 3.2],
        [12, "莲花县高洲电器有限公司", "91360321MA7N3R4B2Q", "高洲乡", "省级专精特新中小企业奖励", "—", 5],
        ["合计", null, null, null, null, 194, 124.2],
      ],
      merges: ["A1:G1", "A15:E15"],
      numberFormats: { "F3:G15": "0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "新纳入统计规模以上工业企业奖励", capType: "fixed", capAmount: 5, unit: "万元", year: 2025, document: "莲花县惠企政策（2025）" },
      { name: "专精特新“小巨人”企业奖励", capType: "fixed", capAmount: 30, unit: "万元", year: 2025, document: "莲花县惠企政策（2025）" },
      { name: "省级专业化“小巨人”企业奖励", capType: "fixed", capAmount: 10, unit: "万元", year: 2025, document: "莲花县惠企政策（2025）" },
      { name: "省级专精特新中小企业奖励", capType: "fixed", capAmount: 5, unit: "万元", year: 2025, document: "莲花县惠企政策（2025）" },
      { name: "创新型中小企业奖励", capType: "fixed", capAmount: 1, unit: "万元", year: 2025, document: "莲花县惠企政策（2025）" },
      { name: "数字化改造奖励（硬件设备）", capType: "rate", rate: 0.1, base: "硬件设备投资额", unit: "万元", year: 2025, document: "莲花县惠企政策（2025）" },
      { name: "数字化改造奖励（工业软件）", capType: "rate", rate: 0.2, base: "工业软件投资额", unit: "万元", year: 2025, document: "莲花县惠企政策（2025）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 15,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G7", why: "创新型中小企业奖励 is a fixed 1万元; 5.00 listed, 4.00万元 over" },
      { rule: "cap.rate-exceeded", cell: "G9", why: "数字化改造奖励（工业软件）: 20% × 36.00 = 7.20 allowed; 8.40 listed, 1.20万元 over" },
      { rule: "register.duplicate", cell: "G11", why: "恒达电子 (91360321MA35K2R7XG) already has 新纳入统计规模以上工业企业奖励 for 2025 on row 3" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "G8", why: "硬件设备: 10% × 126.00 = 12.60 exactly" },
      { rule: "cap.rate-exceeded", cell: "G13", why: "硬件设备: 10% × 32.00 = 3.20 exactly" },
      { rule: "register.duplicate", cell: "G9", why: "莲花智造's two rows are two items (硬件设备, 工业软件), not one award twice" },
      { rule: "cap.exceeded", cell: "G4", why: "专精特新“小巨人”企业奖励 is 30万元: 30.00 is the award" },
      { rule: "cap.exceeded", cell: "G5", why: "省级专业化“小巨人”企业奖励 is 10万元: 10.00 is the award" },
      { rule: "cap.exceeded", cell: "G15", why: "合计 124.20 is the list's total, no award" },
      { rule: "cap.unknown-policy", why: "every 奖励类别 is a catalog item" },
      { rule: "cap.no-cap", why: "the rate items' rows give their investment; the fixed items need none ('—')" },
      { rule: "register.ineligible-location", why: "琴亭、路口、良坊、升坊、坊楼 are towns, 神泉、湖上、高洲 townships of 莲花县, and 莲花工业园区 lies in it" },
      { rule: "register.unpaid", why: "as of 2025-06-30 the year's deadline has not passed" },
      { rule: "input.unreadable-value", why: "'—' in 投资额 means no investment for a fixed award" },
    ],
  },
};
