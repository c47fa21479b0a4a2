import type { CorpusLayout } from "../types";

// 天津市财政局 津财建一指〔2022〕25号 (2022-06-10): 下达2022年第二批智能制造专项资金预算19476.32万元 to the districts, for the 2022
// first-batch projects and the last instalments of 2020's projects; 附件1 (预算汇总表) is not in the stored copy. Laid out as such a
// 汇总表 is: 附件 mark, title, caption, a 合计 column with 其中 over its two parts, the 合计 row on top, one row per 区, a note.
export const layout: CorpusLayout = {
  id: "tianjin-2022-smart-manufacturing-batch2-budget-by-district",
  source: {
    title: "关于下达2022年第二批智能制造专项资金预算的通知（津财建一指〔2022〕25号）附件1 2022年第二批智能制造专项资金预算汇总表（表据正文拟）",
    url: "http://www.tyc-yl.com/zwgk_53713/ysgk_59783/czjzxzj/202207/t20220711_5930224.html",
    publisher: "天津市财政局",
    date: "2022-06-10",
    changes:
      "As published: the notice (19,476.32万元; 2022年第一批智能制造专项资金项目 and 2020年分批拨付资金项目尾款; 项目代码 and 科目 2060499). " +
      "附件1 is not in the stored copy: the 汇总表 (seven 区, the split between the two uses) is ours, its 合计 the notice's 19,476.32. " +
      "Planted: 北辰区's 合计 typed 2,087.48 where 1,726.30 + 352.18 = 2,078.48 (digits swapped), so the 合计 column's lines add to " +
      "19,485.32, not the 19,476.32 at its foot.",
  },
  classes: [
    "composition", "prose-built-table", "annex-not-shown", "qizhong-split", "row-total-across", "total-on-top", "transposed-digits",
    "two-findings-one-slip", "districts-as-lines", "two-decimals", "wanyuan-caption", "notes-under-table", "tianjin",
  ],
  settings: { district: "天津市" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 14, 14, 22, 22],
      rows: [
        ["附件1", null, null, null, null],
        ["2022年第二批智能制造专项资金预算汇总表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "区", "合计", "其中", null],
        [null, null, null, "2022年第一批智能制造项目", "2020年分批拨付项目尾款"],
        ["合计", null, 19476.32, 17212.08, 2264.24],
        [1, "滨海新区", 9862.76, 8652.4, 1210.36],
        [2, "西青区", 2802, 2315.8, 486.2],
        [3, "东丽区", 1498.65, 1498.65, 0],
        [4, "北辰区", 2087.48, 1726.3, 352.18],
        [5, "武清区", 1565.5, 1350, 215.5],
        [6, "津南区", 980.45, 980.45, 0],
        [7, "宝坻区", 688.48, 688.48, 0],
        ["注：项目代码12000022P67371310001B，支出功能分类科目列“2060499其他技术研究与开发支出”。", null, null, null, null],
      ],
      merges: ["A2:E2", "A4:A5", "B4:B5", "C4:C5", "D4:E4", "A6:B6", "A14:E14"],
      numberFormats: { "C6:E13": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 13,
        columns: { B: "line", C: "amount", D: "amount:2022年第一批智能制造项目", E: "amount:2020年分批拨付项目尾款" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C10", why: "北辰区 合计 2,087.48 but 1,726.30 + 352.18 = 2,078.48 (9.00 off)" },
      { rule: "composition.total-mismatch", cell: "C6", why: "the 合计 column's lines as typed: 9,862.76 + 2,802.00 + 1,498.65 + 2,087.48 + 1,565.50 + 980.45 + 688.48 = 19,485.32, not 19,476.32" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D6", why: "8,652.40 + 2,315.80 + 1,498.65 + 1,726.30 + 1,350.00 + 980.45 + 688.48 = 17,212.08" },
      { rule: "composition.total-mismatch", cell: "E6", why: "1,210.36 + 486.20 + 0 + 352.18 + 215.50 + 0 + 0 = 2,264.24" },
      { rule: "composition.total-mismatch", cell: "C7", why: "8,652.40 + 1,210.36 = 9,862.76" },
      { rule: "composition.total-mismatch", cell: "C9", why: "东丽区: 1,498.65 + 0 = 1,498.65" },
      { rule: "input.unreadable-value", cell: "A14", why: "the note's 项目代码 and 科目 are no data" },
    ],
  },
};
