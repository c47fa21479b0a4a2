import type { CorpusLayout } from "../types";

// 2022年度汨罗市农业农村局部门决算 (岳阳, 湖南), 2023-08-11: the contents list nine tables, the ninth the 财政拨款“三公”经费支出决算表,
// and the 说明 七、财政拨款三公经费支出决算情况说明. The stored copy does not show the grid: set out as county departments in 湖南 run it
// lengthwise — 项目 | 预算数 | 决算数 | 决算数占预算数%, 合计 first, the car line over its 其中 购置费 / 运行费, a dash where nothing is budgeted.
export const layout: CorpusLayout = {
  id: "miluo-agri-2022-three-public-final-accounts",
  source: {
    title: "2022年度汨罗市农业农村局部门决算（九、财政拨款“三公”经费支出决算表）",
    url: "http://www.ihyhc.com/25305/55848/55850/55879/content_2127017.html",
    publisher: "汨罗市财政局 (page mirrored on ihyhc.com)",
    date: "2023-08-11",
    changes:
      "As published: the department, the year and the table's name and place (九) in the contents. The grid is not in the stored copy: " +
      "lines as the 三公 form names them, a rate column as some county departments add, every figure ours. Planted: 公务接待费 spent 8.74 " +
      "of an 8.00 budget; the 公务用车购置及运行费 rate typed 78.33% where 22.90 / 30.00 = 76.33%.",
  },
  classes: ["execution", "final-accounts", "three-public", "total-row-first", "qizhong-lines", "indented-sibling-under-qizhong", "rate-column", "dash-for-nothing", "zero-line", "two-decimal-wanyuan", "unit-line-with-department", "table-number-in-caption", "notes-under-table", "table-not-in-stored-copy", "county-department", "hunan"],
  settings: { district: "汨罗市" },
  sheets: [
    {
      name: "公开09表",
      widths: [30, 12, 12, 18],
      rows: [
        ["财政拨款“三公”经费支出决算表", null, null, null],
        ["部门：汨罗市农业农村局    2022年度", null, null, "公开09表  单位：万元"],
        ["项目", "预算数", "决算数", "决算数占预算数%"],
        ["合计", 38, 31.64, "83.26%"],
        ["1.因公出国（境）费", 0, 0, "—"],
        ["2.公务用车购置及运行费", 30, 22.9, "78.33%"],
        ["其中：（1）公务用车购置费", 0, 0, "—"],
        ["      （2）公务用车运行费", 30, 22.9, "76.33%"],
        ["3.公务接待费", 8, 8.74, "109.25%"],
        ["注：本表反映部门本年度一般公共预算财政拨款安排的“三公”经费支出预算数和决算数；预算数为调整预算数。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:C9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开09表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 spent 8.74 of 8.00: 0.74万元 over (a ceiling line still counts overspending)" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "22.90 / 30.00 = 76.33%, typed 78.33%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "0 + 22.90 + 8.74 = 31.64 (the 其中 lines not added again)" },
      { rule: "execution.total-mismatch", cell: "B4", why: "0 + 30 + 8 = 38" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "31.64 / 38.00 = 83.26%" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "8.74 / 8.00 = 109.25%" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings and 2022 is closed" },
      { rule: "execution.no-spending", cell: "C7", why: "公务用车购置费 has no budget (0): nothing to spend" },
      { rule: "execution.overspent", cell: "C4", why: "the 合计 row gets no status of its own (31.64 < 38.00 anyway)" },
      { rule: "input.unreadable-value", cell: "D5", why: "a dash where no budget stands is no rate" },
    ],
  },
};
