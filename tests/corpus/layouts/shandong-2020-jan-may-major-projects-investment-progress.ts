import type { CorpusLayout } from "../types";

// 山东省发展改革委 via 大众日报 (2020-06): by the end of May the 250 省重大建设项目 had done 830.9亿元, 39% of the year's plan; by field
// 重大产业 310.7亿 (41.2%), 重大基础设施 386.5亿 (39.1%), 重大平台 71.2亿 (32.6%), 重大民生 62.4亿. Laid out as the investment-progress
// table: 领域 | 项目个数 | 年度计划投资 | 1—5月完成投资 | 完成年度计划% | 序时进度, 合计 first, the caption naming 个 and 亿元.
export const layout: CorpusLayout = {
  id: "shandong-2020-jan-may-major-projects-investment-progress",
  source: {
    title: "5月份山东财政收入增幅实现由负转正（又讯：321个省重大项目完成投资846.9亿元；分领域进度表据正文拟）",
    url: "http://www.toudeng.cc/archives/29734",
    publisher: "大众日报（转载）",
    date: "2020-06-11",
    changes:
      "As published: 250 省重大建设项目, 830.9亿元 done by the end of May, 39% of the year's plan; 重大产业 310.7亿元 (41.2%), 重大基础设施 " +
      "386.5亿元 (39.1%), 重大平台 71.2亿元 (32.6%); 重大民生 62.4亿元 (its share cut off in the stored copy); 71 准备项目 with 16亿元 left " +
      "out. No table is shown: the table by field is built from the prose; the plans, the project counts, 民生's 62.5 and 36.9% are ours, " +
      "chosen so that the stated shares hold. Planted: 重大产业's share typed 43.2% where 310.7 / 754.1 = 41.2%; 重大平台 at 32.6% against " +
      "a time progress of 41.67% is left as reported (behind schedule).",
  },
  classes: [
    "execution", "investment-progress", "plan-as-budget", "time-progress-column", "count-column", "count-and-money-caption", "one-decimal-yiyuan",
    "one-decimal-rate", "total-row-first", "fields-as-lines", "behind-schedule", "notes-under-table", "table-from-prose", "provincial-plan", "shandong",
  ],
  settings: { district: "山东省", asOf: "2020-05-31" },
  sheets: [
    {
      name: "分领域进度",
      widths: [20, 10, 14, 16, 16, 10],
      rows: [
        ["2020年1—5月山东省重大建设项目分领域投资完成情况表（表据正文拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：个、亿元"],
        ["领域", "项目个数", "年度计划投资", "1—5月完成投资", "完成年度计划%", "序时进度"],
        ["合计", 250, 2130.5, 830.9, 0.39, 0.4167],
        ["重大产业项目", 118, 754.1, 310.7, 0.432, 0.4167],
        ["重大基础设施项目", 72, 988.5, 386.5, 0.391, 0.4167],
        ["重大平台项目", 25, 218.4, 71.2, 0.326, 0.4167],
        ["重大民生项目", 35, 169.5, 62.5, 0.369, 0.4167],
        ["注：序时进度按月计算（5/12）。另有71个省重大准备项目，开工6个，完成投资16亿元，未列入本表。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A9:F9"],
      numberFormats: { "C4:D8": "#,##0.0", "E4:E8": "0.0%", "F4:F8": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分领域进度",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 8,
        columns: { A: "line", C: "adjustedBudget", D: "actual", E: "rate", F: "progress" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E5", why: "重大产业项目 310.7 / 754.1 = 41.2%, stated 43.2%" },
      { rule: "execution.behind-schedule", cell: "E7", why: "重大平台项目 71.2 / 218.4 = 32.6% against a time progress of 5/12 = 41.67%: 9.07 points behind (more than 5)" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "E8", why: "重大民生项目 62.5 / 169.5 = 36.87%, 4.80 points under 41.67%: within the 5-point tolerance" },
      { rule: "execution.behind-schedule", cell: "E4", why: "a 合计 row gets no status of its own (and 39.0% is within 5 points)" },
      { rule: "execution.behind-schedule", cell: "E5", why: "重大产业项目 at 41.2% (computed) is on schedule; only its stated share is wrong" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "830.9 / 2130.5 = 39.0% as stated" },
      { rule: "execution.total-mismatch", cell: "C4", why: "754.1 + 988.5 + 218.4 + 169.5 = 2,130.5" },
      { rule: "execution.total-mismatch", cell: "D4", why: "310.7 + 386.5 + 71.2 + 62.5 = 830.9" },
      { rule: "execution.total-mismatch", cell: "B4", why: "项目个数 is a count (118 + 72 + 25 + 35 = 250), never money" },
      { rule: "execution.overspent", why: "every field has done less than its year's plan" },
      { rule: "input.unreadable-value", cell: "A9", why: "the note under the table is text" },
    ],
  },
};
