import type { CorpusLayout } from "../types";

// 南昌县农业农村局 2022-07-27: 2022年南昌县耕地地力保护补贴面积核实汇总表 — by 乡(镇场): 村委会 / 村小组 / 户 counts, the area
// under a merged 耕地地力保护补贴面积 (小计 | 确权耕地面积 | 二轮承包耕地面积), the money (面积 × 112元/亩, in 元), last year's area and
// the change; a units row under the headers ((个)(户)(亩)(元)) instead of a caption.
export const layout: CorpusLayout = {
  id: "nanchang-county-2022-farmland-protection-area-summary",
  source: {
    title: "南昌县农业农村局关于2022年耕地地力保护补贴面积核实情况的公示（附件：2022年南昌县耕地地力保护补贴面积核实汇总表）",
    url: "https://saintpaulhem.com/ncx/ncxrmzf/bmysjsdcrcqnhmeet/202207/6cf35a46b8304f179f3a741b9457555f.shtml",
    publisher: "南昌县农业农村局",
    date: "2022-07-27",
    changes:
      "As published: the title, the header wording and order (乡(镇场)名称 | 村委会个数 | 村小组个数 | 户数 | 耕地地力保护补贴面积 over 小计 / " +
      "确权耕地面积 / 二轮承包耕地面积 | 2022年耕地地力保护补贴资金总额 | … | 2021年耕地保护面积 | 与2021年相比面积增加(+)、减少(-)), the units row " +
      "((个)(个)(户)(亩)(亩)(亩)(元)…), the standard 112元/亩 of the notice, and 莲塘镇's and the first towns' counts and areas as far as the stored " +
      "copy shows them. Cut: the columns on the 2021 balance (统筹使用…一次性补贴, 2021年…结余资金, 实际拨补贴资金, 余缺情况) and the towns after 14 " +
      "rows; the later towns' figures and the 合计 row (the stored copy shows none) are ours, so the 合计 is of these rows, not the notice's " +
      "977,505.33亩. Planted: 幽兰镇's 小计 typed 79,756.52 where its parts 75,539.99 + 4,225.53 = 79,765.52 (its money 8,933,738.24 = " +
      "79,765.52 × 112 was computed from the right area); the 合计 of the money written 92,895,981.08 where the towns add up to 92,895,918.08.",
  },
  classes: [
    "composition", "allocation-by-town", "row-total-column", "merged-header-over-three", "two-header-rows", "units-row-under-headers",
    "count-columns", "area-columns", "yuan-amounts", "towns-as-places", "management-committee-as-town", "total-at-foot", "jiangxi",
  ],
  sheets: [
    {
      name: "汇总表",
      widths: [14, 10, 10, 10, 14, 14, 14, 18, 14, 16],
      rows: [
        ["2022年南昌县耕地地力保护补贴面积核实汇总表", null, null, null, null, null, null, null, null, null],
        ["乡(镇场)名称", "村委会个数", "村小组个数", "户数", "耕地地力保护补贴面积", null, null, "2022年耕地地力保护补贴资金总额", "2021年耕地保护面积", "与2021年相比面积增加(+)、减少(-)"],
        [null, null, null, null, "小计", "确权耕地面积", "二轮承包耕地面积", null, null, null],
        [null, "(个)", "(个)", "(户)", "(亩)", "(亩)", "(亩)", "(元)", "(亩)", "(亩)"],
        ["莲塘镇", 5, 28, 1489, 2850.71, 2850.71, null, 319279.52, 3046.65, -195.94],
        ["向塘镇", 22, 272, 16864, 97057.13, 87038.83, 10018.3, 10870398.56, 97268.17, -211.04],
        ["三江镇", 9, 96, 5775, 22602.01, 22427.49, 174.52, 2531425.12, 22602.01, 0],
        ["塘南镇", 25, 208, 13249, 113764.92, 111233.4, 2531.52, 12741671.04, 113346.34, 418.58],
        ["幽兰镇", 29, 241, 16813, 79756.52, 75539.99, 4225.53, 8933738.24, 79633.57, 131.95],
        ["蒋巷镇", 19, 177, 16880, 139555.18, 137765.47, 1789.71, 15630180.16, 139641.58, -86.4],
        ["武阳镇", 15, 133, 9270, 62090.48, 61250.36, 840.12, 6954133.76, 62038.18, 52.3],
        ["冈上镇", 16, 150, 10425, 71595.54, 70385.1, 1210.44, 8018700.48, 71725.71, -130.17],
        ["广福镇", 13, 121, 8642, 52821.05, 52160.75, 660.3, 5915957.6, 52821.05, 0],
        ["泾口乡", 14, 126, 9318, 61423.9, 60518.22, 905.68, 6879476.8, 61399.29, 24.61],
        ["南新乡", 12, 98, 7206, 49242.8, 48730.54, 512.26, 5515193.6, 49282.88, -40.08],
        ["黄马乡", 17, 142, 8910, 42636.1, 41285.63, 1350.47, 4775243.2, 42620.6, 15.5],
        ["八一乡", 10, 84, 5612, 30372.25, 30127.4, 244.85, 3401692, 30372.25, 0],
        ["银三角管委会", 4, 22, 1380, 3650.25, 3650.25, null, 408828, 3662.95, -12.7],
        ["合计", 210, 1898, 131833, 829427.84, 804964.14, 24463.7, 92895981.08, 829461.23, -33.39],
      ],
      merges: ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "I2:I3", "J2:J3"],
      numberFormats: { "E5:G19": "0.00", "H5:H19": "#,##0.00", "I5:J19": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "汇总表", kind: "composition", unit: "元", headerRow: 2, lastRow: 19, columns: { A: "line", H: "amount" }, year: 2022 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E9", why: "幽兰镇 小计 79,756.52亩 where 确权 75,539.99 + 二轮承包 4,225.53 = 79,765.52: 9.00亩 short (digits swapped)" },
      { rule: "composition.total-mismatch", cell: "H19", why: "合计 of the money 92,895,981.08元; the towns add up to 92,895,918.08元: 63.00元 too much" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E19", why: "合计 小计 829,427.84 is the towns' true areas; the slip is 幽兰镇's E9, reported once there, not again at the total it feeds" },
      { rule: "composition.total-mismatch", cell: "F19", why: "确权耕地面积 804,964.14 = the towns' sum" },
      { rule: "composition.total-mismatch", cell: "G19", why: "二轮承包 24,463.70 = the towns' sum (blank = nothing for 莲塘镇 and 银三角管委会)" },
      { rule: "composition.total-mismatch", cell: "D19", why: "户数 131,833 is a count and adds up" },
      { rule: "composition.total-mismatch", cell: "J19", why: "the change column (negative figures) adds up to −33.39; it is no part of the money" },
      { rule: "composition.line-mismatch", why: "no unit column: each line's money is its area × 112元/亩 (the notice's standard), and none differs" },
      { rule: "input.unreadable-value", why: "the units row ((个)(户)(亩)(元)) is labels, not values" },
      { rule: "register.ineligible-location", why: "a composition by town, no register; 银三角管委会 is an area of 南昌县" },
    ],
  },
};
