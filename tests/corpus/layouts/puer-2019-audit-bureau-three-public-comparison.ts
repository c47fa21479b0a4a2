import type { CorpusLayout } from "../types";

// 普洱市审计局（本级）2019年“三公”经费决算情况说明: 6.20万元 in all, down 4.11 (39.86%); 公务接待费 1.81 (down 6.11, 77.15%); 公务用车
// 购置及运行维护费 4.39 (up 2, 83.68%); 因公出国 0. 附件1 is the 对比情况表: 项目 | 2018年决算数 | 2019年决算数 | 增减额 | 增减幅度, 合计
// first, the car line split 其中 购置费 / 运行维护费.
export const layout: CorpusLayout = {
  id: "puer-2019-audit-bureau-three-public-comparison",
  source: {
    title: "2019年普洱市审计局（本级）“三公”经费决算情况说明 — 附件1 “三公”经费决算数对比情况表",
    url: "https://www.puershi.gov.cn/info/16471/965272.htm",
    publisher: "普洱市审计局",
    changes:
      "The 对比情况表 is an image not in the stored copy: its rows and columns are rebuilt from the explanation above it, and the figures are the " +
      "explanation's own (2018 derived: 接待 1.81 + 6.11 = 7.92, 车 4.39 − 2 = 2.39, 合计 10.31). Planted: the 2019 公务用车运行维护费 line typed " +
      "4.93 (digits swapped), so the car line 4.39 no longer equals its 其中 0 + 4.93.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "year-on-year-comparison", "previous-year-column", "change-columns", "rates-as-text", "total-row-first", "qizhong-first-marked", "outline-numbering", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "city-department", "yunnan"],
  sheets: [
    {
      name: "对比情况表",
      widths: [30, 14, 14, 12, 12],
      rows: [
        ["2019年普洱市审计局（本级）“三公”经费决算数对比情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "2018年决算数", "2019年决算数", "增减额", "增减幅度"],
        ["合计", 10.31, 6.2, -4.11, "-39.86%"],
        ["1.因公出国（境）费", 0, 0, 0, "0%"],
        ["2.公务接待费", 7.92, 1.81, -6.11, "-77.15%"],
        ["3.公务用车购置及运行维护费", 2.39, 4.39, 2, "83.68%"],
        ["其中：公务用车购置费", 0, 0, 0, "0%"],
        ["      公务用车运行维护费", 2.39, 4.93, 2, "83.68%"],
        ["注：“三公”经费为一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费；年末公务用车保有量1辆，国内公务接待41批次217人次。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:E10"],
      numberFormats: { "B4:D9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "对比情况表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", C: "actual" }, year: 2019 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C7", why: "公务用车购置及运行维护费 4.39 against its 其中 购置费 0 + 运行维护费 4.93 = 4.93 (0.54万元 off)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 6.20 = 0 + 1.81 + 4.39 with the car line as typed: the slip is reported once, at the car line" },
      { rule: "execution.total-mismatch", cell: "B4", why: "2018年决算数 is last year's comparison: 10.31 = 0 + 7.92 + 2.39 anyway" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "增减幅度 is a change on last year, no execution rate (−4.11 / 10.31 = −39.86%)" },
      { rule: "execution.no-spending", why: "no budget in the table; 因公出国 and 购置费 are 0 against last year's 0" },
      { rule: "execution.overspent", why: "no budget in the table: the 2018 column is no budget" },
      { rule: "execution.behind-schedule", why: "three-public lines are ceilings, and the table has no budget" },
    ],
  },
};
