import type { CorpusLayout } from "../types";

// 天津市东丽区财政局 2022-12-27 (书面 report to the district's people's congress): the year's expected 一般公共预算 outcome — revenue with
// its 税收 / 非税 split, spending at its adjusted budget — laid out as 项目 | 调整预算数 | 预计完成数 | 完成预算% | 比上年增长%.
export const layout: CorpusLayout = {
  id: "tianjin-dongli-2022-budget-execution-estimate",
  source: {
    title: "关于天津市东丽区2022年财政预算执行情况和2023年财政预算草案的报告（书面）（2022年一般公共预算收支预计执行表据正文拟）",
    url: "https://gcs66.com/document_detail/104212.html",
    publisher: "天津市东丽区财政局（转载）",
    date: "2022-12-27",
    changes:
      "The report is prose; no grid was found for it. Kept as published: 一般公共收入 预计 50.3亿元 (下降14.1%, 完成预算81.2%), 税收收入 35.5 " +
      "(下降15.1%), 非税收入 14.8 (下降11.5%), 一般公共支出 64.6 (完成调整预算100%, 下降18.3%), the comparable-basis note. Ours: the budget " +
      "figures (revenue 61.95; spending 64.6 as the 100% gives). Planted: 非税收入 typed 15.8 (the report's 14.8), so 税收 + 非税 = 51.3 misses " +
      "the revenue's 50.3; the revenue itself ends the year 18.8 points short of its budget.",
  },
  classes: ["execution", "budget-estimate", "revenue-and-spending-lines", "complement-qizhong-lines", "dash-for-no-budget", "growth-column", "rates-as-text", "one-decimal-rates", "one-decimal-yiyuan", "yiyuan-caption", "time-progress-by-month", "notes-under-table", "table-from-prose", "district-level", "tianjin"],
  settings: { district: "天津市东丽区", asOf: "2022-12-27" },
  sheets: [
    {
      name: "预计执行",
      widths: [24, 14, 14, 14, 14],
      rows: [
        ["东丽区2022年一般公共预算收支预计执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "调整预算数", "预计完成数", "完成预算%", "比上年增长%"],
        ["一般公共预算收入", 61.95, 50.3, "81.2%", "-14.1%"],
        ["其中：税收收入", "—", 35.5, "—", "-15.1%"],
        ["      非税收入", "—", 15.8, "—", "-11.5%"],
        ["一般公共预算支出", 64.6, 64.6, "100%", "-18.3%"],
        ["注：剔除留抵退税因素后，一般公共预算收入可比下降10.1%，其中税收收入可比下降9.5%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:E8"],
      numberFormats: { "B4:C7": "0.0#" },
    },
  ],
  expect: {
    tables: [
      { sheet: "预计执行", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 7, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "税收收入 35.5 + 非税收入 15.8 = 51.3, the revenue says 50.3 (the two are all of it: a complement pair)" },
      { rule: "execution.behind-schedule", cell: "C4", why: "revenue 50.3 / 61.95 = 81.20% as of 2022-12-27, time progress 12/12 = 100%: 18.80 points behind" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "50.3 / 61.95 = 81.20%, shown as 81.2%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "64.6 / 64.6 = 100%" },
      { rule: "execution.overspent", cell: "C7", why: "64.6 spent of 64.6: not above" },
      { rule: "execution.behind-schedule", cell: "C5", why: "税收 and 非税 have no budget (—); the revenue line carries the status" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年增长% is growth, no share of the budget" },
    ],
  },
};
