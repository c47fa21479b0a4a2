import type { CorpusLayout } from "../types";

// 海南省财政: 2.53亿元 for four tropical farm industries (瓜菜 11,300, 生猪 11,000, 雪茄 2,000, 花卉 1,000万元) across 13 市县 and the 农垦总局,
// by industry with the 市县 it favours and the link it supports; everything adds up — nothing to report.
export const layout: CorpusLayout = {
  id: "hainan-tropical-agriculture-industry-fund-allocation",
  source: {
    title: "海南安排2.53亿元扶持瓜菜、生猪、雪茄、花卉产业发展（资金安排表据报道拟）",
    url: "http://mpmpc.cn/news/show.php?itemid=9178",
    publisher: "海南省财政厅（新闻报道转载）",
    changes:
      "The page is a news report; the table is ours (表据正文拟). As published: 2.53亿元 for 海口、三亚 and 13 市县 and the 省农垦总局 — 瓜菜 11,300万元, " +
      "生猪养殖 11,000, 雪茄 2,000, 花卉 1,000; 瓜菜 and 畜牧 chiefly for 海口、三亚、儋州, 雪茄 and 花卉 for 儋州、白沙; money allocated by factors, one or two " +
      "key links per industry, 龙头企业 and co-operatives first, the province managing the 市县 money dynamically. Ours: the 扶持环节 wording. Clean: " +
      "nothing planted.",
  },
  classes: ["composition", "clean", "allocation-by-industry", "place-text-column", "text-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-fund", "hainan"],
  settings: { district: "海南省" },
  sheets: [
    {
      name: "资金安排",
      widths: [6, 16, 14, 22, 36],
      rows: [
        ["海南省扶持瓜菜、生猪、雪茄、花卉产业发展资金安排表（表据报道拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "扶持产业", "安排资金", "重点扶持市县", "重点扶持环节"],
        [1, "瓜菜产业", 11300, "海口、三亚、儋州等", "冬季瓜菜标准化生产基地、产地预冷和冷链"],
        [2, "生猪养殖产业", 11000, "海口、三亚、儋州等", "标准化规模养殖场改造、良种繁育"],
        [3, "雪茄产业", 2000, "儋州、白沙", "雪茄烟叶种植和晾制设施"],
        [4, "花卉产业", 1000, "儋州、白沙", "种苗繁育基地"],
        ["合计", null, 25300, null, null],
        ["注：资金涵盖海口、三亚等13个市县和省农垦总局，按因素法分配，优先扶持各产业主产区和优势区域；省财政实行市县资金动态管理，调剂余缺。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:B8", "A9:E9"],
      numberFormats: { "C4:C8": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金安排",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { B: "line", C: "amount" },
      },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "C8", why: "11,300 + 11,000 + 2,000 + 1,000 = 25,300, as stated (2.53亿元)" },
      { rule: "composition.line-mismatch", why: "no unit standard or quantity column" },
      { rule: "register.ineligible-location", why: "no register; 海口、三亚、儋州、白沙 are 市县 of 海南省" },
      { rule: "input.unreadable-value", cell: "D4", why: "重点扶持市县 is text, not an amount" },
    ],
  },
};
