import type { CorpusLayout } from "../types";

// 海西州 2017 (news): 节能减排降碳资金1748万元 — 企业补助类 970 (青海发投碱业等8家企业), 既有建筑节能改造 640 (德令哈、格尔木), 财政奖补 138.
// Laid out as the 州财政局's 资金下达表: 序号 | 项目 | 下达金额 | 备注, 一 / 二 / 三 with 二 split into the two cities, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "haixi-2017-energy-saving-emission-fund-by-use",
  source: {
    title: "海西州2017年节能减排降碳资金下达情况（资金下达表据报道拟）",
    url: "http://m.103554s.cn/news/show-126395.html",
    publisher: "海西蒙古族藏族自治州财政局（新闻报道）",
    date: "2017",
    changes:
      "As published: 节能减排降碳资金1748万元 in three parts — 企业补助类 970万元 for 8 firms' 节能技术改造、清洁示范生产、污染减排与循环利用, 节能改造 640万元 " +
      "for 德令哈 and 格尔木's 既有居住建筑与公共建筑, 财政奖补 138万元 for firms' structural upgrading. The grid and the two cities' shares (260 / 380) are ours. " +
      "Planted: 格尔木市 typed 370, so 二's lines (260 + 370 = 630) miss its 640.",
  },
  classes: ["composition", "allocation-by-use", "sub-lines-under-items", "cities-as-lines", "outline-numbering", "remark-column", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report", "prefecture-fund", "qinghai"],
  settings: { district: "海西蒙古族藏族自治州" },
  sheets: [
    {
      name: "资金下达表",
      widths: [6, 36, 12, 40],
      rows: [
        ["海西州2017年节能减排降碳资金下达表", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "项目", "下达金额", "备注"],
        ["一", "企业补助类资金", 970, "青海发投碱业等8家企业节能技术改造、清洁示范生产、污染减排与循环利用项目"],
        ["二", "既有建筑节能改造资金", 640, "既有居住建筑与公共建筑节能改造"],
        [1, "德令哈市", 260, null],
        [2, "格尔木市", 370, null],
        ["三", "财政奖补资金", 138, "工业企业结构调整、产业结构优化升级表现优秀企业奖补"],
        ["合计", null, 1748, null],
        ["注：企业补助类资金按项目拨付至企业，节能改造资金拨付至市财政局。", null, null, null],
      ],
      merges: ["A1:D1", "A9:B9", "A10:D10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "资金下达表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 9, columns: { B: "line", C: "amount" }, year: 2017 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C5", why: "既有建筑节能改造资金: 德令哈市 260 + 格尔木市 370 = 630, not the 640 stated" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C9", why: "合计 1,748 = 970 + 640 + 138, the items as typed (the city lines are not added again)" },
      { rule: "register.ineligible-location", why: "德令哈市 and 格尔木市 are cities of 海西州" },
      { rule: "input.unreadable-value", cell: "A10", why: "the note under the table is no data row" },
      { rule: "cap.unknown-policy", why: "an allocation by use, not an award list" },
    ],
  },
};
