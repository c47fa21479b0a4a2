import type { CorpusLayout } from "../types";

// 岳阳市云溪区 2022 government final accounts (reported 2023-08-29 to the district people's congress standing committee): 第二部分 决算报表, table 2,
// 2022年度云溪区一般公共预算支出表 — spending by function (类) against the 年初预算 and the 调整预算, with the ratio to the adjusted budget and to last year.
export const layout: CorpusLayout = {
  id: "yunxi-2022-general-budget-expenditure-final-accounts",
  source: {
    title: "2022年云溪区人民政府决算公开（第二部分 决算报表 2、2022年度云溪区一般公共预算支出表）",
    url: "https://www.yunxiqu.gov.cn/38965/41688/59509/59513/59976/content_2126678.html",
    publisher: "岳阳市云溪区财政局",
    date: "2023-08-29",
    changes:
      "As published: the release, its list of 25 tables and table 2's title. The stored copy shows the list and the report's opening, not the tables: " +
      "the columns (项目 | 年初预算数 | 调整预算数 | 决算数 | 决算数为调整预算数的% | 决算数为上年决算数的%) follow the usual 决算 table of a district " +
      "government, and the fourteen functions' figures and last year's are ours. Planted: 农林水支出 spent 19260 against an adjusted 18500; the 合计 " +
      "决算数 written 218693 where the functions add up to 218593.",
  },
  classes: ["execution", "final-accounts", "by-function", "initial-and-adjusted-budget", "ratio-to-last-year", "rates-as-text", "total-at-foot", "wanyuan-caption", "district-government", "hunan"],
  settings: { asOf: "2022-12-31", district: "云溪区" },
  sheets: [
    {
      name: "一般公共预算支出表",
      widths: [26, 12, 12, 12, 16, 16],
      rows: [
        ["2022年度云溪区一般公共预算支出表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["项目", "年初预算数", "调整预算数", "决算数", "决算数为调整预算数的%", "决算数为上年决算数的%"],
        ["一般公共服务支出", 21850, 23620, 23418, "99.1%", "104.2%"],
        ["公共安全支出", 9860, 10240, 10187, "99.5%", "101.3%"],
        ["教育支出", 45320, 47680, 47529, "99.7%", "103.6%"],
        ["科学技术支出", 1850, 2130, 2094, "98.3%", "92.4%"],
        ["文化旅游体育与传媒支出", 1620, 1780, 1766, "99.2%", "96.8%"],
        ["社会保障和就业支出", 38760, 41250, 41103, "99.6%", "105.1%"],
        ["卫生健康支出", 18430, 21560, 21492, "99.7%", "112.6%"],
        ["节能环保支出", 6240, 6880, 6815, "99.1%", "88.7%"],
        ["城乡社区支出", 24580, 26320, 26185, "99.5%", "97.2%"],
        ["农林水支出", 17650, 18500, 19260, "104.1%", "101.8%"],
        ["交通运输支出", 3420, 3960, 3912, "98.8%", "90.5%"],
        ["住房保障支出", 5280, 5630, 5588, "99.3%", "104.2%"],
        ["债务付息支出", 7850, 7850, 7846, "99.9%", "108.3%"],
        ["其他支出", 2100, 1650, 1398, "84.7%", "63.2%"],
        ["一般公共预算支出合计", 204810, 219050, 218693, "99.8%", "102.5%"],
      ],
      merges: ["A1:F1"],
      numberFormats: { "B4:D18": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算支出表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 18,
        columns: { A: "category", B: "initialBudget", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "D13", why: "农林水支出 19260 spent against an adjusted budget of 18500: 760万元 over (104.1%)" },
      { rule: "execution.total-mismatch", cell: "D18", why: "合计 决算数 218693; the fourteen functions add up to 218593: 100万元 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B18", why: "年初预算 204810 = the sum of the functions" },
      { rule: "execution.total-mismatch", cell: "C18", why: "调整预算 219050 = the sum of the functions" },
      { rule: "execution.rate-mismatch", cell: "E18", why: "218693 / 219050 = 99.8% (the rate follows the stated total)" },
      { rule: "execution.rate-mismatch", cell: "E17", why: "1398 / 1650 = 84.7%" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "决算数为上年决算数的% compares with last year, not with a budget" },
      { rule: "execution.overspent", cell: "D4", why: "23418 is above the 年初预算 21850 but within the 调整预算 23620" },
      { rule: "execution.overspent", cell: "D18", why: "a 合计 row is given no spending status; its categories carry it" },
    ],
  },
};
