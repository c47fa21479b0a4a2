import type { CorpusLayout } from "../types";

// 遂宁市财政局 (news, 2015): the 2015—2017 sponge-city pilot — 346 projects in 7 classes, 12亿元 of central 专项补助 over three years
// (4亿元 arrived), 1亿元 of city matching money. Laid out as the pilot's 项目及资金安排表: 序号 | 项目类别 | 项目个数（个） |
// 中央专项补助资金（亿元）, 合计 at the foot with a 其中 row for the money arrived, notes under.
export const layout: CorpusLayout = {
  id: "suining-2015-2017-sponge-city-pilot-projects",
  source: {
    title: "遂宁市海绵城市建设专项补助资金4亿元已到位（2015—2017年试点项目及资金安排表据正文拟）",
    url: "https://m.hbxmad.com/newdetail-154859.html",
    publisher: "遂宁市财政局（新闻转载）",
    date: "2015",
    changes:
      "Kept from the report: 346 projects in 7 classes (7大类), 12亿元 of central subsidy for 2015—2017 of which 4亿元 has arrived, 1亿元 of 市本级 " +
      "matching money. The report names neither the classes nor their shares: the seven classes, their counts and the money by class are ours " +
      "(表据正文拟), counts adding to 346. Planted: 管网建设 typed 1.90 where the plan gives 1.70, so the lines add up to 12.20 against the 合计 12.00.",
  },
  classes: ["composition", "allocation-by-class", "count-column", "qizhong-row-under-total", "yiyuan-in-header", "two-decimal-yiyuan", "total-at-foot", "notes-under-table", "multi-year-plan", "table-from-prose", "news-report", "city-fund", "sichuan"],
  settings: { district: "遂宁市" },
  sheets: [
    {
      name: "项目及资金安排",
      widths: [6, 22, 14, 20],
      rows: [
        ["遂宁市海绵城市建设试点2015—2017年项目及中央专项补助资金安排表（表据正文拟）", null, null, null],
        ["序号", "项目类别", "项目个数（个）", "中央专项补助资金（亿元）"],
        [1, "建筑与小区", 128, 2.1],
        [2, "道路与广场", 74, 2.6],
        [3, "公园与绿地", 41, 1.8],
        [4, "水系整治与生态修复", 23, 2.9],
        [5, "排水管网建设与改造", 52, 1.9],
        [6, "防洪排涝设施", 16, 0.6],
        [7, "监测平台与能力建设", 12, 0.3],
        ["合计", null, 346, 12],
        ["其中：2015年已到位", null, null, 4],
        ["注：1.市本级财政配套资金1亿元已到位，未列入本表。2.中央专项补助资金按三年试点计划拨付。", null, null, null],
      ],
      merges: ["A1:D1", "A10:B10", "A11:B11", "A12:D12"],
      numberFormats: { "D3:D11": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目及资金安排",
        kind: "composition",
        unit: "亿元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "line", C: "quantity", D: "amount" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D10", why: "合计 12.00 where 2.10 + 2.60 + 1.80 + 2.90 + 1.90 + 0.60 + 0.30 = 12.20: the lines run 0.20亿元 over" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C10", why: "projects 128 + 74 + 41 + 23 + 52 + 16 + 12 = 346" },
      { rule: "composition.total-mismatch", cell: "D11", why: "其中 2015年已到位 4.00 is a part of the 合计, not a line added into it" },
      { rule: "input.unreadable-value", cell: "A12", why: "the notes under the table are not rows" },
    ],
  },
};
