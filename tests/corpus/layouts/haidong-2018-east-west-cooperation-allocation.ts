import type { CorpusLayout } from "../types";

// 海东市扶贫开发局 2018-11-01 (青海): 江苏省追加 2018年东西部扶贫协作资金 4000万元 split among six 县区 — the table published under the
// title 海东市市级财政扶贫专项资金分配表: 县区名称 | 资金分配额(万元) | 备注, 合计 on the first row.
export const layout: CorpusLayout = {
  id: "haidong-2018-east-west-cooperation-allocation",
  source: {
    title: "海东市扶贫开发局关于江苏省追加2018年东西部扶贫协作资金分配情况的公告（三、资金分配情况表：海东市市级财政扶贫专项资金分配表）",
    url: "http://hds.smeqh.com/html/article/tzgg/1138.html",
    publisher: "海东市扶贫开发局",
    date: "2018-11-01",
    changes:
      "Title, headers, the 合计 first and the six 县区 in their published order are as published, and so are five of the amounts (乐都区 819, " +
      "平安区 100, 互助县 600, 化隆县 1155, 循化县 100) and the 合计 4000. The 备注 entries are ours, taken from the notice's prose (卫生室 " +
      "for four counties, 巩固提升 for two); the source note under the table paraphrases the notice. Planted: 民和县 1262 where the notice " +
      "gives 1226 (two digits swapped), so the counties add up to 4036, not the 合计 4000.",
  },
  classes: ["composition", "allocation-by-county", "total-row-first", "wanyuan-in-header", "remark-column", "title-from-another-fund", "notes-under-table", "qinghai"],
  sheets: [
    {
      name: "分配表",
      widths: [14, 20, 34],
      rows: [
        ["海东市市级财政扶贫专项资金分配表", null, null],
        ["县区名称", "资金分配额(万元)", "备注"],
        ["合计", 4000, null],
        ["乐都区", 819, "贫困村村级卫生室修建（扩）建"],
        ["平安区", 100, "巩固提升项目"],
        ["民和县", 1262, "贫困村村级卫生室修建（扩）建"],
        ["互助县", 600, "贫困村村级卫生室修建（扩）建"],
        ["化隆县", 1155, "贫困村村级卫生室修建（扩）建"],
        ["循化县", 100, "巩固提升项目"],
        ["资金来源：江苏省追加2018年东西部扶贫协作专项资金4000万元（海东市人民政府专题会议纪要105号）。", null, null],
      ],
      merges: ["A1:C1", "A10:C10"],
      numberFormats: { "B3:B9": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { A: "line", B: "amount" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B3", why: "合计 4000 heads six counties that add up to 819 + 100 + 1262 + 600 + 1155 + 100 = 4036: 36万元 more than stated" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B4", why: "a county line is no total; the 合计 on the first row is not added in again" },
      { rule: "composition.line-mismatch", why: "no unit price or quantity" },
      { rule: "register.ineligible-location", why: "an allocation among a city's own 县区, no register" },
      { rule: "input.unreadable-value", why: "备注 and the source note are text by nature" },
    ],
  },
};
