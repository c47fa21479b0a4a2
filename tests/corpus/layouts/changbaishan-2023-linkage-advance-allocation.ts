import type { CorpusLayout } from "../types";

// 长白山管委会农业水利局 2022-12-02: the 2023 衔接推进乡村振兴 money sent down early — 918万元 from the province (中央 814, 省级 104 with
// 33 for border and old revolutionary areas) and 179万元 of the committee's own, 1,097万元 in all; the 33 to 池南区, the rest halved
// between 池西区 and 池南区. Laid out as a 分配表 by area and use: 合计 beside 中央 | 省级 | 管委会, each area's 小计 above its lines.
export const layout: CorpusLayout = {
  id: "changbaishan-2023-linkage-advance-allocation",
  source: {
    title: "关于转发《提前下达2023年度各级财政衔接推进乡村振兴补助资金分配方案》的通知（分配方案；表据正文拟）",
    url: "http://changbaishan.gov.cn/shjj/xczx/202212/t20221202_254339.html",
    publisher: "长白山管委会农业水利局",
    date: "2022-12-02",
    changes:
      "The notice gives the plan in prose: 918万元 (中央专项资金814万元, 省级专项资金104万元含边境和革命老区补助33万元) and 管委会财政 179万元, " +
      "1,097万元; the 33 to 池南区 and the remaining 1,064 split 50% each (532); factors 30/30/30/10%. The table (序号 | 区域 | 资金用途 | 合计 | " +
      "中央专项资金 | 省级专项资金 | 管委会财政资金 | 备注), the uses within each area, their amounts and the note's wording are ours; the " +
      "source totals (814 / 104 / 179 / 1,097), the areas' 532 and 565 and the 33 are the notice's. Planted: 池西区 小型公益性基础设施 " +
      "管委会 37.5 where 32.5 was meant, so that row's parts add up to 145 under its 合计 140 and 池西区's 管委会 lines to 94.5 under a 小计 of 89.5.",
  },
  classes: ["composition", "allocation-by-area", "money-by-level", "row-total-column", "category-subtotals-above-lines", "area-merged-down", "dash-as-nothing", "half-unit-amounts", "percentages-in-note", "wanyuan-caption", "notes-under-table", "jilin"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 10, 22, 10, 14, 14, 16, 24],
      rows: [
        ["提前下达2023年度各级财政衔接推进乡村振兴补助资金分配表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "区域", "资金用途", "合计", "中央专项资金", "省级专项资金", "管委会财政资金", "备注"],
        [1, "池西区", "小计", 532, 407, 35.5, 89.5, null],
        [null, null, "产业发展", 330, 260, 25, 45, null],
        [null, null, "就业帮扶", 62, 45, 5, 12, null],
        [null, null, "小型公益性基础设施", 140, 102, 5.5, 37.5, null],
        [2, "池南区", "小计", 565, 407, 68.5, 89.5, null],
        [null, null, "产业发展", 320, 250, 20, 50, null],
        [null, null, "就业帮扶", 60, 42, 5, 13, null],
        [null, null, "小型公益性基础设施", 152, 115, 10.5, 26.5, null],
        [null, null, "边境和革命老区补助", 33, "—", 33, "—", "全部分配给池南区"],
        ["合计", null, null, 1097, 814, 104, 179, null],
        ["注：资金分配按照因素法测算，因素和权重为：相关人群数量及结构30%、相关人群收入30%、政策因素30%、绩效等考核结果10%。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A4:A7", "B4:B7", "A8:A12", "B8:B12", "A13:C13", "A14:H14"],
      numberFormats: { "D4:G13": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "category", C: "line", D: "amount", E: "amount:中央专项资金", F: "amount:省级专项资金", G: "amount:管委会财政资金" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D7", why: "池西区 小型公益性基础设施 合计 140 where its parts give 102 + 5.5 + 37.5 = 145: 5万元 short" },
      { rule: "composition.total-mismatch", cell: "G4", why: "池西区 小计 管委会 89.5 where its lines give 45 + 12 + 37.5 = 94.5: 5万元 short" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "池西区 小计 532 = 330 + 62 + 140, and = 407 + 35.5 + 89.5" },
      { rule: "composition.total-mismatch", cell: "E4", why: "中央 407 = 260 + 45 + 102" },
      { rule: "composition.total-mismatch", cell: "F4", why: "省级 35.5 = 25 + 5 + 5.5" },
      { rule: "composition.total-mismatch", cell: "D8", why: "池南区 小计 565 = 320 + 60 + 152 + 33, and = 407 + 68.5 + 89.5" },
      { rule: "composition.total-mismatch", cell: "F8", why: "省级 68.5 = 20 + 5 + 10.5 + 33" },
      { rule: "composition.total-mismatch", cell: "D12", why: "33 = — + 33 + —: the dashes are nothing" },
      { rule: "composition.total-mismatch", cell: "D13", why: "合计 1,097 = 532 + 565 (the 小计 as stated), and = 814 + 104 + 179" },
      { rule: "composition.total-mismatch", cell: "G13", why: "管委会 179 = 89.5 + 89.5, the 小计 as stated (the slip is inside 池西区)" },
      { rule: "composition.line-mismatch", why: "no unit × quantity columns" },
      { rule: "input.unreadable-value", why: "— marks nothing; the percentages in the note are the factors' weights, not amounts" },
    ],
  },
};
