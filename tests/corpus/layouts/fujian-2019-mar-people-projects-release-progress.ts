import type { CorpusLayout } from "../types";

// 福建省财政厅 2019-04: the 28 为民办实事项目 of 2019 — 415.54亿元 planned, 146.93亿元 of it borne by the province (central money included),
// 118.6亿元 sent down by the end of March, 80.7% of the year's plan; six projects fully sent down. Laid out as a 下达进度 table:
// 序号 | 项目 | 年初计划 | 已下达 | 下达进度, 合计 first, in 亿元.
export const layout: CorpusLayout = {
  id: "fujian-2019-mar-people-projects-release-progress",
  source: {
    title: "福建省为民办实事项目资金下达进度持续加快（截至3月底下达118.6亿元，完成年初计划的80.7%；表据正文拟）",
    url: "http://rnpnkp.com/article/5771.html",
    publisher: "福建省财政厅（新闻转载）",
    date: "2019-04",
    changes:
      "As published: 28项, 计划投入415.54亿元 of which 省级财政（含中央）146.93亿元, 118.6亿元 sent down by the end of March (80.7%), and the six " +
      "projects fully sent down (保护利用城乡历史文化、建设城市停车设施、继续实施造福工程、实施“四好农村路”、提高残疾人补贴标准、提升小流域综合治理及" +
      "环境监管能力). The release gives prose; the table is ours: each project's figures, two further named projects and the rest as 其他20项, so " +
      "that the lines add up to the published totals. Planted: 提升城市供水水质's 下达进度 typed 60.0% where 6.40 / 8.00 = 80.0%; 建设普惠性幼儿园 " +
      "with nothing sent down by the end of March.",
  },
  classes: ["execution", "release-progress", "total-row-first", "as-of-in-title", "one-decimal-rates", "rates-as-text", "two-decimal-yiyuan", "yiyuan-caption", "other-lines-lumped", "notes-under-table", "table-from-prose", "news-report", "province-level", "fujian"],
  settings: { asOf: "2019-03-31", district: "福建省" },
  sheets: [
    {
      name: "下达进度",
      widths: [6, 34, 18, 12, 12],
      rows: [
        ["2019年省委省政府为民办实事项目资金下达进度表（截至3月底）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["序号", "项目", "年初计划（省级财政含中央）", "已下达", "下达进度"],
        ["合计", null, 146.93, 118.6, "80.7%"],
        [1, "保护利用城乡历史文化", 1.2, 1.2, "100.0%"],
        [2, "建设城市停车设施", 2, 2, "100.0%"],
        [3, "继续实施造福工程", 3.5, 3.5, "100.0%"],
        [4, "实施“四好农村路”", 12.6, 12.6, "100.0%"],
        [5, "提高残疾人补贴标准", 4.85, 4.85, "100.0%"],
        [6, "提升小流域综合治理及环境监管能力", 3.3, 3.3, "100.0%"],
        [7, "提升城市供水水质", 8, 6.4, "60.0%"],
        [8, "建设普惠性幼儿园", 5, 0, "0.0%"],
        [9, "其他20项", 106.48, 84.75, "79.6%"],
        ["注：下达进度=已下达/年初计划。计划投入415.54亿元，其中省级财政（含中央）承担146.93亿元；序号1—6项目已全部完成资金下达任务。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:B4", "A14:E14"],
      numberFormats: { "C4:D13": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "下达进度", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 13, columns: { B: "line", C: "initialBudget", D: "actual", E: "rate" }, year: 2019 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E11", why: "提升城市供水水质 6.40 / 8.00 = 80.0%; 60.0% typed" },
      { rule: "execution.no-spending", cell: "D12", why: "建设普惠性幼儿园 has 5.00亿元 planned and nothing sent down by 2019-03-31" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "146.93 = 1.20 + 2.00 + 3.50 + 12.60 + 4.85 + 3.30 + 8.00 + 5.00 + 106.48" },
      { rule: "execution.total-mismatch", cell: "D4", why: "118.60 = 27.45 + 6.40 + 0 + 84.75" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "118.60 / 146.93 = 80.72%, shown 80.7%" },
      { rule: "execution.rate-mismatch", cell: "E13", why: "84.75 / 106.48 = 79.59%, shown 79.6%" },
      { rule: "execution.behind-schedule", cell: "D13", why: "79.6% against a time progress of 3/12 = 25%" },
      { rule: "execution.behind-schedule", cell: "D11", why: "80.0% by its figures, far ahead of 25%" },
      { rule: "execution.overspent", why: "no line sent down more than planned (six exactly 100%)" },
      { rule: "execution.no-spending", cell: "D4", why: "the 合计 row has no status of its own" },
      { rule: "input.unreadable-value", cell: "A14", why: "the note under the table is text" },
    ],
  },
};
