import type { CorpusLayout } from "../types";

// 重庆市黔江区 区本级 2017年“三公”经费决算汇总: 年初预算数 beside 决算数 for the three lines, the car line split 其中 购置 / 运行维护, a 说明
// column of counts (团组, 批次, 辆) as text; 公务接待费 spent above its budget and the 决算 合计 typed 45万元 over its lines.
export const layout: CorpusLayout = {
  id: "qianjiang-2017-three-public-final-accounts",
  source: {
    title: "重庆市黔江区本级2017年“三公”经费决算汇总情况（表据正文拟）",
    url: "https://www.qianjiang.gov.cn/zwgk_210/fdzdgknr/czyjs/js/202003/t20200324_6033128.html",
    publisher: "重庆市黔江区财政局",
    date: "2020-03-24",
    changes:
      "The page is prose; the table is ours (表据正文拟): the lines as the prose lists them (因公出国（境）费, 公务接待费, 公务用车购置及运行维护费 with " +
      "公务用车购置费 and 公务用车运行维护费), the year-start budget the prose compares with, and the counts it gives (团组, 批次, 保有量) as text in a 说明 " +
      "column; the contact line as the note. Figures are ours. Planted: 公务接待费 1,186.3 spent against a budget of 1,150.0; the 决算 合计 typed " +
      "2,861.9 where the lines add up to 2,816.9.",
  },
  classes: ["execution", "three-public", "final-accounts", "ceilings", "total-row-first", "qizhong-split", "counts-as-text", "one-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "built-from-prose", "district-fund", "chongqing"],
  settings: { district: "重庆市黔江区" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [32, 14, 14, 26],
      rows: [
        ["黔江区区本级2017年“三公”经费决算汇总表（表据正文拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "年初预算数", "决算数", "说明"],
        ["合计", 3690.0, 2861.9, null],
        ["一、因公出国（境）费", 60.0, 32.4, "因公出国（境）1个团组8人次"],
        ["二、公务接待费", 1150.0, 1186.3, "国内公务接待13,100批次"],
        ["三、公务用车购置及运行维护费", 2480.0, 1598.2, "公务用车保有量354辆"],
        ["    其中：公务用车购置费", 320.0, 104.0, "购置公务用车6辆"],
        ["          公务用车运行维护费", 2160.0, 1494.2, null],
        ["（联系方式：重庆市黔江区财政局国库科，023-79241530。若需了解各部门“三公”经费支出，可到部门决算公开专栏查询）", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:C9": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget", C: "actual" }, year: 2017 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "32.4 + 1,186.3 + 1,598.2 = 2,816.9, not the 2,861.9 typed (45.0 over)" },
      { rule: "execution.overspent", cell: "C6", why: "公务接待费 spent 1,186.3 against a budget of 1,150.0: 36.3 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "60.0 + 1,150.0 + 2,480.0 = 3,690.0" },
      { rule: "execution.total-mismatch", cell: "C7", why: "104.0 + 1,494.2 = 1,598.2" },
      { rule: "execution.total-mismatch", cell: "B7", why: "320.0 + 2,160.0 = 2,480.0; the 其中 rows are not added into 合计 again" },
      { rule: "execution.behind-schedule", cell: "C5", why: "三公经费 lines are ceilings: 32.4 of 60.0 is saving" },
      { rule: "execution.behind-schedule", cell: "C8", why: "104.0 of 320.0 on a ceiling line" },
      { rule: "execution.overspent", cell: "C4", why: "the 合计 row gets no status of its own; 2,861.9 is below 3,690.0 anyway" },
      { rule: "input.unreadable-value", cell: "D5", why: "the 说明 counts (团组, 批次, 辆) are text, no money" },
    ],
  },
};
