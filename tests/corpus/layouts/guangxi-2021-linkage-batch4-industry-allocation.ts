import type { CorpusLayout } from "../types";

// 广西壮族自治区乡村振兴局 2021-11 (桂乡振发〔2021〕18号): 9,681万元 of the fourth batch of the region's 衔接推进乡村振兴 money, for
// industry, among counties (详见附件). Laid out as the annex's 分配表: the city merged down beside its counties, a 小计 under each
// city, 合计 at the foot, a note.
export const layout: CorpusLayout = {
  id: "guangxi-2021-linkage-batch4-industry-allocation",
  source: {
    title: "自治区乡村振兴局关于做好2021年第四批自治区财政衔接推进乡村振兴补助资金安排有关情况的通知（桂乡振发〔2021〕18号；附件：分配表）",
    url: "http://nynct.gxzf.gov.cn/xxgk/zdlyxxgk/shgysyjslygk/t10433852.shtml",
    publisher: "广西壮族自治区乡村振兴局",
    date: "2021-11",
    changes:
      "The notice is as published (第四批 17,426万元, 其中 9,681万元 由我局负责分配; 桂整合〔2021〕29号; 产业发展方向; 支出进度排名倒数前20名的县" +
      "不予安排). The stored copy does not show the annex, so its columns (序号 | 市 | 县（市、区） | 分配金额（万元） | 备注), the 小计 " +
      "rows under each city, the 合计 and the note are ours; the 合计 is the published 9,681, the thirteen counties (脱贫县 of four " +
      "cities) and every amount are ours. Planted: 百色市 小计 2,530 where its four counties add up to 2,580.",
  },
  classes: ["composition", "allocation-by-county", "subtotals-under-lines", "city-merged-down", "total-at-foot", "wanyuan-in-header", "remark-column", "notes-under-table", "guangxi"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 10, 18, 16, 10],
      rows: [
        ["附件", null, null, null, null],
        ["2021年第四批自治区财政衔接推进乡村振兴补助资金（产业发展方向）分配表", null, null, null, null],
        ["序号", "市", "县（市、区）", "分配金额（万元）", "备注"],
        [1, "南宁市", "隆安县", 820, null],
        [2, null, "马山县", 760, null],
        [3, null, "上林县", 690, null],
        [null, null, "小计", 2270, null],
        [4, "百色市", "田东县", 640, null],
        [5, null, "德保县", 710, null],
        [6, null, "那坡县", 580, null],
        [7, null, "凌云县", 650, null],
        [null, null, "小计", 2530, null],
        [8, "河池市", "天峨县", 550, null],
        [9, null, "凤山县", 680, null],
        [10, null, "东兰县", 720, null],
        [null, null, "小计", 1950, null],
        [11, "柳州市", "融安县", 870, null],
        [12, null, "融水苗族自治县", 1080, null],
        [13, null, "三江侗族自治县", 981, null],
        [null, null, "小计", 2931, null],
        ["合计", null, null, 9681, null],
        ["注：本批资金用于培育和壮大欠发达地区特色优势产业，各县按桂财农〔2021〕57号文件要求统筹整合使用。", null, null, null, null],
      ],
      merges: ["A2:E2", "B4:B7", "B8:B12", "B13:B16", "B17:B20", "A21:C21", "A22:E22"],
      numberFormats: { "D4:D21": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 21,
        columns: { B: "category", C: "line", D: "amount" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D12", why: "百色市 小计 2,530 where 640 + 710 + 580 + 650 = 2,580: 50万元 too little" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D7", why: "南宁市 2,270 = 820 + 760 + 690" },
      { rule: "composition.total-mismatch", cell: "D16", why: "河池市 1,950 = 550 + 680 + 720" },
      { rule: "composition.total-mismatch", cell: "D20", why: "柳州市 2,931 = 870 + 1,080 + 981" },
      { rule: "composition.total-mismatch", cell: "D21", why: "合计 9,681 = the stated 小计 2,270 + 2,530 + 1,950 + 2,931 (a total is checked against the subtotals the table states; 百色's is reported)" },
      { rule: "composition.line-mismatch", why: "no unit × quantity columns" },
      { rule: "register.duplicate", why: "小计 under four cities are four subtotals, not repeated lines" },
      { rule: "input.unreadable-value", why: "小计, the county names and the note are text by nature" },
    ],
  },
};
