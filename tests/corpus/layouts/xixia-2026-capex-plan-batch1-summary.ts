import type { CorpusLayout } from "../types";

// 宁夏 银川市西夏区2026年第一批基本建设项目投资计划 (银西政办发〔2026〕2号): the notice's summary paragraph — 90 projects, 179.9亿元
// total, 75.2亿元 this year, split once by 投资性质 and again by 项目领域 — as the summary table heading such plans: 合计 first,
// then the two breakdowns each under a label row of its own (一、按投资性质分 / 二、按项目领域分), a count column beside the money
// under a caption naming both units (单位：个、亿元). Both breakdowns add up: nothing to report.
export const layout: CorpusLayout = {
  id: "xixia-2026-capex-plan-batch1-summary",
  source: {
    title: "银川市西夏区人民政府办公室关于印发《银川市西夏区2026年第一批基本建设项目投资计划》的通知（汇总表据正文拟）",
    url: "http://www.ycxixia.gov.cn/zwgk/bmxxgkmn/xxqzfbgs/fdzdgknr/zfwj_9804/202601/t20260112_5132725.html",
    publisher: "银川市西夏区人民政府办公室",
    date: "2026-01-12",
    changes:
      "The counts and the year's plan are the notice's own (90 projects, 75.2亿元; 政府投资 54 / 45.3, 社会投资 36 / 29.9; 产业发展 33 / 24.4, " +
      "基础设施 14 / 6.2, 民生保障 7 / 20.6, 社会事业 32 / 21.8, 生态环保 4 / 2.2), as is the 179.9亿元 total investment; the table and " +
      "the split of 总投资 by line are ours. Nothing planted: the layout is clean.",
  },
  classes: ["composition", "clean", "two-breakdowns-of-one-whole", "breakdown-label-rows", "count-column", "count-and-money-caption", "yiyuan-caption", "one-decimal", "total-row-first", "table-from-prose", "district-plan", "ningxia"],
  sheets: [
    {
      name: "汇总表",
      widths: [24, 12, 12, 16],
      rows: [
        ["西夏区2026年第一批基本建设项目投资计划汇总表（表据正文拟）", null, null, null],
        [null, null, null, "单位：个、亿元"],
        ["类别", "项目个数", "总投资", "年度计划投资"],
        ["合计", 90, 179.9, 75.2],
        ["一、按投资性质分", null, null, null],
        ["政府投资项目", 54, 98.6, 45.3],
        ["社会投资项目", 36, 81.3, 29.9],
        ["二、按项目领域分", null, null, null],
        ["产业发展项目", 33, 72.5, 24.4],
        ["基础设施项目", 14, 18.7, 6.2],
        ["民生保障项目", 7, 38.4, 20.6],
        ["社会事业项目", 32, 44.6, 21.8],
        ["生态环保项目", 4, 5.7, 2.2],
        ["注：项目明细见附件《西夏区2026年第一批基本建设项目投资计划表》。", null, null, null],
      ],
      merges: ["A1:D1", "A5:D5", "A8:D8", "A14:D14"],
      numberFormats: { "C4:D13": "0.0" },
    },
  ],
  settings: { district: "银川市西夏区" },
  expect: {
    tables: [
      {
        sheet: "汇总表",
        kind: "composition",
        unit: "亿元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "line", B: "quantity", C: "amount:总投资", D: "amount" },
        year: 2026,
      },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "75.2 = 45.3 + 29.9 = 24.4 + 6.2 + 20.6 + 21.8 + 2.2: each breakdown on its own, never the two added (150.4)" },
      { rule: "composition.total-mismatch", cell: "C4", why: "179.9 = 98.6 + 81.3 = 72.5 + 18.7 + 38.4 + 44.6 + 5.7" },
      { rule: "composition.total-mismatch", cell: "B4", why: "90 projects = 54 + 36 = 33 + 14 + 7 + 32 + 4, a count" },
      { rule: "composition.line-mismatch", why: "no unit amount: 项目个数 is a count beside the money, not a quantity it is multiplied by" },
      { rule: "input.unreadable-value", why: "the breakdown labels and the note are text" },
    ],
  },
};
