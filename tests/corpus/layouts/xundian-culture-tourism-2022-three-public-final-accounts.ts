import type { CorpusLayout } from "../types";

// 寻甸县文化和旅游局 2023-08-21: the bureau's 2022 “三公” final account — 年初预算 | 支出决算 | 完成年初预算%, in 元,
// 0% written for the lines with no budget and nothing spent.
export const layout: CorpusLayout = {
  id: "xundian-culture-tourism-2022-three-public-final-accounts",
  source: {
    title: "寻甸县文化和旅游局2022年度“三公”经费决算情况说明（决算表据说明拟）",
    url: "http://www.kmxd.gov.cn/c/2023-08-21/6684390.shtml",
    publisher: "寻甸回族彝族自治县文化和旅游局",
    date: "2023-08-21",
    changes:
      "The stored page gives the account in prose (年初预算 27,080元, 支出决算 26,085.58元, 完成年初预算的96.33%; each line's 决算 and its " +
      "完成年初预算的%, 0% for lines with none). The table — 项目 | 年初预算数 | 支出决算数 | 完成年初预算%, 单位：元, 合计 first, the car line over " +
      "其中 购置 / 运行维护 — is built from it; figures are ours. Planted: 公务接待费 spent 5,800.00 against a budget of 5,500.00; the 合计's " +
      "share typed 96.37% (30,670.40 / 31,500 = 97.37%).",
  },
  classes: ["execution", "final-accounts", "three-public", "initial-budget", "rate-column", "rates-as-text", "zero-percent-on-empty-lines", "qizhong-split", "total-row-first", "yuan-amounts", "yuan-caption", "past-year", "notes-under-table", "table-from-prose", "county-department", "yunnan"],
  settings: { district: "寻甸回族彝族自治县" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [30, 14, 14, 16],
      rows: [
        ["寻甸县文化和旅游局2022年度一般公共预算财政拨款“三公”经费支出决算表（表据说明拟）", null, null, null],
        [null, null, null, "单位：元"],
        ["项目", "年初预算数", "支出决算数", "完成年初预算%"],
        ["合计", 31500, 30670.4, "96.37%"],
        ["1.因公出国（境）费", 0, 0, "0%"],
        ["2.公务用车购置及运行维护费", 26000, 24870.4, "95.66%"],
        ["其中：公务用车购置费", 0, 0, "0%"],
        ["公务用车运行维护费", 26000, 24870.4, "95.66%"],
        ["3.公务接待费", 5500, 5800, "105.45%"],
        ["注：公务用车保有量2辆；国内公务接待按规定标准开支。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:C9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 spent 5,800.00 against its 5,500.00 budget (300.00 over); a 三公 ceiling overspent still counts" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "30,670.40 / 31,500 = 97.37%, typed 96.37%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "0 + 24,870.40 + 5,800.00 = 30,670.40; 其中 lines inside the car line" },
      { rule: "execution.total-mismatch", cell: "B4", why: "0 + 26,000 + 5,500 = 31,500" },
      { rule: "execution.no-spending", why: "因公出国 and 购置 have no budget (0): nothing to spend" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "0% for 0 of 0 is the office's way of writing no rate" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule" },
    ],
  },
};
