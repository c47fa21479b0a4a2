import type { CorpusLayout } from "../types";

// 天津市武清区财政局 2025-01: 关于天津市武清区2024年预算执行情况和2025年预算草案的报告（书面）. The report states the year's execution in prose
// (收入预算圆满完成, 教育、社会保障和就业、城乡社区等支出分别增长…); laid out here as the spending table such reports annex: 项目 | 年初预算 |
// 调整预算 | 执行数 | 完成调整预算% | 比上年增长%, 支出合计 first, by 功能分类 类, with figures of our own.
export const layout: CorpusLayout = {
  id: "tianjin-wuqing-2024-general-budget-spending-execution",
  source: {
    title: "关于天津市武清区2024年预算执行情况和2025年预算草案的报告（一般公共预算支出执行情况表据正文拟）",
    url: "https://www.tjwq.gov.cn/zwgk/zfxxgk/zfxxgkqzf/qzf/fdzdgknr2/czyjs2/zfys80721/2025n/202501/t20250124_6845223.html",
    publisher: "天津市武清区财政局",
    date: "2025-01-24",
    changes:
      "As published: the report's prose on 2024 (收入预算圆满完成, 重点支出保障有力 with 教育、社会保障和就业、城乡社区 growing 1.6%, 5.4% and 46.5%, " +
      "暂付款 cleared by 51.8亿元); no table is shown. Ours: the table (title, caption, the six columns, 支出合计 first, eleven 类) and every figure. Planted: " +
      "教育支出's rate typed 99.30% (272,914 / 275,600 = 99.03%); 科学技术支出 at 82.62% of its adjusted budget, measured at the year's end (100%); " +
      "城乡社区支出 181,236 spent against a 176,400 adjusted budget.",
  },
  classes: [
    "execution", "general-budget", "function-classification", "initial-and-adjusted-budget", "rate-column", "growth-column", "total-row-first",
    "whole-wanyuan", "wanyuan-caption", "year-in-title", "past-year", "notes-under-table", "table-from-prose", "district-level", "tianjin",
  ],
  settings: { asOf: "2025-01-10" },
  sheets: [
    {
      name: "支出执行",
      widths: [26, 12, 12, 12, 16, 14],
      rows: [
        ["武清区2024年一般公共预算支出执行情况表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["项目", "年初预算", "调整预算", "执行数", "完成调整预算%", "比上年增长%"],
        ["支出合计", 1047000, 1100000, 1089685, "99.06%", "6.8%"],
        ["一般公共服务支出", 98500, 102300, 100846, "98.58%", "2.1%"],
        ["公共安全支出", 62400, 63800, 63105, "98.91%", "-3.4%"],
        ["教育支出", 268000, 275600, 272914, "99.30%", "1.6%"],
        ["科学技术支出", 41500, 38200, 31560, "82.62%", "-12.7%"],
        ["文化旅游体育与传媒支出", 12800, 13400, 13186, "98.40%", "4.2%"],
        ["社会保障和就业支出", 186300, 194500, 193822, "99.65%", "5.4%"],
        ["卫生健康支出", 84600, 90200, 89714, "99.46%", "3.9%"],
        ["城乡社区支出", 152000, 176400, 181236, "102.74%", "46.5%"],
        ["农林水支出", 96200, 104700, 103520, "98.87%", "0.8%"],
        ["交通运输支出", 28400, 31000, 30128, "97.19%", "-6.2%"],
        ["其他支出", 16300, 9900, 9654, "97.52%", "-21.3%"],
        ["注：调整预算为区人大常委会批准的调整预算数；执行数为快报数，待市区体制结算后据实调整。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A16:F16"],
      numberFormats: { "B4:D15": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { A: "line", B: "initialBudget", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E7", why: "教育支出 272,914 / 275,600 = 99.03%, typed 99.30%" },
      { rule: "execution.behind-schedule", cell: "D8", why: "科学技术支出 31,560 / 38,200 = 82.62%, measured at 2024-12-31 (time progress 100%): 17.38 points behind, more than 5" },
      { rule: "execution.overspent", cell: "D12", why: "城乡社区支出 181,236 > 调整预算 176,400 (4,836 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D4", why: "支出合计 执行数 1,089,685 = the eleven lines; 年初预算 1,047,000 and 调整预算 1,100,000 likewise" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "1,089,685 / 1,100,000 = 99.06%" },
      { rule: "execution.rate-mismatch", cell: "E12", why: "181,236 / 176,400 = 102.74%" },
      { rule: "execution.behind-schedule", cell: "D4", why: "a total row gets no spending status of its own (and 99.06% is within 5 points)" },
      { rule: "execution.behind-schedule", cell: "D15", why: "其他支出 97.52%, within 5 points of 100%" },
      { rule: "execution.behind-schedule", cell: "D14", why: "交通运输支出 97.19%, within 5 points of 100%" },
      { rule: "execution.rate-mismatch", cell: "F8", why: "比上年增长% is growth over last year, not the execution rate" },
      { rule: "execution.overspent", cell: "D10", why: "社会保障和就业支出 193,822 ≤ 194,500; its growth 5.4% is no overspending" },
    ],
  },
};
