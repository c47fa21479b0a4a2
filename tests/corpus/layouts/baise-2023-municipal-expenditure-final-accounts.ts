import type { CorpusLayout } from "../types";

// 百色市财政局 2024-08-28: 关于2023年百色市本级财政决算草案的报告 — 市本级一般公共预算总支出153.81亿元 = 一般公共预算支出87.62亿元
// + 转移性支出66.19亿元, 年终结余10.66亿元. The report is prose; laid out as the 支出决算表 of its annex (表据正文拟), in 万元.
export const layout: CorpusLayout = {
  id: "baise-2023-municipal-expenditure-final-accounts",
  source: {
    title: "关于2023年百色市本级财政决算草案的报告（市本级一般公共预算支出决算表据正文拟）",
    url: "http://czj.baise.gov.cn/czyjsgkpt/sbjzfyjs_52927/sbjzfjs/t18997118.shtml",
    publisher: "百色市财政局",
    date: "2024-08-28",
    changes:
      "As published: 总支出153.81亿元 = 一般公共预算支出87.62亿元 + 转移性支出66.19亿元, and the 年终结余 of the note. Ours: the 调整预算数 column, " +
      "the 其中 split of 转移性支出 and every rate. Planted: the 总支出 budget typed 1,596,500 (the two lines add up to 1,569,500; its rate typed " +
      "as its own ratio, 96.34%); 补助下级支出's rate typed 96.90% (296,700 / 300,000 = 98.90%).",
  },
  classes: ["execution", "final-accounts", "total-row-first", "qizhong-rows", "outline-numbering", "percent-column", "wanyuan-caption", "notes-under-table", "past-year", "table-from-prose", "prefecture-fund", "guangxi"],
  settings: { district: "百色市" },
  sheets: [
    {
      name: "支出决算",
      widths: [30, 14, 14, 18],
      rows: [
        ["百色市本级2023年一般公共预算支出决算表", null, null, null],
        ["单位：万元", null, null, null],
        ["项目", "调整预算数", "决算数", "决算数为调整预算数的%"],
        ["一般公共预算总支出", 1596500, 1538100, "96.34%"],
        ["一、一般公共预算支出", 901500, 876200, "97.19%"],
        ["二、转移性支出", 668000, 661900, "99.09%"],
        ["  其中：上解上级支出", 150000, 147300, "98.20%"],
        ["        补助下级支出", 300000, 296700, "96.90%"],
        ["        债务还本支出", 218000, 217900, "99.95%"],
        ["注：收支相抵，年终结余10.66亿元（其中待偿债置换一般债券结余0.93亿元、专款年终结余9.73亿元），净结余为零。", null, null, null],
      ],
      merges: ["A1:D1", "A2:D2", "A10:D10"],
      numberFormats: { "B4:C9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支出决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "901,500 + 668,000 = 1,569,500; typed 1,596,500: 27,000 apart" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "296,700 / 300,000 = 98.90%; typed 96.90%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "876,200 + 661,900 = 1,538,100 exactly" },
      { rule: "execution.total-mismatch", cell: "B6", why: "其中 150,000 + 300,000 + 218,000 = 668,000; the 其中 rows are not added into the 总支出 again" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "1,538,100 / 1,596,500 = 96.34% as typed" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "217,900 / 218,000 = 99.954% rounds to 99.95%" },
      { rule: "execution.behind-schedule", cell: "D5", why: "97.19% of a past year's budget: within 5 points of 100%" },
      { rule: "execution.behind-schedule", cell: "D4", why: "a total row gets no spending status" },
      { rule: "input.unreadable-value", why: "the note is text" },
    ],
  },
};
