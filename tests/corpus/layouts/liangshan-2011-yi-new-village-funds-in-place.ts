import type { CorpusLayout } from "../types";

// 凉山州 2011-10-26 (四川省政府网 转载): 彝家新寨建设进展顺利 — the 2011 plan's investment by source (中央, 省级, 州, 县, 农户自筹) and the money in
// place by 9月9日, source by source, in prose. Laid out as the funds-in-place table such progress reports carry: 资金来源 | 计划投资 | 已到位资金 |
// 到位率, 合计 first.
export const layout: CorpusLayout = {
  id: "liangshan-2011-yi-new-village-funds-in-place",
  source: {
    title: "凉山州彝家新寨建设进展顺利（资金到位情况表据正文拟）",
    url: "https://m.pouringspot.com/10462/10883/11066/2011/10/26/10185995.shtml",
    publisher: "四川省人民政府网（凉山州）",
    date: "2011-10-26",
    changes:
      "As published: the plan's investment split into 中央, 省级, 州, 县 and 农户自筹, the money in place by the same sources, the date 截止9月9日 and the " +
      "10 key counties. The report gives the figures in a sentence each: the table (sources as lines, 合计 first, a 到位率 column) and every figure are " +
      "ours (表据正文拟). Planted: 省级's 到位率 typed 89.0% where 36,750 / 37,500 = 98.0%; 县级 in place 4,620 of 8,400 (55.0%), more than 5 points " +
      "behind the year's time on 9月9日 (about 69%).",
  },
  classes: [
    "execution", "funds-in-place", "progress-by-source", "total-row-first", "rate-column", "percent-format", "as-of-in-title", "two-decimal-wanyuan",
    "wanyuan-caption", "notes-under-table", "table-from-prose", "prefecture-fund", "sichuan",
  ],
  settings: { district: "凉山州", asOf: "2011-09-09" },
  sheets: [
    {
      name: "资金到位情况",
      widths: [16, 16, 16, 12],
      rows: [
        ["凉山州2011年彝家新寨建设资金到位情况表", null, null, null],
        ["（截至2011年9月9日）", null, null, "单位：万元"],
        ["资金来源", "计划投资", "已到位资金", "到位率"],
        ["合计", 203500, 185270, 0.9104],
        ["中央", 31200, 23400, 0.75],
        ["省级", 37500, 36750, 0.89],
        ["州级", 8400, 8400, 1],
        ["县级", 8400, 4620, 0.55],
        ["农户自筹", 118000, 112100, 0.95],
        ["注：10个重点县已启动实施的村、户及完成投资情况另表反映。", null, null, null],
      ],
      merges: ["A1:D1", "A2:C2", "A10:D10"],
      numberFormats: { "B4:C9": "#,##0.00", "D4:D9": "0.0%" },
    },
  ],
  expect: {
    tables: [
      { sheet: "资金到位情况", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2011 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "省级 到位率 typed 89.0% where 36,750 / 37,500 = 98.0%" },
      { rule: "execution.behind-schedule", cell: "C8", why: "县级: 4,620 / 8,400 = 55.0% in place on 9月9日, when 252 of 365 days (about 69%) had passed: about 14 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "计划 合计 203,500 = 31,200 + 37,500 + 8,400 + 8,400 + 118,000" },
      { rule: "execution.total-mismatch", cell: "C4", why: "到位 合计 185,270 = 23,400 + 36,750 + 8,400 + 4,620 + 112,100" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "合计 185,270 / 203,500 = 91.04%, shown 91.0%" },
      { rule: "execution.behind-schedule", cell: "C5", why: "中央 23,400 / 31,200 = 75.0%, ahead of about 69%" },
      { rule: "execution.behind-schedule", cell: "C4", why: "a total row gets no status of its own" },
      { rule: "execution.overspent", cell: "C7", why: "州级 8,400 in place of 8,400 planned: 100%, not above it" },
    ],
  },
};
