import type { CorpusLayout } from "../types";

// 连云港市数字化城市管理监督指挥中心 2015年度部门决算, 第二部分 九、一般公共预算财政拨款三公经费、会议费、培训费支出决算表: one column of
// 预算数 beside one of 决算数, the 三公 lines numbered 1.–3. under 一、 with the car line's （1）（2） parts, then 二、会议费 and 三、培训费 as
// sections of their own (no grand total). Past year: measured at the year's end.
export const layout: CorpusLayout = {
  id: "lianyungang-2015-digital-city-centre-three-public-meetings-training",
  source: {
    title: "连云港市数字化城市管理监督指挥中心2015年度部门决算（九、一般公共预算财政拨款三公经费、会议费、培训费支出决算表）",
    url: "https://q30.net/wd/30095.html",
    publisher: "连云港市数字化城市管理监督指挥中心",
    changes:
      "As published: the centre's name, the year, the table's number and name in the contents of 第二部分 (九、一般公共预算财政拨款三公经费、" +
      "会议费、培训费支出决算表). The stored copy shows the contents and the centre's duties only, no table body: the rows are built from " +
      "the table's name in the 项目 | 预算数 | 决算数 form (表据目录拟), the figures ours. Planted: the 决算 of 一、“三公”经费合计 typed 14.28 where " +
      "0 + 10.86 + 3.12 = 13.98; 培训费 spent 4.62 against a budget of 4.00.",
  },
  classes: [
    "execution", "final-accounts", "three-public", "meetings-and-training", "sections-without-grand-total", "qizhong-numbered-parts",
    "budget-beside-actual", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "past-year",
    "city-department", "jiangsu",
  ],
  sheets: [
    {
      name: "三公会议培训",
      widths: [34, 14, 14],
      rows: [
        ["连云港市数字化城市管理监督指挥中心2015年度部门决算表", null, null],
        ["九、一般公共预算财政拨款三公经费、会议费、培训费支出决算表", null, null],
        [null, null, "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["一、“三公”经费合计", 15.5, 14.28],
        ["1.因公出国（境）费", 0, 0],
        ["2.公务用车购置及运行费", 12, 10.86],
        ["其中：（1）公务用车购置费", 0, 0],
        ["（2）公务用车运行费", 12, 10.86],
        ["3.公务接待费", 3.5, 3.12],
        ["二、会议费", 2, 1.95],
        ["三、培训费", 4, 4.62],
        ["注：本表反映一般公共预算财政拨款安排的“三公”经费、会议费、培训费支出，决算数包括当年财政拨款和以前年度结转资金安排的支出。", null, null],
      ],
      merges: ["A1:C1", "A2:C2", "A13:C13"],
      numberFormats: { "B5:C12": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公会议培训",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 12,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C5", why: "决算 一、“三公”经费合计 14.28 where 因公出国 0.00 + 公务用车购置及运行费 10.86 + 公务接待费 3.12 = 13.98 (0.30万元 apart)" },
      { rule: "execution.overspent", cell: "C12", why: "培训费 spent 4.62 against its budget of 4.00: 0.62万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B5", why: "预算 15.50 = 0.00 + 12.00 + 3.50" },
      { rule: "execution.total-mismatch", cell: "C7", why: "公务用车购置及运行费 10.86 = （1）0.00 + （2）10.86, its 其中 parts" },
      { rule: "execution.behind-schedule", cell: "C9", why: "公务用车运行费 10.86 of 12.00 (90.5%) — a 三公 line is a ceiling, never behind schedule" },
      { rule: "execution.behind-schedule", cell: "C11", why: "会议费 1.95 of 2.00 = 97.5%, within 5 points of the year's end" },
      { rule: "execution.no-spending", cell: "C6", why: "因公出国（境）费 has no budget (0.00): nothing budgeted, nothing unspent" },
      { rule: "execution.total-mismatch", cell: "C11", why: "二、会议费 and 三、培训费 are sections of their own, not parts of 一、“三公”经费合计" },
      { rule: "execution.overspent", cell: "C10", why: "公务接待费 3.12 of 3.50" },
    ],
  },
};
