import type { CorpusLayout } from "../types";

// 黄石市下陆区 2023 政府决算公开, 公开表格 2. 一般公共预算支出决算表: 项目 (by 类) against 预算数 | 调整预算数 | 决算数 | 决算数为调整预算数的% |
// 决算数为上年决算数的%, whole 万元, the rates as numbers with one decimal, 支出合计 at the foot — a district's own spending for the year.
export const layout: CorpusLayout = {
  id: "xialu-2023-gpb-expenditure-final-accounts",
  source: {
    title: "下陆区政府2023年政府决算公开（二、公开表格 2.一般公共预算支出决算表）",
    url: "http://xialuqu.gov.cn/czzj2/xlq/202409/t20240912_1150414.html",
    publisher: "黄石市下陆区人民政府",
    date: "2024-09-12",
    changes:
      "As published: the set of tables and this table's place and name (公开表格 2.一般公共预算支出决算表). The stored copy shows the contents, not " +
      "the table body: the layout follows the usual 政府决算 form of that table (项目 by 类 of the 政府收支分类科目; 预算数, 调整预算数, 决算数, and the two " +
      "ratios in percent; 支出合计 at the foot), and every figure is ours. Planted: 教育支出's 决算数为调整预算数的% written 98.1 where 39,870 / 40,215 = " +
      "99.1%; 城乡社区支出 spent 78.0% of its adjusted budget in a finished year; the 支出合计's 决算数 typed 159,332 where the lines give 159,232.",
  },
  classes: ["execution", "final-accounts", "government-final-accounts", "by-function", "initial-and-adjusted-budget", "rates-as-numbers", "one-decimal-rates", "prior-year-ratio-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "year-end", "city-district", "hubei"],
  settings: { asOf: "2024-09-12", district: "下陆区" },
  sheets: [
    {
      name: "一般公共预算支出决算表",
      widths: [30, 12, 12, 12, 16, 16],
      rows: [
        ["下陆区2023年一般公共预算支出决算表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["项目", "预算数", "调整预算数", "决算数", "决算数为调整预算数的%", "决算数为上年决算数的%"],
        ["一般公共服务支出", 21500, 23860, 23412, 98.1, 102.3],
        ["国防支出", 120, 145, 145, 100.0, 96.7],
        ["公共安全支出", 6800, 7210, 7050, 97.8, 104.1],
        ["教育支出", 38600, 40215, 39870, 98.1, 101.6],
        ["科学技术支出", 5200, 4860, 4795, 98.7, 92.8],
        ["文化旅游体育与传媒支出", 1350, 1420, 1388, 97.7, 98.9],
        ["社会保障和就业支出", 24800, 27630, 27102, 98.1, 106.4],
        ["卫生健康支出", 11200, 12580, 12311, 97.9, 103.5],
        ["节能环保支出", 2100, 2650, 2571, 97.0, 121.7],
        ["城乡社区支出", 18900, 22400, 17472, 78.0, 84.6],
        ["农林水支出", 3600, 4120, 4012, 97.4, 99.2],
        ["交通运输支出", 1500, 1860, 1821, 97.9, 110.3],
        ["资源勘探工业信息等支出", 2800, 3150, 3069, 97.4, 97.5],
        ["商业服务业等支出", 600, 540, 526, 97.4, 88.1],
        ["自然资源海洋气象等支出", 900, 1080, 1049, 97.1, 101.9],
        ["住房保障支出", 4300, 4620, 4598, 99.5, 100.8],
        ["灾害防治及应急管理支出", 1100, 1260, 1225, 97.2, 95.3],
        ["其他支出", 500, 380, 370, 97.4, 64.2],
        ["债务付息支出", 6200, 6420, 6420, 100.0, 104.9],
        ["债务发行费用支出", 30, 26, 26, 100.0, 86.7],
        ["一般公共预算支出合计", 152100, 166426, 159332, 95.7, 101.8],
        ["注：本表反映区本级一般公共预算支出决算情况，上级补助、上解支出等另表反映。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A25:F25"],
      numberFormats: { "B4:D24": "#,##0", "E4:F24": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 24,
        columns: { A: "line", B: "initialBudget", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E7", why: "教育支出: 39,870 / 40,215 = 99.14%, stated 98.1" },
      { rule: "execution.behind-schedule", cell: "D13", why: "城乡社区支出: 17,472 / 22,400 = 78.0% of the adjusted budget for 2023, the year over (time progress 100%): 22 points behind" },
      { rule: "execution.total-mismatch", cell: "D24", why: "支出合计 决算数 159,332 where the twenty lines give 159,232: 100万元 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B24", why: "预算数 152,100 = the sum of the lines" },
      { rule: "execution.total-mismatch", cell: "C24", why: "调整预算数 166,426 = the sum of the lines" },
      { rule: "execution.rate-mismatch", cell: "E24", why: "159,332 / 166,426 = 95.74% and 159,232 / 166,426 = 95.68%: both 95.7" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "决算数为上年决算数的% compares with last year's figures, not shown here" },
      { rule: "execution.behind-schedule", cell: "D7", why: "教育支出 spent 99.1%: its stated rate is wrong, its pace is not" },
      { rule: "execution.behind-schedule", cell: "D24", why: "the 合计 carries no status of its own" },
      { rule: "execution.behind-schedule", cell: "D8", why: "科学技术支出 4,795 / 4,860 = 98.7% (the budget cut during the year is no finding)" },
      { rule: "execution.overspent", why: "no line spent more than its adjusted budget (国防, 债务付息, 债务发行费用 exactly 100%)" },
      { rule: "execution.no-spending", why: "every line spent something" },
      { rule: "input.unreadable-value", why: "the caption and the note are text" },
    ],
  },
};
