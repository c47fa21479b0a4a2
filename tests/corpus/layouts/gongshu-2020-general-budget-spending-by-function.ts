import type { CorpusLayout } from "../types";

// 关于拱墅区2020年决算和2021年上半年预算执行情况的报告 (杭州市拱墅区财政局, 2021-09): the report gives the district's 当年一般公共预算支出
// 953241万元 against a 964500万元 adjusted budget (98.8%) and refers to its tables (详见表二) without showing them. Set out as the
// report's 支出 table by 功能分类: 项目 | 调整预算数 | 执行数 | 完成调整预算（%） | 比上年增长（%）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "gongshu-2020-general-budget-spending-by-function",
  source: {
    title: "关于拱墅区2020年决算和2021年上半年预算执行情况的报告（支出执行表据正文拟）",
    url: "http://www.gongshu.gov.cn/art/2021/9/18/art_1229462011_3936304.html",
    publisher: "杭州市拱墅区财政局",
    date: "2021-09-18",
    changes:
      "From the report: the year, the totals 964,500 (调整预算) and 953,241 (执行数) and 98.8%. The table by function is not in the stored copy: " +
      "the ten function lines and their figures are ours, chosen to add up to the report's totals; the growth column is ours. Planted: " +
      "科学技术支出 at 88.0% of its budget in a closed year; 社会保障和就业支出's rate typed 97.4 (96,120 / 96,700 = 99.4%); " +
      "卫生健康支出 spent 88,650 of 84,200.",
  },
  classes: ["execution", "budget-execution-report", "function-classification-lines", "adjusted-budget", "rate-as-number", "growth-column", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "past-year", "notes-under-table", "table-from-prose", "district-level", "zhejiang"],
  settings: { district: "杭州市拱墅区" },
  sheets: [
    {
      name: "支出执行",
      widths: [28, 14, 14, 18, 16],
      rows: [
        ["拱墅区2020年一般公共预算支出执行情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "调整预算数", "执行数", "完成调整预算（%）", "比上年增长（%）"],
        ["一般公共服务支出", 62400, 61830, 99.1, 6.2],
        ["公共安全支出", 48600, 47920, 98.6, 3.8],
        ["教育支出", 186500, 185210, 99.3, 9.4],
        ["科学技术支出", 72300, 63620, 88.0, 21.5],
        ["文化旅游体育与传媒支出", 21800, 21460, 98.4, -4.1],
        ["社会保障和就业支出", 96700, 96120, 97.4, 12.7],
        ["卫生健康支出", 84200, 88650, 105.3, 38.6],
        ["城乡社区支出", 215900, 213960, 99.1, 18.2],
        ["农林水支出", 18300, 18050, 98.6, 2.3],
        ["其他支出", 157800, 156421, 99.1, 20.9],
        ["合计", 964500, 953241, 98.8, 14.9],
        ["注：执行数为区当年一般公共预算支出，不含上级财政转移支付支出和上年结转项目支出；卫生健康支出超调整预算主要为疫情防控追加。", null, null, null, null],
      ],
      merges: ["A1:E1", "A15:E15"],
      numberFormats: { "B4:C14": "#,##0", "D4:E14": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "C7", why: "科学技术支出 63,620 / 72,300 = 88.0% at the close of 2020 (time progress 100%): 12.0 points behind, more than 5" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "社会保障和就业支出 96,120 / 96,700 = 99.40%, typed 97.4" },
      { rule: "execution.overspent", cell: "C10", why: "卫生健康支出 spent 88,650 of an adjusted 84,200: 4,450万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B14", why: "the ten budgets add up to 964,500" },
      { rule: "execution.total-mismatch", cell: "C14", why: "the ten spendings add up to 953,241" },
      { rule: "execution.rate-mismatch", cell: "D14", why: "953,241 / 964,500 = 98.83% → 98.8" },
      { rule: "execution.rate-mismatch", cell: "D10", why: "88,650 / 84,200 = 105.29% → 105.3" },
      { rule: "execution.rate-mismatch", cell: "E7", why: "比上年增长 is growth on last year, no execution rate" },
      { rule: "execution.behind-schedule", cell: "C8", why: "文化旅游体育与传媒 at 98.4%, within 5 points of 100%" },
      { rule: "execution.behind-schedule", cell: "C14", why: "a 合计 row gets no spending status of its own (and 98.8% is within 5 points)" },
      { rule: "execution.overspent", cell: "C14", why: "the 合计 is under its budget, and a total gets no status of its own" },
      { rule: "input.unreadable-value", cell: "A15", why: "the note under the table is no line" },
    ],
  },
};
