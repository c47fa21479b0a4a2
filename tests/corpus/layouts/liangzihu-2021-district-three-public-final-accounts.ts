import type { CorpusLayout } from "../types";

// 梁子湖区财政局 2022-10-20: 梁子湖区2021年政府决算公开, 附件五 2021年财政拨款“三公”经费支出情况表. The stored page lists the annexes
// (十二、附件五) and the 人大 opinion but not the table: it is laid out from the contents with the usual 三公 wording (表据正文拟).
export const layout: CorpusLayout = {
  id: "liangzihu-2021-district-three-public-final-accounts",
  source: {
    title: "梁子湖区2021年政府决算公开（附件五：2021年财政拨款“三公”经费支出情况表；表据正文拟）",
    url: "http://www.liangzh.gov.cn/lzhxxgk/jczwgkbzh/czyjsly/202301/t20230116_518849.html",
    publisher: "鄂州市梁子湖区财政局",
    date: "2022-10-20",
    changes:
      "As published: the annex's name (附件五：2021年财政拨款“三公”经费支出情况表) in the 决算 contents, beside 七、2021年一般公共预算“三公”经费决算情况说明. " +
      "The stored copy does not show the table: 项目 | 预算数 | 决算数 with 合计 first and 公务用车 split by 其中, the note and all figures are ours. " +
      "Planted: 公务用车运行维护费 决算 98.85 above its 96.60 budget (the car line as a whole stays within, 购置 being under); the 合计 决算数 typed " +
      "172.95 over lines adding up to 171.95.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "part-overspent-parent-within", "total-row-first", "budget-and-actual-columns", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "counts-in-note", "table-from-prose", "district-summary", "hubei"],
  settings: { district: "梁子湖区" },
  sheets: [
    {
      name: "附件五",
      widths: [34, 14, 14],
      rows: [
        ["附件五", null, null],
        ["梁子湖区2021年财政拨款“三公”经费支出情况表", null, null],
        [null, null, "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["合计", 186.4, 172.95],
        ["1.因公出国（境）费", 0, 0],
        ["2.公务用车购置及运行维护费", 128.6, 126.35],
        ["  其中：公务用车购置费", 32, 27.5],
        ["        公务用车运行维护费", 96.6, 98.85],
        ["3.公务接待费", 57.8, 45.6],
        ["注：2021年全区公务用车保有量168辆，当年购置（更新）公务用车2辆；国内公务接待1,126批次、9,870人次；因公出国（境）团组0个。", null, null],
      ],
      merges: ["A1:C1", "A2:C2", "A11:C11"],
      numberFormats: { "B5:C10": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "附件五", kind: "execution", unit: "万元", headerRow: 4, lastRow: 10, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C5", why: "合计 决算数 172.95; 0.00 + 126.35 + 45.60 = 171.95 (1.00 apart; the 其中 parts are inside 126.35)" },
      { rule: "execution.overspent", cell: "C9", why: "公务用车运行维护费 决算 98.85 > 预算 96.60 (2.25 over; a ceiling line may still be overspent)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B5", why: "0.00 + 128.60 + 57.80 = 186.40" },
      { rule: "execution.total-mismatch", cell: "C7", why: "购置 27.50 + 运行维护 98.85 = 126.35; budgets 32.00 + 96.60 = 128.60" },
      { rule: "execution.overspent", cell: "C7", why: "the car line as a whole spent 126.35 of 128.60" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings; 2021 is over" },
      { rule: "execution.no-spending", cell: "C6", why: "因公出国（境）费 had no budget (0.00)" },
      { rule: "input.unreadable-value", cell: "A11", why: "the counts in the note (168辆, 1,126批次) are text under the table" },
    ],
  },
};
