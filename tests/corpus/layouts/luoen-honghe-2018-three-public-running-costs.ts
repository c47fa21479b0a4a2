import type { CorpusLayout } from "../types";

// 红河县洛恩乡人民政府 (红河州, 云南) 2018年度部门决算, 第二部分 九、“三公”经费、行政参公单位机关运行经费情况表: 项目 | 预算数 | 决算数
// in 元 with a 栏次 row, the 三公 total first, numbered lines and (1)/(2) sub-lines, the 机关运行经费 line, then a block of counts.
export const layout: CorpusLayout = {
  id: "luoen-honghe-2018-three-public-running-costs",
  source: {
    title: "红河州红河县洛恩乡人民政府部门2018年度部门决算（第二部分 九、“三公”经费、行政参公单位机关运行经费情况表）（表据正文拟）",
    url: "https://www.hhx.gov.cn/info/3431/201631.htm",
    publisher: "红河县洛恩乡人民政府（红河县人民政府办公室发布）",
    date: "2019-11-21",
    changes:
      "As published: the township, the year, the report's parts and its nine tables, the ninth being “三公”经费、行政参公单位机关运行经费情况表. " +
      "The stored copy shows the contents and the 概况, not the table body: the table is laid out as Yunnan's 决算 set prints it (项目 | 预算数 | " +
      "决算数, 栏次 row, 一、“三公”经费支出 first with its numbered lines and (1)/(2) sub-lines, 二、机关运行经费, 三、相关统计数 with dashes under " +
      "预算数), in 元; all figures are ours. Planted: the budget's 公务用车购置及运维费 typed 120,000.00 where 购置费 0.00 + 运维费 100,000.00 = " +
      "100,000.00 (the total above adds it as typed); the spending's 三公 total typed 171,960.50 where its lines give 153,960.50.",
  },
  classes: ["execution", "three-public", "final-accounts", "ceilings", "running-costs-line", "total-row-first", "numbered-sub-lines", "subtotal-slip", "column-number-row", "counts-block", "dash-cells", "yuan-caption", "notes-under-table", "table-from-prose", "township", "yunnan"],
  settings: { district: "红河哈尼族彝族自治州红河县" },
  sheets: [
    {
      name: "表九",
      widths: [38, 16, 16],
      rows: [
        ["“三公”经费、行政参公单位机关运行经费情况表", null, null],
        ["部门：红河县洛恩乡人民政府", null, "金额单位：元"],
        ["项目", "预算数", "决算数"],
        ["栏次", 1, 2],
        ["一、“三公”经费支出", 186000, 171960.5],
        ["（一）因公出国（境）费", 0, 0],
        ["（二）公务用车购置及运维费", 120000, 96480.5],
        ["    （1）公务用车购置费", 0, 0],
        ["    （2）公务用车运维费", 100000, 96480.5],
        ["（三）公务接待费", 66000, 57480],
        ["    （1）国内接待费", 66000, 57480],
        ["    （2）国（境）外接待费", 0, 0],
        ["二、行政参公单位机关运行经费", 512000, 498362.74],
        ["三、“三公”经费相关统计数", null, null],
        ["1.公务用车购置数（辆）", "—", 0],
        ["2.公务用车保有量（辆）", "—", 3],
        ["3.国内公务接待批次（个）", "—", 74],
        ["4.国内公务接待人次（人）", "—", 655],
        ["注：“三公”经费预算数为年初预算数；本单位2018年度无因公出国（境）支出，未购置公务用车。", null, null],
      ],
      merges: ["A1:C1", "A19:C19"],
      numberFormats: { "B5:C13": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表九",
        kind: "execution",
        unit: "元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B7", why: "预算数 公务用车购置及运维费 120,000.00 where 购置费 0.00 + 运维费 100,000.00 = 100,000.00: 20,000.00元 over" },
      { rule: "execution.total-mismatch", cell: "C5", why: "决算数 “三公”经费支出 171,960.50 where 0.00 + 96,480.50 + 57,480.00 = 153,960.50: 18,000.00元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B5", why: "预算 186,000.00 = 0.00 + 120,000.00 + 66,000.00, the 公务用车 line as typed (or 0 + 100,000 + 66,000 = 166,000 as its parts give it; either way the slip is reported once, at B7)" },
      { rule: "execution.total-mismatch", cell: "C7", why: "0.00 + 96,480.50 = 96,480.50" },
      { rule: "execution.total-mismatch", cell: "C10", why: "57,480.00 + 0.00 = 57,480.00" },
      { rule: "execution.total-mismatch", cell: "C4", why: "the 栏次 row (1 | 2) numbers the columns" },
      { rule: "execution.behind-schedule", cell: "C11", why: "三公 lines are ceilings: 57,480 of 66,000 is saving, and 2018 is a past year" },
      { rule: "execution.no-spending", cell: "C6", why: "因公出国（境）费 had a budget of 0.00" },
      { rule: "execution.overspent", cell: "C13", why: "机关运行经费 498,362.74 of 512,000.00" },
      { rule: "execution.overspent", cell: "C18", why: "655 人次 is a count under a dash, not money against a budget" },
      { rule: "input.unreadable-value", cell: "B15", why: "a dash means nothing" },
    ],
  },
};
