import type { CorpusLayout } from "../types";

// 大武口区财政局 2023-04-27: 2023年大武口区预算调整方案 — the first 2023 batch of new general bonds (8,000万元) raises the district's
// debt limit from 192,007 to 200,007万元 and its balance from 169,117.83 to 177,117.83万元, each split 一般债务 | 专项债务. Laid out as
// the limit-and-balance table such 调整方案 carry: 项目 | 合计 | 一般债务 | 专项债务, five numbered rows.
export const layout: CorpusLayout = {
  id: "dawukou-2023-debt-limit-adjustment",
  source: {
    title: "2023年大武口区预算调整方案（政府债务限额及余额情况表据方案拟）",
    url: "http://www.365pzy.com/xxgk/zfxxgkml/czyjs/zfys/2023dwk_yvsuan/ystz2023/202304/t20230427_4047309.html",
    publisher: "大武口区财政局",
    date: "2023-04-27",
    changes:
      "As published: every figure (限额 192,007 = 170,366 + 21,641; 新增一般债券 8,000; 调整后限额 200,007 = 178,366 + 21,641; 2022年末余额 169,117.83 = " +
      "152,995.83 + 16,122; 增加后余额 177,117.83 = 160,995.83 + 16,122) and the documents (宁财（债）指标〔2023〕43号、44号). Ours: the table form. " +
      "Planted: the last row's 合计 typed 177,171.83 (digits swapped) against its parts' 177,117.83.",
  },
  classes: ["composition", "row-total-column", "total-column-first", "debt-limit-and-balance", "not-additive-rows", "thousands-separators", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "district-budget-adjustment", "ningxia"],
  sheets: [
    {
      name: "债务限额及余额",
      widths: [36, 16, 16, 14],
      rows: [
        ["2023年大武口区政府债务限额及余额调整情况表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "合计", "一般债务", "专项债务"],
        ["一、2022年政府债务限额", 192007, 170366, 21641],
        ["二、2023年第一批新增政府一般债券", 8000, 8000, 0],
        ["三、调整后政府债务限额", 200007, 178366, 21641],
        ["四、2022年末政府债务余额", 169117.83, 152995.83, 16122],
        ["五、增加一般债务后政府债务余额", 177171.83, 160995.83, 16122],
        ["注：依据《自治区财政厅关于下达2022年政府债务限额的通知》（宁财（债）指标〔2023〕44号）、《自治区财政厅关于下达2023年新增政府债券资金指标的通知（第一批）》（宁财（债）指标〔2023〕43号）。", null, null, null],
      ],
      merges: ["A1:D1", "A9:D9"],
      numberFormats: { "B4:D8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "债务限额及余额",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { A: "line", B: "amount", C: "amount:一般债务", D: "amount:专项债务" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B8", why: "合计 177,171.83 where 一般债务 160,995.83 + 专项债务 16,122.00 = 177,117.83: 54.00万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B4", why: "170,366 + 21,641 = 192,007" },
      { rule: "composition.total-mismatch", cell: "B6", why: "178,366 + 21,641 = 200,007" },
      { rule: "composition.total-mismatch", cell: "B7", why: "152,995.83 + 16,122 = 169,117.83" },
      { rule: "composition.total-mismatch", cell: "B5", why: "8,000 + 0 = 8,000" },
      { rule: "composition.total-mismatch", cell: "C8", why: "no 合计 row: limits and balances are not added down the column" },
    ],
  },
};
