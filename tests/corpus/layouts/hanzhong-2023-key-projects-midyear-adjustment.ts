import type { CorpusLayout } from "../types";

// 汉中市人民政府 2023-09-08: the mid-year adjustment of the city's 2023 key projects — 455 重点建设项目 with 1,308.78亿元 of this
// year's investment (239 新开工, 124 续建, 92 建成) and 147 重大前期项目 of 2,816.87亿元 total investment. Laid out as the plan's summary:
// 序号 | 项目类别 | 项目个数 | 年度计划投资 | 总投资 | 备注, the 重点建设项目 heading its three kinds, 重大前期 a section of its own.
export const layout: CorpusLayout = {
  id: "hanzhong-2023-key-projects-midyear-adjustment",
  source: {
    title: "汉中市人民政府关于印发汉中市2023年重点项目中期调整计划的通知（调整后计划汇总表据通知拟）",
    url: "http://jhj.hanzhong.gov.cn/hzjhjwz/zfwj/202312/f7230234af3a4703a3039a2d2a72d35a.shtml",
    publisher: "汉中市人民政府（汉中市经济合作局转载）",
    date: "2023-09-08",
    changes:
      "As published: the counts (455 = 239 + 124 + 92; 147 重大前期项目), the year's investment of 续建 653.52 and 建成 186.9亿元, the 1,308.78亿元 " +
      "total, 重大前期's 2,816.87亿元 总投资 and the adjustment (调出 33, 调入 59, 调增 22, 调减 17, 26 more than before). The notice gives no " +
      "table: the summary's layout is ours. Planted: 新开工's 年度计划投资 typed 468.87 (published 468.37), so the three kinds add up to " +
      "1,309.29 against the 1,308.78 above them. (The published 468.37 + 653.52 + 186.90 = 1,308.79 is within rounding of 1,308.78.)",
  },
  classes: [
    "composition", "plan-by-project-kind", "subtotal-heading-its-group", "outline-numbering", "count-column", "count-and-money-caption",
    "second-section-other-measure", "dash-cells", "two-decimal-yiyuan", "remark-column", "notes-under-table", "table-from-notice",
    "city-level", "shaanxi",
  ],
  settings: { district: "汉中市" },
  sheets: [
    {
      name: "汇总表",
      widths: [6, 16, 10, 14, 12, 36],
      rows: [
        ["汉中市2023年市级重点项目中期调整后计划汇总表", null, null, null, null, null],
        [null, null, null, null, null, "单位：个、亿元"],
        ["序号", "项目类别", "项目个数", "年度计划投资", "总投资", "备注"],
        ["一", "重点建设项目", 455, 1308.78, null, "较调整前增加26个（调入59个、调出33个）"],
        ["1", "新开工项目", 239, 468.87, null, null],
        ["2", "续建项目", 124, 653.52, null, null],
        ["3", "建成项目", 92, 186.9, null, null],
        ["二", "重大前期项目", 147, "—", 2816.87, null],
        ["注：调增年度投资的重点建设项目22个、调减17个；重大前期项目只列总投资。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A9:F9"],
      numberFormats: { "D4:E8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "汇总表",
        kind: "composition",
        unit: "亿元",
        headerRow: 3,
        lastRow: 8,
        columns: { A: "code", B: "line", C: "quantity", D: "amount", E: "amount:总投资" },
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D4",
        why: "重点建设项目 1,308.78; its kinds 468.87 + 653.52 + 186.90 = 1,309.29: 0.51亿元 apart, beyond the rounding of three 2-decimal figures",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "239 + 124 + 92 = 455, a count" },
      { rule: "composition.total-mismatch", cell: "E8", why: "重大前期's 2,816.87 is 总投资, a section of its own, added to nothing" },
      { rule: "input.unreadable-value", cell: "D8", why: "— is nothing: 重大前期项目 have no year's plan" },
      { rule: "composition.line-mismatch", why: "no unit amount: 项目个数 counts projects" },
    ],
  },
};
