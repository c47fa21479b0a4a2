import type { CorpusLayout } from "../types";

// 宁夏回族自治区党委办公厅、人民政府办公厅: 支持“六优”产业高质量发展有关财政政策措施 — 文化旅游、现代物流、现代金融、健康养老、电子商务、
// 会展博览, quoted in 宁夏文化和旅游产业招商项目指南 (2023-05-11, 优惠政策). Laid out as the catalog of clauses such measures make.
export const layout: CorpusLayout = {
  id: "ningxia-liuyou-industry-fiscal-measures",
  source: {
    title: "自治区党委办公厅 人民政府办公厅关于印发支持“六新”“六特”“六优”产业高质量发展有关财政政策措施的通知 — 支持“六优”产业高质量发展有关财政政策措施（宁夏文化和旅游产业招商项目指南 转载）",
    url: "http://www-346689.com/basic/51-62/92248645.html",
    publisher: "宁夏回族自治区党委办公厅、人民政府办公厅 (quoted in an investment guide, stored on a mirror)",
    date: "2023-05-11",
    changes:
      "As published: the measures' name, the six industries (文化旅游、现代物流、现代金融、健康养老、电子商务、会展博览) and their order. The stored " +
      "copy breaks off after 一、总体要求 / 二、基本原则: the clause table (序号 | 产业 | 支持事项 | 支持标准), the matters and standards are " +
      "ours, written in the measures' manner. Planted: 现代物流's 重大项目 given only 按“一事一议”方式 (no amount) and 健康养老's 床位补助 given " +
      "only a floor (不低于50万元): neither reads as a cap.",
  },
  classes: ["catalog", "prose-caps", "fixed-cap", "max-cap", "levels-in-one-sentence", "condition-above-threshold", "case-by-case-standard", "floor-only-standard", "category-column", "province-wide-fund", "ningxia"],
  settings: { district: "宁夏回族自治区" },
  sheets: [
    {
      name: "政策措施",
      widths: [6, 12, 36, 48],
      rows: [
        ["支持“六优”产业高质量发展有关财政政策措施（摘要）", null, null, null],
        ["序号", "产业", "支持事项", "支持标准"],
        [1, "文化旅游", "新评定国家5A级旅游景区", "给予一次性奖励500万元"],
        [2, "文化旅游", "新评定国家4A级旅游景区", "给予一次性奖励100万元"],
        [3, "现代物流", "新认定国家5A级、4A级、3A级物流企业", "分别给予50万元、30万元、20万元奖励"],
        [4, "现代物流", "物流枢纽重大项目", "投资2亿元及以上的项目，按“一事一议”方式给予支持"],
        [5, "现代金融", "新设立或新引进的法人金融机构", "按实缴注册资本给予奖励，最高不超过300万元"],
        [6, "健康养老", "新建养老机构床位补助", "给予不低于50万元的补贴"],
        [7, "电子商务", "年网络零售额首次突破1亿元的电子商务企业", "最高奖励100万元"],
        [8, "会展博览", "在区内举办展览面积1万平方米以上的展会", "最高补助50万元"],
        ["注：同一项目符合多项政策的，按照就高不重复原则执行。", null, null, null],
      ],
      merges: ["A1:D1", "A11:D11"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "政策措施",
        kind: "catalog",
        headerRow: 2,
        lastRow: 10,
        columns: { A: "code", B: "category", C: "item", D: "standard" },
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "D6", why: "投资2亿元及以上 is the condition; “一事一议” gives no amount: no cap to read" },
      { rule: "catalog.unreadable-standard", cell: "D8", why: "不低于50万元 is a floor, never a cap: the standard gives only a floor" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "D3", why: "一次性奖励500万元 is a fixed amount" },
      { rule: "catalog.unreadable-standard", cell: "D5", why: "分别给予50万元、30万元、20万元: one fixed award per named level (5A, 4A, 3A)" },
      { rule: "catalog.unreadable-standard", cell: "D7", why: "最高不超过300万元 is a maximum" },
      { rule: "catalog.unreadable-standard", cell: "D9", why: "最高奖励100万元; 1亿元 is the condition" },
      { rule: "catalog.unreadable-standard", cell: "D10", why: "最高补助50万元; 1万平方米以上 is a condition of the award" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
