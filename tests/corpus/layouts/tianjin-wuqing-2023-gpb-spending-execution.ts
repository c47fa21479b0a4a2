import type { CorpusLayout } from "../types";

// 天津市武清区财政局 2024-02-06: the written report on 2023 budget execution — 一般公共预算支出188.2亿元, 完成调整预算的99.3%, with the main
// functions named. Laid out as the 一般公共预算支出预算执行情况表 such a report carries: 项目 | 调整预算数 | 执行数 | 完成调整预算%, 合计 first.
export const layout: CorpusLayout = {
  id: "tianjin-wuqing-2023-gpb-spending-execution",
  source: {
    title: "关于天津市武清区2023年预算执行情况和2024年预算草案的报告（书面）（一般公共预算支出执行情况表据正文拟）",
    url: "https://www.tjwq.gov.cn/zwgk/zfxxgk/zfxxgkqzf/qzf/fdzdgknr2/czyjs2/zfys80721/2024n/202402/t20240206_6533101.html",
    publisher: "天津市武清区财政局",
    date: "2024-02-06",
    changes:
      "The report gives the year in prose (一般公共预算支出188.2亿元, 完成调整预算的99.3%, 教育、社会保障和就业、卫生健康 growth); no table. Laid out " +
      "as the district's execution table by function in 万元, 合计 first, rates to one decimal; every line figure is ours (they add up to 187.5亿元, " +
      "not the report's 188.2). Planted: 教育支出's rate typed 95.9 where 352,652 / 356,480 = 98.9%; 科学技术支出 88.5% at the year's end; the 合计 " +
      "执行数 typed 1,875,428 where the lines add up to 1,875,248.",
  },
  classes: [
    "execution", "by-function", "adjusted-budget-alone", "total-row-first", "one-decimal-rates", "percent-in-header", "whole-wanyuan",
    "wanyuan-caption", "year-end", "notes-under-table", "table-from-prose", "district-government-report", "tianjin",
  ],
  settings: { district: "天津市武清区", asOf: "2023-12-31" },
  sheets: [
    {
      name: "一般公共预算支出",
      widths: [26, 14, 14, 16],
      rows: [
        ["武清区2023年一般公共预算支出执行情况表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "调整预算数", "执行数", "完成调整预算%"],
        ["合计", 1894630, 1875428, 99.0],
        ["一般公共服务支出", 142350, 140218, 98.5],
        ["公共安全支出", 78620, 77105, 98.1],
        ["教育支出", 356480, 352652, 95.9],
        ["科学技术支出", 41260, 36510, 88.5],
        ["文化旅游体育与传媒支出", 18940, 18030, 95.2],
        ["社会保障和就业支出", 312870, 311946, 99.7],
        ["卫生健康支出", 168530, 167204, 99.2],
        ["节能环保支出", 96410, 95122, 98.7],
        ["城乡社区支出", 412380, 411890, 99.9],
        ["农林水支出", 146720, 145318, 99.0],
        ["交通运输支出", 38160, 37815, 99.1],
        ["住房保障支出", 52310, 52020, 99.4],
        ["其他支出", 29600, 29418, 99.4],
        ["注：调整预算数为区人大常委会批准的调整预算；执行数为快报数，待决算审计后据实调整。", null, null, null],
      ],
      merges: ["A1:D1", "A18:D18"],
      numberFormats: { "B4:C17": "#,##0", "D4:D17": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算支出",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 17,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D7", why: "教育支出 352,652 / 356,480 = 98.93%, stated 95.9" },
      { rule: "execution.behind-schedule", cell: "D8", why: "科学技术支出 36,510 / 41,260 = 88.5% at the year's end (time progress 100%): 11.5 points behind, more than 5" },
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 执行数 1,875,428; the thirteen lines add up to 1,875,248 (180 less)" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D9", why: "文化旅游体育与传媒支出 18,030 / 18,940 = 95.2%: 4.8 points below 100%, within the 5-point margin" },
      { rule: "execution.total-mismatch", cell: "B4", why: "调整预算数 合计 1,894,630 = the thirteen lines" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "1,875,428 / 1,894,630 = 98.99%, stated 99.0 (and 98.98% on the lines' sum also rounds to 99.0)" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "77,105 / 78,620 = 98.07%, stated 98.1 at one decimal" },
      { rule: "execution.behind-schedule", cell: "A4", why: "the 合计 row gets no spending status of its own" },
      { rule: "execution.overspent", why: "every line spent less than its 调整预算数" },
      { rule: "input.unreadable-value", cell: "A18", why: "the note under the table" },
    ],
  },
};
