import type { CorpusLayout } from "../types";

// 舟山市农业农村局 2024-12-20: the city's own share of the 2025 central 耕地建设与利用资金 (耕地地力保护), cut by each area's 2024 subsidised
// land: 县（区）、街道 | 2024年耕地地力保护补贴应实际发放面积/亩 | 耕地地力保护补贴资金/万元, 合计 first; two management committees'
// streets written as 新城管委会（临城街道）, and the notice's publicity lines and sign-off under the table.
export const layout: CorpusLayout = {
  id: "zhoushan-2025-cultivated-land-protection-allocation",
  source: {
    title: "2025年市本级中央耕地建设与利用资金（耕地地力保护）拟分配方案公示（市本级中央耕地建设与利用资金（耕地地力保护）资金分配建议表）",
    url: "http://zsnl.zhoushan.gov.cn/art/2024/12/20/art_1229330271_3895739.html",
    publisher: "舟山市农业农村局",
    date: "2024-12-20",
    changes:
      "As published: the table's title, its three headings with their units written in them (面积/亩, 资金/万元), the 合计 row first, the five " +
      "areas in order (定海区, 普陀区, 新城管委会（临城街道）, 新城管委会（千岛街道）, 普-朱管委会（朱家尖街道）) and the publicity line and sign-off " +
      "under it (phone numbers left out). Areas and money are ours, each area's money its land × 95元/亩 rounded to the 0.01万元. Planted: the " +
      "money's 合计 typed 716.28 where the five lines add up to 718.28.",
  },
  classes: ["composition", "allocation-by-area", "area-and-money", "units-in-headings", "total-row-first", "streets-as-lines", "management-committees", "notes-under-table", "sign-off", "city-fund", "zhejiang"],
  settings: { district: "舟山市" },
  sheets: [
    {
      name: "分配建议表",
      widths: [26, 30, 26],
      rows: [
        ["市本级中央耕地建设与利用资金（耕地地力保护）资金分配建议表", null, null],
        ["县（区）、街道", "2024年耕地地力保护补贴应实际发放面积/亩", "耕地地力保护补贴资金/万元"],
        ["合计", 75609.21, 716.28],
        ["定海区", 38102.46, 361.97],
        ["普陀区", 26418.3, 250.97],
        ["新城管委会（临城街道）", 2731.58, 25.95],
        ["新城管委会（千岛街道）", 4066.12, 38.63],
        ["普-朱管委会（朱家尖街道）", 4290.75, 40.76],
        ["公示时间七天，举报电话：（略）。", null, null],
        [null, null, "舟山市农业农村局"],
        [null, null, "2024年12月20日"],
      ],
      merges: ["A1:C1", "A9:C9"],
      numberFormats: { "B3:B8": "0.00", "C3:C8": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "分配建议表", kind: "composition", unit: "万元", headerRow: 2, lastRow: 8, columns: { A: "line", B: "quantity", C: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C3", why: "合计 716.28 ≠ 361.97 + 250.97 + 25.95 + 38.63 + 40.76 = 718.28 (2.00万元 short)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B3", why: "the land adds up: 38,102.46 + 26,418.30 + 2,731.58 + 4,066.12 + 4,290.75 = 75,609.21 亩" },
      { rule: "composition.line-mismatch", why: "no unit column: each line's money is its share, nothing multiplies" },
      { rule: "composition.total-mismatch", cell: "C10", why: "the office and the date under the table are its sign-off, no rows" },
      { rule: "input.unreadable-value", why: "the publicity line is a note under the table" },
    ],
  },
};
