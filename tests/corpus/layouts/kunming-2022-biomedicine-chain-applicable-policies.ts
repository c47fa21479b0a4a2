import type { CorpusLayout } from "../types";

// 昆明市投资促进局 2022-03: 昆明市适用优惠政策节选, 一、新型疫苗、细胞、生物制品、中药、仿制药、医疗器械产业链政策 — （一）云南省政策 quoting
// 云政发〔2019〕26号 (1000万元 at once, 20% of R&D up to 300 … 800万元 by stage, 300 / 500万元 per product), （二）昆明市政策 (最高不超过150万元).
export const layout: CorpusLayout = {
  id: "kunming-2022-biomedicine-chain-applicable-policies",
  source: {
    title: "昆明市适用优惠政策节选（一、新型疫苗、细胞、生物制品、中药、仿制药、医疗器械产业链政策）",
    url: "https://invest.kunming.cn/c/2022-03-16/638464.shtml",
    publisher: "昆明市投资促进局",
    date: "2022-03-16",
    changes:
      "The stored copy quotes the clauses as paragraphs under （一）云南省政策 and （二）昆明市政策. Six clauses that state a sum are set out one award a " +
      "row (序号 | 支持事项 | 支持标准 | 政策依据) under the two published section rows; 支持事项 names each clause's subject in our words, 支持标准 " +
      "quotes its standard, the one sentence naming four stage maxima (300、300、500、800万元) is cut to its first and last stages. The clause on " +
      "技术改造 with no sum is left out. Nothing planted: every standard states a fixed sum, a maximum, or a rate with its maximum.",
  },
  classes: ["catalog", "prose-caps", "section-rows", "rate-with-maximum", "per-product-cap", "document-column", "province-and-city-sections", "city-investment-office", "clean", "yunnan"],
  settings: { district: "昆明市" },
  sheets: [
    {
      name: "政策节选",
      widths: [6, 34, 60, 22],
      rows: [
        ["昆明市适用优惠政策节选（新型疫苗、细胞、生物制品、中药、仿制药、医疗器械产业链政策）", null, null, null],
        ["序号", "支持事项", "支持标准", "政策依据"],
        ["（一）云南省政策", null, null, null],
        [1, "生物医药企业总部新落户奖励", "总部新落户我省的生物医药世界500强或国内工业百强企业，一次性奖励1000万元。", "云政发〔2019〕26号"],
        [2, "取得临床批件或进行临床备案补助", "按照研发投入的20%，给予最高300万元补助。", "云政发〔2019〕26号"],
        [3, "完成Ⅲ期临床研究补助", "按照研发投入的20%，给予最高800万元补助。", "云政发〔2019〕26号"],
        [4, "仿制药一致性评价奖励", "对通过一致性评价的，每个品种给予最高300万元奖励。", "云政发〔2019〕26号"],
        [5, "中成药上市后再评价奖励", "通过中成药上市后再评价的，每个品种给予最高500万元奖励。", "云政发〔2019〕26号"],
        ["（二）昆明市政策", null, null, null],
        [6, "优势中药材规模种植补助", "推进优势中药材规模种植，实现订单式生产、产业化经营，给予重点企业最高不超过150万元补助。", null],
      ],
      merges: ["A1:D1", "A3:D3", "A9:D9"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策节选", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 10, columns: { A: "code", B: "item", C: "standard", D: "document" } },
    ],
    findings: [],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "C4", why: "一次性奖励1000万元: a fixed sum" },
      { rule: "catalog.unreadable-standard", cell: "C5", why: "研发投入的20%, 最高300万元: a rate with its maximum" },
      { rule: "catalog.unreadable-standard", cell: "C6", why: "研发投入的20%, 最高800万元" },
      { rule: "catalog.unreadable-standard", cell: "C7", why: "每个品种最高300万元" },
      { rule: "catalog.unreadable-standard", cell: "C8", why: "每个品种最高500万元" },
      { rule: "catalog.unreadable-standard", cell: "C10", why: "最高不超过150万元" },
      { rule: "catalog.unreadable-standard", cell: "A3", why: "（一）云南省政策 is a section row, not an item" },
    ],
  },
};
