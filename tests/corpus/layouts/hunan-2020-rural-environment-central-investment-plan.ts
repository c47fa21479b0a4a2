import type { CorpusLayout } from "../types";

// 湖南省发改委 2020-05 (华声在线 2020-05-15): the 公示 of the 农村人居环境整治专项 2020 central budget investment — 10 counties, 44
// villages, 2000万元 a county as a fixed grant. Set out as the plan table by county, town and village with a 小计 under each county.
export const layout: CorpusLayout = {
  id: "hunan-2020-rural-environment-central-investment-plan",
  source: {
    title: "关于农村人居环境整治专项2020年中央预算内投资计划的公示（计划表据报道拟）",
    url: "http://yidech.com/article/202005/202005151823046146.html",
    publisher: "湖南省发展和改革委员会（华声在线·三湘都市报转载）",
    date: "2020-05-15",
    changes:
      "The report names the ten counties, their towns and villages and the 2000万元 each county gets. The table keeps four of the ten " +
      "(屈原管理区, 武陵源区, 溆浦县, 炎陵县) with their published towns and villages, laid out 序号 | 县（市、区） | 乡镇 | 行政村 | 中央预算内投资, " +
      "each county merged down with a 小计 under it and a 合计 for the four; the village amounts are ours. Planted: 溆浦县's villages add up to " +
      "1,950 against its 小计 2,000.",
  },
  classes: [
    "composition", "allocation-by-village", "county-merged-down", "town-column", "subtotal-rows", "fixed-per-county", "whole-wanyuan",
    "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-fund", "hunan",
  ],
  settings: { district: "湖南省" },
  sheets: [
    {
      name: "投资计划表",
      widths: [6, 14, 12, 14, 18],
      rows: [
        ["农村人居环境整治专项2020年中央预算内投资计划表", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["序号", "县（市、区）", "乡镇", "行政村", "中央预算内投资"],
        [1, "屈原管理区", "河市镇", "古罗城村", 420],
        [2, null, null, "幸福村", 380],
        [3, null, null, "金洲村", 400],
        [4, null, null, "金兴村", 360],
        [5, null, null, "三和村", 440],
        [null, "小计", null, null, 2000],
        [6, "武陵源区", "协合乡", "插旗峪村", 350],
        [7, null, null, "龙尾巴村", 300],
        [8, null, null, "李家岗村", 320],
        [9, null, null, "杨家坪村", 330],
        [10, null, null, "协合村", 400],
        [11, null, null, "黄家坪村", 300],
        [null, "小计", null, null, 2000],
        [12, "溆浦县", "北斗溪镇", "茅坡村", 420],
        [13, null, null, "坪溪村", 380],
        [14, null, null, "松林村", 350],
        [15, null, null, "华荣村", 400],
        [16, null, null, "沙坪村", 400],
        [null, "小计", null, null, 2000],
        [17, "炎陵县", "霞阳镇", "大源村", 700],
        [18, null, null, "炎西村", 650],
        [19, null, null, "星潮村", 650],
        [null, "小计", null, null, 2000],
        ["合计", null, null, null, 8000],
        ["注：中央预算内投资采取定额补助方式，每个县（区）2000万元，由县级统筹整合相关资金集中用于农村人居环境整治。", null, null, null, null],
      ],
      merges: [
        "A1:E1", "A2:E2", "B4:B8", "C4:C8", "B10:B15", "C10:C15", "B17:B21", "C17:C21", "B23:B25", "C23:C25", "A27:D27", "A28:E28",
      ],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "投资计划表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 27,
        columns: { B: "category", D: "line", E: "amount" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E22", why: "溆浦县 小计 2,000; 420 + 380 + 350 + 400 + 400 = 1,950 (50万元 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E27", why: "合计 8,000 = the four 小计 as typed (2,000 each): the slip is reported once, at 溆浦县's 小计" },
      { rule: "composition.total-mismatch", cell: "E9", why: "屈原管理区 420 + 380 + 400 + 360 + 440 = 2,000" },
      { rule: "composition.total-mismatch", cell: "E16", why: "武陵源区 350 + 300 + 320 + 330 + 400 + 300 = 2,000" },
      { rule: "composition.total-mismatch", cell: "E26", why: "炎陵县 700 + 650 + 650 = 2,000" },
      { rule: "composition.line-mismatch", why: "no unit or quantity columns" },
      { rule: "input.unreadable-value", cell: "A28", why: "the note under the table" },
    ],
  },
};
