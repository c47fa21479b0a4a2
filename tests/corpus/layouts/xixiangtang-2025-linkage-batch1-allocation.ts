import type { CorpusLayout } from "../types";

// 南宁市西乡塘区农业农村局 2025-03-27: the first tranche (240万元) of the district's own 2143万元 of 衔接推进乡村振兴 money — （一）57万元 for one
// industry project in 坛洛镇, （二）183万元 of project-management money over three towns and two offices. Published as prose; laid out as the
// allocation table behind it, the two parts as category rows carrying their sums.
export const layout: CorpusLayout = {
  id: "xixiangtang-2025-linkage-batch1-allocation",
  source: {
    title: "西乡塘区2025年第一期城区本级财政衔接推进乡村振兴补助资金分配方案公告",
    url: "http://www.xxtq.gov.cn/xxtqnlsj/tzgg/t6316055.html",
    publisher: "南宁市西乡塘区农业农村局",
    date: "2025-03-27",
    changes:
      "As published: the year's 2143万元 and the tranche's 240万元, （一）57万元 for 坛洛镇坛洛村天等岭产业配套设施建设项目 led by 坛洛镇, （二）183万元 of " +
      "项目管理费 (双定镇 20, 坛洛镇 30, 金陵镇 20, 统战部 13, 农业农村局 100), and the closing proviso (以实际实施及最终实际投入结算为准). The notice " +
      "is prose: the table, its headings, the names of the two parts, the unit caption and the note's wording are ours. Planted: 金陵镇 written " +
      "25 for 20, so （二）'s 183 stands over lines of 188.",
  },
  classes: ["composition", "allocation-by-project", "category-rows-with-sums", "outline-numbering", "implementing-body-column", "total-at-foot", "tranche-of-a-year-budget", "report-as-prose", "wanyuan-caption", "notes-under-table", "guangxi"],
  settings: { asOf: "2025-03-27", district: "西乡塘区" },
  sheets: [
    {
      name: "分配方案",
      widths: [8, 44, 16, 12, 18],
      rows: [
        ["西乡塘区2025年第一期城区本级财政衔接推进乡村振兴补助资金分配表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "实施单位", "安排资金", "备注"],
        ["（一）", "产业发展项目", null, 57, null],
        [1, "坛洛镇坛洛村天等岭产业配套设施建设项目", "坛洛镇", 57, "坛洛镇牵头实施"],
        ["（二）", "项目管理费", null, 183, null],
        [1, "双定镇项目管理费", "双定镇", 20, null],
        [2, "坛洛镇项目管理费", "坛洛镇", 30, null],
        [3, "金陵镇项目管理费", "金陵镇", 25, null],
        [4, "统战部项目管理费", "区委统战部", 13, null],
        [5, "农业农村局项目管理费", "区农业农村局", 100, null],
        ["合计", null, null, 240, null],
        ["注：2025年城区安排本级财政衔接推进乡村振兴补助资金共计2143万元，本表为第一期分配方案；以上资金及项目，以实际实施及最终实际投入结算为准。", null, null, null, null],
      ],
      merges: ["A1:E1", "A12:C12", "A13:E13"],
      numberFormats: { "D4:D12": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配方案",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "line", D: "amount" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D6", why: "（二）项目管理费 183; its five lines give 20 + 30 + 25 + 13 + 100 = 188" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "（一）57 = its one line" },
      { rule: "composition.total-mismatch", cell: "D12", why: "合计 240 = the parts as stated, 57 + 183 (the slip is inside （二）, reported there)" },
      { rule: "composition.approved-mismatch", why: "the note's 2143万元 is the whole year's money, of which this table is the first tranche: no approved budget of this table" },
      { rule: "composition.line-mismatch", why: "no unit price or quantity" },
      { rule: "input.unreadable-value", why: "the outline numbers, the 实施单位 names, 备注 and the note are text by nature" },
    ],
  },
};
