import type { CorpusLayout } from "../types";

// 湖南日报 / 湖南省人民政府门户网站 2019-09-20: 全省重点建设项目 196个, 年度计划投资 2,574.3亿元, 1-8月完成 1,750.07亿元 (67.99%) — then 从行业来看
// (four lines, each 完成投资 and 为年计划的%) and 从建设阶段来看 (新开工 / 续建 / 投产). Laid out as a progress table with the whole first and the
// two cuts under numbered label rows with no figures of their own (表据正文拟).
export const layout: CorpusLayout = {
  id: "hunan-2019-jan-aug-key-projects-investment-progress",
  source: {
    title: "湖南省重点建设项目进展顺利（2019年1-8月全省重点建设项目投资完成情况表据正文拟）",
    url: "http://www.hunan.gov.cn/hnszf/hnyw/sy/hnyw1/201909/t20190920_10395638.html",
    publisher: "湖南省人民政府门户网站（湖南日报）",
    date: "2019-09-20",
    changes:
      "As published: 196 projects, 总投资 9,758.9亿元 (in the note), 年度计划投资 2,574.3亿元, 1-8月 1,750.07亿元; by 行业 产业发展 752.49, 基础设施 544.57, " +
      "民生和社会事业 415.28, 生态环保 37.73 with their shares 71.85% / 67.01% / 63.05% / 67.62%; by 建设阶段 新开工 760.37 (62.28%), 续建 836.12 (74.8%), " +
      "投产 153.58 (65.24%). The report gives them as sentences (table-from-prose): laid out as 项目 | 年度计划投资 | 1-8月完成投资 | 完成年计划, 单位：亿元, " +
      "全省合计 first, 一、按行业分 and 二、按建设阶段分 as label rows. Each line's 年度计划投资 is ours (derived near the published shares, adding up to " +
      "2,574.30); the stage figures are ours (新开工 700.37, 续建 896.12, still adding up to 1,750.07). Planted: 基础设施项目's share typed 76.01% where " +
      "544.57 / 812.65 = 67.01%; 新开工项目 at 57.37% against 8/12 = 66.67% of the year gone.",
  },
  classes: [
    "execution", "investment-progress", "total-row-first", "two-breakdowns-of-one-total", "label-rows-without-figures", "rate-column", "percent-format",
    "two-decimal-yiyuan", "yiyuan-caption", "time-progress-by-month", "notes-under-table", "table-from-prose", "province-key-projects", "hunan",
  ],
  settings: { asOf: "2019-08-31", district: "湖南省" },
  sheets: [
    {
      name: "投资完成情况",
      widths: [24, 16, 16, 14],
      rows: [
        ["2019年1-8月全省重点建设项目投资完成情况表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["项目", "年度计划投资", "1-8月完成投资", "完成年计划"],
        ["全省合计", 2574.3, 1750.07, 0.6798],
        ["一、按行业分", null, null, null],
        ["产业发展项目", 1047.3, 752.49, 0.7185],
        ["基础设施项目", 812.65, 544.57, 0.7601],
        ["民生和社会事业项目", 658.55, 415.28, 0.6306],
        ["生态环保项目", 55.8, 37.73, 0.6762],
        ["二、按建设阶段分", null, null, null],
        ["新开工项目", 1220.9, 700.37, 0.5737],
        ["续建项目", 1117.8, 896.12, 0.8017],
        ["投产项目", 235.6, 153.58, 0.6519],
        ["注：2019年全省重点建设项目共196个，总投资9758.9亿元；完成年计划＝1-8月完成投资÷年度计划投资。", null, null, null],
      ],
      merges: ["A1:D1", "A14:D14"],
      numberFormats: { "B4:C13": "#,##0.00", "D4:D13": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "投资完成情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D7", why: "基础设施项目: 544.57 / 812.65 = 67.01%, typed 76.01%" },
      {
        rule: "execution.behind-schedule",
        cell: "D11",
        why: "新开工项目: 700.37 / 1,220.90 = 57.37% against 8/12 = 66.67% as of 2019-08-31: 9.30 points behind (more than 5)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "按行业分: 752.49 + 544.57 + 415.28 + 37.73 = 1,750.07; 按建设阶段分: 700.37 + 896.12 + 153.58 = 1,750.07 — each cut on its own, never both added (3,500.14)" },
      { rule: "execution.total-mismatch", cell: "B4", why: "1,047.30 + 812.65 + 658.55 + 55.80 = 2,574.30, and 1,220.90 + 1,117.80 + 235.60 = 2,574.30" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "1,750.07 / 2,574.30 = 67.98%, as typed" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "415.28 / 658.55 = 63.06%, as typed" },
      { rule: "execution.rate-mismatch", cell: "D12", why: "896.12 / 1,117.80 = 80.17%, as typed" },
      { rule: "execution.behind-schedule", cell: "D8", why: "民生和社会事业 63.06%: 3.61 points behind 66.67%, within 5" },
      { rule: "execution.behind-schedule", cell: "D13", why: "投产项目 65.19%: 1.48 points behind, within 5" },
      { rule: "execution.behind-schedule", cell: "D4", why: "全省合计 is the total row: no status of its own" },
      { rule: "execution.no-spending", cell: "C5", why: "一、按行业分 and 二、按建设阶段分 are label rows with no figures: no budget, no line" },
      { rule: "execution.overspent", why: "no line has done more than its year's plan" },
      { rule: "input.unreadable-value", cell: "A14", why: "the note under the table is text" },
    ],
  },
};
