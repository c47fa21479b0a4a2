import type { CorpusLayout } from "../types";

// A project budget's 设备费支出明细表 (1万—30万元): unit price in 万元 per 台件, a free-text
// total row (累计), a 其中 column that is a part of 总价, and a fill-in note and sign-off line under it.
export const layout: CorpusLayout = {
  id: "equipment-annex-qiqiwenku",
  source: {
    title: "科技项目经费预算/决算表 — 设备费支出明细表（1万—30万元）",
    url: "https://m.qiqiwenku.com/doc/193681.html",
    publisher: "qiqiwenku (a provincial science-project funding form)",
    changes:
      "Title, unit caption (单位：万元（保留两位小数）), header wording (序号/设备名称/设备型号/单价(万元/台件)/购置数量(台件)/" +
      "总价/其中：科技经费支出数), the 累计 row, the 注 and the 资产管理部门/财务部门 line as published. Six devices " +
      "with invented prices filled in, and the note's blanks filled. Planted: item 4's 总价 43.00 where 9.75 × 4 = 39.00.",
  },
  classes: ["composition", "equipment-annex", "free-text-total", "qizhong-column", "notes-under-table", "signoff-line", "wanyuan-caption"],
  sheets: [
    {
      name: "设备费",
      widths: [6, 20, 14, 16, 16, 10, 18],
      rows: [
        ["设备费支出明细表（1万—30万元）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元（保留两位小数）"],
        ["序号", "设备名称", "设备型号", "单价(万元/台件)", "购置数量(台件)", "总价", "其中：科技经费支出数"],
        [1, "高低温试验箱", "GDW-500", 12.5, 2, 25, 25],
        [2, "振动测试台", "VT-3000", 18.6, 1, 18.6, 10],
        [3, "激光粒度分析仪", "LS-909", 21.8, 1, 21.8, 21.8],
        [4, "工业级3D打印机", "EP-M250", 9.75, 4, 43, 30],
        [5, "精密电子天平", "ME204E", 1.32, 3, 3.96, 3.96],
        [6, "数据采集工作站", "T7920", 2.45, 6, 14.7, 14.7],
        ["累计", null, null, null, null, 127.06, 105.46],
        ["注：单价1万元以下的设备购置 12 台（件），价值 6.84 万元。", null, null, null, null, null, null],
        ["资产管理部门：", null, null, null, "财务部门：", null, null],
      ],
      merges: ["A1:G1", "A10:E10", "A11:G11", "A12:D12", "E12:G12"],
      numberFormats: { "D4:D9": "0.00", "F4:G10": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "设备费",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { A: "code", B: "line", D: "unitAmount", E: "quantity", F: "amount" },
      },
    ],
    findings: [{ rule: "composition.line-mismatch", cell: "F7", why: "工业级3D打印机: 9.75 × 4 = 39.00万元, stated 43.00: 4.00万元 apart" }],
    absent: [
      {
        rule: "composition.total-mismatch",
        cell: "F10",
        why: "累计 127.06 = 25.00 + 18.60 + 21.80 + 43.00 + 3.96 + 14.70, the stated 总价 (the line error is reported at F7)",
      },
      { rule: "composition.total-mismatch", cell: "G10", why: "其中 column: 25.00 + 10.00 + 21.80 + 30.00 + 3.96 + 14.70 = 105.46, as stated; it is a part of 总价, not added to it" },
      { rule: "composition.line-mismatch", cell: "F8", why: "1.32 × 3 = 3.96" },
      { rule: "composition.line-mismatch", cell: "A11", why: "the 注 row (12 台, 6.84万元) is a note under the table, not a line" },
    ],
  },
};
