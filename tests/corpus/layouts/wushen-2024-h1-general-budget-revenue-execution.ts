import type { CorpusLayout } from "../types";

// 乌审旗财政局 2024-11-19: 2024年1-6月财政预算执行情况和2023年决算（草案）的报告 — the banner's general budget revenue as passed
// (全旗 83.318亿元, 旗本级 51.9亿元), as adjusted on 6月4日 (143.5576 / 111.65亿元) and done by June (100.03 / 75.29亿元, 完成年初目标
// 任务的145.07%; 税收 16.81, 非税 58.48). Laid out as the revenue table such a report carries: 年初预算 beside 调整预算, two rates,
// 其中 lines nested twice, in 亿元 written to as many decimals as the report gives.
export const layout: CorpusLayout = {
  id: "wushen-2024-h1-general-budget-revenue-execution",
  source: {
    title: "关于乌审旗2024年1-6月财政预算执行情况和2023年决算（草案）的报告（一、（一）公共财政预算收支情况；表据正文拟）",
    url: "http://wsq.gov.cn/zw/czglx/qbjyjs/202411/t20241119_3720386.html",
    publisher: "乌审旗财政局",
    date: "2024-11-19",
    changes:
      "The report's figures are kept: 全旗一般公共预算收入 83.318亿元 调整为 143.5576亿元, 旗本级 51.9 调整为 111.65亿元; 1-6月 全旗完成 " +
      "100.03亿元, 旗本级 75.29亿元 (同比增长219.2%, 完成年初目标任务的145.07%), 税收 16.81亿元 (同比减少17.7%), 非税 58.48亿元 " +
      "(同比增加1757.0%). The report gives them in prose; laid out here as a table (项目 | 年初预算 | 调整预算 | 1-6月完成 | 完成年初预算% | " +
      "完成调整预算% | 同比增长%, 单位：亿元, a note). The 苏木镇及开发区 line is the difference of the report's two levels (ours), and " +
      "the rates other than 145.07% are computed by us. Planted: 苏木镇及开发区's 完成调整预算% written 75.54% where 24.74 / 31.9076 = 77.54%.",
  },
  classes: ["execution", "revenue", "initial-and-adjusted-budget", "two-rate-columns", "qizhong-under-qizhong", "complement-line", "growth-column", "yiyuan-caption", "mixed-decimals", "mid-year", "as-of-in-title", "notes-under-table", "neimenggu"],
  settings: { asOf: "2024-06-30" },
  sheets: [
    {
      name: "收入执行",
      widths: [30, 12, 12, 12, 14, 14, 12],
      rows: [
        ["乌审旗2024年1-6月一般公共预算收入执行情况表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：亿元"],
        ["项目", "年初预算", "调整预算", "1-6月完成", "完成年初预算%", "完成调整预算%", "同比增长%"],
        ["全旗一般公共预算收入", 83.318, 143.5576, 100.03, "120.06%", "69.68%", null],
        ["其中：旗本级", 51.9, 111.65, 75.29, "145.07%", "67.43%", "219.2%"],
        ["    其中：税收收入", null, null, 16.81, null, null, "-17.7%"],
        ["          非税收入", null, null, 58.48, null, null, "1757.0%"],
        ["      苏木镇及开发区", 31.418, 31.9076, 24.74, "78.74%", "75.54%", null],
        ["注：6月4日经旗人民代表大会常务委员会第二十次会议批复调整2024年度全旗财政收支预算；旗本级收入包括苏里格开发区收入1.38亿元。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A9:G9"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 8,
        columns: { A: "line", B: "initialBudget", C: "adjustedBudget", D: "actual", F: "rate" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "F8", why: "苏木镇及开发区: 24.74 / 31.9076 = 77.54%, stated 75.54%" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "F4", why: "100.03 / 143.5576 = 69.68%" },
      { rule: "execution.rate-mismatch", cell: "F5", why: "75.29 / 111.65 = 67.43%" },
      { rule: "execution.rate-mismatch", cell: "E5", why: "75.29 / 51.9 = 145.07%, as the report says" },
      { rule: "execution.rate-mismatch", cell: "E8", why: "24.74 / 31.418 = 78.74%" },
      { rule: "execution.total-mismatch", cell: "D4", why: "全旗 100.03 = 旗本级 75.29 + 苏木镇及开发区 24.74; budgets 83.318 = 51.9 + 31.418 and 143.5576 = 111.65 + 31.9076" },
      { rule: "execution.total-mismatch", cell: "D5", why: "旗本级 75.29 = 税收 16.81 + 非税 58.48 (the inner 其中, complete with 非税收入); 苏木镇及开发区 steps back out to the outer list" },
      { rule: "execution.overspent", why: "revenue above the budget as first passed is no overspending, and every line is below its adjusted budget" },
      { rule: "execution.behind-schedule", why: "as of 2024-06-30 (time progress 50%) every budgeted line has done more than 67% of its adjusted budget" },
      { rule: "execution.no-spending", why: "税收 and 非税 have no budget of their own; every budgeted line has done something" },
      { rule: "input.unreadable-value", why: "同比增长% (-17.7%, 1757.0%) is a growth rate, and the note is text" },
    ],
  },
};
