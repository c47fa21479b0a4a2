import type { CorpusLayout } from "../types";

// 岳阳县农业农村局 / 岳阳县财政局 2025-10-22 (岳县农联发〔2025〕7号): the ninth 2025 batch of linkage money, 50万元 of provincial money for
// repairing the relocation settlements, as its 项目计划表 — one project line (乡镇（单位名称） | 村名 | 项目名称 | 项目类别 | 项目建设内容 |
// 本批省级衔接资金安排情况（万元）) and its 合计. Clean.
export const layout: CorpusLayout = {
  id: "yueyangxian-2025-linkage-batch9-relocation-repair",
  source: {
    title: "岳阳县农业农村局 岳阳县财政局关于下达2025年度第九批财政衔接推进乡村振兴补助资金项目计划的通知（岳县农联发〔2025〕7号；附件：项目计划表）",
    url: "https://www.sgf2.com/37584/38154/38157/38160/38207/38208/40152/content_2337406.html",
    publisher: "岳阳县农业农村局 (page stored on a mirror)",
    date: "2025-10-23",
    changes:
      "As published: the annex's title, the seven headings in their wording and line breaks (乡镇 over （单位名称）, 本批省级衔接资金安排情况 over （万元）), " +
      "the one project (公田镇's relocation-settlement repair, 易地搬迁后扶) with its two numbered works, the empty 村名 cell, the 合计 row, and the 50万元 " +
      "the notice sends down (湘财预〔2025〕206号). Ours: the wording of the works is shortened. Nothing planted: the layout measures that a one-line plan " +
      "with its figures in the works' text (3个安置区, 1190平方米) is read without findings.",
  },
  classes: [
    "composition", "clean", "one-project", "project-plan", "town-column", "empty-village-cell", "category-column", "works-text-with-figures",
    "units-in-headings", "wanyuan-in-header", "whole-wanyuan", "total-at-foot", "annex-label", "linkage-fund", "county-fund", "hunan",
  ],
  settings: { district: "岳阳县" },
  sheets: [
    {
      name: "项目计划表",
      widths: [6, 12, 8, 30, 12, 46, 16],
      rows: [
        ["附件", null, null, null, null, null, null],
        ["岳阳县2025年第九批财政衔接推进乡村振兴补助资金项目计划表", null, null, null, null, null, null],
        ["序号", "乡镇\n（单位名称）", "村名", "项目\n名称", "项目\n类别", "项目建设内容", "本批省级衔接资金安排情况\n（万元）"],
        [
          1, "公田镇", null, "岳阳县公田镇易地搬迁集中安置区维修改造项目", "易地搬迁后扶",
          "1、屋顶及外立面破损维修改造：3个安置区维修改造1190平方米；\n2、房屋公共区域漏水渗水维修改造：4个安置区维修改造1941平方米",
          50,
        ],
        ["合计", null, null, null, null, null, 50],
      ],
      merges: ["A2:G2", "A5:F5"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目计划表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 5,
        columns: { D: "line", E: "category", G: "amount" },
        year: 2025,
      },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "G5", why: "合计 50 = the one project's 50" },
      { rule: "composition.line-mismatch", why: "no unit amount or quantity column: 1190 and 1941平方米 are in the works' text, no figures of the plan" },
      { rule: "composition.approved-mismatch", why: "no approved total stated in the workbook; the 50 lines add up to the 合计's 50" },
      { rule: "input.unreadable-value", cell: "F4", why: "项目建设内容 is text by nature, no number column" },
    ],
  },
};
