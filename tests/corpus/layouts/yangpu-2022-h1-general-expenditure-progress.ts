import type { CorpusLayout } from "../types";

// 上海市杨浦区财政局 2022-08: the report on the 2021 决算 and the 2022 上半年预算执行 to the district congress standing committee ("报告及附表").
// Its half-year part is laid out here as the 一般公共预算支出执行情况表 such reports attach: 项目 | 年初预算数 | 1-6月执行数 | 执行率 | 序时进度,
// the 合计 first and the main 功能 categories under it.
export const layout: CorpusLayout = {
  id: "yangpu-2022-h1-general-expenditure-progress",
  source: {
    title: "关于上海市杨浦区2021年财政决算和2022年上半年预算执行情况的报告及附表（上半年支出执行情况表据正文拟）",
    url: "https://www.shyp.gov.cn/yp-zwgk/zwgk/buffersInformation/details?id=b541a694-4de3-41ac-96f6-dbb7d379b056",
    publisher: "上海市杨浦区财政局",
    date: "2022-08-27",
    changes:
      "The stored copy shows the report's prose, not its 附表: the table's title, columns (项目 | 年初预算数 | 1-6月执行数 | 执行率 | 序时进度), lines and " +
      "every figure are ours. Planted: 科学技术支出 at 36.0% against a 序时进度 of 50% (14 points behind); 城乡社区支出's rate typed 58.8% where " +
      "252,300 / 517,000 = 48.8%.",
  },
  classes: [
    "execution", "half-year", "time-progress-column", "total-row-first", "functional-categories", "one-decimal-rate", "percent-format",
    "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "congress-report", "district-wide", "shanghai",
  ],
  settings: { district: "杨浦区", asOf: "2022-06-30" },
  sheets: [
    {
      name: "支出执行",
      widths: [26, 14, 14, 10, 10],
      rows: [
        ["杨浦区2022年1-6月一般公共预算支出执行情况表（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "年初预算数", "1-6月执行数", "执行率", "序时进度"],
        ["一般公共预算支出合计", 2230000, 1084100, 0.486, 0.5],
        ["一般公共服务支出", 142000, 68400, 0.482, 0.5],
        ["教育支出", 386000, 201500, 0.522, 0.5],
        ["科学技术支出", 168000, 60500, 0.36, 0.5],
        ["社会保障和就业支出", 402000, 216800, 0.539, 0.5],
        ["卫生健康支出", 215000, 99700, 0.464, 0.5],
        ["城乡社区支出", 517000, 252300, 0.588, 0.5],
        ["其他支出", 400000, 184900, 0.462, 0.5],
        ["注：执行率＝1-6月执行数÷年初预算数；序时进度按月计算。", null, null, null, null],
      ],
      merges: ["A1:E1", "A12:E12"],
      numberFormats: { "B4:C11": "#,##0", "D4:E11": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate", E: "progress" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "D7", why: "科学技术支出 60,500 / 168,000 = 36.0% against 序时进度 6/12 = 50%: 14 points behind (more than 5)" },
      { rule: "execution.rate-mismatch", cell: "D10", why: "城乡社区支出 252,300 / 517,000 = 48.80%, stated 58.8%" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D9", why: "卫生健康支出 46.4% is 3.6 points under 50%: within 5 points" },
      { rule: "execution.behind-schedule", cell: "D11", why: "其他支出 46.2% is 3.8 points under 50%" },
      { rule: "execution.behind-schedule", cell: "D10", why: "城乡社区支出 is at 48.8% as figured, within 5 points of 50%" },
      { rule: "execution.behind-schedule", cell: "D4", why: "a total row gets no spending status (48.6% anyway)" },
      { rule: "execution.total-mismatch", cell: "C4", why: "68,400 + 201,500 + 60,500 + 216,800 + 99,700 + 252,300 + 184,900 = 1,084,100" },
      { rule: "execution.total-mismatch", cell: "B4", why: "142,000 + 386,000 + 168,000 + 402,000 + 215,000 + 517,000 + 400,000 = 2,230,000" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "1,084,100 / 2,230,000 = 48.61%, rounds to 48.6%" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "99,700 / 215,000 = 46.37%, rounds to 46.4%" },
      { rule: "input.unreadable-value", cell: "A12", why: "the note under the table is no data" },
    ],
  },
};
