import type { CorpusLayout } from "../types";

// 濮阳市财政局: the city's March budget bulletin — revenue and spending of the general budget by level of government, the city first, then
// 市本级, then 县区级 split into 区级 (four districts and zones) and 县级 (five counties), each subtotal above its members; 当月 | 累计 | 为预算的% |
// 增幅% under each, 税收比重% between them, 为预算的% left blank; no year in the stored copy.
export const layout: CorpusLayout = {
  id: "puyang-march-budget-by-level",
  source: {
    title: "3月份全市一般公共预算收支完成情况（市本级及各县区具体情况表）",
    url: "https://caizheng.puyang.gov.cn/pc/fwzx.asp?a=newsview-4516",
    publisher: "濮阳市财政局",
    changes:
      "As published: the caption 单位:万元, the two header rows (一般公共预算收入 and 一般公共预算支出 each over 当月 | 累计 | 为预算的% | 增幅%, 税收比重% " +
      "between them), the fourteen rows in their order and spelling (区 级, 县 级, 范 县 with a space), 为预算的% blank in every row, growth and " +
      "tax shares as plain numbers. Ours: the title row (worded after the bulletin's sentence and the same office's 5月 table title, with no year, " +
      "as the stored copy gives none) and every figure. Planted: 区 级's 累计 revenue 69,290 where its four members add up to 69,690; 县 级's " +
      "当月 spending 280,240 where its five counties add up to 279,240 (县区级 and 濮阳市 add up from the subtotals as stated).",
  },
  classes: ["execution", "by-level-of-government", "nested-subtotals-above-members", "total-row-first", "two-header-rows", "month-and-cumulative-columns", "growth-rate-column", "share-column", "blank-rate-columns", "spaced-names", "no-year-stated", "wanyuan-caption", "henan"],
  sheets: [
    {
      name: "分级次完成情况",
      widths: [12, 10, 10, 10, 8, 10, 10, 10, 10, 8],
      rows: [
        ["3月份全市一般公共预算分级次完成情况统计表", null, null, null, null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null, null, null, null],
        ["单位名称", "一般公共预算收入", null, null, null, "税收比重%", "一般公共预算支出", null, null, null],
        [null, "当月", "累计", "为预算的%", "增幅%", null, "当月", "累计", "为预算的%", "增幅%"],
        ["濮阳市", 72850, 233900, null, -9.6, 71.2, 370770, 733430, null, -3.8],
        ["市本级", 14520, 55340, null, -21.4, 62.1, 61280, 132460, null, -25.9],
        ["县区级", 58330, 178560, null, -5.8, 74.3, 309490, 600970, null, 2.7],
        ["区 级", 24250, 69290, null, 1.6, 85.2, 29250, 98820, null, -3.1],
        ["华龙区", 13980, 35120, null, 3.6, 80.4, 10850, 33640, null, -8.2],
        ["开发区", 3520, 18760, null, -4.1, 88.7, 12960, 51820, null, 15.3],
        ["工业园区", 1790, 4580, null, 5.2, 90.6, 2630, 7120, null, 12.4],
        ["示范区", 4960, 11230, null, 1.8, 89.5, 2810, 6240, null, -31.6],
        ["县 级", 34080, 109270, null, -9.7, 66.4, 280240, 502150, null, 4.1],
        ["濮阳县", 10860, 38240, null, -12.3, 62.8, 71540, 158260, null, -5.4],
        ["清丰县", 5610, 21030, null, -8.6, 61.5, 35120, 56830, null, -18.9],
        ["南乐县", 7420, 18650, null, -3.9, 58.2, 61870, 98740, null, 16.7],
        ["范 县", 6230, 19870, null, -2.5, 83.6, 48260, 104350, null, 38.2],
        ["台前县", 3960, 11480, null, -6.8, 70.9, 62450, 83970, null, 2.6],
      ],
      merges: ["A1:J1", "A2:J2", "A3:A4", "B3:E3", "F3:F4", "G3:J3"],
      numberFormats: { "B5:C18": "0", "G5:H18": "0", "E5:F18": "0.0", "J5:J18": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分级次完成情况",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 18,
        columns: { A: "line", B: "actual:收入当月", C: "actual", D: "rate", G: "actual:支出当月", H: "actual:支出累计", I: "rate:支出" },
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C8", why: "区 级 累计 revenue 69,290; 华龙区 35,120 + 开发区 18,760 + 工业园区 4,580 + 示范区 11,230 = 69,690: 400万元 apart" },
      { rule: "execution.total-mismatch", cell: "G13", why: "县 级 当月 spending 280,240; the five counties 71,540 + 35,120 + 61,870 + 48,260 + 62,450 = 279,240: 1,000万元 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "县区级 178,560 = 区 级 69,290 + 县 级 109,270 as stated (the districts are not added a second time)" },
      { rule: "execution.total-mismatch", cell: "G7", why: "县区级 309,490 = 29,250 + 280,240 as stated" },
      { rule: "execution.total-mismatch", cell: "C5", why: "濮阳市 233,900 = 市本级 55,340 + 县区级 178,560, not the sum of all thirteen rows under it" },
      { rule: "execution.total-mismatch", cell: "H13", why: "县 级 累计 spending 502,150 = its five counties" },
      { rule: "execution.rate-mismatch", why: "增幅% compares with last year and 税收比重% is a share of revenue: neither is an execution rate; 为预算的% is blank" },
      { rule: "execution.overspent", why: "the table states no budget" },
      { rule: "execution.no-spending", why: "the table states no budget" },
      { rule: "input.unreadable-value", why: "blank 为预算的% cells are nothing; negative growth figures are numbers" },
    ],
  },
};
