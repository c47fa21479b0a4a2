import type { CorpusLayout } from "../types";

// 天津 2019: two batches of 中央 补助 for the supporting infrastructure of 保障性安居工程 — 1亿元 in May to 河西区、河北区、宝坻区、
// 蓟州区, then 3.17亿元 to 南开区、滨海新区、宝坻区、宁河区、北辰区. Laid out as the 区 | 第一批 | 第二批 | 合计 allocation, dashes where a
// district got nothing in a batch, the note naming the batches and the 市财政局 sign-off under it.
export const layout: CorpusLayout = {
  id: "tianjin-2019-affordable-housing-infrastructure-subsidy-allocation",
  source: {
    title: "我市积极争取中央支持加快保障性安居工程配套基础设施项目建设（分配表据正文拟）",
    url: "http://www.maxlaw.cn/tianjin/news/954696133898.shtml",
    publisher: "天津市财政局（大律师网转载）",
    date: "2019-08-25",
    changes:
      "As published: two batches of central subsidy, 4.17亿元 in all — 第一批 1亿元 to 河西区、河北区、宝坻区、蓟州区 (in May), 第二批 3.17亿元 " +
      "to 南开区、滨海新区、宝坻区、宁河区、北辰区. The article gives no per-district figures and no table: the allocation table is built from the " +
      "prose, each district's share ours (the batch totals kept). Planted: 宝坻区's 合计 typed 7,800 where 2,800 + 4,800 = 7,600, so the " +
      "合计 column's foot 41,700 (right across the foot row) no longer agrees with its lines as typed.",
  },
  classes: [
    "composition", "batches-as-columns", "row-total-column", "total-at-foot", "dash-for-nothing", "whole-wanyuan", "wanyuan-caption",
    "districts-as-lines", "notes-under-table", "sign-off-under-table", "table-from-prose", "municipal-fund", "tianjin",
  ],
  settings: { district: "天津市" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 14, 22, 14, 14],
      rows: [
        ["2019年中央财政城镇保障性安居工程配套基础设施建设补助资金分配表（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "区", "第一批（2019年5月下达）", "第二批", "合计"],
        [1, "河西区", 2600, "—", 2600],
        [2, "河北区", 2400, "—", 2400],
        [3, "南开区", "—", 5600, 5600],
        [4, "滨海新区", "—", 12300, 12300],
        [5, "宝坻区", 2800, 4800, 7800],
        [6, "宁河区", "—", 3900, 3900],
        [7, "北辰区", "—", 5100, 5100],
        [8, "蓟州区", 2200, "—", 2200],
        ["合计", null, 10000, 31700, 41700],
        ["注：第一批资金1亿元已于5月下达至河西区、河北区、宝坻区、蓟州区；第二批资金3.17亿元分解下达至南开区、滨海新区、宝坻区、宁河区、北辰区相关区财政局及单位。", null, null, null, null],
        [null, null, null, "天津市财政局", "2019年8月"],
      ],
      merges: ["A1:E1", "A12:B12", "A13:E13"],
      numberFormats: { "C4:E12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "line", C: "amount:第一批", D: "amount:第二批", E: "amount" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E8", why: "宝坻区 合计 7,800 where 第一批 2,800 + 第二批 4,800 = 7,600: 200万元 apart (whole figures, exact)" },
      { rule: "composition.total-mismatch", cell: "E12", why: "合计 column's foot 41,700 against its lines as typed 2,600 + 2,400 + 5,600 + 12,300 + 7,800 + 3,900 + 5,100 + 2,200 = 41,900: 200万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C12", why: "第一批 2,600 + 2,400 + 2,800 + 2,200 = 10,000, the dashes adding nothing" },
      { rule: "composition.total-mismatch", cell: "D12", why: "第二批 5,600 + 12,300 + 4,800 + 3,900 + 5,100 = 31,700" },
      { rule: "composition.total-mismatch", cell: "E4", why: "河西区 2,600 with a dash for 第二批: 2,600" },
      { rule: "input.unreadable-value", cell: "D4", why: "— means nothing in that batch" },
      { rule: "input.unreadable-value", cell: "A13", why: "the note under the table is text, and the sign-off is no row" },
    ],
  },
};
