import type { CorpusLayout } from "../types";

// 云南省财政厅 2017-03-24 (新闻): 2016年 中央专项彩票公益金 2,000万元 for 威信县 革命老区脱贫攻坚 in 高田乡 — 规划总投资 3,058万元, 其中
// 中央彩票公益金 2,000, 整合县级财政资金 100, 县级部门资金 958; 硬化村组道路 13条37.2公里, 新建村组道路 7条19.2公里, 硬化联户路 2.2公里.
export const layout: CorpusLayout = {
  id: "weixin-2016-lottery-fund-old-area-projects",
  source: {
    title: "2016年云南省财政厅安排中央专项彩票公益金2000万元支持威信县革命老区脱贫攻坚（项目建设及资金来源表据报道拟）",
    url: "https://3news.cn/yc/2017/0324/192418.html",
    publisher: "云南省财政厅（新闻报道）",
    date: "2017-03-24",
    changes:
      "As reported: the fund (中央专项彩票公益金 2,000万元), the place (昭通市威信县高田乡), the 规划总投资 3,058万元 and its three sources " +
      "(2,000 + 100 + 958), and the three kinds of work with their scale (硬化村组道路13条37.2公里, 新建村组道路7条19.2公里, 硬化联户路2.2公里). " +
      "The report is prose: the table, its headings, the 其中 split by source and each line's figures are ours (表据报道拟), built so that the " +
      "lines add up to the reported totals. Planted: 硬化联户路's 县级部门资金 typed 98 where the line's 238 leaves 88 after 140 + 10, so the " +
      "row's sources add to 248 against its 238 and the 县级部门资金 column to 968 against the 合计's 958.",
  },
  classes: [
    "composition", "allocation-by-use", "qizhong-columns", "split-under-merged-header", "two-header-rows", "row-total-column",
    "scale-column-as-text", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report",
    "county-fund", "yunnan",
  ],
  sheets: [
    {
      name: "项目建设",
      widths: [6, 18, 16, 12, 16, 14, 14],
      rows: [
        ["2016年中央专项彩票公益金支持威信县革命老区脱贫攻坚项目建设及资金来源表（表据报道拟）", null, null, null, null, null, null],
        ["项目地点：威信县高田乡", null, null, null, null, null, "单位：万元"],
        ["序号", "建设内容", "建设规模", "规划总投资", "其中", null, null],
        [null, null, null, null, "中央专项彩票公益金", "整合县级财政资金", "县级部门资金"],
        [1, "硬化村组道路", "13条37.2公里", 1860, 1300, 60, 500],
        [2, "新建村组道路", "7条19.2公里", 960, 560, 30, 370],
        [3, "硬化联户路", "2.2公里", 238, 140, 10, 98],
        ["合计", null, null, 3058, 2000, 100, 958],
        ["注：项目主要围绕交通和农田水利设施建设、环境改善等，中央专项彩票公益金用于小型公益设施建设项目。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:F2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "A8:C8", "A9:G9"],
    },
  ],
  settings: { district: "威信县" },
  expect: {
    tables: [
      {
        sheet: "项目建设",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { B: "line", D: "amount", E: "amount:中央专项彩票公益金", F: "amount:整合县级财政资金", G: "amount:县级部门资金" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D7", why: "硬化联户路 规划总投资 238; its sources 140 + 10 + 98 = 248: 10万元 apart (whole 万元)" },
      { rule: "composition.total-mismatch", cell: "G8", why: "县级部门资金 合计 958; its lines as typed 500 + 370 + 98 = 968: 10万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D8", why: "规划总投资: 1,860 + 960 + 238 = 3,058, as stated" },
      { rule: "composition.total-mismatch", cell: "E8", why: "中央专项彩票公益金: 1,300 + 560 + 140 = 2,000, as stated" },
      { rule: "composition.total-mismatch", cell: "F8", why: "整合县级财政资金: 60 + 30 + 10 = 100, as stated" },
      { rule: "composition.total-mismatch", cell: "D5", why: "硬化村组道路 1,300 + 60 + 500 = 1,860, as stated" },
      { rule: "composition.total-mismatch", cell: "D6", why: "新建村组道路 560 + 30 + 370 = 960, as stated" },
      { rule: "composition.line-mismatch", why: "建设规模 (条, 公里) is text stating the work's size, no quantity priced by a unit amount" },
      { rule: "input.unreadable-value", cell: "C5", why: "13条37.2公里 is the scale, text by nature, not an amount" },
    ],
  },
};
