import type { CorpusLayout } from "../types";

// 招远市 2023-06-30: the 2023 耕地地力保护补贴 paid on the verified wheat area (每亩补贴120元), with the town table copied as laid out —
// 镇街 | 应补贴户数 | 2023年核定小麦面积 | 耕地地力保护补贴系统数, 合计 first, the fourteen 镇街 under it, no unit caption (money in 元).
export const layout: CorpusLayout = {
  id: "zhaoyuan-2023-farmland-protection-subsidy-by-town",
  source: {
    title: "2023年招远市耕地地力保护补贴发放情况统计表",
    url: "http://tbzhij.com/art/2023/6/30/art_101962_2943440.html",
    publisher: "招远市农业农村局（转载）",
    date: "2023-06-30",
    changes:
      "Kept as published: the title, the four headings word for word, the 合计 row first, the fourteen 镇街 in the published order, money in 元 to one " +
      "decimal and the areas in 亩 to two, with no unit caption. The note under the table is the notice's own sentence (每亩补贴120元, paid by 6月7日). " +
      "Households, areas and money are ours (the published 合计: 63,003 户, 317,442.74 亩, 38,093,128.8 元); every town's money is its area × 120. " +
      "Planted: the 合计 of the money typed 38,170,681.2 where the fourteen towns add up to 38,107,681.2 (63,000.0 元 too much).",
  },
  classes: [
    "composition", "by-town", "area-times-standard", "standard-in-note", "households-column", "total-row-first", "yuan-unstated", "one-decimal-yuan",
    "notes-under-table", "county-city-fund", "shandong",
  ],
  settings: { district: "招远市" },
  sheets: [
    {
      name: "发放情况",
      widths: [14, 14, 20, 24],
      rows: [
        ["2023年招远市耕地地力保护补贴发放情况统计表", null, null, null],
        ["镇街", "应补贴户数", "2023年核定小麦面积", "耕地地力保护补贴系统数"],
        ["合计", 63039, 317564.01, 38170681.2],
        ["温泉街道", 331, 1128.46, 135415.2],
        ["罗峰街道", 602, 2376.15, 285138],
        ["大秦家街道", 3574, 11062.83, 1327539.6],
        ["梦芝街道", 846, 1388.27, 166592.4],
        ["泉山街道", 1512, 6517.34, 782080.8],
        ["辛庄镇", 4486, 23705.62, 2844674.4],
        ["蚕庄镇", 4812, 26348.19, 3161782.8],
        ["张星镇", 9583, 37812.46, 4537495.2],
        ["金岭镇", 6421, 26293.58, 3155229.6],
        ["齐山镇", 9238, 54706.31, 6564757.2],
        ["夏甸镇", 8067, 49125.74, 5895088.8],
        ["毕郭镇", 5702, 44618.09, 5354170.8],
        ["阜山镇", 5589, 24183.52, 2902022.4],
        ["玲珑镇", 2276, 8297.45, 995694],
        ["注：本次耕地地力保护补贴以2023年小麦面积核定数据为依据发放，每亩补贴120元，已于6月7日前全部发放到位。", null, null, null],
      ],
      merges: ["A1:D1", "A18:D18"],
      numberFormats: { "B3:B17": "#,##0", "C3:C17": "#,##0.00", "D3:D17": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "发放情况",
        kind: "composition",
        unit: "元",
        headerRow: 2,
        lastRow: 17,
        columns: { A: "line", C: "quantity", D: "amount" },
        year: 2023,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        sheet: "发放情况",
        cell: "D3",
        why: "合计 38,170,681.2 元; the fourteen towns add up to 38,107,681.2 (63,000.0 元 apart)",
      },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "D13", why: "齐山镇 54,706.31 亩 × 120 = 6,564,757.2 元, as typed; every town is its area × 120" },
      { rule: "register.ineligible-location", cell: "A4", why: "the 街道 and 镇 are 招远市's own" },
      { rule: "input.unreadable-value", cell: "A18", why: "the note under the table" },
      { rule: "composition.total-mismatch", cell: "A18", why: "the note's 120元 and 6月7日 are no lines" },
    ],
  },
};
