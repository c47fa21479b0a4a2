import type { CorpusLayout } from "../types";

// 河北省财政厅 2022-01 (reprinted by an industry site): the report on the 2021 budget and the 2022 draft — 省级重点支出 着力推动生态文明建设
// 安排96.9亿元, 增长4.9%: 大气污染防治 41.5亿元, 水、土壤污染防治 5亿元, 地下水超采综合治理 13.2亿元, 造林绿化 11.1亿元, 国土海洋生态
// 修复 25.6亿元, 衡水湖保护发展 0.5亿元. Laid out as the plan table in 亿元, the 合计 on top, the six lines numbered under it.
export const layout: CorpusLayout = {
  id: "hebei-2022-provincial-ecology-key-spending-plan",
  source: {
    title: "关于河北省2021年预算执行情况和2022年预算草案的报告 — 2022年省级重点支出（生态文明建设）预算安排（表据报告拟）",
    url: "http://gdlks.com/article/industry-news/1400.html",
    publisher: "河北省财政厅（转载）",
    date: "2022-01",
    changes:
      "As published: 96.9亿元 (+4.9%) and the six lines with their amounts and wording. Ours: the table, the 用途 column (from the report's " +
      "sentence), the note. Planted: 造林绿化 typed 11.6 where the report has 11.1, so the six lines add up to 97.4 against the 96.9 合计.",
  },
  classes: ["composition", "allocation-by-task", "total-row-first", "one-decimal-yiyuan", "yiyuan-caption", "text-column", "growth-in-note", "year-in-title", "notes-under-table", "table-from-prose", "report-to-congress", "province-fund", "hebei"],
  settings: { district: "河北省" },
  sheets: [
    {
      name: "生态文明建设",
      widths: [6, 26, 14, 50],
      rows: [
        ["2022年省级重点支出预算安排表（着力推动生态文明建设）", null, null, null],
        [null, null, null, "单位：亿元"],
        ["序号", "项目", "2022年预算", "主要用途"],
        [null, "合计", 96.9, "大力弘扬塞罕坝精神，着力推进“两区”建设，稳妥有序推进碳达峰碳中和"],
        [1, "大气污染防治", 41.5, "打好蓝天保卫战，“双代”运行补贴"],
        [2, "水、土壤污染防治", 5, "打好碧水、净土保卫战"],
        [3, "地下水超采综合治理", 13.2, null],
        [4, "造林绿化", 11.6, null],
        [5, "国土海洋生态修复", 25.6, null],
        [6, "衡水湖保护发展", 0.5, null],
        ["注：合计比上年增长4.9%。", null, null, null],
      ],
      merges: ["A1:D1", "A11:D11"],
      numberFormats: { "C4:C10": "0.0" },
    },
  ],
  expect: {
    tables: [
      // Corrected after the sixty-first holdout's measurement (the layout stays counted as failed): stated as a
      // composition; a budget's own table by what the money is for, one 预算 column and nothing spent beside it, is
      // read as execution with its year-start budget (shanghai-2010-municipal-key-spending-budget, the same
      // …重点支出预算安排表), its slip an execution total.
      { sheet: "生态文明建设", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 10, columns: { B: "line", C: "initialBudget" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 96.9; the lines add up to 41.5 + 5 + 13.2 + 11.6 + 25.6 + 0.5 = 97.4 (0.5亿元 over)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "no unit price or quantity" },
      { rule: "input.unreadable-value", cell: "D4", why: "主要用途 is text" },
      { rule: "execution.rate-mismatch", why: "增长4.9% in the note is growth on last year, not a rate of any figure here" },
      { rule: "cap.unknown-policy", why: "a plan of money to tasks: no register, no applicants" },
    ],
  },
};
