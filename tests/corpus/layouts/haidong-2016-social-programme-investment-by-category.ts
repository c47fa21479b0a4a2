import type { CorpusLayout } from "../types";

// 海东市发改委 2016-12 (news): 省发改委 sent 海东市 8大类 50 中央预算内投资 社会事业 projects, 总投资44031万元 — 中央预算内34181,
// 省级预算内6064, 自筹3786 — 40 of them started by the end of October. Laid out as a 下达情况表 by category: 总投资 with its sources
// under one merged heading, project and started counts, 合计 at the foot, the unstarted projects as a note.
export const layout: CorpusLayout = {
  id: "haidong-2016-social-programme-investment-by-category",
  source: {
    title: "【海东市】40项社会事业项目开工（下达情况表据正文拟）",
    url: "https://xining.baogaosu.com/xinwen/%E9%A1%B9%E7%A4%BE%E4%BC%9A%E4%BA%8B%E4%B8%9A%E9%A1%B9%E7%9B%AE%E5%BC%80%E5%B7%A5/53130422",
    publisher: "海东市发展和改革委员会（新闻报道）",
    date: "2016-12-12",
    changes:
      "The report gives the totals only; the table by category is built from the prose (table from prose): title, 截至 line with " +
      "单位：万元, 序号 | 项目类别 | 项目个数 | 总投资 | 资金来源 (中央预算内投资 | 省级预算内投资 | 自筹资金) | 已开工项目, 合计 at the foot " +
      "with the report's 50 / 44,031 / 34,181 / 6,064 / 3,786 / 40, the unstarted projects and their reasons as a note. The eight " +
      "categories' names and split are ours (教育 18 as reported). Planted: 卫生's 中央预算内投资 typed 8,510 (8,150 fits its 总投资 " +
      "10,480), so the line's sources miss its 总投资 and the column's lines miss the 合计 34,181.",
  },
  classes: ["composition", "allocation-by-category", "investment-with-sources", "merged-header-over-three", "two-header-rows", "self-raised-share", "count-columns", "total-at-foot", "notes-under-table", "as-of-line", "wanyuan-caption", "whole-wanyuan", "table-from-prose", "news-report", "city-fund", "qinghai"],
  settings: { district: "海东市" },
  sheets: [
    {
      name: "下达情况",
      widths: [6, 22, 10, 12, 14, 14, 12, 12],
      rows: [
        ["海东市2016年中央预算内投资社会事业项目下达情况表", null, null, null, null, null, null, null],
        ["截至2016年10月底", null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目类别", "项目个数（个）", "总投资", "资金来源", null, null, "已开工项目（个）"],
        [null, null, null, null, "中央预算内投资", "省级预算内投资", "自筹资金", null],
        [1, "教育", 18, 15620, 12960, 1980, 680, 18],
        [2, "卫生", 9, 10480, 8510, 1620, 710, 6],
        [3, "妇幼保健", 4, 4210, 3200, 640, 370, 3],
        [4, "养老服务", 6, 3860, 2900, 520, 440, 5],
        [5, "文化", 5, 2950, 2180, 430, 340, 4],
        [6, "体育", 3, 1980, 1420, 300, 260, 2],
        [7, "公共实训基地", 2, 3450, 2600, 394, 456, 1],
        [8, "残疾人服务", 3, 1481, 771, 180, 530, 1],
        ["合计", null, 50, 44031, 34181, 6064, 3786, 40],
        ["注：未开工项目主要为民和县第二人民医院门诊医技综合楼、互助县人民医院门诊医技综合楼、乐都区妇幼保健计生服务中心、海东市综合型公共实训基地等，主要原因为拆迁难度大、土地手续办理难。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:G2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "A13:B13", "A14:H14"],
      numberFormats: { "D5:G13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "下达情况", kind: "composition", unit: "万元", headerRow: 3, lastRow: 13, columns: { B: "line", C: "quantity", D: "amount", E: "amount:中央预算内投资", F: "amount:省级预算内投资", G: "amount:自筹资金" }, year: 2016 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D6", why: "卫生: 8,510 + 1,620 + 710 = 10,840, not the 总投资 10,480" },
      { rule: "composition.total-mismatch", cell: "E13", why: "中央预算内投资 lines as typed: 12,960 + 8,510 + 3,200 + 2,900 + 2,180 + 1,420 + 2,600 + 771 = 34,541, not 34,181" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D13", why: "总投资 15,620 + 10,480 + 4,210 + 3,860 + 2,950 + 1,980 + 3,450 + 1,481 = 44,031; and 34,181 + 6,064 + 3,786 = 44,031 across the 合计 row" },
      { rule: "composition.total-mismatch", cell: "F13", why: "省级 1,980 + 1,620 + 640 + 520 + 430 + 300 + 394 + 180 = 6,064" },
      { rule: "composition.total-mismatch", cell: "G13", why: "自筹 680 + 710 + 370 + 440 + 340 + 260 + 456 + 530 = 3,786" },
      { rule: "composition.total-mismatch", cell: "D5", why: "教育 12,960 + 1,980 + 680 = 15,620 (and likewise every other line but 卫生)" },
      { rule: "composition.total-mismatch", cell: "C13", why: "project counts 18 + 9 + 4 + 6 + 5 + 3 + 2 + 3 = 50 are counts, not money, and add up" },
      { rule: "composition.total-mismatch", cell: "H13", why: "started counts 18 + 6 + 3 + 5 + 4 + 2 + 1 + 1 = 40" },
      { rule: "register.ineligible-location", why: "民和县, 互助县, 乐都区 in the note are counties of 海东市, and the table is no list of firms" },
    ],
  },
};
