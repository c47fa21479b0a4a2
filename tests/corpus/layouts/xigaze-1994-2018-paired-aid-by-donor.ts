import type { CorpusLayout } from "../types";

// 新华社 2018-12-12 (西藏自治区政府新闻办 发布会): 日喀则's paired aid 1994—2018 from four provinces and two enterprises — projects,
// money (亿元) and cadres for each. Laid out as the 情况表 the release reads from: 序号 | 援藏省市（企业） | 援藏项目（个） |
// 援藏资金（亿元） | 援藏干部（名）, 合计 at the foot, source note under.
export const layout: CorpusLayout = {
  id: "xigaze-1994-2018-paired-aid-by-donor",
  source: {
    title: "西藏日喀则：对口援藏项目累计达3800多个（援藏项目资金干部情况表据正文拟）",
    url: "http://huiyingmeng.com/xz/jrxz/20181214/t20181214_524449986.shtml",
    publisher: "新华社（央广网转载）",
    date: "2018-12-14",
    changes:
      "Kept from the release: the six donors (上海市, 山东省, 黑龙江省, 吉林省, 宝武集团, 中化集团), their project and cadre counts (3,842 projects, 1,504 " +
      "cadres in all) and the money in 亿元. The release is prose: the grid is ours (表据正文拟) and so are the money figures (46.20, 37.65, " +
      "9.40, 7.62, 2.85, 1.30 亿元, adding up to 105.02). Planted: the money's 合计 typed 105.20 (0.18亿元 over its lines).",
  },
  classes: ["composition", "allocation-by-donor", "count-columns", "yiyuan-in-header", "units-in-headings", "two-decimal-yiyuan", "total-at-foot", "notes-under-table", "multi-year-cumulative", "table-from-prose", "news-report", "prefecture-level", "xizang"],
  settings: { district: "日喀则市" },
  sheets: [
    {
      name: "援藏情况",
      widths: [6, 18, 14, 16, 14],
      rows: [
        ["日喀则市1994—2018年对口援藏项目、资金和干部情况表（表据正文拟）", null, null, null, null],
        ["序号", "援藏省市（企业）", "援藏项目（个）", "援藏资金（亿元）", "援藏干部（名）"],
        [1, "上海市", 1582, 46.2, 493],
        [2, "山东省", 1355, 37.65, 508],
        [3, "黑龙江省", 356, 9.4, 241],
        [4, "吉林省", 297, 7.62, 238],
        [5, "宝武集团", 133, 2.85, 12],
        [6, "中化集团", 119, 1.3, 12],
        ["合计", null, 3842, 105.2, 1504],
        ["资料来源：西藏自治区人民政府新闻办公室新闻发布会（2018年12月12日）。", null, null, null, null],
      ],
      merges: ["A1:E1", "A9:B9", "A10:E10"],
      numberFormats: { "D3:D9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "援藏情况",
        kind: "composition",
        unit: "亿元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "line", C: "quantity", D: "amount" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D9", why: "合计 105.20 where 46.20 + 37.65 + 9.40 + 7.62 + 2.85 + 1.30 = 105.02: 0.18亿元 over" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C9", why: "projects 1,582 + 1,355 + 356 + 297 + 133 + 119 = 3,842" },
      { rule: "composition.total-mismatch", cell: "E9", why: "cadres 493 + 508 + 241 + 238 + 12 + 12 = 1,504" },
      { rule: "composition.total-mismatch", cell: "A3", why: "序号 1-6 is numbering, not money" },
      { rule: "input.unreadable-value", cell: "A10", why: "the source line under the table is a note, not a row" },
    ],
  },
};
