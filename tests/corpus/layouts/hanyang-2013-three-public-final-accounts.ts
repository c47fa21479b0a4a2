import type { CorpusLayout } from "../types";

// 武汉市汉阳区 2013 “三公”经费决算: the district's own note (5,572万元, the most of the six districts that had published), with each line's
// growth on 2012 and the car money split into 购置 and 运行维护. Laid out as a 三公经费 决算表: 项目 | 预算数 | 决算数 | 比上年增长%, the 合计
// first, the car line over its two 其中 parts, the note's explanation under the table.
export const layout: CorpusLayout = {
  id: "hanyang-2013-three-public-final-accounts",
  source: {
    title: "关于汉阳区2013年“三公”经费决算支出情况说明（决算表据说明拟）",
    url: "http://www.hanyang.gov.cn/zwgk_38/xxgkml/czzj/czyjs/qjczyjs/202005/t20200528_1349003.html",
    publisher: "武汉市汉阳区人民政府",
    date: "2020-05-28",
    changes:
      "As published: 决算 5,572万元 (+18.86%), 因公出国（境） 169 (−16.34%), 公务用车购置及运行维护 written “4.647万元” (+58.65%; a slip for " +
      "4,647 = 1,088 购置 + 3,559 运行维护, +97.1% and +49.73%), 公务接待 756; the reasons given for the car spending. The note has no table and " +
      "no budget: the layout and the 预算数 column are ours. Kept from the note as a planted slip: the car line's “4.647” against its 其中 " +
      "parts. Planted: 公务接待费 budgeted 750, spent 756.",
  },
  classes: [
    "execution", "final-accounts", "three-public", "total-row-first", "qizhong-lines", "subtotal-with-parts", "decimal-point-slip",
    "growth-column", "negative-growth", "whole-wanyuan", "thousands-separators", "wanyuan-caption", "outline-numbering", "notes-under-table",
    "table-from-prose", "district-government", "hubei",
  ],
  settings: { district: "武汉市汉阳区" },
  sheets: [
    {
      name: "三公经费",
      widths: [34, 12, 12, 14],
      rows: [
        ["汉阳区2013年“三公”经费决算支出情况表（表据说明拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "预算数", "决算数", "比上年增长%"],
        ["合计", 5700, 5572, 18.86],
        ["一、因公出国（境）费", 200, 169, -16.34],
        ["二、公务用车购置及运行维护费", 4750, 4.647, 58.65],
        ["    其中：公务用车购置费", 1100, 1088, 97.1],
        ["          公务用车运行维护费", 3650, 3559, 49.73],
        ["三、公务接待费", 750, 756, "—"],
        ["注：公务用车购置增加主要是政法部门及城管等执法部门增加执法车辆和其他单位更新一般公务用车；“三公”经费决算数已上报省、市财政部门。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:B9": "#,##0", "C4:C5": "#,##0", "C7:C9": "#,##0", "D4:D8": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2013,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C6", why: "公务用车购置及运行维护费 typed 4.647 but its 其中 parts are 1,088 + 3,559 = 4,647" },
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 756 spent against a 750 budget: 6万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 5,572 = 169 + (1,088 + 3,559) + 756: it agrees with the car line's parts; the slip is reported once, at C6" },
      { rule: "execution.total-mismatch", cell: "B4", why: "200 + 4,750 + 750 = 5,700" },
      { rule: "execution.total-mismatch", cell: "B6", why: "1,100 + 3,650 = 4,750" },
      { rule: "execution.overspent", cell: "C4", why: "a total row gets no spending status; 5,572 is under 5,700 anyway" },
      { rule: "execution.behind-schedule", cell: "C6", why: "三公 lines are ceilings, never behind schedule" },
      { rule: "execution.behind-schedule", cell: "C5", why: "因公出国 169 of 200 is a ceiling kept" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "比上年增长 is growth on 2012, not spending over budget" },
    ],
  },
};
