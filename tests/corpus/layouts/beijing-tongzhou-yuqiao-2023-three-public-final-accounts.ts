import type { CorpusLayout } from "../types";

// 北京市通州区玉桥街道办事处 2023年度部门决算（草案） (2024-09): 第一部分 报表 十一、财政拨款“三公”经费支出决算表. The stored page lists the
// thirteen tables (报表详见附件) and the 说明; the table is laid out down the page — 项目 | 预算数 | 决算数 | 执行率, the 三公 合计 numbered 一、
// with its three lines and the car line's two halves, then 二、会议费 and 三、培训费 as accounts of their own — with figures of our own.
export const layout: CorpusLayout = {
  id: "beijing-tongzhou-yuqiao-2023-three-public-final-accounts",
  source: {
    title: "北京市通州区玉桥街道办事处2023年度部门决算（草案）（十一、财政拨款“三公”经费支出决算表；表据目录拟）",
    url: "http://www.bjtzh.gov.cn/bjtz/xxfb/202409/1727635.shtml",
    publisher: "北京市通州区玉桥街道办事处",
    date: "2024-09",
    changes:
      "As published: the 2023 决算（草案） with its thirteen tables listed (十一、财政拨款“三公”经费支出决算表 among them), the office's 6 内设机构, " +
      "3 事业单位 and 综合行政执法队; the tables are in an annex the stored copy does not show (table-not-in-stored-copy). Ours: the table's lines " +
      "(the 三公 合计 numbered 一、, then 会议费 and 培训费 numbered 二、 三、), the 执行率 column, the 公开11表 label and all figures. Planted: " +
      "公务接待费 spent 4.86 against a 4.80 budget; 公务用车购置及运行费's 执行率 typed 88.43% where 16.52 / 19.80 = 83.43%.",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "part-after-qizhong", "total-row-first",
    "meeting-and-training-after-three-public", "numbered-sections", "budget-and-actual-columns", "rate-column", "percent-format", "form-label",
    "two-decimal-wanyuan", "wanyuan-caption", "year-in-caption", "notes-under-table", "table-not-in-stored-copy", "street-office", "beijing",
  ],
  settings: { district: "北京市通州区" },
  sheets: [
    {
      name: "公开11表",
      widths: [36, 14, 14, 14],
      rows: [
        [null, null, null, "公开11表"],
        ["财政拨款“三公”经费支出决算表", null, null, null],
        ["编制单位：北京市通州区玉桥街道办事处", "2023年度", null, "单位：万元"],
        ["项目", "预算数", "决算数", "执行率"],
        ["一、“三公”经费合计", 24.6, 21.38, 0.8691],
        ["1.因公出国（境）费", 0, 0, "—"],
        ["2.公务用车购置及运行费", 19.8, 16.52, 0.8843],
        ["  其中：（1）公务用车购置费", 0, 0, "—"],
        ["        （2）公务用车运行费", 19.8, 16.52, 0.8343],
        ["3.公务接待费", 4.8, 4.86, 1.0125],
        ["二、会议费", 3.5, 3.42, 0.9771],
        ["三、培训费", 6.0, 5.73, 0.955],
        ["注：本表反映部门本年度一般公共预算财政拨款安排的“三公”经费及会议费、培训费支出；预算数为全年预算数，包括当年预算和上年结转。", null, null, null],
      ],
      merges: ["A2:D2", "A13:D13"],
      numberFormats: { "B5:C12": "#,##0.00", "D5:D12": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开11表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 12,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C10", why: "公务接待费 决算数 4.86 > 预算数 4.80 (0.06 over)" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "公务用车购置及运行费: 16.52 / 19.80 = 83.43%, typed 88.43%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C5", why: "“三公”经费合计 21.38 = 0.00 + 16.52 + 4.86; 会议费 3.42 and 培训费 5.73 are accounts of their own (二、 三、), no parts of it" },
      { rule: "execution.total-mismatch", cell: "B5", why: "24.60 = 0.00 + 19.80 + 4.80, without 会议费 3.50 and 培训费 6.00" },
      { rule: "execution.total-mismatch", cell: "C7", why: "公务用车 16.52 = 购置费 0.00 + 运行费 16.52" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "21.38 / 24.60 = 86.91%, as typed" },
      { rule: "execution.rate-mismatch", cell: "D11", why: "会议费 3.42 / 3.50 = 97.71%" },
      { rule: "execution.rate-mismatch", cell: "D12", why: "培训费 5.73 / 6.00 = 95.50%" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings; 会议费 97.71% and 培训费 95.50% are within 5 points of the year's 100%" },
      { rule: "execution.no-spending", cell: "C6", why: "因公出国（境）费 had no budget (0.00) and spent nothing" },
      { rule: "execution.no-spending", cell: "C8", why: "公务用车购置费 had no budget (0.00) and spent nothing" },
      { rule: "input.unreadable-value", cell: "D6", why: "— is no rate (nothing budgeted)" },
      { rule: "input.unreadable-value", cell: "D1", why: "公开11表 is the form's label above the table" },
    ],
  },
};
