import type { CorpusLayout } from "../types";

// 庆城县桐川镇人民政府 2025-09-28: 2024年度部门决算 — the stored page carries the outline (nine tables, 九、财政拨款“三公”经费支出决算表) and the
// duties, not the tables; laid out as the 三公 table in its vertical form: 项目 | 全年预算数 | 决算数 | 执行率, 合计 first, the three kinds
// numbered, the car costs split by 其中, 公开09表 and the unit in the caption row, two notes under it.
export const layout: CorpusLayout = {
  id: "qingcheng-tongchuan-2024-three-public-final-accounts",
  source: {
    title: "2024年度庆城县桐川镇人民政府部门决算（九、财政拨款“三公”经费支出决算表）",
    url: "https://www.chinaqingcheng.gov.cn/zwgk/zfbmxxgk/xz/57tcz/fdzdgknr8/czyjs5857tcz/content_17964",
    publisher: "庆城县桐川镇人民政府",
    date: "2025-09-28",
    changes:
      "As published: the town government, the year, the outline (nine tables, the 三公 table ninth) and the duties. The stored copy does not show the " +
      "table body: the vertical form and every figure are ours. Planted: 公务接待费 3.42 spent against 3.00 (114.00%); 公务用车运行维护费's rate " +
      "typed 86.10% (6.12 / 7.50 = 81.60%).",
  },
  classes: [
    "execution", "three-public", "final-accounts", "adjusted-budget", "total-row-first", "qizhong-rows", "outline-numbering", "zero-budget-lines",
    "dash-rate", "percent-text", "two-decimal-wanyuan", "wanyuan-caption", "form-number-caption", "notes-under-table", "past-year",
    "table-not-in-stored-copy", "town-government", "gansu",
  ],
  settings: { district: "庆城县" },
  sheets: [
    {
      name: "三公经费支出决算表",
      widths: [30, 14, 12, 12],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null],
        [null, null, null, "公开09表"],
        ["编制单位：庆城县桐川镇人民政府", null, "2024年度", "单位：万元"],
        ["项目", "全年预算数", "决算数", "执行率"],
        ["合计", 10.5, 9.54, "90.86%"],
        ["1.因公出国（境）费", 0, 0, "—"],
        ["2.公务用车购置及运行维护费", 7.5, 6.12, "81.60%"],
        ["  其中：公务用车购置费", 0, 0, "—"],
        ["        公务用车运行维护费", 7.5, 6.12, "86.10%"],
        ["3.公务接待费", 3, 3.42, "114.00%"],
        ["注：1.本表反映部门本年度财政拨款“三公”经费支出预决算情况，其中全年预算数为“三公”经费年初预算数加上年度内追加调整数。", null, null, null],
        ["    2.本单位2024年度无因公出国（境）费和公务用车购置费支出。", null, null, null],
      ],
      merges: ["A1:D1", "A11:D11", "A12:D12"],
      numberFormats: { "B5:C10": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 10,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C10", why: "公务接待费 3.42 spent against 3.00: 0.42 over (114.00%)" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "公务用车运行维护费 6.12 / 7.50 = 81.60%; typed 86.10%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B5", why: "0 + 7.50 + 3.00 = 10.50" },
      { rule: "execution.total-mismatch", cell: "C5", why: "0 + 6.12 + 3.42 = 9.54; the 其中 rows are not added into the 合计 again" },
      { rule: "execution.total-mismatch", cell: "C7", why: "其中 0 + 6.12 = 6.12" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "9.54 / 10.50 = 90.86% as typed" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "6.12 / 7.50 = 81.60% as typed" },
      { rule: "execution.no-spending", cell: "C6", why: "因公出国（境）费 had no budget (0): nothing to spend" },
      { rule: "execution.no-spending", cell: "C8", why: "公务用车购置费 had no budget (0)" },
      { rule: "execution.behind-schedule", cell: "D7", why: "三公经费 lines are ceilings: 81.60% is never behind schedule" },
      { rule: "execution.overspent", cell: "C5", why: "a total row gets no spending status: 9.54 is within 10.50 anyway" },
    ],
  },
};
