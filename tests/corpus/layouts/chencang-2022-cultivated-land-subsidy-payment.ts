import type { CorpusLayout } from "../types";

// 宝鸡市陈仓区农业农村局 2022-06-23: 陈仓区2022年耕地地力保护补贴资金兑付表 — 镇街 | 补贴面积（亩） | 补贴标准（元/亩） | 资金计划（元） | 备注,
// thirteen towns and streets at 70元/亩, 合计 last with the standard left blank and the net change of land in 备注.
export const layout: CorpusLayout = {
  id: "chencang-2022-cultivated-land-subsidy-payment",
  source: {
    title: "关于调整陈仓区2022年耕地地力保护补贴面积的公示（附件：陈仓区2022年耕地地力保护补贴资金兑付表）",
    url: "http://www.chencang.gov.cn/col8173/col8177/202206/t20220623_136278.html",
    publisher: "宝鸡市陈仓区农业农村局",
    date: "2022-06-23",
    changes:
      "As published: the title, the five headings with their units, the thirteen towns and streets in the published order, the standard 70 on " +
      "every line, the 合计 row with its standard blank and the 备注 of land added or cut. The land and money are ours (each line its land × 70). " +
      "Planted: 周原镇's money typed 3,118,865.2 where 44,512.36 亩 × 70 = 3,115,865.2 (3,000元 over); the 合计 adds the lines as typed.",
  },
  classes: ["composition", "unit-times-quantity", "standard-heading", "yuan-amounts", "towns-as-lines", "remark-column", "total-at-foot", "blank-standard-on-total", "county-fund", "shaanxi"],
  settings: { district: "宝鸡市陈仓区" },
  sheets: [
    {
      name: "兑付表",
      widths: [12, 16, 16, 16, 14],
      rows: [
        ["陈仓区2022年耕地地力保护补贴资金兑付表", null, null, null, null],
        ["镇街", "补贴面积（亩）", "补贴标准（元/亩）", "资金计划（元）", "备注"],
        ["千渭街道", 1618.42, 70, 113289.4, null],
        ["拓石镇", 21305.16, 70, 1491361.2, null],
        ["新街镇", 56148.37, 70, 3930385.9, "增加0.02亩"],
        ["阳平镇", 28276.05, 70, 1979323.5, null],
        ["虢镇街道", 2630.48, 70, 184133.6, "增加18.9亩"],
        ["东关街道", 17561.29, 70, 1229290.3, null],
        ["周原镇", 44512.36, 70, 3118865.2, "减少41.51亩"],
        ["慕仪镇", 43170.84, 70, 3021958.8, "增加3.08亩"],
        ["赤沙镇", 33559.71, 70, 2349179.7, null],
        ["坪头镇", 17294.63, 70, 1210624.1, null],
        ["贾村镇", 74108.52, 70, 5187596.4, null],
        ["县功镇", 80873.18, 70, 5661122.6, "减少14亩"],
        ["香泉镇", 26837.4, 70, 1878618, null],
        ["合 计", 447896.41, null, 31355748.7, "减少33.51亩"],
      ],
      merges: ["A1:E1"],
      numberFormats: { "B3:B16": "0.00", "D3:D16": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "兑付表",
        kind: "composition",
        unit: "元",
        headerRow: 2,
        lastRow: 16,
        columns: { A: "line", B: "quantity", C: "unitAmount", D: "amount" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "D9", why: "周原镇 44,512.36 亩 × 70元/亩 = 3,115,865.2元, typed 3,118,865.2 (3,000元 over)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D16", why: "合计 31,355,748.7 = the thirteen lines as typed (周原镇's slip included)" },
      { rule: "composition.total-mismatch", cell: "B16", why: "the land adds up to 447,896.41 亩" },
      { rule: "composition.line-mismatch", cell: "D3", why: "千渭街道 1,618.42 × 70 = 113,289.4 exactly" },
      { rule: "composition.line-mismatch", cell: "D16", why: "the 合计 row states no standard: no product to check" },
      { rule: "composition.line-rounded", why: "70 is the policy's standard and every line but 周原镇 is exact" },
      { rule: "input.unreadable-value", cell: "E5", why: "备注 is text describing the change of land" },
    ],
  },
};
