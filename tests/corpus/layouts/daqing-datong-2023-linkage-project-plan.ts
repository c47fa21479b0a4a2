import type { CorpusLayout } from "../types";

// 大庆市大同区 (黑龙江) 2023-01-11: the year's 中央 + 省级 衔接 money (3,174 + 2,958 = 6,132万元) laid out by direction as the notice writes
// it — (一) 产业类 with four kinds of project, each kind's amount over its projects, (二) 基础设施类, (三) 政策落实类 — projects numbered 1–8
// across the kinds. Laid out as the annex such a notice carries: 序号 | 项目类别及名称 | 项目个数 | 资金规模, the 合计 at the foot.
export const layout: CorpusLayout = {
  id: "daqing-datong-2023-linkage-project-plan",
  source: {
    title: "关于2023年度中央财政衔接推进乡村振兴补助资金安排项目的公示（附件：2023年财政衔接推进乡村振兴补助资金项目计划表；表据正文拟）",
    url: "http://www.dqdt.gov.cn/datong/zdlygk222/202307/c05_306260.shtml",
    publisher: "大庆市大同区农村工作领导小组",
    date: "2023-01-11",
    changes:
      "As published: the two documents and their sums (黑财指（农）〔2023〕34号 3174万元, 〔2023〕78号 2958万元, 共计6132万元), the three directions " +
      "with their counts and amounts (产业类5个4197万元; 种植类2个1592, 加工类1个1950, 养殖类1个450, 贴息1个205; 基础设施类1个1600; 政策落实类2个335), " +
      "the eight projects in their order and their amounts. Ours: the table form (the annex is not on the stored page), the caption, the 合计 row, the note. " +
      "Planted: 大同区超大棚室种植基地建设项目 written 752 (published 742), so 种植类's 1,592 is 10 short of its two projects; 政策落实类 written 345 " +
      "where 雨露计划 31 + 就业务工补贴 304 = 335. The 合计 6,132 is the projects' sum as published.",
  },
  classes: ["composition", "outline-numbering", "category-subtotals-above-lines", "two-levels-of-subtotals", "count-column", "count-and-money-caption", "whole-wanyuan", "total-at-foot", "sources-in-note", "table-from-prose", "district-fund", "heilongjiang"],
  settings: { asOf: "2023-01-11", district: "大同区" },
  sheets: [
    {
      name: "项目计划表",
      widths: [8, 40, 10, 12],
      rows: [
        ["大庆市大同区2023年财政衔接推进乡村振兴补助资金项目计划表", null, null, null],
        ["单位：个、万元", null, null, null],
        ["序号", "项目类别及名称", "项目个数", "资金规模"],
        ["一", "产业类项目", 5, 4197],
        ["（一）", "种植类产业项目", 2, 1592],
        [1, "大同区冷棚育苗基地建设项目", 1, 850],
        [2, "大同区超大棚室种植基地建设项目", 1, 752],
        ["（二）", "加工类产业项目", 1, 1950],
        [3, "大同区鲜食玉米制品生产基地项目", 1, 1950],
        ["（三）", "养殖类产业项目", 1, 450],
        [4, "大同区生态养殖场区建设项目", 1, 450],
        ["（四）", "扶贫小额贷款贴息项目", 1, 205],
        [5, "扶贫小额贷款贴息项目", 1, 205],
        ["二", "基础设施类项目", 1, 1600],
        [6, "大同区农村道路改造项目", 1, 1600],
        ["三", "政策落实类项目", 2, 345],
        [7, "雨露计划项目", 1, 31],
        [8, "就业务工补贴项目", 1, 304],
        ["合计", null, 8, 6132],
        ["注：资金来源为中央财政衔接推进乡村振兴补助资金3174万元（黑财指（农）〔2023〕34号）、省级财政衔接推进乡村振兴补助资金2958万元（黑财指（农）〔2023〕78号）。", null, null, null],
        ["监督电话：12317", null, null, null],
      ],
      merges: ["A1:D1", "A2:D2", "A19:B19", "A20:D20", "A21:D21"],
      numberFormats: { "D4:D19": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目计划表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 19,
        columns: { A: "code", B: "line", D: "amount" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D5", why: "种植类产业项目 1,592; its projects 850 + 752 = 1,602: 10万元 apart (whole 万元, exact)" },
      { rule: "composition.total-mismatch", cell: "D16", why: "政策落实类项目 345; its projects 31 + 304 = 335: 10万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "产业类 4,197 = its kinds as written 1,592 + 1,950 + 450 + 205; the slip in 种植类 is reported once, at 种植类" },
      { rule: "composition.total-mismatch", cell: "D19", why: "合计 6,132 = 4,197 + 1,600 + 335, the directions as their projects add up; the slip in 政策落实类 is reported once, at its own row" },
      { rule: "composition.total-mismatch", cell: "C19", why: "项目个数 8 = 5 + 1 + 2, a count, never added into the money" },
      { rule: "composition.line-mismatch", why: "no unit × quantity: 项目个数 is a count of projects, not a quantity priced by a unit" },
      { rule: "input.unreadable-value", why: "the notes under the table are text" },
    ],
  },
};
