import type { CorpusLayout } from "../types";

// 眉山市东坡区审计局 (2015): its 2014 “三公”经费 final account — three paragraphs (一、二、三) and then the small 附表 项目 | 2014年决算 (万元):
// no 合计 row, the car line followed by 其中：购置经费 and 运行维护费.
export const layout: CorpusLayout = {
  id: "dongpo-audit-2014-three-public-final",
  source: {
    title: "东坡区审计局财政拨款“三公”经费决算2014年情况（附表：东坡区审计局2014年“三公”经费决算表）",
    url: "http://gsd1adyacid.shchangye.com/info/1260/15452.htm",
    publisher: "眉山市东坡区审计局",
    date: "2015",
    changes:
      "As published: the opening line, 附表：, the table's title, the header 项目 | 2014年决算 (万元) with the unit in it, the five rows in their order " +
      "(因公出国(境)经费, 公务接待费, 公务用车购置及运行维护费, 其中:购置经费, 运行维护费) and no 合计. The three paragraphs are cut to the opening line. " +
      "Ours: every figure. Planted: 运行维护费 typed 18.57 where the car line is 18.75 and 购置经费 0 (the two 其中 parts are all of it).",
  },
  classes: ["execution", "final-accounts", "three-public", "no-total-row", "qizhong-lines", "unit-in-header", "year-in-heading", "sentence-over-table", "two-decimal-wanyuan", "county-department", "sichuan"],
  settings: { district: "眉山市东坡区" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [30, 18],
      rows: [
        ["东坡区审计局财政拨款“三公”经费决算2014年情况如下：", null],
        ["附表：", null],
        ["东坡区审计局2014年“三公”经费决算表", null],
        ["项目", "2014年决算 (万元)"],
        ["因公出国(境)经费", 0],
        ["公务接待费", 2.46],
        ["公务用车购置及运行维护费", 18.75],
        ["其中：购置经费", 0],
        ["运行维护费", 18.57],
      ],
      merges: ["A1:B1", "A3:B3"],
      numberFormats: { "B5:B9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 4, lastRow: 9, columns: { A: "line", B: "actual" }, year: 2014 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B7", why: "公务用车购置及运行维护费 18.75 against its 其中 parts 购置经费 0 + 运行维护费 18.57 = 18.57 (0.18 apart, far beyond 2-decimal rounding)" },
    ],
    absent: [
      { rule: "execution.no-spending", cell: "B5", why: "因公出国(境)经费 0: a final account with no budget column, so no spending status" },
      { rule: "execution.no-spending", cell: "B8", why: "购置经费 0 is a 其中 part, and there is no budget" },
      { rule: "execution.overspent", why: "no budget column beside the 决算" },
      { rule: "execution.behind-schedule", why: "a past year's final account with no budget, and 三公 lines are ceilings" },
      { rule: "execution.total-mismatch", cell: "B5", why: "no 合计 row to check; 因公出国 is a line of its own" },
    ],
  },
};
