import type { CorpusLayout } from "../types";

// 广西 自治区财政厅 2025-02-14: the 2025 中央预算内基建提前批 money (29.12亿元) by 专项 — 铁路, 水利, 城市地下管网设施, 优质高效医疗卫生
// 服务体系, 乡村振兴, 生态保护修复 — each with what it supports; laid out as an allocation in 亿元, 合计 first.
export const layout: CorpusLayout = {
  id: "guangxi-2025-central-capital-advance-allocation",
  source: {
    title: "全区下达资金29.12亿元支持重点领域、项目建设（2025年中央预算内基建提前批资金分配表据报道拟）",
    url: "http://fy315.com/jujiao/61097.html",
    publisher: "广西壮族自治区财政厅（转载）",
    date: "2025-02-14",
    changes:
      "The report names six 专项 with their money (铁路10, 水利6.83, 城市地下管网设施6.46, 医疗卫生2, 乡村振兴2.25, 生态保护修复1.58亿元) and what " +
      "each supports; the table, its headings, the 合计 row first and the note are ours (表据报道拟). Planted: 城市地下管网设施专项 typed 6.64 " +
      "(the report's 6.46), so the six lines add up to 29.30 against the 合计 29.12.",
  },
  classes: ["composition", "allocation-by-use", "special-funds-as-lines", "remark-column", "total-row-first", "two-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "news-report", "province-fund", "guangxi"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 30, 14, 44],
      rows: [
        ["2025年中央预算内基建提前批资金分配情况表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["序号", "专项", "下达资金", "主要支持方向"],
        [null, "合计", 29.12, null],
        [1, "铁路专项", 10, "西部陆海新通道建设"],
        [2, "水利专项", 6.83, "中小型水库除险加固"],
        [3, "城市地下管网设施专项", 6.64, "城市防洪排涝管网建设更新"],
        [4, "优质高效医疗卫生服务体系专项", 2, "医院建设工程"],
        [5, "乡村振兴专项", 2.25, "道路、河渠、产业基地等项目建设"],
        [6, "生态保护修复专项", 1.58, "森林火灾监控工程、红水河水土流失及石漠化综合治理"],
        ["注：资金与超长期特别国债、政府专项债等相互衔接，由主管部门及有关市县严格落实项目投资计划执行和监管的主体责任。", null, null, null],
      ],
      merges: ["A1:D1", "A11:D11"],
      numberFormats: { "C4:C10": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 10, columns: { B: "line", C: "amount" }, year: 2025 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C4", why: "合计 29.12 ≠ 10.00 + 6.83 + 6.64 + 2.00 + 2.25 + 1.58 = 29.30 (0.18亿元 apart, far beyond 2-decimal rounding)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "no quantity or unit column: each 专项's money is its own share" },
      { rule: "input.unreadable-value", cell: "D10", why: "主要支持方向 is text (红水河 is a river, no figure)" },
      { rule: "composition.total-mismatch", cell: "A11", why: "the note under the table is no row" },
    ],
  },
};
