import type { CorpusLayout } from "../types";

// 湖南 2021-04: 排水设施建设2021年第一批中央预算内投资计划 (切块下达, 1.445亿元) — 13 projects in 12 counties by 市州, one county with two;
// clean — the lines add up to 14,450万元.
export const layout: CorpusLayout = {
  id: "hunan-2021-drainage-central-investment-batch1",
  source: {
    title: "1.445亿元！湖南省排水设施建设2021年第一批中央预算内投资计划拟安排项目公示（项目表据报道拟）",
    url: "http://hunan.sina.com.cn/news/2021-04-20/detail-ikmyaawc0818247.shtml",
    publisher: "湖南省发展和改革委员会（新浪湖南转载）",
    date: "2021-04-20",
    changes:
      "The report gives the total (1.445亿元), the twelve counties with their cities (株洲市茶陵县 … 湘西州永顺县) and the count of 13 projects; the table " +
      "(序号 | 市州 | 县（市、区） | 项目名称 | 中央预算内投资（万元）, 合计) is laid out from it. Which county has two projects (岳阳县 here), the project names " +
      "and the amounts are ours, chosen to add up to the published 14,450万元. Clean: nothing planted.",
  },
  classes: ["composition", "clean", "allocation-by-project", "city-and-county-columns", "counties-as-places", "autonomous-prefecture-as-place", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "central-investment", "province-level", "hunan"],
  settings: { district: "湖南省" },
  sheets: [
    {
      name: "项目表",
      widths: [6, 10, 10, 40, 18],
      rows: [
        ["排水设施建设2021年第一批中央预算内投资计划拟安排项目表", null, null, null, null],
        ["序号", "市州", "县（市、区）", "项目名称", "中央预算内投资（万元）"],
        [1, "株洲市", "茶陵县", "茶陵县城区雨污分流及排水管网改造工程", 1200],
        [2, "湘潭市", "湘潭县", "湘潭县易俗河城区排水防涝设施建设项目", 1800],
        [3, "衡阳市", "衡阳县", "衡阳县西渡镇排涝泵站及管网建设项目", 1100],
        [4, "岳阳市", "岳阳县", "岳阳县荣家湾城区排水管网提质改造项目", 800],
        [5, "岳阳市", "岳阳县", "岳阳县新墙河沿岸排渍设施建设项目", 600],
        [6, "邵阳市", "隆回县", "隆回县城区内涝治理工程", 1500],
        [7, "常德市", "桃源县", "桃源县漳江城区排水防涝工程", 1200],
        [8, "益阳市", "南县", "南县城区排水管网及泵站建设项目", 1100],
        [9, "郴州市", "汝城县", "汝城县城区雨水管网建设项目", 1000],
        [10, "永州市", "宁远县", "宁远县城区排水防涝设施建设项目", 1150],
        [11, "怀化市", "芷江县", "芷江县城区排水管网改造工程", 1000],
        [12, "娄底市", "双峰县", "双峰县城区内涝治理及排水设施建设项目", 1000],
        [13, "湘西州", "永顺县", "永顺县城区排水防涝工程", 1000],
        ["合计", null, null, "13个项目", 14450],
        ["注：依据《城市排水防涝设施建设中央预算内投资专项管理暂行办法》（发改投资规〔2020〕528号）切块下达；公示期限为2021年4月19日—4月21日。", null, null, null, null],
      ],
      merges: ["A1:E1", "A16:C16", "A17:E17"],
      numberFormats: { "E3:E16": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 16,
        columns: { B: "category", D: "line", E: "amount" },
        year: 2021,
      },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "E16", why: "1,200 + 1,800 + 1,100 + 800 + 600 + 1,500 + 1,200 + 1,100 + 1,000 + 1,150 + 1,000 + 1,000 + 1,000 = 14,450" },
      { rule: "composition.line-rounded", why: "whole 万元" },
      { rule: "input.unreadable-value", cell: "D16", why: "“13个项目” is the count in words on the total row, no amount" },
    ],
  },
};
