import type { CorpusLayout } from "../types";

// 宁波市奉化区农业农村局、财政局 2024-06-13: 2022's second batch of 来料生产加工助农增收 grants — 34 projects, 126.478392万元
// approved, less 1.2万元 clawed back from the first batch (西坞街道 1.08, 尚田街道 0.12), so 125.278392万元 sent down. The
// annex 汇总表 by 镇（街道）, in 万元 to six decimals as the notice writes them.
export const layout: CorpusLayout = {
  id: "fenghua-2022-outsourced-processing-batch2-allocation",
  source: {
    title: "关于下达2022年度奉化区来料生产加工第二批补助资金的通知（附件1：2022年度奉化区来料生产加工第二批补助资金汇总表）",
    url: "https://www.chacewang.com/newsdetail/news598742.html",
    publisher: "宁波市奉化区农业农村局、宁波市奉化区财政局",
    date: "2024-06-13",
    changes:
      "As published: the notice's grounds (奉政办发〔2022〕37号, 奉农〔2022〕243号), 34个项目, 126.478392万元, the claw-backs (西坞街道1.08万元, 尚田街道0.12万元, " +
      "合计1.2万元), 实际下达125.278392万元, the budget line (2024年年初预算助农增收资金, 2130120稳定农民收入补贴) and the annex's title. The stored page " +
      "does not show the annex, so its columns (序号 | 镇（街道） | 项目个数 | 核定补助资金 | 扣回第一批资金 | 本次下达资金) and each town's figures are " +
      "ours; they add up to the notice's totals. Planted: 江口街道's 核定补助资金 typed 14.015320 where its 本次下达 (no claw-back) shows the " +
      "14.105320 the totals are built on, so the 核定 column adds up to 126.388392, not the 126.478392 stated.",
  },
  classes: [
    "composition", "allocation-by-town", "six-decimal-wanyuan", "claw-back-column", "count-column", "count-and-money-caption",
    "streets-and-towns-as-lines", "blank-as-nothing", "total-at-foot", "notes-under-table", "district-department", "zhejiang",
  ],
  settings: { district: "奉化区" },
  sheets: [
    {
      name: "汇总表",
      widths: [6, 14, 12, 16, 18, 16],
      rows: [
        ["2022年度奉化区来料生产加工第二批补助资金汇总表", null, null, null, null, null],
        [null, null, null, null, null, "单位：个、万元"],
        ["序号", "镇（街道）", "项目个数", "核定补助资金", "扣回第一批资金", "本次下达资金"],
        [1, "锦屏街道", 3, 9.216, null, 9.216],
        [2, "岳林街道", 2, 6.84215, null, 6.84215],
        [3, "江口街道", 4, 14.01532, null, 14.10532],
        [4, "西坞街道", 5, 18.960418, 1.08, 17.880418],
        [5, "萧王庙街道", 4, 15.2376, null, 15.2376],
        [6, "莼湖街道", 3, 11.400254, null, 11.400254],
        [7, "尚田街道", 4, 16.1189, 0.12, 15.9989],
        [8, "溪口镇", 5, 19.55375, null, 19.55375],
        [9, "裘村镇", 2, 7.044, null, 7.044],
        [10, "大堰镇", 1, 3.12, null, 3.12],
        [11, "松岙镇", 1, 4.88, null, 4.88],
        ["合计", null, 34, 126.478392, 1.2, 125.278392],
        ["注：资金从2024年年初预算助农增收资金项目中支出，列报“2130120稳定农民收入补贴”科目。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:E2", "A15:B15", "A16:F16"],
      numberFormats: { "D4:F15": "0.000000" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "汇总表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { B: "line", C: "quantity", D: "amount", E: "amount:扣回第一批资金", F: "amount:本次下达资金" },
        year: 2022,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D15",
        why: "核定补助资金 合计 126.478392; the towns add up to 9.216 + 6.84215 + 14.01532 + 18.960418 + 15.2376 + 11.400254 + 16.1189 + 19.55375 + 7.044 + 3.12 + 4.88 = 126.388392 (0.09万元 short, beyond six-decimal rounding)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F15", why: "本次下达 125.278392 = the towns' 本次下达 added up" },
      { rule: "composition.total-mismatch", cell: "E15", why: "扣回 1.2 = 1.08 + 0.12; blank cells are nothing" },
      { rule: "composition.total-mismatch", cell: "C15", why: "项目个数 34 = 3 + 2 + 4 + 5 + 4 + 3 + 4 + 5 + 2 + 1 + 1, a count, not money" },
      { rule: "composition.line-mismatch", why: "no unit amount column: a count beside money is no unit × quantity" },
      { rule: "register.ineligible-location", why: "every 镇（街道） is 奉化区's" },
      { rule: "input.unreadable-value", why: "the note under the table is text, not a value" },
    ],
  },
};
