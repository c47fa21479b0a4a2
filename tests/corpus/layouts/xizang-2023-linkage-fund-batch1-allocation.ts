import type { CorpusLayout } from "../types";

// 西藏日报 (2023, first-quarter 农牧业 work meeting): the region has sent down the first batch of 2023's 中央衔接资金, 68.57亿元,
// and at least 60% of the 中央和自治区衔接资金 is to go to industry. Laid out as the allocation by 地（市） that such a batch is
// sent down with: the whole per prefecture and its use (产业发展 | 基础设施 | 其他).
export const layout: CorpusLayout = {
  id: "xizang-2023-linkage-fund-batch1-allocation",
  source: {
    title: "146.73亿元的大动作！西藏3月底前实现县区全覆盖（已下达第一批中央衔接资金68.57亿元；分配表据报道拟）",
    url: "https://www.kuaish.com/digital/at_30144.html",
    publisher: "西藏日报（中国西藏旅游转载）",
    date: "2023-03",
    changes:
      "The report gives the batch's whole (68.57亿元 = 685700万元), the 1337 projects and the rule that industry takes no less than 60%. " +
      "The table (title, 单位：万元, 序号 | 地（市） | 合计 | 产业发展 | 基础设施 | 其他, the seven prefectures) is laid out from it; the " +
      "split by prefecture and by use is ours (产业发展 417200 = 60.8%). Planted: the 合计 row's 合计 written 686700 where the seven " +
      "prefectures add up to 685700 (and so do its own three uses).",
  },
  classes: ["composition", "allocation-by-prefecture", "row-total-column", "use-columns", "total-at-foot", "wanyuan-caption", "report-as-prose", "province-level", "xizang"],
  sheets: [
    {
      name: "第一批",
      widths: [6, 12, 14, 14, 14, 12],
      rows: [
        ["2023年第一批中央财政衔接推进乡村振兴补助资金分配表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "地（市）", "合计", "产业发展", "基础设施", "其他"],
        [1, "拉萨市", 62000, 38000, 16000, 8000],
        [2, "日喀则市", 168000, 102000, 44000, 22000],
        [3, "昌都市", 152000, 93000, 38000, 21000],
        [4, "林芝市", 48000, 29500, 12500, 6000],
        [5, "山南市", 78000, 47000, 20000, 11000],
        [6, "那曲市", 132000, 80000, 34000, 18000],
        [7, "阿里地区", 45700, 27700, 12000, 6000],
        ["合计", null, 686700, 417200, 176500, 92000],
      ],
      merges: ["A1:F1", "A11:B11"],
      numberFormats: { "C4:F11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "第一批",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "line", C: "amount", D: "amount:产业发展", E: "amount:基础设施", F: "amount:其他" },
        year: 2023,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "C11",
        why: "62000 + 168000 + 152000 + 48000 + 78000 + 132000 + 45700 = 685700, stated 686700 (and 417200 + 176500 + 92000 = 685700 across the row): 1000万元 over",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D11", why: "产业发展 38000 + 102000 + 93000 + 29500 + 47000 + 80000 + 27700 = 417200 as stated" },
      { rule: "composition.total-mismatch", cell: "E11", why: "基础设施 adds up to 176500 as stated" },
      { rule: "composition.total-mismatch", cell: "F11", why: "其他 adds up to 92000 as stated" },
      { rule: "composition.total-mismatch", cell: "C4", why: "each prefecture's 合计 is its three uses (拉萨 38000 + 16000 + 8000 = 62000, …, 阿里 27700 + 12000 + 6000 = 45700)" },
      { rule: "input.unreadable-value", why: "the caption 单位：万元 is no value" },
    ],
  },
};
