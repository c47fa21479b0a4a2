import type { CorpusLayout } from "../types";

// 中新社 2016-08-25: 141 北京 municipal departments publish their 2015 final accounts; the report gives several departments' 2015
// “三公”经费财政拨款 决算 against 预算 (公安局 9,530.81万元, 约1,418万元 below budget; 环保局 431.38; 教委 6,360.73). No table is printed.
export const layout: CorpusLayout = {
  id: "beijing-2015-departments-three-public-final-vs-budget",
  source: {
    title: "北京141个市级部门晒2015年决算 “三公”经费比预算降22.3%（部分部门“三公”经费预决算对比表据报道拟）",
    url: "http://www.qjsabbmu.com/news/guonei/2016-08-26/797627.html",
    publisher: "中国新闻社（北京市财政局）",
    date: "2016-08-25",
    changes:
      "As published: the report (141 departments, 市级 “三公”经费财政拨款决算 64,245万元, 22.3% under the year-start budget; 公安局, 环保局, " +
      "教委 with their 决算 and the gap to budget; 财政局, 交通委, 检察院 named with no 公务用车购置费). No table is printed: the title, caption, " +
      "columns (序号 | 部门 | 2015年预算数 | 2015年决算数), the budgets, the other three departments' figures and the note are ours. Planted: 交通委 " +
      "决算 1,251.30 over its 预算 1,236.50; the 决算 合计 typed 19,792.59 where the lines add to 19,729.59.",
  },
  classes: [
    "execution", "three-public", "final-accounts", "budget-vs-final", "departments-as-lines", "ceiling-lines", "year-end", "year-in-heading",
    "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "municipal-level", "beijing",
  ],
  settings: { district: "北京市" },
  sheets: [
    {
      name: "三公经费预决算",
      widths: [6, 22, 16, 16],
      rows: [
        ["2015年度部分市级部门“三公”经费财政拨款预决算情况", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "部门", "2015年预算数", "2015年决算数"],
        [1, "北京市公安局", 10950.0, 9530.81],
        [2, "北京市环境保护局", 475.6, 431.38],
        [3, "北京市教育委员会", 7655.2, 6360.73],
        [4, "北京市财政局", 182.4, 168.95],
        [5, "北京市交通委员会", 1236.5, 1251.3],
        [6, "北京市人民检察院", 2104.0, 1986.42],
        ["合计", null, 22603.7, 19792.59],
        ["注：“三公”经费指财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费；决算数含使用以前年度结转资金安排的支出。", null, null, null],
      ],
      merges: ["A1:D1", "A10:B10", "A11:D11"],
      numberFormats: { "C4:D10": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费预决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "line", C: "adjustedBudget", D: "actual" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "D8", why: "北京市交通委员会 决算 1,251.30 above its 预算 1,236.50: 14.80万元 over" },
      { rule: "execution.total-mismatch", cell: "D10", why: "决算 合计 19,792.59 against 9,530.81 + 431.38 + 6,360.73 + 168.95 + 1,251.30 + 1,986.42 = 19,729.59" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C10", why: "预算 合计 22,603.70 = 10,950.00 + 475.60 + 7,655.20 + 182.40 + 1,236.50 + 2,104.00" },
      { rule: "execution.behind-schedule", why: "三公经费 are ceilings: 公安局 at 87.0%, 教委 at 83.1% of budget are savings, not lateness" },
      { rule: "execution.no-spending", why: "every department spent part of its budget" },
      { rule: "execution.overspent", cell: "D10", why: "the 合计 gets no spending status of its own" },
      { rule: "input.unreadable-value", why: "the caption and the note under the table are text" },
    ],
  },
};
