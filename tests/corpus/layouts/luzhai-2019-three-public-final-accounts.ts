import type { CorpusLayout } from "../types";

// 鹿寨县财政局 2021-02-26: the county's 2019 三公经费 final account summed over its towns and county departments, against 2018 on the
// same basis (同口径) — the car line split into purchase and running costs, then the counts of groups, cars and receptions in a note.
export const layout: CorpusLayout = {
  id: "luzhai-2019-three-public-final-accounts",
  source: {
    title: "2019年度鹿寨县“三公”经费支出决算情况（决算表据正文拟）",
    url: "http://luzhai.gov.cn/xxgk/fdzdgknr/yjsgkpt/sgjf/2019_65937/202102/t20210226_2616318.shtml",
    publisher: "鹿寨县财政局",
    date: "2021-02-26",
    changes:
      "The stored page states the account in prose (no grid was found): 2019 决算 1165.08万元, 同口径 down 63.96 (5.2%); 因公出国 0; 公务用车购置费 204.78 " +
      "(down 54.2, 20.93%); 公务用车运行维护费 664.60 (up 53.81, 8.81%); 公务接待费 295.70 (down 60.14, 16.9%); then the counts (团组 0, 购置 100辆, 保有 345辆, " +
      "接待 3978批 28598人次, 境外 23批 142人次). We laid these out as 项目 | 2019年决算数 | 2018年决算数 | 增减额 | 增减率（%） with the car line over its two halves " +
      "and the counts as a note. Ours: all the figures and counts. As on the page, the 2018 column is 同口径 (its 合计 1,211.10 is not the sum of its lines, " +
      "1,207.67). Planted: 2019's 公务用车购置及运行维护费 typed 896.71 while its halves add up to 869.71.",
  },
  classes: ["execution", "three-public-final-accounts", "county-summary", "prior-year-comparison-column", "change-columns", "car-halves-qizhong", "total-row-first", "counts-in-note", "wanyuan-caption", "table-from-prose", "county-fund", "guangxi"],
  sheets: [
    {
      name: "三公经费决算",
      widths: [32, 14, 14, 12, 12],
      rows: [
        ["2019年度鹿寨县“三公”经费支出决算情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "2019年决算数", "2018年决算数（同口径）", "增减额", "增减率（%）"],
        ["“三公”经费合计", 1158.08, 1211.1, -53.02, -4.38],
        ["一、因公出国（境）费", 0, 0, 0, "—"],
        ["二、公务用车购置及运行维护费", 896.71, 857.72, 11.99, 1.4],
        ["    其中：公务用车购置费", 198.46, 251.3, -52.84, -21.03],
        ["          公务用车运行维护费", 671.25, 606.42, 64.83, 10.69],
        ["三、公务接待费", 288.37, 349.95, -61.58, -17.6],
        ["说明：2019年鹿寨县因公出国（境）团组0个，人数0人；公务用车购置96辆，公务用车保有量338辆；国内公务接待批次3862个，接待人次27415人；国（境）外公务接待批次21个，接待人次136人。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:E10"],
      numberFormats: { "B4:D9": "0.00", "E4:E9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "actual" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B6", why: "公务用车购置及运行维护费 896.71; its halves 198.46 + 671.25 = 869.71 (27.00 apart: digits swapped)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "合计 1,158.08 = 0 + 869.71 + 288.37: it agrees with the car line's own halves, so the slip is reported once, at the car line" },
      { rule: "execution.total-mismatch", cell: "C4", why: "2018年决算数 is last year's outcome, a comparison (同口径, 1,211.10 against lines of 1,207.67 by design): no figure of the 2019 table" },
      { rule: "execution.overspent", why: "no budget column: a final account compared with last year" },
      { rule: "execution.no-spending", cell: "B5", why: "因公出国 0 with no budget: nothing left unspent" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, and no budget stands beside" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "增减率 is growth on last year, never an execution rate" },
      { rule: "input.unreadable-value", cell: "A10", why: "the counts (96辆, 27415人次) are a note under the table" },
    ],
  },
};
