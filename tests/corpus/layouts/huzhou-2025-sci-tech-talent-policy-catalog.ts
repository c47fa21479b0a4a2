import type { CorpusLayout } from "../types";

// 湖州市人民政府 2025-03-14: 关于推动经济高质量发展若干政策（2025年版）, part 一、推进教育科技人才一体发展 (由市科技局牵头实施, 2025年全市财政
// 预算安排17.25亿元), measures (一) 推动高能级科创平台提质增效 and (二) 强化企业科技创新主体地位 in prose. Laid out as the part's policy catalog:
// 序号 | 政策条款 | 支持事项 | 支持标准 | 牵头单位, the part's heading (with its goal and budget) merged across as a section row.
export const layout: CorpusLayout = {
  id: "huzhou-2025-sci-tech-talent-policy-catalog",
  source: {
    title: "湖州市人民政府关于印发关于推动经济高质量发展若干政策（2025年版）的通知 — 一、推进教育科技人才一体发展（政策清单表据正文拟）",
    url: "http://www.lzxfs.cn/subsidy_info/TVRNM053PT0=",
    publisher: "湖州市人民政府",
    date: "2025-03-14",
    changes:
      "As published: the part's heading, its goal (研发经费支出占生产总值比重达3.5%) and budget (17.25亿元), the two measures' names and their " +
      "standards word for word (abridged to the money clauses). The notice is prose: the table, its headings, the 支持事项 names we gave each " +
      "clause and the note are ours. Nothing is planted: every standard states its maximum (one per level or per plan where it names several), so " +
      "a correct check of this catalog reports nothing.",
  },
  classes: ["catalog", "policy-catalog", "clean", "section-heading-row", "prose-caps", "several-maxima-in-one-standard", "maxima-by-level", "goal-and-budget-in-heading", "responsible-unit-column", "wanyuan-caption", "notes-under-table", "table-from-prose", "city-policy", "zhejiang"],
  settings: { district: "湖州市" },
  sheets: [
    {
      name: "政策清单",
      widths: [8, 24, 30, 70, 12],
      rows: [
        ["湖州市推动经济高质量发展若干政策（2025年版）政策清单（教育科技人才部分，表据正文拟）", null, null, null, null],
        [null, null, null, null, "金额单位：万元"],
        ["序号", "政策条款", "支持事项", "支持标准", "牵头单位"],
        ["一、推进教育科技人才一体发展（由市科技局牵头实施）：全社会研发经费支出占生产总值比重达3.5%；2025年，全市财政预算安排17.25亿元。", null, null, null, null],
        ["（一）-1", "推动高能级科创平台提质增效", "新认定国家级、省级实验室和技术创新中心补助", "支持企业牵头或参与建设国家实验室、全国重点实验室、省实验室、全省重点实验室和技术创新中心，对新认定的给予相应补助，最高奖励1000万元。", "市科技局"],
        ["（一）-2", "推动高能级科创平台提质增效", "星级新型研发机构奖励", "对市级星级评定结果为四星、五星的新型研发机构，分别给予最高30万元、50万元奖励。", "市科技局"],
        ["（二）-1", "强化企业科技创新主体地位", "首次认定高新技术企业奖励", "对首次认定的高新技术企业，每家给予最高20万元奖励。", "市科技局"],
        ["（二）-2", "强化企业科技创新主体地位", "重新通过认定高新技术企业奖励", "对重新通过认定的高新技术企业，每家给予最高10万元奖励。", "市科技局"],
        ["（二）-3", "强化企业科技创新主体地位", "市级科技计划项目补助", "实施市级重点研发计划、科技攻关计划、公益性技术研究和市自然科学资金项目，根据具体项目管理办法，分别给予最高50万元、10万元、10万元和2万元项目补助。", "市科技局"],
        ["注：本清单据湖州市《关于推动经济高质量发展若干政策（2025年版）》第一部分整理，具体以原文件及实施细则为准。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:E4", "A10:E10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "code", B: "category", C: "item", D: "standard" }, year: 2025 },
    ],
    findings: [],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "D5", why: "最高奖励1000万元 is the maximum; 相应补助 below it is the award" },
      { rule: "catalog.unreadable-standard", cell: "D6", why: "分别给予最高30万元、50万元: one maximum per level (四星, 五星), at most 50 for the item" },
      { rule: "catalog.unreadable-standard", cell: "D7", why: "a maximum of 20万元 a firm" },
      { rule: "catalog.unreadable-standard", cell: "D8", why: "a maximum of 10万元 a firm" },
      { rule: "catalog.unreadable-standard", cell: "D9", why: "four plans, 分别给予最高50、10、10和2万元: one maximum per plan, at most 50 for the item" },
      { rule: "catalog.unreadable-standard", cell: "A4", why: "the part's heading (its 3.5% goal and its 17.25亿元 budget) is no item and no cap" },
      { rule: "catalog.unreadable-standard", cell: "A10", why: "the note under the table is no item" },
      { rule: "cap.unknown-policy", why: "a catalog alone: no register names any item" },
    ],
  },
};
