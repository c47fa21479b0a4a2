import type { CorpusLayout } from "../types";

// 澎湃新闻 2022-08-25 on 上海市财政局's report on the 2021 市级决算: 市级“三公”经费财政拨款支出合计3.35亿元, 比预算数减少4.05亿元, 其中因公出国（境）费
// 0.01亿元, 减少1.96亿元 … Laid out as the 三公经费财政拨款支出决算表 such reports attach: 项目 | 预算数 | 决算数 | 决算比预算增减, the 合计
// first, the car line split into 其中 购置费 / 运行费.
export const layout: CorpusLayout = {
  id: "shanghai-2021-municipal-three-public-final-accounts",
  source: {
    title: "上海预决算报告：上半年一般公共预算收入3794.8亿元（2021年市级“三公”经费支出决算表据正文拟）",
    url: "https://thepaper.cn/newsDetail_forward_19626536",
    publisher: "澎湃新闻",
    date: "2022-08-25",
    changes:
      "As published: the 合计 (决算 3.35亿元, 4.05亿元 under budget, so 预算 7.40亿元) and 因公出国（境）费 (决算 0.01亿元, 1.96亿元 under, so 预算 1.97亿元), " +
      "written in 万元. Ours: the table itself, the car and 接待 lines and the car line's 其中 split (the stored copy breaks off after 出国). Planted: " +
      "公务用车购置费 spent 10,200 against a budget of 9,600.",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "difference-column", "total-row-first", "numbered-lines", "qizhong-lines",
    "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report", "past-year", "city-level", "shanghai",
  ],
  settings: { district: "上海市" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [30, 12, 12, 16],
      rows: [
        ["上海市2021年市级“三公”经费财政拨款支出决算表（表据正文拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "预算数", "决算数", "决算比预算增减"],
        ["“三公”经费合计", 74000, 33500, -40500],
        ["1.因公出国（境）费", 19700, 100, -19600],
        ["2.公务用车购置及运行费", 36800, 24300, -12500],
        ["其中：公务用车购置费", 9600, 10200, 600],
        ["      公务用车运行费", 27200, 14100, -13100],
        ["3.公务接待费", 17500, 9100, -8400],
        ["注：“三公”经费为市级行政单位、事业单位和其他单位使用财政拨款安排的支出；因公出国（境）费减少主要是受疫情影响出访计划取消。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:D9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C7", why: "公务用车购置费: 10,200 spent against a budget of 9,600, 600 over (a ceiling may be overspent)" },
    ],
    absent: [
      { rule: "execution.overspent", cell: "C6", why: "the car line in all 24,300 of 36,800: its 其中 line carries the overspending, not the subtotal" },
      { rule: "execution.overspent", cell: "C4", why: "a total row gets no spending status" },
      { rule: "execution.total-mismatch", cell: "C4", why: "100 + 24,300 + 9,100 = 33,500" },
      { rule: "execution.total-mismatch", cell: "B4", why: "19,700 + 36,800 + 17,500 = 74,000" },
      { rule: "execution.total-mismatch", cell: "C6", why: "其中 10,200 + 14,100 = 24,300; the 其中 lines are not added again into the 合计" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国 spent 100 (little, not nothing)" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "决算比预算增减 is a difference in 万元, no rate" },
    ],
  },
};
