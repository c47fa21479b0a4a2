import type { CorpusLayout } from "../types";

// 天津市南开区财政局 2024-01-11: 南开区2023年预算执行情况和2024年预算草案的报告 — 区级一般公共预算支出预计完成76.14亿元, 完成调整预算
// 76.35亿元的99.7%, 主要支出项目 一般公共服务8.59亿元、国防352万元、公共安全6.49亿元、教育16.27亿元… Laid out as the year's estimated
// execution by function in 万元: 调整预算数 | 预计执行数 | 预计执行数为调整预算的%, the total first, the year over when it was reported.
export const layout: CorpusLayout = {
  id: "nankai-2023-district-gpb-expenditure-estimated-execution",
  source: {
    title: "南开区2023年预算执行情况和2024年预算草案的报告（一般公共预算支出情况；表据正文拟）",
    url: "https://www.tjnk.gov.cn/NKQZF/ZWGK5712/zfxxgkqzf/qzf1/fdzdgknr2/czyjs2/zfys94597/2024n/202401/t20240130_6524095.html",
    publisher: "南开区财政局",
    date: "2024-01-11",
    changes:
      "The report's figures are kept: 预计完成76.14亿元 of an adjusted budget of 76.35亿元 (99.7%), 一般公共服务支出8.59亿元, 国防支出352万元, " +
      "公共安全支出6.49亿元, 教育支出16.27亿元 (here in 万元: 85,900 / 352 / 64,900 / 162,700). The report gives them in prose and the stored " +
      "copy stops after 教育; laid out here as a table by function (项目 | 调整预算数 | 预计执行数 | 预计执行数为调整预算的%, the total first, " +
      "单位：万元, the report's sentence as a note). The functions' adjusted budgets, the functions after 教育 and their figures are ours, " +
      "chosen to add up to the report's totals. Planted: 科学技术支出's rate written 94.78% where 9,650 / 9,800 = 98.47%; 文化旅游体育与传媒支出 " +
      "at 90.00% with the year over; 其他支出 25,418 above its adjusted budget of 23,440.",
  },
  classes: ["execution", "by-function", "adjusted-budget-only", "estimated-outturn", "rate-header-in-words", "rates-as-text", "total-row-first", "year-end", "published-after-year-end", "table-from-prose", "district-level", "wanyuan-caption", "notes-under-table", "tianjin"],
  settings: { asOf: "2024-01-11" },
  sheets: [
    {
      name: "支出预计执行",
      widths: [30, 14, 14, 20],
      rows: [
        ["南开区2023年区级一般公共预算支出预计执行情况表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "调整预算数", "预计执行数", "预计执行数为调整预算的%"],
        ["区级一般公共预算支出合计", 763500, 761400, "99.72%"],
        ["一般公共服务支出", 86200, 85900, "99.65%"],
        ["国防支出", 360, 352, "97.78%"],
        ["公共安全支出", 65500, 64900, "99.08%"],
        ["教育支出", 163000, 162700, "99.82%"],
        ["科学技术支出", 9800, 9650, "94.78%"],
        ["文化旅游体育与传媒支出", 8200, 7380, "90.00%"],
        ["社会保障和就业支出", 178000, 177850, "99.92%"],
        ["卫生健康支出", 52300, 51600, "98.66%"],
        ["城乡社区支出", 128000, 127250, "99.41%"],
        ["住房保障支出", 30500, 30200, "99.02%"],
        ["债务付息支出", 18200, 18200, "100.00%"],
        ["其他支出", 23440, 25418, "108.44%"],
        ["注：2023年区级一般公共预算支出预计完成76.14亿元，完成区十八届人大常委会第十九次会议批准支出调整预算76.35亿元的99.7%。", null, null, null],
      ],
      merges: ["A1:D1", "A17:D17"],
      numberFormats: { "B4:C16": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出预计执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D9", why: "科学技术支出: 9,650 / 9,800 = 98.47%, stated 94.78%" },
      { rule: "execution.behind-schedule", cell: "C10", why: "文化旅游体育与传媒支出: 7,380 / 8,200 = 90.00% of a 2023 budget with the year over at the as-of date (time progress 100%): 10 points behind" },
      { rule: "execution.overspent", cell: "C16", why: "其他支出: 25,418 spent against an adjusted budget of 23,440 (1,978万元 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "763,500 = 86,200+360+65,500+163,000+9,800+8,200+178,000+52,300+128,000+30,500+18,200+23,440" },
      { rule: "execution.total-mismatch", cell: "C4", why: "761,400 = 85,900+352+64,900+162,700+9,650+7,380+177,850+51,600+127,250+30,200+18,200+25,418" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "761,400 / 763,500 = 99.72%, as the report's 99.7%" },
      { rule: "execution.rate-mismatch", cell: "D16", why: "25,418 / 23,440 = 108.44%" },
      { rule: "execution.behind-schedule", cell: "C9", why: "科学技术支出 really spent 98.47%, within 5 points of 100%; only its stated rate is wrong" },
      { rule: "execution.behind-schedule", cell: "C6", why: "国防支出 352 / 360 = 97.78%: within 5 points" },
      { rule: "execution.behind-schedule", cell: "C4", why: "the total (99.72%) is within 5 points; its functions carry the statuses" },
      { rule: "execution.behind-schedule", cell: "C16", why: "其他支出 is overspent, its one status for the year" },
      { rule: "execution.no-spending", why: "every function spent" },
      { rule: "input.unreadable-value", cell: "A17", why: "the note is the report's sentence" },
    ],
  },
};
