import type { CorpusLayout } from "../types";

// 海南 琼中县重大项目推进协调服务中心 2025年部门（单位）预算公开表, 一般公共预算支出表: the year's budget by function in 类 / 款 / 项 codes,
// 2025年预算数 split 合计 | 基本支出 | 项目支出 under a merged heading, 金额单位：万元, 合计 first (78.50万元: 一般公共服务 59.22, 社会保障和就业
// 8.54, 卫生健康 5.99, 住房保障 4.75, as the 财政拨款收支总表 above it gives them).
export const layout: CorpusLayout = {
  id: "qiongzhong-2025-major-projects-centre-gpb-budget",
  source: {
    title: "2025年琼中县重大项目推进协调服务中心预算公开表（一般公共预算支出表）",
    url: "https://m.bidcenter.com.cn/news-1-340040819.html",
    publisher: "琼中黎族苗族自治县重大项目推进协调服务中心 (page as stored by a tender-news site)",
    date: "2025-02-11",
    changes:
      "As published: the table's title, 金额单位：万元, the heading 支出功能分类科目 over 科目编码 / 科目名称 beside 2025年预算数, the four 类 and their " +
      "amounts (59.22, 8.54, 5.99, 4.75; 合计 78.50), all general-budget money. The stored copy cuts off after the heading, so the 款 and 项 under each " +
      "类, the 合计 | 基本支出 | 项目支出 split and its amounts are ours, laid out as the national 一般公共预算支出表. Planted: 21011 行政事业单位医疗 " +
      "states 5.99 where its 项 4.47 + 1.25 give 5.72 (公务员医疗补助 1.52 typed 1.25), in 合计 and in 基本支出.",
  },
  classes: ["execution", "department-budget", "budget-only", "lei-kuan-xiang-codes", "codes-as-text", "row-total-column", "basic-and-project-columns", "merged-header-over-three", "two-header-rows", "total-row-first", "blank-as-nothing", "wanyuan-caption", "hainan"],
  settings: { asOf: "2025-02-11" },
  sheets: [
    {
      name: "一般公共预算支出表",
      widths: [12, 34, 12, 12, 12],
      rows: [
        ["一般公共预算支出表", null, null, null, null],
        ["单位：琼中县重大项目推进协调服务中心", null, null, null, "金额单位：万元"],
        ["支出功能分类科目", null, "2025年预算数", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["合计", null, 78.5, 67, 11.5],
        ["201", "一般公共服务支出", 59.22, 47.72, 11.5],
        ["20104", "发展与改革事务", 59.22, 47.72, 11.5],
        ["2010401", "行政运行", 47.72, 47.72, null],
        ["2010499", "其他发展与改革事务支出", 11.5, null, 11.5],
        ["208", "社会保障和就业支出", 8.54, 8.54, null],
        ["20805", "行政事业单位养老支出", 8.54, 8.54, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 5.69, 5.69, null],
        ["2080506", "机关事业单位职业年金缴费支出", 2.85, 2.85, null],
        ["210", "卫生健康支出", 5.99, 5.99, null],
        ["21011", "行政事业单位医疗", 5.99, 5.99, null],
        ["2101101", "行政单位医疗", 4.47, 4.47, null],
        ["2101103", "公务员医疗补助", 1.25, 1.25, null],
        ["221", "住房保障支出", 4.75, 4.75, null],
        ["22102", "住房改革支出", 4.75, 4.75, null],
        ["2210201", "住房公积金", 4.75, 4.75, null],
      ],
      merges: ["A1:E1", "A2:D2", "A3:B3", "C3:E3", "A5:B5"],
      numberFormats: { "C5:E20": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算支出表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 20,
        columns: { A: "code", B: "line", C: "initialBudget", D: "initialBudget:基本支出", E: "initialBudget:项目支出" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", sheet: "一般公共预算支出表", cell: "C15", why: "21011 states 5.99; its 项 4.47 + 1.25 = 5.72 (0.27万元 too much)" },
      { rule: "execution.total-mismatch", sheet: "一般公共预算支出表", cell: "D15", why: "21011 基本支出 5.99 where 4.47 + 1.25 = 5.72, the same slip" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C5", why: "合计 78.50 = 59.22 + 8.54 + 5.99 + 4.75, the 类 as stated" },
      { rule: "execution.total-mismatch", cell: "D5", why: "基本支出 67.00 = 47.72 + 8.54 + 5.99 + 4.75" },
      { rule: "execution.total-mismatch", cell: "C7", why: "20104 59.22 = 47.72 + 11.50, and = 基本 47.72 + 项目 11.50" },
      { rule: "execution.total-mismatch", cell: "C11", why: "20805 8.54 = 5.69 + 2.85" },
      { rule: "execution.total-mismatch", cell: "C14", why: "210 5.99 = its one 款 21011 as stated (the slip is below it)" },
      { rule: "execution.overspent", why: "a budget: no spending column" },
      { rule: "execution.no-spending", why: "a budget published before the year's spending; no spending column to be empty" },
      { rule: "execution.rate-mismatch", why: "no rate column" },
      { rule: "input.unreadable-value", why: "the codes and the 单位 line are text" },
    ],
  },
};
