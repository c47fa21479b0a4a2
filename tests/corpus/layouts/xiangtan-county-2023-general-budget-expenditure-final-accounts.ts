import type { CorpusLayout } from "../types";

// 湘潭县人民政府 2023年决算公开 (2024-09-10), 第三部分 表二、一般公共预算支出决算表: the 合计 first, then the 类 lines, 年初预算数 |
// 调整预算数 | 决算数 | 决算数为调整预算数的% beside last year's 决算数 and the growth on it.
export const layout: CorpusLayout = {
  id: "xiangtan-county-2023-general-budget-expenditure-final-accounts",
  source: {
    title: "2023年湘潭县人民政府决算公开（表二、一般公共预算支出决算表）",
    url: "https://www.xtx.gov.cn/6571/6572/8157/content_1331189.html",
    publisher: "湘潭县人民政府",
    date: "2024-09-10",
    changes:
      "As published: the county, the year, the table's number and name (表二、一般公共预算支出决算表) in the list of the 决算公开's tables. The stored " +
      "copy shows the contents, not the tables: the columns are those Hunan counties' 决算 tables use, cut to ten 类, every figure ours. Planted: the " +
      "合计's 决算数 typed 463,950 where its lines add to 463,850; 城乡社区支出's rate typed 99.9% (41,330 / 41,700 = 99.1%); 科学技术支出 spent " +
      "5,680 of 7,100 (80.0%) by the year's end.",
  },
  classes: ["execution", "final-accounts", "county-final-accounts", "total-row-first", "initial-and-adjusted-budget", "one-decimal-rates", "growth-column", "last-year-column", "whole-wanyuan", "wanyuan-caption", "table-number-label", "year-in-title", "table-not-in-stored-copy", "county-level", "hunan"],
  settings: { district: "湘潭县" },
  sheets: [
    {
      name: "表二",
      widths: [26, 12, 12, 12, 14, 12, 14],
      rows: [
        ["湘潭县2023年一般公共预算支出决算表", null, null, null, null, null, null],
        ["表二", null, null, null, null, null, "单位：万元"],
        ["项目", "年初预算数", "调整预算数", "决算数", "决算数为调整预算数的%", "上年决算数", "决算数比上年决算数增长%"],
        ["一般公共预算支出合计", 435900, 469100, 463950, "98.9%", 447990, "3.5%"],
        ["一般公共服务支出", 52000, 55300, 54210, "98.0%", 51820, "4.6%"],
        ["公共安全支出", 21500, 22800, 22650, "99.3%", 21940, "3.2%"],
        ["教育支出", 98000, 103600, 102980, "99.4%", 99350, "3.7%"],
        ["科学技术支出", 6200, 7100, 5680, "80.0%", 6010, "-5.5%"],
        ["文化旅游体育与传媒支出", 5400, 5900, 5820, "98.6%", 5530, "5.2%"],
        ["社会保障和就业支出", 86000, 92500, 92130, "99.6%", 88460, "4.1%"],
        ["卫生健康支出", 47000, 51200, 50890, "99.4%", 49700, "2.4%"],
        ["节能环保支出", 9800, 10400, 10210, "98.2%", 9650, "5.8%"],
        ["城乡社区支出", 38000, 41700, 41330, "99.9%", 40120, "3.0%"],
        ["农林水支出", 72000, 78600, 77950, "99.2%", 75410, "3.4%"],
      ],
      merges: ["A1:G1"],
      numberFormats: { "B4:D14": "#,##0", "F4:F14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "表二", kind: "execution", unit: "万元", headerRow: 3, lastRow: 14, columns: { A: "line", B: "initialBudget", C: "adjustedBudget", D: "actual", E: "rate" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D4", why: "决算数 合计 typed 463,950; the ten lines add to 54,210 + 22,650 + 102,980 + 5,680 + 5,820 + 92,130 + 50,890 + 10,210 + 41,330 + 77,950 = 463,850: 100万元 over" },
      { rule: "execution.rate-mismatch", cell: "E13", why: "城乡社区支出 41,330 / 41,700 = 99.11%, shown as 99.9%" },
      { rule: "execution.behind-schedule", cell: "D8", why: "科学技术支出 5,680 / 7,100 = 80.0% by 2023-12-31, when time progress is 100%: 20 points behind (tolerance 5)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "年初预算 lines add to 435,900 as stated" },
      { rule: "execution.total-mismatch", cell: "C4", why: "调整预算 lines add to 469,100 as stated" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "the 合计's rate: 463,850 / 469,100 = 98.88% (its lines' sum) and 463,950 / 469,100 = 98.90% both show 98.9%" },
      { rule: "execution.rate-mismatch", cell: "G8", why: "-5.5% is growth on last year's 6,010, no execution rate" },
      { rule: "execution.behind-schedule", cell: "D5", why: "一般公共服务支出 98.0%: 2 points behind, within the tolerance" },
      { rule: "execution.behind-schedule", cell: "D4", why: "the 合计 gets no status of its own" },
      { rule: "execution.overspent", why: "no line spent above its 调整预算数" },
      { rule: "execution.overspent", cell: "D7", why: "教育支出 102,980 is above its 年初预算 98,000 but within the 调整预算 103,600 it is measured against" },
      { rule: "execution.no-spending", why: "every line spent" },
    ],
  },
};
