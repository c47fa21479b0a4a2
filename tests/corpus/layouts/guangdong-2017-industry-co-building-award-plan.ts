import type { CorpusLayout } from "../types";

// 广东省经济和信息化委 2018-08-14: the 2017 珠三角与粤东西北产业共建 award plan, sent to eight 粤东西北 cities;
// the annex grid is ours, by 地市 with a count of projects beside the money.
export const layout: CorpusLayout = {
  id: "guangdong-2017-industry-co-building-award-plan",
  source: {
    title: "关于下达2017年度珠三角与粤东西北产业共建财政扶持资金项目奖补计划的通知（附件：奖补计划，按地市汇总表据通知拟）",
    url: "http://shaoguan.kjzxfw.com/zhengcexinxi/index/detail/_AD0MNzAk_T_M.html?iframe=true&urt=_MzxNNxjAA03dOlTlEm4d",
    publisher: "广东省经济和信息化委员会、广东省财政厅",
    date: "2018-08-14",
    changes:
      "The stored page shows the notice to the eight cities (韶关、河源、汕尾、江门、阳江、肇庆、清远、云浮) but not its annex; the grid " +
      "(序号 | 地市 | 项目数（个） | 奖补资金 | 备注) by city, the counts and amounts are ours. Planted: the 合计 of 奖补资金 typed 20,380 " +
      "against the eight cities' 20,330.",
  },
  classes: ["composition", "allocation-by-city", "count-column", "remark-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "annex-label-row", "table-from-notice", "province-fund", "guangdong"],
  settings: { district: "广东省" },
  sheets: [
    {
      name: "附件",
      widths: [6, 12, 12, 14, 20],
      rows: [
        ["附件", null, null, null, null],
        ["2017年度珠三角与粤东西北产业共建财政扶持资金项目奖补计划", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "地市", "项目数（个）", "奖补资金", "备注"],
        [1, "韶关市", 12, 3850, null],
        [2, "河源市", 9, 2960, null],
        [3, "汕尾市", 6, 1720, null],
        [4, "江门市", 10, 3240, "含恩平、台山、开平"],
        [5, "阳江市", 5, 1460, null],
        [6, "肇庆市", 8, 2530, "含怀集、封开、德庆、广宁"],
        [7, "清远市", 11, 3380, null],
        [8, "云浮市", 4, 1190, null],
        ["合计", null, 65, 20380, null],
        ["注：奖补资金从预下达的2017、2018年度产业共建资金中列支。", null, null, null, null],
      ],
      merges: ["A2:E2", "A13:B13", "A14:E14"],
    },
  ],
  expect: {
    tables: [
      { sheet: "附件", kind: "composition", unit: "万元", headerRow: 4, lastRow: 13, columns: { B: "line", C: "quantity", D: "amount" }, year: 2017 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D13", why: "3,850 + 2,960 + 1,720 + 3,240 + 1,460 + 2,530 + 3,380 + 1,190 = 20,330, typed 20,380 (50 over)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C13", why: "12 + 9 + 6 + 10 + 5 + 8 + 11 + 4 = 65 projects, as typed" },
      { rule: "composition.total-mismatch", cell: "C5", why: "项目数 is a count, never added into the money" },
      { rule: "register.ineligible-location", why: "the eight cities are in 广东省; 恩平、台山 … in the 备注 are their counties" },
    ],
  },
};
