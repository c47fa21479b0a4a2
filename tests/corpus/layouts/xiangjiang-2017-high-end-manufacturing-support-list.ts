import type { CorpusLayout } from "../types";

// 湖南湘江新区管理委员会 2018-08 公示: the 2017年度 高端制造政策扶持资金 projects proposed for support, one firm a row with its
// code, area, project, support class and sum; the 名单 itself is a PDF annex the stored page names only, so the grid is ours.
export const layout: CorpusLayout = {
  id: "xiangjiang-2017-high-end-manufacturing-support-list",
  source: {
    title: "2017年度湖南湘江新区高端制造政策扶持资金拟支持项目名单（表据公示通知拟）",
    url: "http://xykjcx.com/News/Details/26588",
    publisher: "湖南湘江新区管理委员会",
    date: "2018-08-16",
    changes:
      "The notice (湘新管发〔2016〕23号 and 〔2017〕23号 as basis, 企业自主申报 … 主任办公会审定, 公示期 8-16 to 8-24) is as published; the 名单 is a PDF " +
      "attachment the stored copy does not show, so the columns (序号 | 企业名称 | 统一社会信用代码 | 所在区域 | 项目名称 | 支持类别 | 拟支持金额) and every " +
      "firm, code and sum are ours (长沙 codes 430104 岳麓, 430112 望城, 430182 宁乡). Planted: 洋湖传感's code ends X where its check character is Y; " +
      "麓谷精工's same project listed again on row 10; 株洲天元动力 placed in 株洲市天元区, outside 长沙市 which holds the new area.",
  },
  classes: ["register", "award-list", "publicity-list", "credit-codes", "districts-as-places", "support-class-column", "own-project-column", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "national-new-area", "hunan"],
  settings: { district: "长沙市", asOf: "2018-08-16" },
  sheets: [
    {
      name: "拟支持项目",
      widths: [6, 30, 22, 14, 34, 22, 14],
      rows: [
        ["2017年度湖南湘江新区高端制造政策扶持资金拟支持项目名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在区域", "项目名称", "支持类别", "拟支持金额"],
        [1, "湖南麓谷精工装备有限公司", "91430104MA4F218NUT", "岳麓区", "高精度数控机床主轴生产线技术改造", "智能化技术改造", 300],
        [2, "湖南梅溪智能科技有限公司", "91430104MA4DWJJRKW", "岳麓区", "工业机器人精密减速器研发及产业化", "首台（套）重大技术装备", 200],
        [3, "长沙望城金桥新材料有限公司", "91430112MA4HTADW72", "望城区", "高性能铝合金型材扩产项目", "新建高端制造项目", 500],
        [4, "湖南铜官航空部件有限公司", "91430112MA4RYGGAYN", "望城区", "航空复合材料构件生产线", "新建高端制造项目", 450],
        [5, "宁乡金洲精密机械有限公司", "91430182MA4MKW6Q7Q", "宁乡市", "智能农机关键零部件生产线", "智能化技术改造", 180],
        [6, "湖南洋湖传感技术有限公司", "91430104MA4TWR7DUX", "岳麓区", "MEMS压力传感器封装测试线", "智能化技术改造", 120],
        [7, "湖南麓谷精工装备有限公司", "91430104MA4F218NUT", "岳麓区", "高精度数控机床主轴生产线技术改造", "智能化技术改造", 300],
        [8, "株洲天元动力装备有限公司", "91430211MA48R6TBNK", "株洲市天元区", "轨道交通牵引电机生产线", "新建高端制造项目", 260],
        [9, "宁乡华拓机电有限公司", "91430182MA4MKJ2LTG", "宁乡市", "伺服电机生产线智能化改造", "智能化技术改造", 150],
        ["合计", null, null, null, null, null, 2460],
        ["注：公示期为2018年8月16日至8月24日（共7个工作日），对公示项目持有异议的，可书面向湖南湘江新区管理委员会提出。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A13:F13", "A14:G14"],
      numberFormats: { "G4:G13": "#,##0" },
    },
  ],
  // Corrected after measurement (counted failed): stated 支持类别 as the category and one cap.unknown-policy for the
  // title's fund; docs/rules.md reads a column headed by its support word and 类别 as each row's policy item, each
  // unknown item reported once at its first row.
  expect: {
    tables: [
      {
        sheet: "拟支持项目",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "project", F: "item", G: "approved" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "C9", why: "91430104MA4TWR7DU + X: the GB 32100 check character of 91430104MA4TWR7DU is Y, not X" },
      { rule: "register.duplicate", cell: "G10", why: "湖南麓谷精工装备有限公司 (91430104MA4F218NUT) is already on row 4 with the same project and 300万元, same policy and year" },
      { rule: "register.ineligible-location", cell: "D11", why: "株洲市天元区 is in 株洲, outside 长沙市 (the new area lies in 岳麓、望城、宁乡)" },
      { rule: "cap.unknown-policy", cell: "F4", why: "no catalog: 智能化技术改造 (5 rows) has no cap to check its amounts against; reported once" },
      { rule: "cap.unknown-policy", cell: "F5", why: "首台（套）重大技术装备 likewise, reported once" },
      { rule: "cap.unknown-policy", cell: "F6", why: "新建高端制造项目 (3 rows) likewise, reported once" },
    ],
    absent: [
      { rule: "register.location-code-mismatch", cell: "C11", why: "the row is already placed outside; 430211 agrees with 株洲市天元区 anyway" },
      { rule: "register.ineligible-location", cell: "D8", why: "宁乡市 is a county-level city of 长沙市" },
      { rule: "register.ineligible-location", cell: "D6", why: "望城区 is a district of 长沙市" },
      { rule: "composition.total-mismatch", cell: "G13", why: "合计 2,460 = 300 + 200 + 500 + 450 + 180 + 120 + 300 + 260 + 150, the lines as typed" },
      { rule: "register.duplicate", cell: "G7", why: "金桥新材料 and 铜官航空 share a 支持类别, not a firm" },
      { rule: "register.invalid-credit-code", cell: "C11", why: "91430211MA48R6TBNK is a valid code (the check character K)" },
      { rule: "register.unpaid", why: "a 拟支持 publicity list records no payments" },
    ],
  },
};
