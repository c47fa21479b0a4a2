import type { CorpusLayout } from "../types";

// 泰州市姜堰区 (姜堰日报 via 泰州 news, 2025-07-08): 蒋垛镇 won the 2025年中央专项彩票公益金支持革命老区乡村振兴项目 — 5000万元 a project county over
// two years, 4000万元 the first year, 1000万元 the second after a mid-term review; the town's plans named: 红色美丽村庄, 村庄基础设施配套提升, 水系连通,
// 农村改厕, 红色文旅. Laid out as the project's fund plan: 序号 | 建设内容 | 实施地点 | 项目资金（万元） over 合计 | 2025年首批 | 2026年（中期评估后）.
export const layout: CorpusLayout = {
  id: "jiangyan-2025-old-area-lottery-project-funds",
  source: {
    title: "5000万元！姜堰这里获中央专项公益金支持！（2025年中央专项彩票公益金支持革命老区乡村振兴项目资金安排表据报道拟）",
    url: "https://www.mytaizhou.net/folder114/folder760/2025-07-08/783889.html",
    publisher: "泰州市姜堰区（中国泰州网报道）",
    date: "2025-07-08",
    changes:
      "As published: the programme, 蒋垛镇 as the supported town, 5000万元 in all with 4000万元 the first year and 1000万元 the second after the mid-term " +
      "review, the kinds of work the report names and the villages 朱高村 and 许庄村. The report has no table: the layout and every line's figures are ours. " +
      "Planted: 水系连通工程's 合计 typed 1,000 where 700 + 200 = 900, so the 合计 column's lines (5,100) also miss its foot of 5,000.",
  },
  classes: ["composition", "project-fund-plan", "row-total-column", "split-by-year", "split-under-merged-header", "places-beside-lines", "total-at-foot", "whole-wanyuan", "wanyuan-in-header", "notes-under-table", "table-from-prose", "news-report", "county-project", "jiangsu"],
  settings: { district: "泰州市姜堰区" },
  sheets: [
    {
      name: "资金安排",
      widths: [6, 24, 18, 12, 12, 18],
      rows: [
        ["姜堰区蒋垛镇2025年中央专项彩票公益金支持革命老区乡村振兴项目资金安排表（表据报道拟）", null, null, null, null, null],
        ["序号", "建设内容", "实施地点", "项目资金（万元）", null, null],
        [null, null, null, "合计", "2025年首批", "2026年（中期评估后）"],
        [1, "红色美丽村庄建设", "蒋垛镇朱高村", 1800, 1500, 300],
        [2, "村庄基础设施配套提升", "蒋垛镇许庄村", 1200, 1000, 200],
        [3, "水系连通工程", "蒋垛镇", 1000, 700, 200],
        [4, "农村改厕", "蒋垛镇", 500, 400, 100],
        [5, "红色文旅产业提升", "蒋垛镇", 600, 400, 200],
        ["合计", null, null, 5000, 4000, 1000],
        ["注：项目实施期2年，第二年资金根据中期评估结果确定是否安排。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "A9:C9", "A10:F10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "资金安排", kind: "composition", unit: "万元", headerRow: 2, lastRow: 9, columns: { B: "line", D: "amount" }, year: 2025 },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "资金安排", cell: "D6", why: "水系连通工程: 合计 1,000 where 2025年首批 700 + 2026年 200 = 900: 100万元 apart" },
      { rule: "composition.total-mismatch", sheet: "资金安排", cell: "D9", why: "合计 column foot 5,000; its lines as typed 1,800 + 1,200 + 1,000 + 500 + 600 = 5,100: 100万元 apart (across, 4,000 + 1,000 = 5,000 agrees)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "资金安排", cell: "E9", why: "2025年首批 1,500 + 1,000 + 700 + 400 + 400 = 4,000" },
      { rule: "composition.total-mismatch", sheet: "资金安排", cell: "F9", why: "2026年 300 + 200 + 200 + 100 + 200 = 1,000" },
      { rule: "composition.total-mismatch", sheet: "资金安排", cell: "D4", why: "1,800 = 1,500 + 300" },
      { rule: "composition.total-mismatch", sheet: "资金安排", cell: "D8", why: "600 = 400 + 200" },
      { rule: "input.unreadable-value", sheet: "资金安排", cell: "A10", why: "the note under the table is no line" },
    ],
  },
};
