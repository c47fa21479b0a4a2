import type { CorpusLayout } from "../types";

// 岳阳县文联 2017-04-27, on 岳阳县's site: 表3 岳阳县文联2017年度“三公”经费预算表 in 万元 — 项目 | 2017年预算数合计 | 公共财政预算拨款 |
// 政府性基金预算拨款 | 国有资本经营预算拨款, 一、支出合计 first, 公务用车费 over 其中：(1) 运行维护费 (2) 购置, then 二、相关统计数 (counts),
// 三、增减变化原因 written across the money columns, and the 备注 under the table.
export const layout: CorpusLayout = {
  id: "yueyang-federation-2017-three-public-budget",
  source: {
    title: "岳阳县文联2017年度“三公”经费预算表",
    url: "https://www.sgf2.com/37584/38146/38352/content_1180752.html",
    publisher: "岳阳县文联",
    date: "2017-04-27",
    changes:
      "Kept as published: 表3 over the title, 单位名称 and 单位：万元 on one line, the five headings (合计 first, then the three kinds of 拨款), the " +
      "line wording and numbering, the 0 typed in 政府性基金 / 国有资本经营 on the two total rows only, the 二、相关统计数 block with units in " +
      "brackets, the 三、 line with its sentence across the money columns and the 备注 (shortened). Figures are ours; where the stored copy left " +
      "公共财政预算拨款 at 0 on the totals we fill it with the lines' own figures. Planted: 支出合计 typed 6.3 in the 合计 column, where its lines " +
      "add up to 0 + 2.2 + 3.6 = 5.8 and its 拨款 columns to 5.8 + 0 + 0 (the sentence below says 5.8).",
  },
  classes: [
    "execution", "budget-only", "three-public-expenses", "ceiling-lines", "qizhong-lines", "funding-source-columns", "count-rows-below",
    "chinese-numbering", "total-row-first", "table-number-label", "unit-name-line", "wanyuan-caption", "notes-under-table", "county-unit", "hunan",
  ],
  settings: { district: "岳阳县" },
  sheets: [
    {
      name: "表3",
      widths: [34, 16, 16, 16, 18],
      rows: [
        ["表3", null, null, null, null],
        ["岳阳县文联2017年度“三公”经费预算表", null, null, null, null],
        ["单位名称：岳阳县文联", null, null, null, "单位：万元"],
        ["项目", "2017年预算数合计", "公共财政预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款"],
        ["一、支出合计", 6.3, 5.8, 0, 0],
        ["1、因公出国（境）费用", 0, 0, null, null],
        ["2、公务接待费", 2.2, 2.2, null, null],
        ["3、公务用车费", 3.6, 3.6, 0, 0],
        ["其中：（1）公务用车运行维护费", 3.6, 3.6, null, null],
        ["（2）公务用车购置", 0, 0, null, null],
        ["二、相关统计数", null, null, null, null],
        ["1.因公出国（境）团组数（个）", null, null, null, null],
        ["2.因公出国（境）人数（人）", null, null, null, null],
        ["3.公务用车购置数（辆）", null, null, null, null],
        ["4.公务用车保有量（辆）", 1, null, null, null],
        ["5.公务接待批次（批）", 42, null, null, null],
        ["6.公务接待人数（人）", 610, null, null, null],
        ["三、“三公”经费增减变化原因等说明", "2017年“三公”经费预算支出合计5.8万元，比上年增加0.6万元。分项为：因公出国（境）费用0；本着厉行节约的原则公务接待费减少0.2万元；公务用车费增加0.8万元，由于新增工作人员、下乡调研增多所致。", null, null, null],
        ["备注：1、“三公”经费包括因公出国（境）费、公务用车购置及运行费和公务接待费。2、“三公”经费数包括基本支出中的“三公”经费和项目支出中的“三公”经费支出。", null, null, null, null],
      ],
      merges: ["A2:E2", "A3:D3", "B18:E18", "A19:E19"],
      numberFormats: { "B5:E10": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表3",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 10,
        columns: {
          A: "line",
          B: "initialBudget",
          C: "initialBudget:公共财政预算拨款",
          D: "initialBudget:政府性基金预算拨款",
          E: "initialBudget:国有资本经营预算拨款",
        },
        year: 2017,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "B5",
        why: "支出合计 6.3 in the 合计 column; its lines add up to 0 + 2.2 + 3.6 = 5.8, and its 拨款 columns across the row to 5.8 + 0 + 0 = 5.8 (0.5 apart)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C5", why: "公共财政预算拨款 支出合计 5.8 = 0 + 2.2 + 3.6" },
      { rule: "execution.total-mismatch", cell: "B8", why: "公务用车费 3.6 = 运行维护费 3.6 + 购置 0; the 其中 lines are not added again into 支出合计" },
      { rule: "execution.total-mismatch", cell: "B11", why: "二、相关统计数 is a block of counts (辆, 批, 人), not money to add up" },
      { rule: "execution.no-spending", why: "a budget table records no spending: no line is measured" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, and a budget table records no spending" },
      { rule: "input.unreadable-value", cell: "B18", why: "the 增减变化原因 sentence is a remark written across the money columns, below the money table" },
    ],
  },
};
