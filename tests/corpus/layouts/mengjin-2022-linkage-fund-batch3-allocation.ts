import type { CorpusLayout } from "../types";

// 洛阳市孟津区 2022: the third batch of 财政衔接推进乡村振兴补助资金, 2184.13万元 (中央 39.23 recovered from the first batch's roads, 市级 39.5
// recovered from a 常袋镇 project, 区本级 2105.4), put to 雨露计划 18.75, the second batch's roads 892.13 and 饮水安全 1273.25 — as a source-by-use table.
export const layout: CorpusLayout = {
  id: "mengjin-2022-linkage-fund-batch3-allocation",
  source: {
    title: "孟津区调整第一、二批及安排第三批财政衔接推进乡村振兴补助资金分配情况公告公示（分配表据正文拟）",
    url: "http://www.mengjin.gov.cn/html/1//2/150/341/359/83050.html",
    publisher: "洛阳市孟津区乡村振兴局、孟津区财政局",
    date: "2022",
    changes:
      "As published: the three sources (中央 39.23万元 洛财预〔2021〕550号, 市级 39.5万元 洛财预〔2021〕625号, 区本级 2105.4万元 洛财预〔2021〕624号), the three " +
      "uses (雨露计划 18.75, 第二批道路建设项目 892.13, 饮水安全项目 1273.25) and the total 2184.13; the recoveries from the first and second batches as " +
      "notes. The annex is a PDF not in the stored copy; the table (用途 | 合计 | 中央资金 | 市级资金 | 区本级资金, two header rows) is laid out from the " +
      "prose, and the split of each use by source is ours (the recovered 中央 and 市级 money going to the roads). Planted: the roads' 区本级 typed 831.40 " +
      "for 813.40, so its row misses its 合计 892.13 and the 区本级 column misses its foot 2105.40.",
  },
  classes: ["composition", "allocation-by-use", "money-by-level", "row-total-column", "merged-header-over-three", "two-header-rows", "dash-for-nothing", "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "signoff-line", "linkage-fund", "table-from-prose", "poverty-fund-notice", "district-fund", "henan"],
  settings: { district: "孟津区" },
  sheets: [
    {
      name: "分配表",
      widths: [34, 12, 12, 12, 12],
      rows: [
        ["孟津区2022年第三批财政衔接推进乡村振兴补助资金分配情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["用途", "合计", "资金来源", null, null],
        [null, null, "中央资金", "市级资金", "区本级资金"],
        ["一、雨露计划项目增加衔接资金", 18.75, "—", "—", 18.75],
        ["二、第二批道路建设项目", 892.13, 39.23, 39.5, 831.4],
        ["三、饮水安全项目", 1273.25, "—", "—", 1273.25],
        ["合计", 2184.13, 39.23, 39.5, 2105.4],
        ["注：1.中央资金39.23万元系第一批道路建设项目资金规模由598.73万元调整为559.5万元收回（洛财预〔2021〕550号）；2.市级资金39.5万元系收回常袋镇英古村服装加工提升集体经济项目资金（洛财预〔2021〕625号）；3.区本级资金见洛财预〔2021〕624号。", null, null, null, null],
        ["孟津区乡村振兴局    孟津区财政局", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:A4", "B3:B4", "C3:E3", "A9:E9", "A10:E10"],
      numberFormats: { "B5:E8": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { A: "line", B: "amount", C: "amount:中央资金", D: "amount:市级资金", E: "amount:区本级资金" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B6", why: "道路建设 row: 39.23 + 39.50 + 831.40 = 910.13; its 合计 states 892.13 (18.00 less)" },
      { rule: "composition.total-mismatch", cell: "E8", why: "区本级资金: 18.75 + 831.40 + 1,273.25 = 2,123.40; the 合计 states 2,105.40 (18.00 less)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B8", why: "18.75 + 892.13 + 1,273.25 = 2,184.13, and 39.23 + 39.50 + 2,105.40 = 2,184.13" },
      { rule: "composition.total-mismatch", cell: "C8", why: "中央 39.23: the one line" },
      { rule: "composition.total-mismatch", cell: "B5", why: "18.75 = 区本级 18.75 (dashes are nothing)" },
      { rule: "composition.line-rounded", why: "two-decimal 万元 figures, no rounding" },
      { rule: "input.unreadable-value", why: "dashes, the notes and the sign-off line are text" },
    ],
  },
};
