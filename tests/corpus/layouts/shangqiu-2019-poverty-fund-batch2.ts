import type { CorpusLayout } from "../types";

// 商丘市财政局 2019-05-16: the second batch of city poverty-relief money split among nine counties
// and districts — a title row, then 县区名称 | 市级资金（万元） | 备注 and a 合计 row; the unit only in
// the amount column's header.
export const layout: CorpusLayout = {
  id: "shangqiu-2019-poverty-fund-batch2",
  source: {
    title: "关于下达2019年第二批市级财政专项扶贫资金情况公告公示（四、扶贫资金分配情况表：2019年市级财政扶贫资金分配情况表）",
    url: "http://henan.kjzch.com/shangqiu/2019-05-17/736509.html",
    publisher: "商丘市财政局",
    date: "2019-05-16",
    changes:
      "Table title, the three columns (县区名称 | 市级资金（万元） | 备注), the nine counties and districts in their published order " +
      "(睢 县 with its space) and the 合计 row as published. Every amount is ours (the published 5,000万元 total is kept as the " +
      "stated 合计). The 备注 texts are ours (published blank). The notice's prose above the table (资金来源, 分配原则, the share " +
      "going to poor counties) is not reproduced. Planted: 夏邑县 752 makes the lines add up to 5,027 against the stated 合计 5,000.",
  },
  classes: ["composition", "allocation-by-county", "wanyuan-in-header", "remark-column", "spaced-names", "title-row"],
  sheets: [
    {
      name: "分配情况表",
      widths: [16, 18, 24],
      rows: [
        ["2019年市级财政扶贫资金分配情况表", null, null],
        ["县区名称", "市级资金（万元）", "备注"],
        ["梁园区", 260, "非贫困县区"],
        ["睢阳区", 300, "非贫困县区"],
        ["示范区", 90, "非贫困县区"],
        ["虞城县", 780, null],
        ["民权县", 830, null],
        ["睢 县", 710, null],
        ["宁陵县", 560, null],
        ["柘城县", 745, null],
        ["夏邑县", 752, null],
        ["合计", 5000, null],
      ],
      merges: ["A1:C1"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配情况表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 12,
        columns: { A: "line", B: "amount" },
        year: 2019,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "B12",
        why: "260 + 300 + 90 + 780 + 830 + 710 + 560 + 745 + 752 = 5,027万元; 合计 states 5,000 (27万元 less)",
      },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "the lines have no unit price or quantity" },
      { rule: "input.unreadable-value", why: "备注 (非贫困县区) is a text column, not an amount" },
      { rule: "register.ineligible-location", why: "an allocation among counties is not a register of enterprises" },
      { rule: "cap.unknown-policy", why: "not a register: no policy items to look up" },
    ],
  },
};
