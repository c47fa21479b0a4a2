import type { CorpusLayout } from "../types";

// 东莞市石龙镇 推动经济高质量发展产业转型升级实施办法（征求意见稿）: a town's own fund (发展专项资金, 镇政府审批, 财政分局拨付),
// its awards set out chapter by chapter, article by article, 重大事项 by 一事一议. Laid out as the clause catalog offices
// keep beside such a 办法: 条款 | 扶持项目 | 扶持标准, the chapter headings merged across.
export const layout: CorpusLayout = {
  id: "shilong-industrial-upgrade-measures-draft",
  source: {
    title: "石龙镇推动经济高质量发展产业转型升级实施办法（征求意见稿）— 扶持条款摘编（表据正文拟）",
    url: "https://gqrdw.com/guangdong/464.html",
    publisher: "东莞市石龙镇（高企认定网转载）",
    changes:
      "As published: the chapter names (第一章 总则, 第二章 科技创新专项), 第三条's 一事一议 for 重大事项 and 第五条（一）'s three awards " +
      "word for word (受理 2万元, 首次认定 8万元, 重新认定 6万元). The stored copy breaks off inside 第五条; its further clauses (第五条（二） on " +
      "高企 moving in, 第六条 on research centres, 第七条 on R&D growth) and their sums are ours, written in the draft's manner. Planted: " +
      "第三条's 重大事项 “一事一议” is a standard in words that states no cap.",
  },
  classes: [
    "catalog", "prose-caps", "clause-column", "chapter-rows", "levels-in-one-clause", "rate-with-maximum", "case-by-case-clause",
    "unreadable-standard", "draft-for-comment", "town-fund", "table-from-prose", "guangdong",
  ],
  settings: { district: "东莞市" },
  sheets: [
    {
      name: "扶持条款",
      widths: [14, 26, 90],
      rows: [
        ["石龙镇推动经济高质量发展产业转型升级实施办法（征求意见稿）扶持条款摘编", null, null],
        ["条款", "扶持项目", "扶持标准"],
        ["第一章 总则", null, null],
        ["第三条", "重大事项一事一议", "实施过程中，遇重大事项实行“一事一议”，确保政策科学性和灵活性。"],
        ["第二章 科技创新专项", null, null],
        ["第五条（一）", "高企认定受理奖励", "对提交高企认定材料，且被受理的企业给予一次性奖励2万元。"],
        ["第五条（一）", "高企首次认定奖励", "对首次获得高新技术企业认定的企业，给予一次性奖励8万元。"],
        ["第五条（一）", "高企重新认定奖励", "对重新认定的高企予以一次性奖励6万元。"],
        ["第五条（二）", "高企迁入奖励", "对整体搬迁至石龙镇且在有效期内的高新技术企业，给予一次性奖励10万元。"],
        ["第六条", "研发机构认定奖励", "对新认定为国家级、省级、市级工程技术研究中心的企业，分别给予一次性奖励30万元、15万元、5万元。"],
        ["第七条", "研发投入增长奖励", "对年度研发投入同比增长20%以上的规模以上工业企业，按研发投入增量部分的10%给予奖励，最高不超过30万元。"],
        ["注：本办法由石龙镇经济发展局负责解释；同一企业同一年度同一事项按“就高不重复”原则享受。", null, null],
      ],
      merges: ["A1:C1", "A3:C3", "A5:C5", "A12:C12"],
    },
  ],
  expect: {
    tables: [
      { sheet: "扶持条款", kind: "catalog", headerRow: 2, lastRow: 11, columns: { A: "document", B: "item", C: "standard" } },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "C4", why: "重大事项 “一事一议”: no amount, rate or maximum to read a cap from" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "C6", why: "一次性奖励2万元: a fixed award" },
      { rule: "catalog.unreadable-standard", cell: "C7", why: "一次性奖励8万元: a fixed award" },
      { rule: "catalog.unreadable-standard", cell: "C8", why: "一次性奖励6万元: a fixed award" },
      { rule: "catalog.unreadable-standard", cell: "C10", why: "分别给予30万元、15万元、5万元: one cap per level, the item allowed at most 30万元" },
      { rule: "catalog.unreadable-standard", cell: "C11", why: "10% of the increase, at most 30万元; 增长20%以上 is the condition, not the rate" },
      { rule: "catalog.unreadable-standard", cell: "C12", why: "the note under the table is no clause" },
      { rule: "catalog.unreadable-standard", cell: "A5", why: "第二章 科技创新专项 is a chapter heading, no item" },
    ],
  },
};
