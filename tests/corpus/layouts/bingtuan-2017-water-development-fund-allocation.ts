import type { CorpusLayout } from "../types";

// 兵团水利局 2017-06-22: 兵团2017年中央财政水利发展资金项目公示 — the year's 中央财政水利发展资金 by purpose (中小河流综合治理, 南疆高效节水建设,
// 小型农田水利建设, 水土保持, 小型水库建设, 国控水资源二期), what this round allocates and what is held back for 中小河流 until 竣工验收.
export const layout: CorpusLayout = {
  id: "bingtuan-2017-water-development-fund-allocation",
  source: {
    title: "兵团2017年中央财政水利发展资金项目公示（分配表据正文拟）",
    url: "http://btslj.xjbt.gov.cn/c/2017-06-22/4024891.shtml",
    publisher: "新疆生产建设兵团水利局",
    date: "2017-06-22",
    changes:
      "The notice gives the split in prose (下达…万元, 其中中小河流综合治理…, 南疆高效节水建设…; 此次分配…万元, 余款…万元为中小河流治理项目, 待竣工验收后拨付) and " +
      "then section by section. Laid out as 序号 | 项目类别 | 下达资金 | 本次分配 | 待竣工验收后拨付 | 备注 in 万元 with a 合计; every figure is ours (whole " +
      "万元 but for the 中小河流 split). Planted: the 合计 of 本次分配 typed 87,707.45 against its lines adding to 87,770.45.",
  },
  classes: ["composition", "allocation-by-purpose", "held-back-column", "two-decimal-wanyuan", "wanyuan-caption", "remark-column", "total-at-foot", "notes-under-table", "table-from-prose", "corps-fund", "xinjiang"],
  settings: { district: "新疆生产建设兵团" },
  sheets: [
    {
      name: "资金分配表",
      widths: [6, 24, 14, 14, 18, 24],
      rows: [
        ["兵团2017年中央财政水利发展资金分配表（表据正文拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "项目类别", "下达资金", "本次分配", "待竣工验收后拨付", "备注"],
        [1, "中小河流综合治理", 36000, 25210.45, 10789.55, "余款待项目竣工验收后奖补"],
        [2, "南疆高效节水建设", 41500, 41500, 0, null],
        [3, "小型农田水利建设", 11200, 11200, 0, null],
        [4, "水土保持", 3060, 3060, 0, null],
        [5, "小型水库建设", 5600, 5600, 0, null],
        [6, "国控水资源监控能力建设二期", 1200, 1200, 0, null],
        ["合计", null, 98560, 87707.45, 10789.55, null],
        ["注：中小河流治理项目先期安排中央应补助资金的比例原则上不高于80%，剩余资金待项目治理完成、绩效评价后清算。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A10:B10", "A11:F11"],
      numberFormats: { "C4:E10": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "line", C: "amount", D: "amount:本次分配", E: "amount:待竣工验收后拨付" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D10", why: "本次分配 合计 87,707.45 against 25,210.45 + 41,500 + 11,200 + 3,060 + 5,600 + 1,200 = 87,770.45: 63万元 short" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C10", why: "下达资金 98,560 = 36,000 + 41,500 + 11,200 + 3,060 + 5,600 + 1,200" },
      { rule: "composition.total-mismatch", cell: "E10", why: "待拨付 10,789.55 = the 中小河流 line alone" },
      { rule: "composition.total-mismatch", cell: "C4", why: "中小河流 36,000 = 本次 25,210.45 + 待拨付 10,789.55; 下达资金 is no 合计 column in any case" },
      { rule: "composition.line-rounded", why: "two-decimal 万元 figures, no rounding slips" },
      { rule: "input.unreadable-value", cell: "F4", why: "a remark" },
    ],
  },
};
