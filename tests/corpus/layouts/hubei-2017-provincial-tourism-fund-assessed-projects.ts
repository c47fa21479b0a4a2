import type { CorpusLayout } from "../types";

// 湖北省旅游委 2017-05 (via 长江云): the 2017 省级旅游发展专项资金 (4,400万元) under review; its 评估类 block — 1,700万元 given by
// direction, 1,130 to projects the province's leaders named, 330 to 对口支援 and 240 to 重点旅游工作 — with the projects named
// under it. Laid out as a 拟安排表 with the three directions as numbered group rows carrying their own sums.
export const layout: CorpusLayout = {
  id: "hubei-2017-provincial-tourism-fund-assessed-projects",
  source: {
    title: "湖北拿出4400万元分给这些地方（2017年省级旅游发展专项资金评估类项目拟安排表据正文拟）",
    url: "http://shougong114.com/news/j/2017-05-27/detail-ifyfqqyh8663432.shtml?from=hb_ydph",
    publisher: "长江云（湖北省旅游发展委员会评审结果公示）",
    date: "2017-05-27",
    changes:
      "The page is prose: 评估类旅游项目 拟安排资金1700万元, 其中 1130 / 330 / 240 by direction, and four named projects. We built the table " +
      "from it (序号 | 项目名称 | 拟安排资金 | 备注, the directions as group rows with their sums, 合计 at the foot); the four project names " +
      "are as published, the other four lines and every line amount are ours; the 评审类 money (the other 2,700万元) is left out. " +
      "Planted: 重点旅游工作项目 stated 240 while its two lines add up to 230.",
  },
  classes: [
    "composition", "group-rows-with-sums", "outline-numbering", "whole-wanyuan", "wanyuan-caption", "total-at-foot",
    "notes-under-table", "table-from-prose", "news-report", "province-fund", "hubei",
  ],
  settings: { district: "湖北省" },
  sheets: [
    {
      name: "拟安排表",
      widths: [8, 50, 14, 16],
      rows: [
        ["2017年省级旅游发展专项资金评估类旅游项目拟安排表（表据正文拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "项目名称", "拟安排资金", "备注"],
        ["（一）", "省委、省政府确定支持的重点旅游建设项目", 1130, null],
        [1, "武当山旅游厕所建设和旅游标识标牌更换建设项目", 380, null],
        [2, "通山县幕阜山沿线房车帐篷露营地和慈口乡旅游码头项目", 300, null],
        [3, "楚国八百年城市公园项目", 250, null],
        [4, "郧西县旅游厕所建设和上津古城旅游集散中心建设项目", 200, null],
        ["（二）", "对口支援项目", 330, null],
        [5, "对口支援西藏山南市旅游项目", 200, null],
        [6, "对口支援新疆博州旅游项目", 130, null],
        ["（三）", "重点旅游工作项目", 240, null],
        [7, "全省旅游厕所革命督查考核", 90, null],
        [8, "湖北旅游整体形象宣传推广", 140, null],
        ["合计", null, 1700, null],
        ["注：评估类项目实行定向分配，采取专家评估项目的方式进行，对评估通过的项目给予资金支持。", null, null, null],
      ],
      merges: ["A1:D1", "A15:B15", "A16:D16"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { B: "line", C: "amount" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C12", why: "重点旅游工作项目 240, its lines 90 + 140 = 230: 10万元 over" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "1,130 = 380 + 300 + 250 + 200" },
      { rule: "composition.total-mismatch", cell: "C9", why: "330 = 200 + 130" },
      {
        rule: "composition.total-mismatch",
        cell: "C15",
        why: "合计 1,700 = 1,130 + 330 + 240, the directions as typed; the slip is the direction's, reported once there",
      },
      { rule: "input.unreadable-value", cell: "A16", why: "the note under the table is no row of figures" },
    ],
  },
};
