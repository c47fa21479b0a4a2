import type { CorpusLayout } from "../types";

// 沧州日报 2014-09-25: 盐山县 wins 1200万元 of 中央专项彩票公益金 (革命老区整村推进) for 10 贫困村 — roads, small water works,
// land improvement, village clean-up and industry; the per-village table is ours, built from the report.
export const layout: CorpusLayout = {
  id: "yanshan-2014-old-area-village-lottery-fund",
  source: {
    title: "盐山10个贫困村将获1200万资金支持（村级资金安排表据报道拟）",
    url: "http://hebei.hebnews.cn/2014-09/25/content_4200542.htm",
    publisher: "沧州日报 / 河北新闻网",
    date: "2014-09-25",
    changes:
      "The report gives only the whole (1200万元 for 10 贫困村) and what it pays for. The table — 序号 | 乡镇 | 村 | 主要建设内容 | 资金 — is ours: " +
      "four real 乡镇 of 盐山县, invented village names and amounts that add up to 1200. Planted: one village typed 153 where the plan gives 135, so the ten " +
      "lines add up to 1218 against the 合计 1200 (the report's total).",
  },
  classes: ["composition", "allocation-by-village", "towns-as-places", "text-column", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "county-fund", "hebei"],
  sheets: [
    {
      name: "整村推进",
      widths: [6, 10, 12, 40, 12],
      rows: [
        ["盐山县2014年中央专项彩票公益金支持革命老区整村推进项目资金安排表（表据报道拟）", null, null, null, null],
        ["序号", "乡镇", "村", "主要建设内容", "资金（万元）"],
        [1, "千童镇", "东马村", "村内道路硬化、排水沟渠", 130],
        [2, "千童镇", "后孙庄村", "小型水利设施、机井配套", 110],
        [3, "千童镇", "李家堡村", "村内道路硬化、村庄环境整治", 125],
        [4, "韩集镇", "南赵村", "土地改良、田间道路", 115],
        [5, "韩集镇", "西杨庄村", "饮水安全、村内道路", 120],
        [6, "望树镇", "刘官庄村", "产业扶贫（设施农业）", 120],
        [7, "望树镇", "北王村", "村内道路硬化、路灯", 153],
        [8, "小营乡", "崔家庄村", "村庄环境整治、小型水利设施", 105],
        [9, "小营乡", "大宋村", "产业扶贫（养殖小区）", 120],
        [10, "小营乡", "前高村", "土地改良、机井配套", 120],
        ["合计", null, null, null, 1200],
        ["注：资金用于改善贫困村生产生活条件，每个项目的建设情况由乡镇另行公示。", null, null, null, null],
      ],
      merges: ["A1:E1", "A13:D13", "A14:E14"],
    },
  ],
  settings: { district: "盐山县" },
  expect: {
    tables: [
      { sheet: "整村推进", kind: "composition", unit: "万元", headerRow: 2, lastRow: 13, columns: { C: "line", E: "amount" } },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        sheet: "整村推进",
        cell: "E13",
        why: "合计 1200万元, the ten villages 130 + 110 + 125 + 115 + 120 + 120 + 153 + 105 + 120 + 120 = 1218: 18万元 apart (北王村 planned 135)",
      },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "千童镇, 韩集镇, 望树镇, 小营乡 are towns of 盐山县" },
      { rule: "register.duplicate", why: "several villages get the same 120万元 and share a town: different villages, not one line twice" },
      { rule: "composition.total-mismatch", sheet: "整村推进", cell: "A14", why: "the note row is not a line" },
    ],
  },
};
