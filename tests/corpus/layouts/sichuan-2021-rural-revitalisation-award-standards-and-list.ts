import type { CorpusLayout } from "../types";

// 中国青年网 (四川日报) 2021-04-15: 四川省财政厅、省农业农村厅 下达 2021 省级财政乡村振兴转移支付 16.5亿元 — the 补助标准 in one paragraph
// (先进县 6000万元、先进乡（镇） 500万元、示范村 60万元 each; 五 / 四 / 三星级园区 2000 / 1500 / 1000万元; 晋级补差 500 / 500 / 1000万元).
// Laid out as the standards' table and, on a second sheet, a city's allocation by object (ours).
export const layout: CorpusLayout = {
  id: "sichuan-2021-rural-revitalisation-award-standards-and-list",
  source: {
    title: "四川省下发16.5亿元乡村振兴奖补资金（补助标准表据报道拟；绵阳市分配明细为拟）",
    url: "http://df-rm.com/yw/2021-04-15/2364.html",
    publisher: "中国青年网（四川日报全媒体）",
    date: "2021-04-15",
    changes:
      "As published: the nine standards (先进县 6000, 先进乡（镇） 500, 示范村 60万元 each; 五星级 2000, 四星级 1500, 三星级 1000万元 per park; 三升四 500, " +
      "四升五 500, 三升五 1000万元 补差) and the 11.5亿 / 5亿 split. The standards' table is ours (表据报道拟); the 绵阳市 allocation sheet is wholly ours " +
      "(objects, places, amounts). Planted: a 四星级现代农业园区 given 2000 against its 1500; 盐亭县黄甸镇龙台村 listed twice as 示范村.",
  },
  classes: ["catalog", "register", "two-sheets", "catalog-in-workbook", "prose-caps", "fixed-awards", "per-object-standards", "upgrade-top-up-items", "places-as-payees", "item-column", "counties-as-places", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "table-from-prose", "news-report", "province-fund", "sichuan"],
  settings: { district: "绵阳市" },
  sheets: [
    {
      name: "补助标准",
      widths: [6, 18, 28, 36],
      rows: [
        ["2021年省级财政乡村振兴奖补资金补助标准", null, null, null],
        ["序号", "类别", "奖补对象", "补助标准"],
        [1, "乡村振兴先进县乡村", "乡村振兴战略先进县（市、区）", "每个一次性奖补6000万元"],
        [2, "乡村振兴先进县乡村", "乡村振兴先进乡（镇）", "每个一次性奖补500万元"],
        [3, "乡村振兴先进县乡村", "乡村振兴示范村", "每个一次性奖补60万元"],
        [4, "星级现代农业园区", "五星级现代农业园区", "每园一次性奖补2000万元"],
        [5, "星级现代农业园区", "四星级现代农业园区", "每园一次性奖补1500万元"],
        [6, "星级现代农业园区", "三星级现代农业园区", "每园一次性奖补1000万元"],
        [7, "园区晋级补差", "三星级升为四星级园区", "补差500万元"],
        [8, "园区晋级补差", "四星级升为五星级园区", "补差500万元"],
        [9, "园区晋级补差", "三星级升为五星级园区", "补差1000万元"],
        ["注：奖补资金与各地现代农业“10+3”产业体系规划统筹衔接使用。", null, null, null],
      ],
      merges: ["A1:D1", "A12:D12"],
    },
    {
      name: "分配明细",
      widths: [6, 16, 28, 28, 14],
      rows: [
        ["2021年绵阳市省级乡村振兴奖补资金分配明细表", null, null, null, null],
        ["序号", "县（市、区）", "奖补对象", "奖补类别", "奖补资金（万元）"],
        [1, "江油市", "江油市", "乡村振兴战略先进县（市、区）", 6000],
        [2, "三台县", "芦溪镇", "乡村振兴先进乡（镇）", 500],
        [3, "游仙区", "魏城镇", "乡村振兴先进乡（镇）", 500],
        [4, "安州区", "睢水镇", "乡村振兴先进乡（镇）", 500],
        [5, "涪城区", "杨家镇桂花村", "乡村振兴示范村", 60],
        [6, "梓潼县", "许州镇双峰村", "乡村振兴示范村", 60],
        [7, "盐亭县", "黄甸镇龙台村", "乡村振兴示范村", 60],
        [8, "北川羌族自治县", "曲山镇石椅村", "乡村振兴示范村", 60],
        [9, "平武县", "响岩镇金峰村", "乡村振兴示范村", 60],
        [10, "三台县", "三台县麦冬现代农业园区", "四星级现代农业园区", 2000],
        [11, "安州区", "安州区粮油现代农业园区", "三星级现代农业园区", 1000],
        [12, "涪城区", "涪城区蔬菜现代农业园区", "三星级升为五星级园区", 1000],
        [13, "盐亭县", "黄甸镇龙台村", "乡村振兴示范村", 60],
        ["合计", null, null, null, 11860],
      ],
      merges: ["A1:E1", "A16:D16"],
    },
  ],
  expect: {
    tables: [
      { sheet: "补助标准", kind: "catalog", headerRow: 2, lastRow: 11, columns: { A: "code", B: "category", C: "item", D: "standard" } },
      { sheet: "分配明细", kind: "register", unit: "万元", headerRow: 2, lastRow: 16, columns: { B: "place", C: "enterprise", D: "item", E: "approved" }, year: 2021 },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "分配明细", cell: "E12", why: "a 四星级现代农业园区 gets 1500万元 per park; 2000 awarded, 500 over" },
      { rule: "register.duplicate", sheet: "分配明细", cell: "E15", why: "黄甸镇龙台村 already has 乡村振兴示范村 in 2021 on row 9" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "分配明细", cell: "E14", why: "三星级升为五星级园区 补差 is 1000万元: 1000 is at the standard, not over" },
      { rule: "cap.exceeded", sheet: "分配明细", cell: "E3", why: "先进县 6000万元 is its standard exactly" },
      { rule: "cap.unknown-policy", sheet: "分配明细", why: "every 奖补类别 is an item of the standards' table" },
      { rule: "register.ineligible-location", sheet: "分配明细", why: "江油、三台、游仙、安州、涪城、梓潼、盐亭、北川、平武 are all 绵阳市's" },
      { rule: "composition.total-mismatch", sheet: "分配明细", cell: "E16", why: "the 合计 11,860 is the lines' sum as typed (6000 + 3 × 500 + 6 × 60 + 2000 + 1000 + 1000)" },
      { rule: "register.duplicate", sheet: "分配明细", cell: "E6", why: "芦溪镇、魏城镇、睢水镇 are three towns under one item, no repeats" },
    ],
  },
};
