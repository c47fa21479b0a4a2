import type { CorpusLayout } from "../types";

// A 福建 county's measures for industry and services (the stored copy, a consultancy's digest, names neither county nor document):
// numbered clauses 13.–62., each with its 责任单位 in brackets — 龙头企业 10万元、5万元 by level, 上云 最高不超过100万元, 工业设计中心
// 每年最高不超过5万元, 规上服务业 5万元, 质量标杆 10万元、5万元, 知识产权优势企业 10万元 / 5万元. Laid out as 条款 | 支持内容 | 责任单位.
export const layout: CorpusLayout = {
  id: "fujian-county-industry-service-support-measures",
  source: {
    title: "福建某县促进工业和服务业发展若干措施（摘录；查策网转载）",
    url: "https://www.chacewang.com/newsdetail/news296316.html",
    publisher: "查策网 (digest of a 福建 county's measures)",
    changes:
      "As published: the clause numbers kept in the digest (14, 19, 22, 41, 48, 50, 62), each clause's amounts and its 责任单位. The digest cuts clause 19 " +
      "after 在省级、市级补助的基础上; we end it with 再给予适当奖励 (ours), which states no amount. Ours too: the form, the 支持事项 names and the " +
      "number 13 for the clause before 14. Clause 41 (每年安排10万元额度 for 电商培训, a yearly budget) is left out.",
  },
  classes: ["catalog", "prose-caps", "tiered-by-level", "max-cap", "per-year-cap", "clause-number-column", "responsible-unit-column", "award-without-amount", "consultancy-repost", "county-policy", "fujian"],
  sheets: [
    {
      name: "政策措施",
      widths: [6, 26, 70, 26],
      rows: [
        ["促进工业和服务业发展若干措施（摘录）", null, null, null],
        ["条款", "支持事项", "支持内容", "责任单位"],
        ["13", "工业龙头企业奖励", "对当年度新列入（含培育）省、市工业龙头企业（含培育）分别给予一次性奖励10万元、5万元。", "县工信商务局、财政局"],
        ["13", "新增规模以上工业企业奖励", "对当年度新增规模以上工业企业给予一次性5万元奖励。", "县工信商务局、财政局"],
        ["14", "企业上云奖励", "支持企业上云，单家企业奖励最高不超过100万元。", "县科技局、财政局"],
        ["19", "高新技术企业奖励", "对新认定的高新技术企业在省级、市级补助的基础上，再给予适当奖励。", "县工信商务局、财政局"],
        ["22", "工业设计中心补助", "对经认定为国家级、省级、市级、县级的工业设计中心和工业设计企业，单家企业每年补助最高不超过5万元。", "县工信商务局、财政局"],
        ["48", "新增规上服务业企业奖励", "对当年度新增的规模以上服务业企业给予一次性奖励5万元。", "县工信商务局、财政局"],
        ["50", "质量标杆企业奖励", "奖励优秀专利实施项目，对获评省级和市级质量标杆企业一次性给予10万元、5万元奖励。", "县市场监管局、财政局"],
        ["62", "知识产权优势企业奖励", "对新认定的国家知识产权优势企业奖励10万元，新认定的福建省知识产权优势企业奖励5万元。", "县市场监管局、财政局"],
      ],
      merges: ["A1:D1"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策措施", kind: "catalog", headerRow: 2, lastRow: 10, columns: { A: "document", B: "item", C: "standard" } },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "C6", why: "再给予适当奖励 states no amount and no rate" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "C3", why: "分别给予一次性奖励10万元、5万元: one fixed award per level" },
      { rule: "catalog.unreadable-standard", cell: "C5", why: "最高不超过100万元 is a maximum" },
      { rule: "catalog.unreadable-standard", cell: "C7", why: "每年补助最高不超过5万元 is a maximum per year" },
      { rule: "catalog.unreadable-standard", cell: "C10", why: "奖励10万元 … 奖励5万元: one award per level, each after its own word of giving" },
      { rule: "input.unreadable-value", why: "the 责任单位 cells are text" },
    ],
  },
};
