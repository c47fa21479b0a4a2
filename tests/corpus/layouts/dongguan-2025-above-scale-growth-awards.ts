import type { CorpusLayout } from "../types";

// 东莞市工业和信息化局 2025: the call for the 2025 上规发展做大做强奖励 (东工信〔2025〕133号), its 资助标准 in prose — 投产即上规 15万元 (two
// clauses), 新上规 最高5万元 (two clauses), 转型企业 再给予最高10万元 — laid out as a catalog of clauses, beside a list of firms to be awarded
// (序号 | 企业名称 | 统一社会信用代码 | 所在镇街 | 奖励事项 | 奖励金额（万元）, 合计 at the foot). One firm appears under two items.
export const layout: CorpusLayout = {
  id: "dongguan-2025-above-scale-growth-awards",
  source: {
    title: "关于开展2025年东莞市支持工业企业上规发展做大做强奖励项目申报工作的通告（奖励标准与拟奖励名单表据正文拟）",
    url: "https://df.chinamae.com/news/be6355e8f42dc267b7810998733e4dec.html",
    publisher: "东莞市工业和信息化局",
    date: "2025",
    changes:
      "The page is prose: 申报对象, 申报条件 and 资助标准 (一)–(四). The catalog sheet keeps clauses (一)1–2, (二)1–2 and (三) in the notice's words, " +
      "one a row, under their headings as 奖励类别; clause (四), the 战略性新兴产业 extra award by growth bands, is left out because no row of the list " +
      "pays it. The award list is ours (firms, codes, towns, amounts), in the form the city's lists take. Planted: 东莞市晟拓电子科技有限公司 awarded 8 " +
      "under 2024年新上规企业奖励 (最高5万元); 东莞市恒信包装材料有限公司's code ends 9 where its check character is 6.",
  },
  classes: ["register", "catalog", "catalog-in-workbook", "prose-caps", "fixed-and-max-caps", "category-column", "credit-codes", "invalid-credit-code", "same-firm-two-items", "towns-as-places", "total-at-foot", "whole-wanyuan", "wanyuan-in-header", "table-from-prose", "city-fund", "guangdong"],
  settings: { district: "东莞市" },
  sheets: [
    {
      name: "奖励标准",
      widths: [6, 18, 28, 70],
      rows: [
        ["2025年东莞市支持工业企业上规发展做大做强奖励标准（表据正文拟）", null, null, null],
        ["序号", "奖励类别", "奖励事项", "资助标准"],
        [1, "投产即上规企业奖励", "2024年投产即上规企业奖励", "对2024年投产即上规的工业企业，给予15万元奖励。"],
        [2, "投产即上规企业奖励", "2023年投产即上规企业增长奖励", "对2023年投产即上规并且在2024年实现产值比2023年全年正增长的工业企业，给予15万元奖励。"],
        [3, "新上规企业奖励", "2024年新上规企业奖励", "对2024年新上规的工业企业，给予最高5万元奖励。"],
        [4, "新上规企业奖励", "2023年新上规企业增长奖励", "对2023年首次纳入规上工业企业库并且在2024年实现产值比2023年全年正增长的工业企业，给予最高5万元奖励。"],
        [5, "转型企业额外奖励", "转型企业额外奖励", "对个体户或分公司转为独立法人企业纳入规模以上工业企业库的工业企业，再给予最高10万元奖励。"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "拟奖励名单",
      widths: [6, 32, 22, 12, 28, 16],
      rows: [
        ["2025年东莞市支持工业企业上规发展做大做强奖励拟奖励名单（表据正文拟）", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在镇街", "奖励事项", "奖励金额（万元）"],
        [1, "东莞市铭润精密五金有限公司", "91441900MA5CK7R2XA", "长安镇", "2024年投产即上规企业奖励", 15],
        [2, "东莞市昊骏塑胶制品有限公司", "91441900MA4WBQ3L06", "塘厦镇", "2024年新上规企业奖励", 5],
        [3, "东莞市晟拓电子科技有限公司", "91441900MAA2H6TD13", "大岭山镇", "2024年新上规企业奖励", 8],
        [4, "东莞市恒信包装材料有限公司", "91441900MA4WBQ3L09", "寮步镇", "2023年新上规企业增长奖励", 5],
        [5, "东莞市佳宏五金制品有限公司", "91441900MA7N2J4F58", "厚街镇", "转型企业额外奖励", 10],
        [6, "东莞市佳宏五金制品有限公司", "91441900MA7N2J4F58", "厚街镇", "2024年新上规企业奖励", 4],
        [7, "东莞市翔达智能装备有限公司", "91441900MABR9YQ82N", "大朗镇", "2023年投产即上规企业增长奖励", 15],
        ["合计", null, null, null, null, 62],
      ],
      merges: ["A1:F1", "A10:E10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励标准", kind: "catalog", headerRow: 2, lastRow: 7, columns: { A: "code", B: "category", C: "item", D: "standard" } },
      { sheet: "拟奖励名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 10, columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" }, year: 2025 },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "F5", why: "2024年新上规企业奖励 is 最高5万元; 东莞市晟拓电子科技有限公司 is awarded 8 (3 over)" },
      { rule: "register.invalid-credit-code", sheet: "拟奖励名单", cell: "C6", why: "91441900MA4WBQ3L09: the check character for 91441900MA4WBQ3L0 is 6, not 9" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "F3", why: "投产即上规 15万元, at its fixed award" },
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "F7", why: "转型企业额外奖励 10, at its 最高10万元 (a further award on top of the firm's own 新上规 award)" },
      { rule: "register.duplicate", sheet: "拟奖励名单", why: "东莞市佳宏五金制品有限公司 twice, under two different items (转型企业额外奖励 and 2024年新上规企业奖励): no repeat" },
      { rule: "composition.total-mismatch", sheet: "拟奖励名单", cell: "F10", why: "合计 15 + 5 + 8 + 5 + 10 + 4 + 15 = 62" },
      { rule: "register.ineligible-location", sheet: "拟奖励名单", why: "长安, 塘厦, 大岭山, 寮步, 厚街, 大朗 are towns of 东莞市" },
      { rule: "register.location-code-mismatch", sheet: "拟奖励名单", why: "every code carries 441900, 东莞市" },
      { rule: "cap.unknown-policy", sheet: "拟奖励名单", why: "every 奖励事项 is an item of the catalog sheet word for word" },
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", cell: "D4", why: "给予15万元奖励 is a fixed award; 正增长 says who qualifies" },
      { rule: "register.unpaid", why: "a list of awards to be made records no payments" },
    ],
  },
};
