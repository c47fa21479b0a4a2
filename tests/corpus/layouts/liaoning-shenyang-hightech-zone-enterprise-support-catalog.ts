import type { CorpusLayout } from "../types";

// 沈阳高新区 “20条61款” 支持措施 (stored by 企业项目补贴网): 第一部分 支持创新型企业发展壮大, 第一条 支持高新技术企业发展 — 1.奖励入库企业 (20万元 on
// first 高企 recognition, 5万元 on renewal, 30万元 more for 规上 firms, 20万元 for 小巨人培育库 高企 and for 高企 moving in, 5万元 on entering the 培育库)
// and 2.鼓励企业加大研发投入 (10% of the R&D expense deducted, at most 5万元, for at most 2 years). Laid out as the zone's 政策兑现清单: 序号 | 条款 |
// 支持事项 | 支持标准 | 兑现方式, under the part's and the article's heading rows.
export const layout: CorpusLayout = {
  id: "liaoning-shenyang-hightech-zone-enterprise-support-catalog",
  source: {
    title: "沈阳高新区“20条61款”支持措施 第一部分 支持创新型企业发展壮大（政策兑现清单据措施拟）",
    url: "http://qyxmbt.com/ln/shenyang/3309.html",
    publisher: "沈阳高新区管委会",
    date: "2019",
    changes:
      "As published: the measures' preamble and 第一条 支持高新技术企业发展, its 1.奖励入库企业 (six awards) and 2.鼓励企业加大研发投入 (10% of the R&D " +
      "expense, at most 5万元, at most 2 years) in the words kept in 支持标准. Ours: the table (title, the part and article heading rows, 条款 citations, " +
      "支持事项 names, 兑现方式 column, note). Nothing planted: a clean catalog whose caps are all readable.",
  },
  classes: [
    "catalog", "policy-catalog", "prose-caps", "fixed-awards", "rate-and-maximum", "clause-column", "section-heading-row", "article-heading-row",
    "period-limit-in-standard", "notes-under-table", "city-zone", "clean", "liaoning",
  ],
  settings: { district: "浑南区" },
  sheets: [
    {
      name: "政策清单",
      widths: [6, 14, 40, 60, 12],
      rows: [
        ["沈阳高新区支持创新型企业发展壮大政策兑现清单", null, null, null, null],
        ["序号", "条款", "支持事项", "支持标准", "兑现方式"],
        ["第一部分 支持创新型企业发展壮大", null, null, null, null],
        ["第一条 支持高新技术企业发展", null, null, null, null],
        [1, "第一条第1款", "首次获得国家高新技术企业认定奖励", "对首次获得国家高新技术企业认定的给予一次性20万元奖励", "一次性奖励"],
        [2, "第一条第1款", "国家高新技术企业再次认定奖励", "期满后再次获得认定的给予一次性5万元奖励", "一次性奖励"],
        [3, "第一条第1款", "规上企业首次认定国家高新技术企业奖励", "规模以上工业企业和服务业企业首次获得国家高新技术企业认定的，在国家高新技术企业认定奖励基础上，再给予一次性30万元奖励", "一次性奖励"],
        [4, "第一条第1款", "科技小巨人培育库高新技术企业奖励", "对纳入市科技小巨人培育库的国家高新技术企业，给予一次性20万元奖励", "一次性奖励"],
        [5, "第一条第1款", "迁入国家高新技术企业奖励", "对迁入的区外国家高新技术企业，给予一次性20万元奖励", "一次性奖励"],
        [6, "第一条第1款", "高新技术企业培育库入库奖励", "建立高新技术企业培育库，对当年新入库企业每家给予一次性5万元奖励", "一次性奖励"],
        [7, "第一条第2款", "培育库企业研发投入补助", "对纳入区高新技术企业培育库的企业，按企业上一年度享受税前加计扣除政策的研发费用数额的10%给予补助，补助金额最高不超过5万元，补助年限最长不超过2年", "按年兑现"],
        ["注：同一企业同一年度符合本清单多项支持条件的，除另有规定外，按就高原则不重复支持。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:E3", "A4:E4", "A12:E12"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "政策清单",
        kind: "catalog",
        headerRow: 2,
        lastRow: 11,
        columns: { A: "code", B: "document", C: "item", D: "standard" },
      },
    ],
    findings: [],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "D5", why: "一次性20万元奖励: a fixed 20万元" },
      { rule: "catalog.unreadable-standard", cell: "D7", why: "再给予一次性30万元奖励: a fixed 30万元, the 认定奖励 it adds to being a condition" },
      { rule: "catalog.unreadable-standard", cell: "D11", why: "10% of the R&D expense, at most 5万元; 最长不超过2年 is a period, no money" },
      { rule: "catalog.unreadable-standard", cell: "D10", why: "每家给予一次性5万元奖励: a fixed 5万元" },
      { rule: "input.unreadable-value", cell: "A3", why: "the part's heading row is a category, no data" },
    ],
  },
};
