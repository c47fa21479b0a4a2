import type { CorpusLayout } from "../types";

// 鄂托克旗财政局 2023-09-19: the 衔接资金 the banner received in 2023 (中央 / 自治区 / 市级) and how much of it has been paid out — the
// report gives 兑付 and 兑付率 for 中央和自治区 together and for 市级; laid out as 项目 | 下达资金 | 已兑付资金 | 兑付率, the two central
// levels as 其中 lines under their sum, as of the report's date.
export const layout: CorpusLayout = {
  id: "etuoke-2023-sep-linkage-fund-disbursement",
  source: {
    title: "鄂托克旗财政局强化财政衔接资金投入“三举措”助力乡村振兴（衔接资金兑付进度表据正文拟）",
    url: "https://www.ordos.gov.cn/gk_128120/tqgj/fpzc/202310/t20231018_3504187.html",
    publisher: "鄂托克旗财政局",
    date: "2023-09-19",
    changes:
      "The page reports in prose: the year's 衔接资金 by level (中央, 自治区, 市级), 兑付 and 兑付率 for 中央和自治区 together and for 市级, and the 30 " +
      "projects (26 产业项目 with their 资金规模). The table (title, caption with the as-of date, headings, 其中 lines, the note) is built from that prose " +
      "(表据正文拟) with figures of our own. Planted: 自治区衔接资金 paid 66.00% in September, 9 points under the 75% time progress; 市级 兑付率 " +
      "stated 85.39% where 1,512.40 / 1,760 = 85.93%.",
  },
  classes: [
    "execution", "as-of-in-caption", "money-by-level", "qizhong-lines", "total-row-first", "disbursement-rate", "rates-as-text", "two-decimal-wanyuan",
    "wanyuan-caption", "notes-under-table", "table-from-prose", "linkage-fund", "banner-finance-bureau", "neimenggu",
  ],
  settings: { district: "鄂托克旗", asOf: "2023-09-19" },
  sheets: [
    {
      name: "兑付进度",
      widths: [30, 14, 16, 12],
      rows: [
        ["鄂托克旗2023年财政衔接推进乡村振兴补助资金兑付进度表", null, null, null],
        ["（截至2023年9月19日）", null, null, "单位：万元"],
        ["项目", "下达资金", "已兑付资金", "兑付率"],
        ["合计", 4600, 3529.98, "76.74%"],
        ["1.中央和自治区衔接资金", 2840, 2017.58, "71.04%"],
        ["  其中：中央衔接资金", 452, 441.5, "97.68%"],
        ["        自治区衔接资金", 2388, 1576.08, "66.00%"],
        ["2.市级衔接资金", 1760, 1512.4, "85.39%"],
        ["注：今年实施项目30个，已全部开工，其中产业项目26个、资金规模4012万元。", null, null, null],
      ],
      merges: ["A1:D1", "A2:C2", "A9:D9"],
      numberFormats: { "B4:C8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "兑付进度", kind: "execution", unit: "万元", headerRow: 3, lastRow: 8, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "D7", why: "自治区衔接资金 1,576.08 / 2,388 = 66.00% as of 2023-09-19; time progress 9/12 = 75%: 9 points behind (more than 5)" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "市级 兑付率 stated 85.39%; 1,512.40 / 1,760 = 85.93%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "合计 4,600 = 2,840 + 1,760 (the 其中 lines are inside 2,840)" },
      { rule: "execution.total-mismatch", cell: "C4", why: "3,529.98 = 2,017.58 + 1,512.40" },
      { rule: "execution.total-mismatch", cell: "B5", why: "2,840 = 452 + 2,388" },
      { rule: "execution.total-mismatch", cell: "C5", why: "2,017.58 = 441.50 + 1,576.08" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "3,529.98 / 4,600 = 76.74%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "2,017.58 / 2,840 = 71.04%" },
      { rule: "execution.behind-schedule", cell: "D5", why: "中央和自治区 71.04% is 3.96 points under 75%: within 5" },
      { rule: "execution.behind-schedule", cell: "D8", why: "市级 85.93% is ahead of 75%" },
      { rule: "composition.total-mismatch", why: "the note's 4,012万元 of 产业项目 is a part of the projects' money, not a total of the table's lines" },
    ],
  },
};
