import type { CorpusLayout } from "../types";

// 黔南州中医医院 (都匀, 贵州) 2016年部门决算及“三公”经费决算公开表和部门决算分析报告 (2019-01-25): a 州级 差额拨款 hospital. The stored copy
// holds the analysis prose only; the “三公” 决算公开表 is set out lengthwise — 项目 | 预算数 | 决算数, 合计 first, the car line over its 其中.
export const layout: CorpusLayout = {
  id: "qiannan-tcm-hospital-2016-three-public-final-accounts",
  source: {
    title: "黔南州中医医院2016年部门决算及“三公”经费决算公开表和部门决算分析报告（“三公”经费支出决算表；表据正文拟）",
    url: "https://www.qiannan.gov.cn/ztzl/qnzczzjxxgk/zygbmhdwyjsjsgjfyjs/js2016/201901/t20190125_2229158.html",
    publisher: "黔南州中医医院（黔南州人民政府网）",
    date: "2019-01-25",
    changes:
      "The stored copy is the analysis report (基本情况, 财政拨款对账, 收入, 支出 …); the 三公 table the title announces is not shown. It is laid out " +
      "on the lengthwise form the 州's units publish (项目 | 预算数 | 决算数, 合计 first, 其中 购置 / 运行), with the unit line naming the hospital; " +
      "every figure is ours. Planted: 公务接待费 spent 4.38 of a 4.00 budget.",
  },
  classes: ["execution", "final-accounts", "three-public", "total-row-first", "qizhong-lines", "outline-numbering", "zero-line", "two-decimal-wanyuan", "unit-line-with-department", "notes-under-table", "table-not-in-stored-copy", "hospital", "prefecture-unit", "overspent", "guizhou"],
  settings: { district: "黔南布依族苗族自治州" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [30, 12, 12],
      rows: [
        ["黔南州中医医院2016年一般公共预算财政拨款“三公”经费支出决算表", null, null],
        ["单位：黔南州中医医院", null, "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["合计", 16, 14.84],
        ["一、因公出国（境）费", 0, 0],
        ["二、公务用车购置及运行费", 12, 10.46],
        ["其中：公务用车购置费", 0, 0],
        ["      公务用车运行费", 12, 10.46],
        ["三、公务接待费", 4, 4.38],
        ["注：本院2016年度无因公出国（境）及公务用车购置支出。", null, null],
      ],
      merges: ["A1:C1", "A10:C10"],
      numberFormats: { "B4:C9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2016 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 spent 4.38 of 4.00: 0.38万元 over (a ceiling line still counts overspending)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "0 + 10.46 + 4.38 = 14.84 (the 其中 lines inside 10.46, not added again)" },
      { rule: "execution.total-mismatch", cell: "B4", why: "0 + 12 + 4 = 16" },
      { rule: "execution.total-mismatch", cell: "C6", why: "10.46 = 购置 0 + 运行 10.46" },
      { rule: "execution.overspent", cell: "C4", why: "the 合计 row gets no status of its own (14.84 < 16.00 anyway)" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings and 2016 is closed" },
      { rule: "execution.no-spending", why: "因公出国 and 购置 had no budget (0): nothing to spend" },
    ],
  },
};
