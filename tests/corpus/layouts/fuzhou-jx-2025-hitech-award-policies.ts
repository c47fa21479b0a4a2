import type { CorpusLayout } from "../types";

// 江西 抚州 2025-07-28: a consultancy's round-up of what 抚州市 and its counties pay a firm newly recognised (or recognised again) as a
// 高新技术企业, each place's clause quoted with the policy it comes from (政策依据). Laid out as such round-ups are tabled: the place
// merged down over its clauses, 奖励事项 | 奖励标准 | 政策依据.
export const layout: CorpusLayout = {
  id: "fuzhou-jx-2025-hitech-award-policies",
  source: {
    title: "抚州市及各县区关于高新技术企业奖励优惠政策汇总（汇总表据正文拟）",
    url: "http://www.kt180.com/html/news/gaoxinbutie/2025/0728/23747.html",
    publisher: "宇辰管理（kt180.com）",
    date: "2025-07-28",
    changes:
      "As published: the clauses of 抚州市 (20万元), 临川区 (分三年累计20万元: 10 / 5 / 5; 重新认定 10万元), 东乡区 (15 / 10), 南城县 (15 / 5), " +
      "黎川县 (20 / 5), 南丰县 (20 / 15) and 崇仁县 (10), with the policies they cite. The stored copy breaks off inside 崇仁县: the row for " +
      "宜黄县 and its wording are ours, and the table (地区 | 奖励事项 | 奖励标准 | 政策依据) is laid out from the round-up's paragraphs. " +
      "Planted: 宜黄县's clause (给予适当奖励) states no sum or rate.",
  },
  classes: [
    "catalog", "prose-caps", "place-as-category", "category-merged-down", "document-column", "instalments-in-standard",
    "condition-in-standard", "unreadable-standard", "consultancy-roundup", "table-from-prose", "city-and-counties", "jiangxi",
  ],
  settings: { district: "抚州市" },
  sheets: [
    {
      name: "政策汇总",
      widths: [10, 26, 70, 44],
      rows: [
        ["抚州市及各县区高新技术企业奖励政策汇总", null, null, null],
        ["地区", "奖励事项", "奖励标准", "政策依据"],
        ["抚州市", "新认定高新技术企业奖励（市级）", "对新认定的高新技术企业，由受益财政一次性奖励20万元。", "《抚州市人民政府关于印发抚州市加快推进创新驱动“5511”工程工作方案的通知》"],
        ["临川区", "临川区新认定高新技术企业奖励", "对当年认定的高新技术企业，视企业纳税情况（凭上年度企业纳税证明）分三年累计奖励20万元，第一年10万元，第二年5万元，第三年5万元；企业当年为零纳税（政策允许除外），则不予奖励。", "《临川区科技创新财政性资金专项管理办法（试行）》"],
        [null, "临川区重新认定高新技术企业奖励", "对重新通过认定的高新技术企业给予奖励10万元。", "《临川区科技创新财政性资金专项管理办法（试行）》"],
        ["东乡区", "东乡区新认定高新技术企业奖励", "对新认定的国家高新技术企业给予一次性15万元奖励。", "《东乡区培育现有工业企业做大做强推进高质量发展的若干政策措施》"],
        [null, "东乡区重新认定高新技术企业奖励", "对国家高新技术企业三年有效期满后再次被认定为国家高新技术企业的，当年给予一次性10万元奖励。", "《东乡区培育现有工业企业做大做强推进高质量发展的若干政策措施》"],
        ["南城县", "南城县新认定高新技术企业奖励", "当年被认定的国家高新技术企业一次性奖励15万元。", "《南城县2024年支持工业企业创新发展奖励办法》"],
        [null, "南城县重新认定高新技术企业奖励", "3年有效期结束后重新认定的企业奖励5万元。", "《南城县2024年支持工业企业创新发展奖励办法》"],
        ["黎川县", "黎川县首次认定高新技术企业奖励", "对首次通过认定的国家高新技术企业，给予20万元一次性奖励。", "黎川县招商引资投资政策（2023）、《黎川县科技创新奖补办法》"],
        [null, "黎川县重新认定高新技术企业奖励", "重新认定的国家高新技术企业，给予5万元一次性奖励。", "黎川县招商引资投资政策（2023）、《黎川县科技创新奖补办法》"],
        ["南丰县", "南丰县新认定高新技术企业奖励", "对新认定为高新技术企业的工业企业，一次性奖励20万元。", "《南丰县工业高质量发展奖励实施办法》"],
        [null, "南丰县重新认定高新技术企业奖励", "对三年有效期满后重新认定为高新技术企业的工业企业，一次性奖励15万元。", "《南丰县工业高质量发展奖励实施办法》"],
        ["崇仁县", "崇仁县高新技术企业认定奖励", "对认定为高新技术企业的奖励10万元。", "《崇仁县投资政策》"],
        ["宜黄县", "宜黄县高新技术企业培育奖励", "对新认定的高新技术企业，由县财政视其研发投入情况给予适当奖励。", "《宜黄县科技创新奖补办法》"],
      ],
      merges: ["A1:D1", "A4:A5", "A6:A7", "A8:A9", "A10:A11", "A12:A13"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "政策汇总",
        kind: "catalog",
        headerRow: 2,
        lastRow: 15,
        columns: { A: "category", B: "item", C: "standard", D: "document" },
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "C15", why: "宜黄县: 给予适当奖励 — no sum, rate or maximum to read a cap from" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "C4", why: "分三年累计奖励20万元 (10 + 5 + 5): the whole is 20万元; the instalments are its parts" },
      { rule: "catalog.unreadable-standard", cell: "C7", why: "三年有效期满 is a condition; the award is a fixed 10万元" },
      { rule: "catalog.unreadable-standard", cell: "C9", why: "3年有效期 is a condition; the award is a fixed 5万元" },
      { rule: "catalog.unreadable-standard", cell: "C3", why: "一次性奖励20万元: a fixed award" },
      { rule: "catalog.unreadable-standard", cell: "C14", why: "奖励10万元: a fixed award" },
    ],
  },
};
