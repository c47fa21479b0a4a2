import type { CorpusLayout } from "../types";

// 新沂市自然资源和规划局 2021年度部门决算公开 (江苏, 徐州): 第二部分 九、一般公共预算“三公”经费、会议费、培训费支出决算表 — the 三公 lines
// numbered 1.–3. under 一、“三公”经费支出合计 (公务用车 split into 购置 / 运行 under 其中), then 二、会议费 and 三、培训费 as accounts of their
// own; 项目 | 预算数 | 决算数, 单位：万元. The stored copy lists the tables but does not show their figures.
export const layout: CorpusLayout = {
  id: "xinyi-nr-planning-2021-three-public-meeting-training-final",
  source: {
    title: "新沂市自然资源和规划局2021年度部门决算公开（九、一般公共预算“三公”经费、会议费、培训费支出决算表，表据决算目录拟）",
    url: "https://www.kunmingchi.com/archives/m365rneox990doqgd7z0.html",
    publisher: "新沂市自然资源和规划局（文库转载）",
    date: "2022",
    changes:
      "As published: the 部门决算's contents (十三 tables, 九、一般公共预算“三公”经费、会议费、培训费支出决算表 among them) and the bureau's duties. " +
      "The stored copy does not show the table's body: it is laid out as Jiangsu's 三公、会议费、培训费 form lists it (三公 lines 1.–3. under their " +
      "合计, then 会议费 and 培训费), every figure ours. Planted: the 三公 合计's 决算数 typed 31.47 where 0 + 26.85 + 4.12 = 30.97; 会议费 " +
      "spent 3.86 against a 3.50 budget.",
  },
  classes: [
    "execution", "three-public", "meeting-and-training-fees", "final-accounts", "budget-and-final-columns", "numbered-lines", "qizhong-lines",
    "separate-accounts-after-total", "ceiling-lines", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy",
    "county-level-city-unit", "jiangsu",
  ],
  sheets: [
    {
      name: "三公会议培训",
      widths: [36, 14, 14],
      rows: [
        ["一般公共预算“三公”经费、会议费、培训费支出决算表", null, null],
        ["部门：新沂市自然资源和规划局（2021年度）", null, "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["一、“三公”经费支出合计", 38.6, 31.47],
        ["1.因公出国（境）费", 0, 0],
        ["2.公务用车购置及运行费", 32, 26.85],
        ["  其中：（1）公务用车购置费", 0, 0],
        ["        （2）公务用车运行费", 32, 26.85],
        ["3.公务接待费", 6.6, 4.12],
        ["二、会议费", 3.5, 3.86],
        ["三、培训费", 8, 7.74],
        ["注：本表反映部门2021年度一般公共预算财政拨款安排的“三公”经费、会议费、培训费支出预算及决算情况。", null, null],
      ],
      merges: ["A1:C1", "A2:B2", "A12:C12"],
      numberFormats: { "B4:C11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公会议培训", kind: "execution", unit: "万元", headerRow: 3, lastRow: 11, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "“三公”经费支出合计 决算 31.47 where 因公出国 0 + 公务用车购置及运行费 26.85 + 公务接待费 4.12 = 30.97 (0.50 over)" },
      { rule: "execution.overspent", cell: "C10", why: "会议费 3.86 spent against its 3.50 budget: 0.36万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "预算 合计 38.60 = 0 + 32.00 + 6.60; 会议费 and 培训费 are accounts of their own, not parts of the 三公 合计" },
      { rule: "execution.total-mismatch", cell: "C6", why: "公务用车购置及运行费 26.85 = 购置费 0 + 运行费 26.85 (and 32.00 = 0 + 32.00 in the budget)" },
      { rule: "execution.behind-schedule", cell: "C9", why: "公务接待费 4.12 of 6.60 (62%): 三公 budgets are ceilings, spending under them is economy" },
      { rule: "execution.behind-schedule", cell: "C11", why: "培训费 7.74 / 8.00 = 96.8%, within 5 points of the year's end" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国 and 公务用车购置 were budgeted 0: nothing to spend" },
      { rule: "execution.overspent", cell: "C4", why: "the 合计 row gets no status of its own" },
    ],
  },
};
