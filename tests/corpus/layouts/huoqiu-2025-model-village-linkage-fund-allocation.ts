import type { CorpusLayout } from "../types";

// 霍邱县 (六安, 安徽) 2024-12-27: the county's rural-work group approves 4,683万元 for 2025年和美乡村精品示范村 — 4,127 of central 衔接资金, 356
// provincial, 200 city — 具体资金安排明细见附表. Laid out as that annex: 序号 | 乡镇 | 项目名称 | 实施单位 | 资金安排 合计 with 中央 / 省级 / 市级
// under it (two header rows), 合计 at the foot, the source of funds under it.
export const layout: CorpusLayout = {
  id: "huoqiu-2025-model-village-linkage-fund-allocation",
  source: {
    title: "中共霍邱县委农村工作领导小组关于2025年霍邱县和美乡村精品示范村建设项目资金安排的批复（附表 资金安排明细表）",
    url: "https://www.huoqiu.gov.cn/public/6600461/37732296.html",
    publisher: "霍邱县农业农村局（乡村振兴局）",
    date: "2024-12-27",
    changes:
      "The stored copy is the approval (4,127 + 356 + 200 = 4,683万元, to towns and 县美丽中心 / 县农机中心 / 县文旅中心); the annex's body is " +
      "not shown. The three fund columns and their totals are as published; the towns are 霍邱县's, the villages, projects and each line's " +
      "split are ours. Planted: 新店镇's line 合计 typed 509 where its parts give 520 + 45 + 25 = 590, so the foot's 4,683 also misses the " +
      "合计 column as typed (4,602). The fund columns add up to the published 4,127 / 356 / 200.",
  },
  classes: [
    "composition", "allocation-by-project", "town-column", "implementing-body-column", "funding-source-columns", "two-header-rows",
    "total-at-foot", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "row-total-slip", "annex-not-in-stored-copy",
    "county-fund", "anhui",
  ],
  settings: { district: "霍邱县" },
  sheets: [
    {
      name: "资金安排明细表",
      widths: [6, 12, 36, 18, 10, 14, 14, 14],
      rows: [
        ["2025年霍邱县和美乡村精品示范村建设项目资金安排明细表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "乡镇", "项目名称", "实施单位", "资金安排", null, null, null],
        [null, null, null, null, "合计", "中央财政衔接资金", "省级财政衔接资金", "市级财政衔接资金"],
        [1, "城关镇", "城关镇和平村和美乡村精品示范村建设项目", "城关镇人民政府", 600, 520, 50, 30],
        [2, "河口镇", "河口镇高庄村和美乡村精品示范村建设项目", "河口镇人民政府", 580, 500, 50, 30],
        [3, "周集镇", "周集镇柳林村和美乡村精品示范村建设项目", "周集镇人民政府", 560, 490, 45, 25],
        [4, "临水镇", "临水镇张塘村和美乡村精品示范村建设项目", "临水镇人民政府", 620, 540, 50, 30],
        [5, "新店镇", "新店镇柏林村和美乡村精品示范村建设项目", "新店镇人民政府", 509, 520, 45, 25],
        [6, "石店镇", "石店镇石店村和美乡村精品示范村建设项目", "石店镇人民政府", 575, 505, 45, 25],
        [7, "孟集镇", "孟集镇孟集村和美乡村精品示范村建设项目", "孟集镇人民政府", 558, 502, 36, 20],
        [8, "县直", "和美乡村精品示范村农机装备配套项目", "县农机中心", 600, 550, 35, 15],
        ["合计", null, null, null, 4683, 4127, 356, 200],
        ["资金来源：2025年中央财政衔接推进乡村振兴补助资金4127万元（其中“发展新型农村集体经济任务”资金100万元）、省级财政衔接资金356万元、市级财政衔接资金200万元。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3", "A13:D13", "A14:H14"],
      numberFormats: { "E5:H13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金安排明细表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "category", C: "line", E: "amount", F: "amount:中央财政衔接资金", G: "amount:省级财政衔接资金", H: "amount:市级财政衔接资金" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "资金安排明细表", cell: "E9", why: "新店镇's 合计 509; its parts 520 + 45 + 25 = 590" },
      { rule: "composition.total-mismatch", sheet: "资金安排明细表", cell: "E13", why: "合计 4,683; the lines as typed 600 + 580 + 560 + 620 + 509 + 575 + 558 + 600 = 4,602" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "资金安排明细表", cell: "F13", why: "520 + 500 + 490 + 540 + 520 + 505 + 502 + 550 = 4,127" },
      { rule: "composition.total-mismatch", sheet: "资金安排明细表", cell: "G13", why: "50 + 50 + 45 + 50 + 45 + 45 + 36 + 35 = 356" },
      { rule: "composition.total-mismatch", sheet: "资金安排明细表", cell: "H13", why: "30 + 30 + 25 + 30 + 25 + 25 + 20 + 15 = 200" },
      { rule: "composition.total-mismatch", sheet: "资金安排明细表", cell: "E11", why: "孟集镇 558 = 502 + 36 + 20" },
      { rule: "register.duplicate", why: "an allocation by project: each town once, no payee" },
    ],
  },
};
