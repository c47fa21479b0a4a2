import type { CorpusLayout } from "../types";

// 滑县财政局 2012-05 (posted 2014-08-08): 滑县2012年度财政预算报告参阅资料 for the 十四届人大一次会议 — 编报说明, 名词解释, then 三、附表及说明.
// The stored copy shows the booklet's preface and contents but not the 附表 themselves; laid out as the county's 2011 一般预算支出完成情况表 on the
// usual form of such booklets: 项目 | 年初预算 | 调整预算 | 完成数 | 完成调整预算% | 比上年增长%, by function (2011 科目), 支出合计 at the foot.
export const layout: CorpusLayout = {
  id: "huaxian-2011-general-budget-expenditure-completion",
  source: {
    title: "滑县2012年度财政预算报告参阅资料（三、附表及说明：2011年一般预算支出完成情况表；表据目录拟）",
    url: "https://guotuju.hnhx.gov.cn/portal/zwgk/czyjs/czyjshsgjf/webinfo/2014/08/1620362134498131.htm",
    publisher: "滑县财政局",
    date: "2012-05",
    changes:
      "As published: the booklet (滑县十四届人大一次会议、政协滑县十一届一次会议 财政预算报告参阅材料, 滑县财政局 二〇一二年五月), its 说明 and contents " +
      "(一、编报说明 二、名词解释 三、附表及说明) and the report it serves (关于滑县2011年财政预算执行情况和2012年财政预算（草案）的报告). The stored copy " +
      "does not show the 附表: the table — title, caption, headings (年初预算 | 调整预算 | 完成数 | 完成调整预算% | 比上年增长%), the fifteen 2011 " +
      "function lines, the note and every figure — is ours (table-from-prose). Planted: 教育支出's rate typed 98.6% where 58,410 / 58,640 = 99.6%; " +
      "节能环保支出 spent 4,380 of an adjusted 5,210 (84.1%) at the year's end; the 完成数 合计 typed 206,879 where the fifteen lines add up to 206,779.",
  },
  classes: [
    "execution", "budget-report-annex", "initial-and-adjusted-budget", "completion-rate", "growth-column", "function-lines", "total-at-foot",
    "whole-wanyuan", "wanyuan-caption", "notes-under-table", "year-in-title", "table-from-prose", "county-report", "henan",
  ],
  settings: { district: "滑县" },
  sheets: [
    {
      name: "一般预算支出",
      widths: [24, 12, 12, 12, 14, 12],
      rows: [
        ["滑县2011年一般预算支出完成情况表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["项目", "年初预算", "调整预算", "完成数", "完成调整预算%", "比上年增长%"],
        ["一般公共服务支出", 21500, 23860, 23720, 0.994, 0.062],
        ["国防支出", 160, 185, 182, 0.984, 0.105],
        ["公共安全支出", 8200, 8930, 8900, 0.997, 0.081],
        ["教育支出", 52300, 58640, 58410, 0.986, 0.213],
        ["科学技术支出", 900, 1020, 1004, 0.984, 0.176],
        ["文化体育与传媒支出", 1450, 1630, 1601, 0.982, 0.094],
        ["社会保障和就业支出", 26800, 31450, 31320, 0.996, 0.158],
        ["医疗卫生支出", 19600, 24380, 24250, 0.995, 0.237],
        ["节能环保支出", 3100, 5210, 4380, 0.841, -0.046],
        ["城乡社区事务支出", 4300, 5060, 4990, 0.986, 0.132],
        ["农林水事务支出", 24500, 36720, 36580, 0.996, 0.286],
        ["交通运输支出", 2100, 3940, 3890, 0.987, 0.311],
        ["住房保障支出", 1800, 4120, 4070, 0.988, 0.452],
        ["粮油物资储备管理事务", 300, 410, 402, 0.980, 0.027],
        ["其他支出", 2990, 3125, 3080, 0.986, -0.118],
        ["支出合计", 170000, 208680, 206879, 0.991, 0.183],
        ["注：调整预算含上级追加的专项补助和转移支付安排的支出；完成数为快报数，以决算为准。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A20:F20"],
      numberFormats: { "B4:D19": "#,##0", "E4:F19": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般预算支出", kind: "execution", unit: "万元", headerRow: 3, lastRow: 19,
        columns: { A: "line", B: "initialBudget", C: "adjustedBudget", D: "actual", E: "rate" }, year: 2011,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E7", why: "教育支出 58,410 / 58,640 = 99.61%, shown as 98.6% (a point apart at one decimal)" },
      { rule: "execution.behind-schedule", cell: "E12", why: "节能环保支出 4,380 / 5,210 = 84.1%, a 2011 line measured at the year's end (100%): 15.9 points behind" },
      { rule: "execution.total-mismatch", cell: "D19", why: "完成数 合计 206,879 against the fifteen lines' 206,779: 100 over (whole figures)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B19", why: "年初预算 170,000 = the fifteen lines' sum" },
      { rule: "execution.total-mismatch", cell: "C19", why: "调整预算 208,680 = the fifteen lines' sum" },
      { rule: "execution.rate-mismatch", cell: "E19", why: "206,779 / 208,680 = 99.09% (206,879 as typed gives 99.14%): shown 99.1% either way" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "比上年增长% is growth over 2010, no share of a budget" },
      { rule: "execution.overspent", why: "every line spent above its 年初预算 but under its 调整预算, against which it is measured" },
      { rule: "execution.behind-schedule", cell: "E18", why: "其他支出 3,080 / 3,125 = 98.6%: within five points of the year's end" },
      { rule: "execution.behind-schedule", cell: "E19", why: "the 合计 row gets no status of its own" },
      { rule: "execution.total-mismatch", cell: "A20", why: "the note is prose under the table" },
    ],
  },
};
