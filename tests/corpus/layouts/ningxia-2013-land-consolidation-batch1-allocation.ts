import type { CorpusLayout } from "../types";

// 宁夏回族自治区财政厅 2013-05: the first batch of the 中北部土地开发整理重大工程's 2013 budget, 2.6142亿元 released early at 30% of the
// projects' budgets, 24 projects in 10 counties and districts; set out as an allocation by 县（市、区）.
export const layout: CorpusLayout = {
  id: "ningxia-2013-land-consolidation-batch1-allocation",
  source: {
    title: "宁夏近9亿元用于土地开发整理（2013年度第一批项目预算分配表据报道拟）",
    url: "http://caigou2003.com/zhengcaizixun/zhengcaiyaowen/770372.html",
    publisher: "政府采购信息报（宁财）",
    date: "2013-05-31",
    changes:
      "The report is prose: 2.6142亿元 for 24 projects in 10 县（区） including 贺兰县 and 平罗县, released at 30% of the projects. The table, the other " +
      "eight places, the project counts and budgets are ours, each county's release 30% of its budget so that the releases come to the report's " +
      "26,142万元. The note under the table keeps the report's 8.9亿元 and new arable land. Planted: the 合计 of 本批下达 typed 26,412 (the lines add up to 26,142).",
  },
  classes: [
    "composition", "allocation-by-county", "count-column", "budget-beside-release", "whole-wanyuan", "wanyuan-caption", "total-at-foot",
    "notes-under-table", "table-from-prose", "news-report", "region-fund", "ningxia",
  ],
  settings: { district: "宁夏回族自治区" },
  sheets: [
    {
      name: "第一批下达",
      widths: [6, 16, 14, 14, 18],
      rows: [
        ["宁夏中北部土地开发整理重大工程2013年度第一批项目预算分配表（表据报道拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "县（市、区）", "项目个数（个）", "项目预算", "本批下达"],
        [1, "贺兰县", 3, 11200, 3360],
        [2, "平罗县", 4, 14800, 4440],
        [3, "永宁县", 2, 7600, 2280],
        [4, "灵武市", 3, 10400, 3120],
        [5, "青铜峡市", 2, 7200, 2160],
        [6, "利通区", 2, 6900, 2070],
        [7, "惠农区", 2, 6300, 1890],
        [8, "中宁县", 3, 10200, 3060],
        [9, "沙坡头区", 2, 8040, 2412],
        [10, "大武口区", 1, 4500, 1350],
        ["合计", null, 24, 87140, 26412],
        ["注：2013年度项目总投资8.9亿元，建设总规模4.4万公顷，本批按项目预算的30%预拨；项目建成后新增耕地7104.71公顷，新增耕地率16.15%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A14:B14", "A15:E15"],
      numberFormats: { "D4:E14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "第一批下达",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { A: "code", B: "line", C: "quantity", E: "amount" },
        year: 2013,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "第一批下达", cell: "E14", why: "合计 26,412, the ten releases 3,360 + 4,440 + 2,280 + 3,120 + 2,160 + 2,070 + 1,890 + 3,060 + 2,412 + 1,350 = 26,142: 270万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "第一批下达", cell: "D14", why: "the ten budgets add up to 87,140" },
      { rule: "composition.total-mismatch", sheet: "第一批下达", cell: "C14", why: "3 + 4 + 2 + 3 + 2 + 2 + 2 + 3 + 2 + 1 = 24 projects" },
      { rule: "composition.line-mismatch", why: "no heading names a unit amount: 项目个数 is a count, not what each project gets" },
      { rule: "register.ineligible-location", why: "灵武市, 青铜峡市, 利通区, 沙坡头区 and the rest are of 宁夏" },
      { rule: "composition.approved-mismatch", why: "the note's 8.9亿元 is the year's total investment, not this batch's budget" },
    ],
  },
};
