import type { CorpusLayout } from "../types";

// 广西 2021-04: the first quarter's 为民办实事 money — 627.43亿元 released, 88.74% of the year's plan; 中央财政补助 501.47 (90.92%), 自治区本级
// 125.96 (81.01%) — a release-progress table with no spending column; 自治区本级's 下达进度 typed 87.01% for 81.01%.
export const layout: CorpusLayout = {
  id: "guangxi-2021-q1-people-projects-fund-release",
  source: {
    title: "一季度广西下达为民办实事资金627亿元（资金筹措下达进度表据报道拟）",
    url: "https://big5.cri.cn/gate/big5/gx.cri.cn/2021-04-23/8f1d3ee9-d8ed-af27-48d0-e2a8e099fdbd.html",
    publisher: "广西壮族自治区财政厅（广西日报报道）",
    date: "2021-04-23",
    changes:
      "The page is a news report; the table is ours (表据报道拟). As published: by 3月31日 627.43亿元 released (下达进度 88.74%), 中央财政补助 501.47 (90.92%), " +
      "自治区本级财政安排 125.96 (81.01%); 32 sub-projects spent 360.9亿元 (57.52%), kept as the note. The year's plans are derived from the shares " +
      "(501.47 / 90.92% = 551.55; 125.96 / 81.01% = 155.49; together 707.04, and 627.43 / 707.04 = 88.74%). Planted: 自治区本级's 下达进度 typed 87.01% " +
      "where 125.96 / 155.49 = 81.01%.",
  },
  classes: ["execution", "release-progress", "no-spending-column", "qizhong-lines", "total-row-first", "rates-as-text", "two-decimal-rates", "two-decimal-yiyuan", "yiyuan-caption", "as-of-in-title", "quarter", "notes-under-table", "table-from-prose", "news-report", "province-level", "guangxi"],
  settings: { district: "广西壮族自治区", asOf: "2021-03-31" },
  sheets: [
    {
      name: "下达进度",
      widths: [26, 18, 16, 12],
      rows: [
        ["2021年一季度自治区为民办实事工程资金筹措下达进度表（截至3月31日）（表据报道拟）", null, null, null],
        [null, null, null, "单位：亿元"],
        ["资金来源", "年度计划筹措资金", "累计筹措下达", "下达进度"],
        ["合计", 707.04, 627.43, "88.74%"],
        ["其中：中央财政补助", 551.55, 501.47, "90.92%"],
        ["      自治区本级财政安排", 155.49, 125.96, "87.01%"],
        ["注：截至3月31日，十大类工程32个子项目资金实际支出360.9亿元，整体支出进度为57.52%；健康惠民项目支出进度90.82%，社保惠民项目67.02%。", null, null, null],
      ],
      merges: ["A1:D1", "A7:D7"],
      numberFormats: { "B4:C6": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "下达进度",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 6,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "自治区本级 125.96 / 155.49 = 81.01%, typed 87.01%" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "627.43 / 707.04 = 88.74%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "501.47 / 551.55 = 90.92%" },
      { rule: "execution.total-mismatch", cell: "C4", why: "501.47 + 125.96 = 627.43" },
      { rule: "execution.total-mismatch", cell: "B4", why: "551.55 + 155.49 = 707.04" },
      { rule: "execution.behind-schedule", why: "as of March time progress is 3/12 = 25%; every line is at 81% or more" },
      { rule: "execution.overspent", why: "no line released beyond its plan" },
      { rule: "input.unreadable-value", why: "the note's 360.9亿元 and 57.52% are in a note under the table" },
    ],
  },
};
