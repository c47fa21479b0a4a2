import type { CorpusLayout } from "../types";

// 安徽省财政厅民生办 2016-05: the 33 民生工程's money released to the end of April, in 亿元 — 年初计划筹资额 | 累计拨付 | 拨付进度 | 序时进度,
// 合计 first, the eight projects fully released on their own lines, 棚户区改造 apart, the other 24 projects on one line.
export const layout: CorpusLayout = {
  id: "anhui-2016-apr-livelihood-projects-disbursement",
  source: {
    title: "前四个月全省33项民生工程有序推进（1-4月民生工程资金拨付进度表据报道拟）",
    url: "https://hefei.baogaosu.com/xinwen/%E9%A1%B9%E6%B0%91%E7%94%9F%E5%B7%A5%E7%A8%8B/46823179",
    publisher: "安徽省财政厅民生办 (radio news report stored on baogaosu.com)",
    date: "2016-05-16",
    changes:
      "The page is a news report; the table is ours (表据正文拟). As published: 1到4月 629.3亿元 released, 76.2% of the year's planned funding, 43 points " +
      "ahead of time progress (4/12 = 33.3%); the eight projects whose money has all gone to the cities and counties (农村居民最低生活保障 … 农产品食品" +
      "安全工程), 棚户区改造 among the works behind. Ours: the plan (825.9 = 629.3 / 76.2%), every line's plan and release, 棚户区改造 as a line, the " +
      "other 24 projects on one line. Planted: 棚户区改造 released 25.0%, more than 5 points behind 33.3%; the other projects' share typed 83.2% for " +
      "497.8 / 604.4 = 82.4%.",
  },
  classes: [
    "execution", "disbursement-progress", "plan-and-release", "time-progress-column", "total-row-first", "rest-on-one-line", "rates-as-text",
    "one-decimal-rates", "one-decimal-yiyuan", "yiyuan-caption", "as-of-in-title", "notes-under-table", "table-from-prose", "news-report",
    "province-level", "anhui",
  ],
  settings: { district: "安徽省", asOf: "2016-04-30" },
  sheets: [
    {
      name: "拨付进度",
      widths: [6, 28, 16, 12, 12, 12],
      rows: [
        ["2016年1-4月全省33项民生工程资金拨付进度表", null, null, null, null, null],
        ["单位：亿元", null, null, null, null, null],
        ["序号", "项目", "年初计划筹资额", "累计拨付", "拨付进度", "序时进度"],
        [null, "合计", 825.9, 629.3, "76.2%", "33.3%"],
        [1, "农村居民最低生活保障", 52.4, 52.4, "100.0%", "33.3%"],
        [2, "农村五保供养及运行维护", 18.6, 18.6, "100.0%", "33.3%"],
        [3, "重度残疾人护理补贴", 6.2, 6.2, "100.0%", "33.3%"],
        [4, "小型水利工程改造提升", 12.5, 12.5, "100.0%", "33.3%"],
        [5, "山区库区农村住房保险试点", 0.4, 0.4, "100.0%", "33.3%"],
        [6, "社会养老服务体系建设", 4.8, 4.8, "100.0%", "33.3%"],
        [7, "农村文化建设专项补助", 3.9, 3.9, "100.0%", "33.3%"],
        [8, "农产品食品安全工程", 2.7, 2.7, "100.0%", "33.3%"],
        [9, "棚户区改造", 120.0, 30.0, "25.0%", "33.3%"],
        [10, "其他24项民生工程", 604.4, 497.8, "83.2%", "33.3%"],
        ["注：截至4月底，上述第1—8项资金已全部拨付到市县；序时进度按4/12计算。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A15:F15"],
      numberFormats: { "C4:D14": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拨付进度",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "line", C: "initialBudget", D: "actual", E: "rate", F: "progress" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "E13", why: "棚户区改造 30.0 / 120.0 = 25.0%, against time progress 4/12 = 33.3%: 8.3 points behind (more than 5)" },
      { rule: "execution.rate-mismatch", cell: "E14", why: "其他24项 497.8 / 604.4 = 82.36% → 82.4%; stated 83.2%" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "E4", why: "629.3 / 825.9 = 76.20%" },
      { rule: "execution.total-mismatch", cell: "C4", why: "52.4 + 18.6 + 6.2 + 12.5 + 0.4 + 4.8 + 3.9 + 2.7 + 120.0 + 604.4 = 825.9" },
      { rule: "execution.total-mismatch", cell: "D4", why: "52.4 + 18.6 + 6.2 + 12.5 + 0.4 + 4.8 + 3.9 + 2.7 + 30.0 + 497.8 = 629.3" },
      { rule: "execution.overspent", cell: "D5", why: "the eight lines at 100.0% released all of their plan, not more" },
      { rule: "execution.behind-schedule", cell: "E4", why: "a total row has no status of its own (and 76.2% is ahead of 33.3%)" },
      { rule: "input.unreadable-value", cell: "A15", why: "the note under the table is text" },
    ],
  },
};
