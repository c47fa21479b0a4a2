import type { CorpusLayout } from "../types";

// 新京报 2020-08-17 (北京市财政局): by the end of June 北京's 一般公共预算支出 reached 3,692.7亿元, 完成预算的52.5%, 超时间进度2.5个百分点 —
// 社会保障和就业 79%, 卫生健康 56.7%, 灾害防治及应急管理 51.2%, 住房保障 66.6%. Laid out as the city's 1-6月 execution table by function:
// 项目 | 预算数 | 1-6月执行数 | 完成预算%, 合计 first, in 亿元.
export const layout: CorpusLayout = {
  id: "beijing-2020-h1-gpb-spending-progress",
  source: {
    title: "上半年北京财政支出超3600亿元 完成预算52.5%（2020年1-6月一般公共预算支出执行情况表据正文拟）",
    url: "https://xrxxw.com/article/view/187702.html",
    publisher: "北京市财政局（新京报报道，转载）",
    date: "2020-08-17",
    changes:
      "As published (in prose): the 合计 3,692.7亿元 at 52.5% of budget (the budget 7,033.7 is ours, derived from the two), and the rates of " +
      "社会保障和就业 79.0, 卫生健康 56.7, 灾害防治及应急管理 51.2 and 住房保障 66.6, with the time progress of 50% in the note. Every other line, " +
      "every line's budget and spending is ours. Planted: 教育支出's rate typed 54.6 where 572.1 / 1,152.8 = 49.6%; 科学技术支出 at 38.6% at the " +
      "end of June, 11.4 points behind the time progress.",
  },
  classes: [
    "execution", "by-function", "adjusted-budget-alone", "mid-year", "time-progress-in-note", "percent-in-header", "one-decimal-rates",
    "one-decimal-yiyuan", "yiyuan-caption", "total-row-first", "notes-under-table", "table-from-prose", "news-report", "municipal-fund", "beijing",
  ],
  settings: { district: "北京市", asOf: "2020-06-30" },
  sheets: [
    {
      name: "1-6月支出",
      widths: [28, 12, 14, 12],
      rows: [
        ["北京市2020年1-6月一般公共预算支出执行情况表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["项目", "预算数", "1-6月执行数", "完成预算%"],
        ["一般公共预算支出合计", 7033.7, 3692.7, 52.5],
        ["一般公共服务支出", 412.6, 196.3, 47.6],
        ["公共安全支出", 398.4, 190.7, 47.9],
        ["教育支出", 1152.8, 572.1, 54.6],
        ["科学技术支出", 448.5, 173.2, 38.6],
        ["文化旅游体育与传媒支出", 236.9, 112.4, 47.4],
        ["社会保障和就业支出", 520.0, 410.8, 79.0],
        ["卫生健康支出", 412.8, 234.1, 56.7],
        ["节能环保支出", 322.7, 154.8, 48.0],
        ["城乡社区支出", 1046.3, 511.9, 48.9],
        ["农林水支出", 498.2, 238.6, 47.9],
        ["交通运输支出", 612.4, 296.5, 48.4],
        ["资源勘探工业信息等支出", 210.4, 102.6, 48.8],
        ["商业服务业等支出", 48.3, 23.5, 48.7],
        ["自然资源海洋气象等支出", 62.7, 30.1, 48.0],
        ["住房保障支出", 168.4, 112.2, 66.6],
        ["灾害防治及应急管理支出", 64.5, 33.0, 51.2],
        ["债务付息支出", 186.5, 98.4, 52.8],
        ["其他支出", 231.3, 201.5, 87.1],
        ["注：截至6月末时间进度为50%，全市一般公共预算支出完成预算的52.5%，超时间进度2.5个百分点。", null, null, null],
      ],
      merges: ["A1:D1", "A23:D23"],
      numberFormats: { "B4:C22": "#,##0.0", "D4:D22": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "1-6月支出",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 22,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", sheet: "1-6月支出", cell: "D7", why: "教育支出 572.1 / 1,152.8 = 49.63%, stated 54.6" },
      { rule: "execution.behind-schedule", sheet: "1-6月支出", cell: "D8", why: "科学技术支出 173.2 / 448.5 = 38.62% as of 2020-06-30 (time progress 6/12 = 50%): 11.4 points behind, more than 5" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D9", why: "文化旅游体育与传媒支出 112.4 / 236.9 = 47.45%: 2.6 points below 50%, within the 5-point margin" },
      { rule: "execution.behind-schedule", cell: "D7", why: "教育支出 49.63% is within the margin; only its stated rate is wrong" },
      { rule: "execution.total-mismatch", cell: "B4", why: "预算数 合计 7,033.7 = the eighteen lines" },
      { rule: "execution.total-mismatch", cell: "C4", why: "执行数 合计 3,692.7 = the eighteen lines" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "3,692.7 / 7,033.7 = 52.50%, stated 52.5" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "112.4 / 236.9 = 47.45%, stated 47.4 at one decimal" },
      { rule: "execution.overspent", why: "every line spent less than its budget" },
      { rule: "execution.behind-schedule", cell: "A4", why: "the 合计 row gets no spending status of its own" },
      { rule: "input.unreadable-value", cell: "A23", why: "the note under the table" },
    ],
  },
};
