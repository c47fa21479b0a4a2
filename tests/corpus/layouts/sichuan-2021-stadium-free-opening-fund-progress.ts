import type { CorpusLayout } from "../types";

// 四川省体育局 2021-05-12: the province's 民生实事 progress table for item 二十 (89 large public stadiums opened free or at low
// charge) — 地区 | 项目推进情况（个）: 目标任务 / 完成情况 / 完成比例 | 资金拨付情况（万元、%）: 年初预算安排数 / 资金预算下达数 /
// 资金预算下达比例 / 资金拨付数 / 资金拨付比例 / 未达到序时进度说明, the 全省 row first, the cities' names spaced (成 都).
export const layout: CorpusLayout = {
  id: "sichuan-2021-stadium-free-opening-fund-progress",
  source: {
    title: "2021年民生实事推进情况（二十、实施89个大型公共体育场馆免费或低收费开放）",
    url: "https://m.pouringspot.com/tyj/sctyj/msgc/2021/5/12/ba7ffb616daf44f193e60a6e52bb6300.shtml",
    publisher: "四川省体育局",
    date: "2021-05-12",
    changes:
      "As published: the three header rows (the item heading over 项目推进情况（个） and 资金拨付情况（万元、%）, then the nine headings), the 全省 " +
      "row first, the spaced two-character city names, rates typed as text, 拨付比例 measured against 年初预算安排数 (as the published rows " +
      "compute). Ours: the as-of caption (截至2021年4月30日, the page dated 12 May), the note, every figure, and the cut to twelve cities " +
      "(the 全省 row adds only them). Planted: 全省 资金拨付数 typed 2,678.26 where the cities add to 2,687.26 (its rate 39.91% follows " +
      "the typed figure); 绵 阳 拨付比例 typed 45.31% for 239.20 / 530 = 45.13%; 阿 坝 at 13.98% against a time progress of 4/12 = 33.33%.",
  },
  classes: [
    "execution", "progress-table", "three-header-rows", "item-heading-over-header", "count-block-beside-money", "two-rates-side-by-side",
    "rate-against-initial-budget", "total-row-first", "spaced-place-names", "rates-as-text", "explanation-column", "as-of-caption",
    "notes-under-table", "two-decimal-wanyuan", "province-wide-fund", "excerpt", "sichuan",
  ],
  settings: { district: "四川省", asOf: "2021-04-30" },
  sheets: [
    {
      name: "民生实事",
      widths: [10, 10, 10, 10, 14, 14, 14, 12, 12, 30],
      rows: [
        ["2021年民生实事项目推进及资金拨付情况表", null, null, null, null, null, null, null, null, null],
        ["（截至2021年4月30日）", null, null, null, null, null, null, null, null, null],
        ["地区", "二十、实施89个大型公共体育场馆免费或低收费开放", null, null, null, null, null, null, null, null],
        [null, "项目推进情况（个）", null, null, "资金拨付情况（万元、%）", null, null, null, null, null],
        [null, "目标任务", "完成情况", "完成比例", "年初预算安排数", "资金预算下达数", "资金预算下达比例", "资金拨付数", "资金拨付比例", "未达到序时进度说明"],
        ["全 省", 59, 59, "100%", 6710, 6654.7, "99.18%", 2678.26, "39.91%", null],
        ["成 都", 5, 5, "100.00%", 780, 912.7, "117.01%", 312, "40.00%", null],
        ["自 贡", 3, 3, "100.00%", 330, 330, "100.00%", 143.95, "43.62%", null],
        ["攀枝花", 2, 2, "100.00%", 230, 200.1, "87.00%", 200.1, "87.00%", null],
        ["泸 州", 3, 3, "100.00%", 330, 300.1, "90.94%", 96.82, "29.34%", "部分场馆开放补助按季度结算，二季度集中拨付。"],
        ["德 阳", 5, 5, "100.00%", 530, 520, "98.11%", 164.45, "31.03%", "县级资金拨付流程未完成。"],
        ["绵 阳", 5, 5, "100.00%", 530, 504.1, "95.11%", 239.2, "45.31%", null],
        ["广 元", 7, 7, "100.00%", 810, 810, "100.00%", 342, "42.22%", null],
        ["遂 宁", 7, 7, "100.00%", 780, 730.6, "93.67%", 448.32, "57.48%", null],
        ["乐 山", 4, 4, "100.00%", 480, 480, "100.00%", 200.08, "41.68%", null],
        ["南 充", 6, 6, "100.00%", 630, 607.1, "96.37%", 275.37, "43.71%", null],
        ["阿 坝", 9, 9, "100.00%", 950, 930, "97.89%", 132.81, "13.98%", null],
        ["凉 山", 3, 3, "100.00%", 330, 330, "100.00%", 132.16, "40.05%", null],
        ["注：资金预算下达比例＝资金预算下达数÷年初预算安排数；资金拨付比例＝资金拨付数÷年初预算安排数；序时进度按4个月计算为33.33%。", null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:J1", "A2:J2", "A3:A5", "B3:J3", "B4:D4", "E4:J4", "A19:J19"],
      numberFormats: { "E6:F18": "0.00", "H6:H18": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "民生实事",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 18,
        columns: { A: "line", E: "initialBudget", H: "actual", I: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "H6", why: "全省 资金拨付数 2,678.26 ≠ 312.00 + 143.95 + 200.10 + 96.82 + 164.45 + 239.20 + 342.00 + 448.32 + 200.08 + 275.37 + 132.81 + 132.16 = 2,687.26" },
      { rule: "execution.rate-mismatch", cell: "I12", why: "绵 阳 239.20 / 530.00 = 45.13%, typed 45.31%" },
      { rule: "execution.behind-schedule", cell: "I17", why: "阿 坝 132.81 / 950.00 = 13.98% against a time progress of 4/12 = 33.33% at 30 April: 19.35 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "E6", why: "年初预算安排数 6,710 = 780 + 330 + 230 + 330 + 530 + 530 + 810 + 780 + 480 + 630 + 950 + 330" },
      { rule: "execution.total-mismatch", cell: "F6", why: "下达数 6,654.70 = the twelve cities' 下达数 as typed" },
      { rule: "execution.rate-mismatch", cell: "I6", why: "39.91% = 2,678.26 / 6,710 as typed: the slip is in the amount, reported once" },
      { rule: "execution.behind-schedule", cell: "I10", why: "泸 州 29.34% is 3.99 points under 33.33%: within 5 points" },
      { rule: "execution.behind-schedule", cell: "I11", why: "德 阳 31.03% is 2.30 points under 33.33%" },
      { rule: "execution.overspent", cell: "F7", why: "成 都's 下达数 912.70 above its 年初预算 780 is money passed down (117.01%), not spending; 拨付 312.00 is under 780" },
      { rule: "execution.rate-mismatch", cell: "I15", why: "乐 山 200.08 / 480 = 41.68%" },
      { rule: "execution.behind-schedule", cell: "A6", why: "a total row gets no spending status of its own" },
      { rule: "input.unreadable-value", cell: "A19", why: "the note under the table" },
    ],
  },
};
