import type { CorpusLayout } from "../types";

// 淮北市杜集区机关事务管理中心 2021 决算: the 一般公共预算财政拨款“三公”经费支出决算表 as the page prints it — 项 目 | 预 算 数 |
// 决 算 数, 合计 first, the car line split by a 其中 line and a second part written flat under it, the explanation under the table.
export const layout: CorpusLayout = {
  id: "duji-office-affairs-2021-three-public-final-accounts",
  source: {
    title: "杜集区机关事务管理中心2021年度一般公共预算财政拨款“三公”经费支出决算情况说明",
    url: "https://www.hbdj.gov.cn/zwgk/public/177/62077231.html",
    publisher: "淮北市杜集区机关事务管理中心",
    changes:
      "The grid is as published (title, 单位：万元, 项 目 | 预 算 数 | 决 算 数 with the spaced headings, 合 计 first, 因公出国（境）费, 公务接待费, " +
      "公务用车购置及运行维护费, 其中：公务用车运行维护费 and 公务用车购置费 flat under it) and the first lines of the explanation under it. The figures " +
      "are ours. Planted: the 决算 合计 typed 181.45 where its lines give 0 + 3.26 + 176.19 = 179.45; 公务接待费 3.26 spent against 2.00 budgeted.",
  },
  classes: ["execution", "three-public", "final-accounts", "ceilings", "total-row-first", "qizhong-split", "second-part-flat", "spaced-headings", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "past-year", "district-department", "anhui"],
  sheets: [
    {
      name: "三公经费决算",
      widths: [34, 14, 14],
      rows: [
        ["杜集区机关事务管理中心2021年度一般公共预算财政拨款“三公”经费支出决算表", null, null],
        [null, null, "单位：万元"],
        ["项  目", "预 算 数", "决 算 数"],
        ["合  计", 260, 181.45],
        ["因公出国（境）费", 0, 0],
        ["公务接待费", 2, 3.26],
        ["公务用车购置及运行维护费", 258, 176.19],
        ["其中：公务用车运行维护费", 170, 96.43],
        ["公务用车购置费", 88, 79.76],
        ["二、2021年度一般公共预算财政拨款“三公”经费支出情况说明", null, null],
        ["杜集区机关事务管理中心2021年度一般公共预算财政拨款“三公”经费支出预算为260万元，决算数小于预算数的主要原因是节约项目经费。", null, null],
        ["因公出国（境）费支出0万元，与2021年度预算相比无变化；公务接待费支出超出预算，主要是成立新的临时机构。", null, null],
      ],
      merges: ["A1:C1", "A10:C10", "A11:C11", "A12:C12"],
      numberFormats: { "B4:C9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "决算 合计 181.45 where 因公出国 0 + 公务接待 3.26 + 公务用车 176.19 = 179.45: 2.00万元 apart" },
      { rule: "execution.overspent", cell: "C6", why: "公务接待费 3.26 spent against a 2.00 budget: 1.26万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "预算 合计 260 = 0 + 2 + 258" },
      { rule: "execution.total-mismatch", cell: "C7", why: "公务用车 176.19 = 运行维护 96.43 + 购置 79.76 (the 购置 line is the 其中's second part, written flat)" },
      { rule: "execution.total-mismatch", cell: "B7", why: "258 = 170 + 88" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: 运行维护费 96.43 of 170 (56.7%) is economy, not slowness" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 has a budget of 0: nothing to spend" },
      { rule: "execution.overspent", cell: "C4", why: "the 合计 gets no status of its own; 181.45 is under 260 anyway" },
      { rule: "input.unreadable-value", why: "the 说明 lines under the table are notes" },
    ],
  },
};
