import type { CorpusLayout } from "../types";

// 上海市青浦区绿化和市容管理局（本级）2017年度决算, its 表七: 一般公共预算财政拨款“三公”经费及机关运行经费支出决算表 —
// 预算数 beside 决算数, the car line split into 购置费 / 运行费, and 机关运行经费 under the 三公 heads, outside their 合计.
export const layout: CorpusLayout = {
  id: "qingpu-greening-2017-three-public-final",
  source: {
    title: "上海市青浦区绿化和市容管理局（本级）2017年度决算公开（七、一般公共预算财政拨款“三公”经费及机关运行经费支出决算表；表据标准表式拟）",
    url: "https://www.shqp.gov.cn/mac/lrzwgk/yjs/lrbj/20190829/543834.html",
    publisher: "青浦区绿化和市容管理局",
    date: "2018-08-22",
    changes:
      "The stored page shows the contents list and the bureau's duties, not the table body; the table is laid out from the form it " +
      "names (七、一般公共预算财政拨款“三公”经费及机关运行经费支出决算表: 编制单位, 单位：万元, 项目 | 预算数 | 决算数, “三公”经费合计 first, " +
      "1.–3. heads with the car line's （1）购置费 / （2）运行费, then 机关运行经费 on its own row, a note under the table). Figures are ours. " +
      "Planted: 公务用车购置及运行费 决算 typed 18.60 where 购置 0 + 运行 16.80 = 16.80 (the 合计 20.95 agrees with the typed 18.60); " +
      "公务接待费 spent 2.35 against a 2.00 budget.",
  },
  classes: ["execution", "three-public", "budget-and-final", "total-row-first", "qizhong-split", "subtotal-slip", "row-outside-total", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "form-from-standard", "district-bureau", "shanghai"],
  sheets: [
    {
      name: "三公经费决算表",
      widths: [40, 14, 14],
      rows: [
        ["一般公共预算财政拨款“三公”经费及机关运行经费支出决算表", null, null],
        ["编制单位：上海市青浦区绿化和市容管理局（本级）", "2017年度", "单位：万元"],
        ["项目", "预算数", "决算数"],
        ["“三公”经费合计", 21, 20.95],
        ["1.因公出国（境）费", 0, 0],
        ["2.公务用车购置及运行费", 19, 18.6],
        ["  其中：（1）公务用车购置费", 0, 0],
        ["        （2）公务用车运行费", 19, 16.8],
        ["3.公务接待费", 2, 2.35],
        ["机关运行经费", 85, 81.37],
        ["注：“三公”经费决算数包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", null, null],
      ],
      merges: ["A1:C1", "A11:C11"],
      numberFormats: { "B4:C10": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 10, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2017 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C6", why: "公务用车购置及运行费 决算 18.60, but 购置费 0 + 运行费 16.80 = 16.80: 1.80万元 apart" },
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 2.35 spent against its 2.00 budget: 0.35万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "决算 合计 20.95 = 0 + 18.60 + 2.35 with the car subtotal as typed" },
      { rule: "execution.total-mismatch", cell: "B4", why: "预算 合计 21.00 = 0 + 19.00 + 2.00; 机关运行经费 is not a 三公 head" },
      { rule: "execution.total-mismatch", cell: "B6", why: "预算 19.00 = 购置 0 + 运行 19.00" },
      { rule: "execution.overspent", cell: "C4", why: "a 合计 row gets no status of its own" },
      { rule: "execution.overspent", cell: "C10", why: "机关运行经费 81.37 of 85.00" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, never behind schedule" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 购置费 have no budget (0): nothing budgeted went unspent" },
    ],
  },
};
