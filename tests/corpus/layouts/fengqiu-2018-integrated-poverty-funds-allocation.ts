import type { CorpusLayout } from "../types";

// 封丘县 2018-11-01: 统筹整合涉农资金（专项扶贫资金）2101.905898万元 — four sources stated to the 0.000001万元
// (新增地方政府专项债券, 农村公路省补助切块, 危房改造中央和省级补助, 县级盘活资金), then the allocation by project
// in the annex (11.1资金公示分配表). Six-decimal 万元 figures in both.
export const layout: CorpusLayout = {
  id: "fengqiu-2018-integrated-poverty-funds-allocation",
  source: {
    title: "封丘县扶贫资金分配情况公告公示（附件：11.1资金公示分配表）",
    url: "http://m.hvsu.cn/zdlyxxgk/czzj/qt/1544753217945.html",
    publisher: "封丘县人民政府",
    date: "2018-11-01",
    changes:
      "Sheet 资金来源: the notice's 一、资金来源 — the four sources and 以上资金合计2101.905898万元 — as published, set out as a table " +
      "(序号 | 资金来源 | 金额（万元）). Sheet 分配表: the annex is an xls the stored copy does not show; its title is the annex's name, the " +
      "columns (序号 | 乡镇 | 项目名称 | 资金来源 | 数量（户） | 补助标准（万元/户） | 分配资金), the projects and the split are ours, made " +
      "to spend each source exactly. Planted: 黄陵镇's line written 585 where the sources allow 580, so the lines add up to 2,106.905898 " +
      "against the stated 2,101.905898.",
  },
  classes: ["composition", "allocation-by-project", "two-sheets", "six-decimal-wanyuan", "sources-of-funds", "unit-times-quantity", "standard-heading", "towns-as-places", "wanyuan-in-header", "henan"],
  sheets: [
    {
      name: "资金来源",
      widths: [6, 44, 18],
      rows: [
        ["封丘县2018年统筹整合涉农资金（专项扶贫资金）来源", null, null],
        ["序号", "资金来源", "金额（万元）"],
        [1, "2018年新增地方政府专项债券项目资金", 2069.985898],
        [2, "2018年农村公路建设项目省补助切块资金", 24.444082],
        [3, "2018年农村危房改造中央和省级补助资金（第二批）", 1.8],
        [4, "县级盘活资金", 5.675918],
        ["合计", null, 2101.905898],
      ],
      merges: ["A1:C1", "A7:B7"],
      numberFormats: { "C3:C7": "0.000000" },
    },
    {
      name: "分配表",
      widths: [6, 12, 30, 30, 10, 14, 16],
      rows: [
        ["11.1资金公示分配表", null, null, null, null, null, null],
        ["序号", "乡镇", "项目名称", "资金来源", "数量（户）", "补助标准（万元/户）", "分配资金（万元）"],
        [1, "陈桥镇", "易地扶贫搬迁安置区配套道路", "新增地方政府专项债券", null, null, 612.4],
        [2, "黄陵镇", "产业扶贫车间建设", "新增地方政府专项债券", null, null, 585],
        [3, "留光镇", "农村饮水安全巩固提升工程", "新增地方政府专项债券", null, null, 436.585898],
        [4, "荆乡回族乡", "贫困村村组道路", "新增地方政府专项债券", null, null, 441],
        [5, "王村乡", "通村公路建设", "农村公路建设项目省补助切块资金", null, null, 24.444082],
        [6, "李庄镇", "建档立卡贫困户危房改造", "农村危房改造中央和省级补助资金（第二批）", 3, 0.6, 1.8],
        [7, "应举镇", "扶贫项目公告公示牌", "县级盘活资金", null, null, 5.675918],
        ["合计", null, null, null, null, null, 2101.905898],
      ],
      merges: ["A1:G1", "A10:F10"],
      numberFormats: { "G3:G10": "0.000000" },
    },
  ],
  expect: {
    tables: [
      { sheet: "资金来源", kind: "composition", unit: "万元", headerRow: 2, lastRow: 7, columns: { B: "line", C: "amount" }, year: 2018 },
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "category", C: "line", E: "quantity", F: "unitAmount", G: "amount" },
        year: 2018,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        sheet: "分配表",
        cell: "G10",
        why: "612.4 + 585 + 436.585898 + 441 + 24.444082 + 1.8 + 5.675918 = 2,106.905898万元; 合计 states 2,101.905898 (5万元 less)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "资金来源", cell: "C7", why: "2,069.985898 + 24.444082 + 1.8 + 5.675918 = 2,101.905898 exactly" },
      { rule: "composition.line-mismatch", sheet: "分配表", cell: "G8", why: "3户 × 0.6万元 = 1.8" },
      { rule: "composition.line-rounded", why: "the one priced line is exact (3 × 0.6 = 1.8)" },
      { rule: "register.ineligible-location", why: "an allocation by project, not a register; the towns are 封丘's" },
      { rule: "cap.unknown-policy", why: "not a register" },
    ],
  },
};
