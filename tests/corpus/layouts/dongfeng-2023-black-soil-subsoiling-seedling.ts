import type { CorpusLayout } from "../types";

// 东丰县 (2023-09): 黑土地保护（深松）项目苗期作业资金申请表 — 乡镇 | 补助对象名称 | 核准补助面积 | 核准补助金额 | 补助标准,
// the unlabelled total row standing first, above the cooperatives. Clean.
export const layout: CorpusLayout = {
  id: "dongfeng-2023-black-soil-subsoiling-seedling",
  source: {
    title: "关于对2023年东丰县实施黑土地保护（深松）项目苗期作业情况的公示",
    url: "http://df.jlnongji.cn/359/2023-09-05/250751.html",
    publisher: "东丰县农业农村局",
    date: "2023-09-05",
    changes:
      "Kept as published: the title, the 作业周期 line, the caption 单位：亩、元, the five columns (乡 镇 with its space), the unlabelled total " +
      "row first under the header and the standard 25 on every line. The published list has two cooperatives; ours has five, all names " +
      "invented, areas ours, every amount its area × 25 元. Nothing planted: clean.",
  },
  classes: ["register", "clean", "cooperatives", "standard-column", "unlabelled-total-row-first", "area-times-standard", "period-line-above-header", "units-caption", "towns-as-places", "county-level", "jilin"],
  settings: { district: "东丰县" },
  sheets: [
    {
      name: "苗期作业",
      widths: [12, 34, 14, 14, 10],
      rows: [
        ["2023年黑土地保护（深松）项目苗期作业资金申请表", null, null, null, null],
        ["作业周期：2023-6-6 至 2023-7-3（共计17天）", null, null, null, null],
        [null, null, null, null, "单位：亩、元"],
        ["乡 镇", "补助对象名称", "核准补助面积", "核准补助金额", "补助标准"],
        [null, null, 1412.6, 35315, null],
        ["大阳镇", "东丰县禾盛玉米种植专业合作社", 412.36, 10309, 25],
        ["沙河镇", "东丰县巨丰农机种植专业合作社", 298.52, 7463, 25],
        ["横道河镇", "东丰县丰禾农机专业合作社", 356.08, 8902, 25],
        ["小四平镇", "东丰县福满仓种植专业合作社", 227.44, 5686, 25],
        ["那丹伯镇", "东丰县惠农玉米种植专业合作社", 118.2, 2955, 25],
      ],
      merges: ["A1:E1", "A2:E2"],
      numberFormats: { "C5:C10": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "苗期作业", kind: "register", unit: "元", headerRow: 4, lastRow: 10, columns: { A: "place", B: "enterprise", D: "approved" }, year: 2023 },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "D5", why: "10,309 + 7,463 + 8,902 + 5,686 + 2,955 = 35,315 元 as stated in the unlabelled total row" },
      { rule: "composition.total-mismatch", cell: "C5", why: "412.36 + 298.52 + 356.08 + 227.44 + 118.20 = 1,412.60 亩 as stated" },
      { rule: "register.duplicate", cell: "D5", why: "the unlabelled first row is the total, not a sixth cooperative" },
      { rule: "register.ineligible-location", why: "大阳、沙河、横道河、小四平、那丹伯 are towns of 东丰县" },
      { rule: "composition.line-mismatch", cell: "D6", why: "412.36 亩 × 25 元 = 10,309 元; every amount is its area × the standard" },
      { rule: "cap.exceeded", cell: "E6", why: "补助标准 25 is the rate per 亩, not an award" },
    ],
  },
};
