import type { CorpusLayout } from "../types";

// 西安市发改委 2025-06: the province's 2025 县域经济高质量发展专项资金（第一批）, 1.2亿元 for 西安 — 高陵区 and 周至县 5000万元 each,
// 蓝田县 2000万元. Laid out as the city's allocation by county and project, a 小计 under each county.
export const layout: CorpusLayout = {
  id: "xian-2025-county-economy-fund-batch1-allocation",
  source: {
    title: "省发展改革委下达我市2025年县域经济高质量发展专项资金1.2亿元（分配表据正文拟）",
    url: "https://xadrc.xa.gov.cn/xwzx/dtyw/1935511018983751682.html",
    publisher: "西安市发展和改革委员会",
    date: "2025-06-18",
    changes:
      "As published: 1.2亿元 for 西安, 高陵区 and 周至县 5000万元 each, 蓝田县 2000万元, and the fields it supports (主导产业培育、产业园区、“两重”“两新”及省级重点项目、联农带农产业). " +
      "Ours: the table, the projects and their amounts, the note. Planted: 周至县小计 typed 5000 over projects giving 4800.",
  },
  classes: ["composition", "allocation-by-project", "counties-as-categories", "subtotal-after-lines", "field-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "city-level", "shaanxi"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 12, 36, 16, 12],
      rows: [
        ["2025年县域经济高质量发展专项资金（第一批）西安市项目分配表", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["序号", "区县", "项目名称", "支持领域", "下达资金"],
        [1, "高陵区", "泾河工业园新能源汽车零部件标准化厂房", "产业园区", 2600],
        [2, "高陵区", "高陵现代农业产业园冷链仓储中心", "联农带农产业", 1400],
        [3, "高陵区", "泾渭新城工业企业设备更新", "“两重”“两新”", 1000],
        [null, "高陵区小计", null, null, 5000],
        [4, "周至县", "周至猕猴桃精深加工产业园", "主导产业培育", 2200],
        [5, "周至县", "集贤产业园道路及管网配套", "产业园区", 1800],
        [6, "周至县", "楼观镇农文旅融合联农带农项目", "联农带农产业", 800],
        [null, "周至县小计", null, null, 5000],
        [7, "蓝田县", "蓝田玉文化产业园二期", "主导产业培育", 1200],
        [8, "蓝田县", "汤峪温泉康养小镇（省级重点项目）", "省级重点项目", 800],
        [null, "蓝田县小计", null, null, 2000],
        ["合计", null, null, null, 12000],
        ["注：资金重点支持主导产业培育、产业园区、“两重”“两新”及省级重点项目建设、发展联农带农产业等领域，各区县不得用于平衡预算、偿还债务。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A15:D15", "A16:E16"],
    },
  ],
  settings: { district: "西安市" },
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 15, columns: { B: "category", C: "line", E: "amount" }, year: 2025 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E11", why: "周至县小计 5000; its projects give 2200 + 1800 + 800 = 4800 (200万元 apart, whole figures)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E15", why: "合计 12000 = the 小计s as typed 5000 + 5000 + 2000; the slip is reported once, at 周至县小计" },
      { rule: "composition.total-mismatch", cell: "E7", why: "高陵区小计 5000 = 2600 + 1400 + 1000" },
      { rule: "composition.total-mismatch", cell: "E14", why: "蓝田县小计 2000 = 1200 + 800" },
      { rule: "composition.line-mismatch", why: "no unit × quantity columns" },
    ],
  },
};
