import type { CorpusLayout } from "../types";

// 浙江省财政厅 浙江省残疾人联合会 2018-02-26: 困难残疾人生活补贴和重度残疾人护理补贴补助资金分配表 — a province-wide allocation laid out in
// three side-by-side 单位 | 金额 panels read down one panel then the next: 全省合计 first, each city as 市小计 over the city (其中：市本级 and its
// districts under it) and then its counties. 湖州市小计 typed 314 where 湖州市 71 + 德清 48 + 长兴 55 + 安吉 130 = 304.
export const layout: CorpusLayout = {
  id: "zhejiang-2018-disabled-subsidies-allocation",
  source: {
    title: "浙江省财政厅 浙江省残疾人联合会关于下达2018年困难残疾人生活补贴和重度残疾人护理补贴补助资金的通知（附件：补助资金分配表）",
    url: "https://www.hzsc.gov.cn/art/2018/3/8/art_1229567318_3921765.html",
    publisher: "浙江省财政厅、浙江省残疾人联合会",
    date: "2018-02-26",
    changes:
      "As published: the title, the caption 金额单位：万元 at the right, the three 单位 | 金额 panels side by side, 全省合计 first, each city's " +
      "…市小计 over the city's own line, 其中：市本级 and its districts, then its counties and county-level cities. Cut: eight of the eleven cities " +
      "(杭州、湖州、舟山 kept, 宁波 was not sent the notice). Every amount is ours, the 全省合计 the sum of the kept cities. Planted: 湖州市小计 typed " +
      "314 where 湖州市 71 + 德清县 48 + 长兴县 55 + 安吉县 130 = 304.",
  },
  classes: [
    "composition", "allocation-by-county", "three-panels-side-by-side", "panels-read-down", "total-row-first", "city-subtotal-rows",
    "qizhong-lines", "city-own-level-line", "districts-under-city", "whole-wanyuan", "wanyuan-caption", "province-wide-fund", "province-level", "zhejiang",
  ],
  settings: { district: "浙江省" },
  sheets: [
    {
      name: "分配表",
      widths: [16, 10, 16, 10, 16, 10],
      rows: [
        ["2018年困难残疾人生活补贴和重度残疾人护理补贴补助资金分配表", null, null, null, null, null],
        [null, null, null, null, "金额单位：万元", null],
        ["单位", "金额", "单位", "金额", "单位", "金额"],
        ["全省合计", 1886, "富阳区", 35, "德清县", 48],
        ["杭州市小计", 1259, "临安区", 230, "长兴县", 55],
        ["杭州市", 496, "桐庐县", 118, "安吉县", 130],
        ["其中：市本级", 12, "淳安县", 305, "舟山市小计", 323],
        ["上城区", 26, "建德市", 340, "舟山市", 241],
        ["拱墅区", 25, "湖州市小计", 314, "其中：市本级", 3],
        ["西湖区", 34, "湖州市", 71, "定海区", 128],
        ["滨江区", 8, "其中：市本级", 2, "普陀区", 110],
        ["萧山区", 70, "吴兴区", 33, "岱山县", 62],
        ["余杭区", 56, "南浔区", 36, "嵊泗县", 20],
      ],
      merges: ["A1:F1", "E2:F2"],
      numberFormats: { "B4:B13": "0", "D4:D13": "0", "F4:F13": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "line", B: "amount", C: "line", D: "amount", E: "line", F: "amount" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D9", why: "湖州市小计 314; 湖州市 71 + 德清县 48 + 长兴县 55 + 安吉县 130 = 304 (10万元 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B4", why: "全省合计 1,886 = 杭州 1,259 + 湖州 304 + 舟山 323, the 小计s as their lines add up: the slip is reported once, at 湖州市小计" },
      { rule: "composition.total-mismatch", cell: "B5", why: "杭州市小计 1,259 = 杭州市 496 + 桐庐 118 + 淳安 305 + 建德 340" },
      { rule: "composition.total-mismatch", cell: "B6", why: "杭州市 496 = 市本级 12 + 上城 26 + 拱墅 25 + 西湖 34 + 滨江 8 + 萧山 70 + 余杭 56 + 富阳 35 + 临安 230" },
      { rule: "composition.total-mismatch", cell: "D10", why: "湖州市 71 = 市本级 2 + 吴兴 33 + 南浔 36" },
      { rule: "composition.total-mismatch", cell: "F7", why: "舟山市小计 323 = 舟山市 241 + 岱山 62 + 嵊泗 20; 舟山市 241 = 3 + 128 + 110" },
    ],
  },
};
