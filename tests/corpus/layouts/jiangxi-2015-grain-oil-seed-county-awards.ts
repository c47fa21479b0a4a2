import type { CorpusLayout } from "../types";

// 江西省财政厅 2015-05 (人民网): the 2015 central awards to 江西's grain, oil and seed counties — 产粮大县 11.48亿元 to 46 counties (南昌县,
// 丰城市, 鄱阳县 the 超级产粮大县), 商品粮大省 2.3亿, 产油大县 1.26亿 (each county not less than 100万元), 制种大县 宜黄县 1,305万元. Built as
// an allocation by kind of award in 万元, the 合计 first, the 产粮大县 line split into its 超级 and 常规 counties.
export const layout: CorpusLayout = {
  id: "jiangxi-2015-grain-oil-seed-county-awards",
  source: {
    title: "46个县入围产粮大县 江西省获奖励15亿元（奖励资金分配表据正文拟）",
    url: "http://nanchang.baogaosu.com/xinwen/%E5%8E%BF%E5%85%A5%E5%9B%B4%E4%BA%A7%E7%B2%AE%E5%A4%A7%E5%8E%BF%E6%B1%9F%E8%A5%BF%E7%9C%81%E8%8E%B7%E5%A5%96%E5%8A%B1/32973954",
    publisher: "人民网（江西省财政厅）",
    date: "2015-05-15",
    changes:
      "The page is prose: the four awards and their sums (11.48亿 / 2.3亿 / 1.26亿 / 1,305万元), the 46 counties of which three 超级, the 100万元 " +
      "floor for each 产油大县, 宜黄县 as a 制种大县. We built the table from it (序号 | 奖励类别 | 奖励对象 | 个数 | 奖励资金 | 备注, 合计 first); " +
      "the split of the 产粮大县 money between 超级 and 常规 counties is ours. Planted: 常规产粮大县 typed 105,020, so the two parts add up to " +
      "114,620 against the line's 114,800.",
  },
  classes: [
    "composition", "allocation-by-kind", "qizhong-parts", "count-column", "remark-column", "floor-in-remark", "whole-wanyuan",
    "wanyuan-caption", "total-row-first", "notes-under-table", "table-from-prose", "news-report", "province-fund", "jiangxi",
  ],
  settings: { district: "江西省" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 22, 26, 8, 14, 26],
      rows: [
        ["2015年中央财政产粮（油）大县奖励资金分配表（表据正文拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "奖励类别", "奖励对象", "个数", "奖励资金", "备注"],
        ["合计", null, null, null, 151705, null],
        ["一", "产粮大县奖励", "产粮大县", 46, 114800, null],
        [null, "其中：超级产粮大县", "南昌县、丰城市、鄱阳县", 3, 9600, null],
        [null, "      常规产粮大县", "其余43个县（市、区）", 43, 105020, null],
        ["二", "商品粮大省奖励", "省级统筹", null, 23000, "江西为13个粮食主产区之一"],
        ["三", "产油大县奖励", "入围产油大县", null, 12600, "入围县奖金不低于100万元"],
        ["四", "制种大县奖励", "宜黄县", 1, 1305, "全国20个制种大县之一"],
        ["注：中央下拨我省产粮大县奖金11.48亿元、商品粮大省奖金2.3亿元、产油大县奖励1.26亿元、制种大县奖金1305万元。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A4:D4", "A11:F11"],
      numberFormats: { "E4:E10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "line", D: "quantity", E: "amount" },
        year: 2015,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "E5",
        why: "产粮大县奖励 114,800, its 其中 parts 9,600 + 105,020 = 114,620: 180万元 apart",
      },
    ],
    absent: [
      {
        rule: "composition.total-mismatch",
        cell: "E4",
        why: "合计 151,705 = 114,800 + 23,000 + 12,600 + 1,305, the kinds as typed; the 其中 parts are not added in again",
      },
      { rule: "composition.total-mismatch", cell: "D5", why: "46 counties = 3 + 43" },
      { rule: "composition.line-mismatch", why: "no unit amount: 个数 is a count beside the money, not a multiplier" },
      { rule: "input.unreadable-value", cell: "F9", why: "不低于100万元 is a remark (a floor), no figure of the table" },
      { rule: "input.unreadable-value", cell: "A11", why: "the note under the table is no line" },
    ],
  },
};
