import type { CorpusLayout } from "../types";

// 淮北市烈山区 2023-02-01: 2023年区本级“三公”经费预算公开报表 — a budget alone (项 目 | 预 算 数), 合计 first, the car line split by
// 其中 into 运行费 and 购置费, and the 预算情况说明 under it. Nothing is spent in a budget: a clean layout.
export const layout: CorpusLayout = {
  id: "lieshan-2023-district-three-public-budget",
  source: {
    title: "2023年区本级“三公”经费预算公开报表（烈山区）",
    url: "https://www.lieshan.gov.cn/zwgk/grassroots/37/62845831.html",
    publisher: "淮北市烈山区人民政府办公室",
    date: "2023-02-01",
    changes:
      "The grid is as published (一、2023年烈山区本级“三公”经费预算表, (单位：万元), 项 目 | 预 算 数, 合 计, 因公出国（境）费, 公务接待费, " +
      "公务用车购置及运行费, 其中：公务用车运行费, 公务用车购置费) with the 说明's heading and first lines under it; the figures are ours and add up. " +
      "Nothing planted (clean).",
  },
  classes: ["execution", "three-public", "budget-only", "initial-budget", "total-row-first", "qizhong-split", "second-part-flat", "spaced-headings", "wanyuan-caption", "notes-under-table", "district-fund", "clean", "anhui"],
  sheets: [
    {
      name: "三公经费预算",
      widths: [34, 16],
      rows: [
        ["一、2023年烈山区本级“三公”经费预算表", null],
        ["（单位：万元）", null],
        ["项  目", "预 算 数"],
        ["合  计", 452.3],
        ["因公出国（境）费", 2.5],
        ["公务接待费", 188.6],
        ["公务用车购置及运行费", 261.2],
        ["其中：公务用车运行费", 174.4],
        ["公务用车购置费", 86.8],
        ["二、2023年区本级“三公”经费预算情况说明", null],
        ["2023年，按照预算法要求，除涉密部门不单独公开外，区本级所有使用财政拨款安排“三公”经费支出的部门、单位，向社会公开财政资金安排的“三公”经费预算。", null],
        ["（一）因公出国（境）费预算2.5万元；（二）公务接待费预算188.6万元；（三）公务用车购置及运行费预算261.2万元，其中：公务用车运行费174.4万元，公务用车购置费86.8万元。", null],
      ],
      merges: ["A1:B1", "A2:B2", "A10:B10", "A11:B11", "A12:B12"],
      numberFormats: { "B4:B9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费预算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget" }, year: 2023 },
    ],
    findings: [],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "合计 452.30 = 2.50 + 188.60 + 261.20" },
      { rule: "execution.total-mismatch", cell: "B7", why: "公务用车购置及运行费 261.20 = 运行费 174.40 + 购置费 86.80" },
      { rule: "execution.no-spending", why: "a budget table: nothing is to be spent in it" },
      { rule: "execution.behind-schedule", why: "a budget table has no spending, and 三公 lines are ceilings" },
      { rule: "input.unreadable-value", why: "the 说明 lines under the table are notes" },
    ],
  },
};
