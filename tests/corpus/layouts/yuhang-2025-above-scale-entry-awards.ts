import type { CorpusLayout } from "../types";

// 杭州市余杭区 “高质量发展68条” (as reprinted 2025-09-05), 49. 支持企业升规纳统: (1) 工业企业纳统在规奖励 — 首次上规 每家20万元, 战略性新兴产业
// 再给予每家10万元, 连续3年保持在规 再给予30万元 — and (2) 服务业企业纳统奖励 最高10万元, one award a row; beside it a list of firms to be paid
// (序号 | 企业名称 | 统一社会信用代码 | 所在镇街 | 奖励事项 | 奖励金额（万元）, 合计), one firm under two items.
export const layout: CorpusLayout = {
  id: "yuhang-2025-above-scale-entry-awards",
  source: {
    title: "余杭区“高质量发展68条”（49.支持企业升规纳统；奖励条款与拟兑现名单表据正文拟）",
    url: "http://kjy.hznu.edu.cn/c/2025-09-05/3104068.shtml",
    publisher: "杭州市余杭区（杭州师范大学科技园转载）",
    date: "2025-09-05",
    changes:
      "The page is prose. The catalog splits clause 49 (1) into its three awards and keeps (2), each in the clause's words; (3), the 服务业企业发展奖励 by " +
      "two years' growth, is left out because no row of the list pays it. The list is ours (firms, codes, streets, amounts). Planted: " +
      "杭州闲林新材料有限公司 given 15 as a 战略性新兴产业 extra award (每家10万元); 杭州银湖精工机械有限公司 placed in 富阳区银湖街道, outside 余杭区.",
  },
  classes: ["register", "catalog", "catalog-in-workbook", "prose-caps", "clause-split-into-awards", "fixed-and-max-caps", "credit-codes", "same-firm-two-items", "streets-as-places", "place-in-other-district", "total-at-foot", "whole-wanyuan", "wanyuan-in-header", "table-from-prose", "district-policy", "zhejiang"],
  settings: { district: "杭州市余杭区" },
  sheets: [
    {
      name: "奖励条款",
      widths: [6, 20, 26, 66],
      rows: [
        ["余杭区支持企业升规纳统奖励条款（表据正文拟）", null, null, null],
        ["序号", "条款", "奖励事项", "奖励标准"],
        [1, "工业企业纳统在规奖励", "工业企业首次上规奖励", "对首次上规模的工业企业给予每家20万元奖励。"],
        [2, "工业企业纳统在规奖励", "战略性新兴产业上规额外奖励", "对属于战略性新兴产业的，再给予每家10万元额外奖励。"],
        [3, "工业企业纳统在规奖励", "连续三年在规奖励", "对首次上规后连续3年保持在规的再给予30万元一次性奖励。"],
        [4, "服务业企业纳统奖励", "服务业企业纳统奖励", "鼓励服务业企业首次升规纳统：对于首次纳入规上服务业企业库的企业，给予最高10万元的奖励。"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "拟兑现名单",
      widths: [6, 30, 22, 16, 26, 16],
      rows: [
        ["余杭区2025年度企业升规纳统奖励拟兑现名单（表据正文拟）", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在镇街", "奖励事项", "奖励金额（万元）"],
        [1, "杭州余航精密机械有限公司", "91330110MA2KH5F03F", "仁和街道", "工业企业首次上规奖励", 20],
        [2, "杭州余航精密机械有限公司", "91330110MA2KH5F03F", "仁和街道", "战略性新兴产业上规额外奖励", 10],
        [3, "杭州良渚智造科技有限公司", "91330110MABQ2T7N8G", "良渚街道", "工业企业首次上规奖励", 20],
        [4, "杭州闲林新材料有限公司", "91330110MA7G4R6C1M", "闲林街道", "战略性新兴产业上规额外奖励", 15],
        [5, "杭州瓶窑电器有限公司", "91330110MA2J8Y3W5T", "瓶窑镇", "连续三年在规奖励", 30],
        [6, "杭州仓前云数科技服务有限公司", "91330110MAC9DK2E7T", "仓前街道", "服务业企业纳统奖励", 10],
        [7, "杭州中泰物流服务有限公司", "91330110MA7KT8P2D8", "中泰街道", "服务业企业纳统奖励", 8],
        [8, "杭州银湖精工机械有限公司", "91330183MA2GQ4L7BT", "富阳区银湖街道", "工业企业首次上规奖励", 20],
        ["合计", null, null, null, null, 133],
      ],
      merges: ["A1:F1", "A11:E11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励条款", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "code", B: "category", C: "item", D: "standard" } },
      { sheet: "拟兑现名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 11, columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" }, year: 2025 },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F6", why: "战略性新兴产业上规额外奖励 is 每家10万元; 杭州闲林新材料有限公司 is given 15 (5 over)" },
      { rule: "register.ineligible-location", sheet: "拟兑现名单", cell: "D10", why: "富阳区银湖街道 lies in 富阳区, not in the fund's 余杭区" },
    ],
    absent: [
      { rule: "register.duplicate", sheet: "拟兑现名单", why: "杭州余航精密机械有限公司 twice, under 工业企业首次上规奖励 and its 战略性新兴产业 extra: two items, no repeat" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F7", why: "连续三年在规奖励 30, its fixed award" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F9", why: "服务业企业纳统奖励 8, under its 最高10万元" },
      { rule: "composition.total-mismatch", sheet: "拟兑现名单", cell: "F11", why: "合计 20 + 10 + 20 + 15 + 30 + 10 + 8 + 20 = 133" },
      { rule: "register.ineligible-location", sheet: "拟兑现名单", cell: "D5", why: "良渚, 仁和, 闲林, 仓前, 中泰 are streets and 瓶窑 a town of 余杭区" },
      { rule: "register.invalid-credit-code", sheet: "拟兑现名单", why: "every code's check character is right" },
      { rule: "catalog.unreadable-standard", sheet: "奖励条款", cell: "D5", why: "30万元 is the award; 连续3年 says who qualifies" },
      { rule: "register.unpaid", why: "a list of awards to be paid records no payments" },
    ],
  },
};
