import type { CorpusLayout } from "../types";

// 梁平区财政局 2022-09-30: 梁平区本级2021年度“三公”经费决算汇总说明 — prose only (2045.3万元; 公务接待费 720.03, 车辆 1325.27 = 购置 252.81 +
// 运行维护 1072.46; each against last year). Laid out as the district's 汇总表: 项目 | 2021年决算数 | 2020年决算数 | 增减额 | 增减率, 合计 first,
// the car line split 其中 购置 / 运行维护.
export const layout: CorpusLayout = {
  id: "liangping-2021-three-public-final-accounts-summary",
  source: {
    title: "梁平区本级2021年度“三公”经费决算汇总说明（汇总表据说明拟）",
    url: "http://cqlp.gov.cn/czj/zwgk_28894/czyjslyjczwgk/xxgk/zfjs/202209/t20220930_13730903.html",
    publisher: "重庆市梁平区财政局",
    date: "2022-09-30",
    changes:
      "As published: the 2021 区本级 三公 total 2045.3万元, 因公出国（境）费 0, 公务接待费 720.03 (up 113.1, 18.63%), 公务用车购置费 252.81 (up 55) and " +
      "运行维护费 1072.46 (down 96.46, 8.25%); the 2020 figures are derived from those changes. The grid is ours (the page states it in prose). " +
      "Planted: the car line 公务用车购置及运行维护费 typed 1352.27 where its 其中 lines add up to 1325.27 (the 合计 keeps the right 2045.30).",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "year-on-year-columns", "change-columns", "negative-change", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "district-level", "chongqing"],
  settings: { district: "重庆市梁平区" },
  sheets: [
    {
      name: "三公经费决算汇总",
      widths: [34, 14, 14, 12, 10],
      rows: [
        ["梁平区本级2021年度“三公”经费决算汇总表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "2021年决算数", "2020年决算数", "增减额", "增减率"],
        ["合计", 2045.3, 1973.66, 71.64, "3.63%"],
        ["1.因公出国（境）费", 0, 0, 0, "—"],
        ["2.公务接待费", 720.03, 606.93, 113.1, "18.63%"],
        ["3.公务用车购置及运行维护费", 1352.27, 1366.73, -41.46, "-3.03%"],
        ["  其中：公务用车购置费", 252.81, 197.81, 55, "27.80%"],
        ["        公务用车运行维护费", 1072.46, 1168.92, -96.46, "-8.25%"],
        ["注：“三公”经费是指由财政拨款安排的因公出国（境）费、公务用车购置及运行维护费、公务接待费。2021年区本级因公出国（境）团组0个；国内公务接待5678批次、68156人次；公务用车购置18辆，保有量468辆。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:E10"],
      numberFormats: { "B4:D9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算汇总", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "actual" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B7", why: "公务用车购置及运行维护费: 其中 252.81 + 1,072.46 = 1,325.27, not the 1,352.27 typed" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "合计 2,045.30 = 0 + 720.03 + 1,325.27, the car line as its parts add up: the slip is reported once, at the car line" },
      { rule: "execution.total-mismatch", cell: "C4", why: "2020: 0 + 606.93 + 1,366.73 = 1,973.66, as stated" },
      { rule: "execution.total-mismatch", cell: "C7", why: "2020 car line 197.81 + 1,168.92 = 1,366.73" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "增减率 is change on last year (113.10 / 606.93 = 18.63%), never an execution rate" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "growth on last year, not a rate" },
      { rule: "execution.no-spending", cell: "B5", why: "因公出国（境）费 0 with no budget in the table: nothing to measure" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings and the table gives no budget" },
      { rule: "execution.overspent", why: "no budget column: the 2020 决算数 is last year's spending, not a budget" },
    ],
  },
};
