import type { CorpusLayout } from "../types";

// 益阳市赫山区乡村振兴局、农业农村局、财政局 2024-02-01: 500万元 of the district's own 2024 财政衔接推进乡村振兴补助资金, placed with the
// towns and streets for the fourth-quarter 人居环境整治提升 (bank, road and hill cleaning), in 元, the work named once in a row over the towns.
export const layout: CorpusLayout = {
  id: "heshan-2024-linkage-fund-district-plan",
  source: {
    title: "2024年度区本级财政衔接推进乡村振兴补助资金计划表（赫山区）",
    url: "http://www.hnhs.gov.cn/22557/22597/22569/content_1997621.html",
    publisher: "益阳市赫山区乡村振兴局、益阳市赫山区农业农村局、益阳市赫山区财政局",
    date: "2024-02-01",
    changes:
      "Kept as published: the title (the notice's annex line says 2023年度, the table's own title 2024年度), the columns 序号 | 项目单位名称 | " +
      "项目资金（元） | 项目类别, the row naming the work (村庄田园道路山林等岸面保洁) over the towns, every line's 项目类别 四季度人居环境整治提升, " +
      "and the first ten towns in the published order. Amounts are ours; the stored copy breaks off after 笔架山乡, so the last six towns and streets " +
      "and the 合计 row are ours too. Planted: the 合计 typed as the notice's 500万元 (5000000) while the sixteen lines add up to 4990000.",
  },
  classes: ["composition", "allocation-by-town", "towns-as-lines", "work-row-over-lines", "category-column", "yuan-heading", "whole-yuan", "total-at-foot", "notes-under-table", "county-fund", "hunan"],
  settings: { district: "赫山区" },
  sheets: [
    {
      name: "计划表",
      widths: [6, 28, 16, 24],
      rows: [
        ["2024年度区本级财政衔接推进乡村振兴补助资金计划表", null, null, null],
        ["序号", "项目单位名称", "项目资金（元）", "项目类别"],
        [null, "村庄田园道路山林等岸面保洁", null, "四季度人居环境整治提升"],
        [1, "龙光桥街道", 448200, "四季度人居环境整治提升"],
        [2, "八字哨镇", 41500, "四季度人居环境整治提升"],
        [3, "欧江岔镇", 208300, "四季度人居环境整治提升"],
        [4, "沧水铺镇", 113600, "四季度人居环境整治提升"],
        [5, "岳家桥镇", 192400, "四季度人居环境整治提升"],
        [6, "泉交河镇", 207900, "四季度人居环境整治提升"],
        [7, "兰溪镇", 892400, "四季度人居环境整治提升"],
        [8, "衡龙桥镇", 349100, "四季度人居环境整治提升"],
        [9, "泥江口镇", 547800, "四季度人居环境整治提升"],
        [10, "笔架山乡", 171300, "四季度人居环境整治提升"],
        [11, "新市渡镇", 236500, "四季度人居环境整治提升"],
        [12, "谢林港镇", 318700, "四季度人居环境整治提升"],
        [13, "会龙山街道", 96400, "四季度人居环境整治提升"],
        [14, "金银山街道", 412600, "四季度人居环境整治提升"],
        [15, "赫山街道", 387400, "四季度人居环境整治提升"],
        [16, "桃花仑街道", 365900, "四季度人居环境整治提升"],
        ["合计", null, 5000000, null],
        ["该笔项目资金的主管单位为区农业农村局。", null, null, null],
      ],
      merges: ["A1:D1", "A20:B20", "A21:D21"],
      numberFormats: { "C4:C20": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "计划表",
        kind: "composition",
        unit: "元",
        headerRow: 2,
        lastRow: 20,
        columns: { B: "line", C: "amount", D: "category" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "计划表", cell: "C20", why: "合计 5000000元, the sixteen towns and streets add up to 4990000元: 10000元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "计划表", cell: "C3", why: "the work row over the towns carries no amount" },
      { rule: "register.ineligible-location", why: "every town and street is 赫山区's; the table is an allocation, not a list of firms" },
      { rule: "input.unreadable-value", sheet: "计划表", why: "the 项目类别 text is a category, not an amount" },
    ],
  },
};
