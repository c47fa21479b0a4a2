import type { CorpusLayout } from "../types";

// 孟州市财政局 2018-07-11: 孟州市财政局2018年扶贫资金公示 — 2,947.76万元 by 2018-07-11 from three sources (中央、省 1,266.8, 焦作市 787.76,
// 孟州市 893.2); the 扶贫资金分配情况表 is an attachment not on the page. Laid out as the Henan 公告公示 allocation by project: 序号 | 项目名称 |
// 建设地点 | 投资规模 over 合计 | 中央、省资金 | 焦作市资金 | 孟州市资金 | 责任单位, 合计 at the foot, the supervision line under it.
export const layout: CorpusLayout = {
  id: "mengzhou-2018-poverty-fund-allocation",
  source: {
    title: "孟州市财政局2018年扶贫资金公示（附件：扶贫资金分配情况表，表据正文拟）",
    url: "http://www.mengzhou.gov.cn/sitesources/mzsrmzf/page_pc/ztzl/tpgj/fpxmzjgggs/articlef49c1078d6534093936af9922c9f5281.html",
    publisher: "孟州市财政局",
    date: "2018-07-11",
    changes:
      "As published: the sources and their sums (中央、省资金 1,266.8万元, 焦作市资金 787.76万元, 孟州市资金 893.2万元, 2,947.76万元 in all), the " +
      "allocation by projects approved at village and township level, 监督电话 0391-8156683 and the date. The attachment is not on the page: the " +
      "projects, places, offices and each project's split are ours, every column adding up to the published sources. Planted: the foot's " +
      "焦作市资金 typed 778.76 where 150.00 + 337.76 + 300.00 = 787.76 (the published sum).",
  },
  classes: [
    "composition", "allocation-by-project", "sources-as-columns", "merged-money-heading", "two-header-rows", "row-total-column",
    "office-column", "dashes-as-nothing", "total-at-foot", "two-decimal-wanyuan", "wanyuan-caption", "signoff-line", "table-from-prose",
    "poverty-fund", "county-level-city", "henan",
  ],
  settings: { district: "孟州市" },
  sheets: [
    {
      name: "扶贫资金分配情况表",
      widths: [6, 34, 18, 12, 12, 12, 12, 18],
      rows: [
        ["孟州市2018年扶贫资金分配情况表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "建设地点", "投资规模", null, null, null, "责任单位"],
        [null, null, null, "合计", "中央、省资金", "焦作市资金", "孟州市资金", null],
        [1, "西虢镇贫困村道路硬化项目", "西虢镇东王庄村", 412.5, 412.5, "—", "—", "市交通运输局"],
        [2, "槐树乡贫困村安全饮水巩固提升项目", "槐树乡寨峪村", 356.3, 356.3, "—", "—", "市水利局"],
        [3, "谷旦镇光伏扶贫电站项目", "谷旦镇范庄村", 298, 298, "—", "—", "市扶贫办"],
        [4, "南庄镇设施农业大棚项目", "南庄镇马庄村", 350, 200, 150, "—", "南庄镇人民政府"],
        [5, "雨露计划及短期技能培训补助", "全市", 457.76, "—", 337.76, 120, "市扶贫办"],
        [6, "赵和镇贫困村文化广场及排水项目", "赵和镇东孔村", 480, "—", 300, 180, "赵和镇人民政府"],
        [7, "城伯镇、化工镇到户增收及金融扶贫贴息", "城伯镇、化工镇", 593.2, "—", "—", 593.2, "市扶贫办"],
        ["合计", null, null, 2947.76, 1266.8, 778.76, 893.2, null],
        ["备注：每个具体项目建设情况由资金使用单位另行公告公示。", null, null, null, null, null, null, null],
        ["监督电话：0391-8156683", null, null, null, null, null, "孟州市财政局", null],
      ],
      merges: ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:H4", "A12:C12", "A13:H13", "A14:F14", "G14:H14"],
      numberFormats: { "D5:G12": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "扶贫资金分配情况表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "line", D: "amount", E: "amount:中央、省资金", F: "amount:焦作市资金", G: "amount:孟州市资金" },
        year: 2018,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "F12",
        why: "合计 焦作市资金 778.76 where 150.00 + 337.76 + 300.00 = 787.76: 9.00 short; with 787.76 the foot row agrees (1,266.80 + 787.76 + 893.20 = 2,947.76), so the slip is reported once",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D12", why: "合计 2,947.76 = 412.50 + 356.30 + 298.00 + 350.00 + 457.76 + 480.00 + 593.20" },
      { rule: "composition.total-mismatch", cell: "E12", why: "中央、省资金 1,266.80 = 412.50 + 356.30 + 298.00 + 200.00" },
      { rule: "composition.total-mismatch", cell: "G12", why: "孟州市资金 893.20 = 120.00 + 180.00 + 593.20" },
      { rule: "composition.total-mismatch", cell: "D8", why: "each project's 合计 is its sources: 200 + 150 = 350; 337.76 + 120 = 457.76; 300 + 180 = 480" },
      { rule: "register.duplicate", why: "市扶贫办 runs three projects: offices carrying out projects are no payees, the list is an allocation by project" },
      { rule: "register.ineligible-location", why: "the towns (西虢镇, 槐树乡, 谷旦镇 …) all lie in 孟州市" },
      { rule: "input.unreadable-value", why: "— in a source column means nothing; the notes and the supervision line are no rows" },
    ],
  },
};
