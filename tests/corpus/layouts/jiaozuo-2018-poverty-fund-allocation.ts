import type { CorpusLayout } from "../types";

// 焦作市 2018: the year's 扶贫资金 (central and provincial, sent down under three 焦财预 documents) by county and district — the notice's
// numbered parts (资金来源 with the documents, 分配原则, the table, the phone) with a bare table in between: 市县 | 资金合计 | 中央资金 |
// 省级资金 | 备注, no unit of its own (万元 only in the source lines), blanks for no money, 焦作林场 among the places, an empty row before 合计.
export const layout: CorpusLayout = {
  id: "jiaozuo-2018-poverty-fund-allocation",
  source: {
    title: "焦作市扶贫资金公示（2018年扶贫资金分配下达情况；三、扶贫资金分配情况）",
    url: "http://jlslash.com/article/17009.html",
    publisher: "焦作市财政局 / 焦作市扶贫开发办公室",
    date: "2018",
    changes:
      "As published: the notice's four parts (资金来源 with its three documents and the sum, 分配原则, the table, 监督电话 — the number left out), the " +
      "table's five headings with no unit caption, its eight places in order (修武、博爱、武陟、沁阳、孟州、中站、马村、焦作林场), blank cells where a " +
      "level gave nothing, the empty row before 合计. Ours: every figure (the sums 60 / 6,371 / 6,431 too); 焦作林场's 资金合计, blank in the stored " +
      "copy, is filled. Planted: 沁阳 资金合计 typed 1,030.8 where 15 + 988.8 = 1,003.8 — its row and the 资金合计 column's foot both disagree.",
  },
  classes: [
    "composition", "allocation-by-county", "row-total-column", "money-by-level", "blank-for-zero", "empty-row-before-total", "forest-farm-as-place",
    "districts-and-counties", "no-unit-caption", "unit-in-source-lines", "source-lines-above-table", "document-numbers-in-text", "one-decimal-wanyuan",
    "total-at-foot", "remark-column", "city-fund", "henan",
  ],
  settings: { district: "焦作市" },
  sheets: [
    {
      name: "扶贫资金公示",
      widths: [14, 14, 12, 12, 10],
      rows: [
        ["焦作市扶贫资金公示", null, null, null, null],
        ["根据河南省扶贫资金项目公示公告制度，现将2018年扶贫资金分配下达情况公示如下：", null, null, null, null],
        ["一、资金来源", null, null, null, null],
        ["1、中央资金（焦财预〔2017〕440号）60万元。", null, null, null, null],
        ["2、省级资金（焦财预〔2017〕450号、490号、495号）6371万元。", null, null, null, null],
        ["以上合计6431万元。", null, null, null, null],
        ["二、分配原则：根据《焦作市扶贫资金管理办法》要求，由扶贫等主管部门按照2018年各县市区减贫目标、建档立卡贫困村（少数民族村）数量、贫困发生率、人均财力和绩效等因素进行测算分配。", null, null, null, null],
        ["三、扶贫资金分配情况", null, null, null, null],
        ["市县", "资金合计", "中央资金", "省级资金", "备注"],
        ["修武", 1105.6, 10, 1095.6, null],
        ["博爱", 1138.2, 10, 1128.2, null],
        ["武陟", 1226.5, null, 1226.5, null],
        ["沁阳", 1030.8, 15, 988.8, null],
        ["孟州", 858.4, 10, 848.4, null],
        ["中站", 498.7, null, 498.7, null],
        ["马村", 584.8, null, 584.8, null],
        ["焦作林场", 15, 15, null, null],
        [null, null, null, null, null],
        ["合计", 6431, 60, 6371, null],
        ["四、监督电话：焦作市扶贫开发办公室", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A3:E3", "A4:E4", "A5:E5", "A6:E6", "A7:E7", "A8:E8", "A20:E20"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "扶贫资金公示",
        kind: "composition",
        unit: "万元",
        headerRow: 9,
        lastRow: 19,
        columns: { A: "line", B: "amount", C: "amount:中央", D: "amount:省级" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B13", why: "沁阳 资金合计 1,030.8; its 中央 15 + 省级 988.8 = 1,003.8 (27万元 off)" },
      {
        rule: "composition.total-mismatch",
        cell: "B19",
        why: "合计 资金合计 6,431; the places as typed 1,105.6 + 1,138.2 + 1,226.5 + 1,030.8 + 858.4 + 498.7 + 584.8 + 15 = 6,458.0",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C19", why: "中央资金 10 + 10 + 15 + 10 + 15 = 60 (blanks are no money)" },
      { rule: "composition.total-mismatch", cell: "D19", why: "省级资金 1,095.6 + 1,128.2 + 1,226.5 + 988.8 + 848.4 + 498.7 + 584.8 = 6,371" },
      { rule: "composition.total-mismatch", cell: "B12", why: "武陟 1,226.5 = blank 中央 + 1,226.5 省级" },
      { rule: "composition.total-mismatch", cell: "B17", why: "焦作林场 15 = 中央 15 + blank 省级" },
      { rule: "register.ineligible-location", cell: "A17", why: "焦作林场 is the city's forest farm, in 焦作市; 中站 and 马村 are its districts" },
      { rule: "input.unreadable-value", why: "the empty row before 合计 and the notice's text lines are no figures" },
      { rule: "composition.line-mismatch", why: "no unit or quantity columns" },
    ],
  },
};
