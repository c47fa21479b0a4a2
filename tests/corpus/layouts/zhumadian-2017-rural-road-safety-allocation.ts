import type { CorpusLayout } from "../types";

// 驻马店市财政局 2017: the province's 切块 money for rural-road safety works, 7,560万元 of it put into the poor counties' integrated farm
// funds, by 县区 — 资金 merged over 合计 and the four batches (第一批县乡道安防 2,739, 第一批村道安防 156, 第二批县乡道安防 4,192,
// 第二批村道安防 473), the unit in the title's bracket.
export const layout: CorpusLayout = {
  id: "zhumadian-2017-rural-road-safety-allocation",
  source: {
    title: "2017年第一批县乡道安防、第一批村道安防及第二批农村公路安防工程等项目切块省补助统筹整合涉农资金分配情况公告公示（五、资金分配情况表）",
    url: "http://czj.zhumadian.gov.cn/xxgk/news/2955.html",
    publisher: "驻马店市财政局",
    date: "2017",
    changes:
      "As published: the table's two-line title with （万元） closing it, 县区名称 and 资金 as the first headings (the stored copy stops there), and the four " +
      "batches' totals the notice states (2,739 + 156 + 4,192 + 473 = 7,560万元). Ours: the headings under 资金 (合计 and the four batches, in the notice's " +
      "order and wording), the seven counties and every county figure, the 合计 row at the foot. Planted: the 合计 row's 第二批村道安防 written 437 where " +
      "the counties add up to 473 (the notice's figure).",
  },
  classes: [
    "composition", "allocation-by-county", "merged-header-over-five", "two-header-rows", "row-total-column", "batch-columns", "unit-in-title-bracket",
    "two-line-title", "whole-wanyuan", "total-at-foot", "city-finance-bureau", "henan",
  ],
  sheets: [
    {
      name: "分配情况表",
      widths: [12, 10, 16, 14, 16, 14],
      rows: [
        ["2017年第一批县乡道安防、第一批村道安防及第二批农村公路安防", null, null, null, null, null],
        ["工程等项目切块省补助统筹整合涉农资金分配情况表（万元）", null, null, null, null, null],
        ["县区名称", "资金", null, null, null, null],
        [null, "合计", "2017年第一批县乡道安防工程项目资金", "2017年第一批村道安防项目资金", "2017年第二批县乡道安防工程项目资金", "2017年第二批村道安防项目资金"],
        ["上蔡县", 1246, 452, 26, 690, 78],
        ["平舆县", 1009, 368, 20, 560, 61],
        ["确山县", 1095, 395, 22, 612, 66],
        ["泌阳县", 1343, 486, 28, 745, 84],
        ["汝南县", 937, 341, 18, 520, 58],
        ["正阳县", 909, 327, 20, 503, 59],
        ["新蔡县", 1021, 370, 22, 562, 67],
        ["合计", 7560, 2739, 156, 4192, 437],
      ],
      merges: ["A1:F1", "A2:F2", "A3:A4", "B3:F3"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配情况表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { A: "line", B: "amount", C: "amount:第一批县乡道", D: "amount:第一批村道", E: "amount:第二批县乡道", F: "amount:第二批村道" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F12", why: "第二批村道安防 合计 437; the counties 78 + 61 + 66 + 84 + 58 + 59 + 67 = 473: 36万元 apart (whole figures, no rounding)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B12", why: "合计 7,560 = 1,246 + 1,009 + 1,095 + 1,343 + 937 + 909 + 1,021, and = 2,739 + 156 + 4,192 + 473 with F12 as its lines add up: the slip is reported once, at F12" },
      { rule: "composition.total-mismatch", cell: "C12", why: "452 + 368 + 395 + 486 + 341 + 327 + 370 = 2,739" },
      { rule: "composition.total-mismatch", cell: "D12", why: "26 + 20 + 22 + 28 + 18 + 20 + 22 = 156" },
      { rule: "composition.total-mismatch", cell: "E12", why: "690 + 560 + 612 + 745 + 520 + 503 + 562 = 4,192" },
      { rule: "composition.total-mismatch", cell: "B7", why: "确山县 395 + 22 + 612 + 66 = 1,095; every county's 合计 is its four batches" },
      { rule: "composition.line-mismatch", why: "no unit or quantity: the counties' shares come from weighted factors the notice describes in prose" },
      { rule: "composition.approved-mismatch", why: "no approved figure stated in the workbook" },
    ],
  },
};
