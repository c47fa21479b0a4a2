import type { CorpusLayout } from "../types";

// 德安县 2019年财政决算 (九江, 江西), table 03 一般公共预算支出决算表: spending by function class against the
// opening and the adjusted budget, last year's spending beside it, two percent columns (为调整预算数的%,
// 为上年决算数的%) as numbers, 支出合计 at the foot.
export const layout: CorpusLayout = {
  id: "dean-2019-general-budget-expenditure-final-accounts",
  source: {
    title: "德安县2019年财政决算（03一般公共预算支出决算表）",
    url: "https://www.dean.gov.cn/zw/zwwgk/03/04/czjs_181716/xbj_181717/202105/t20210524_4959806.html",
    publisher: "德安县财政局",
    date: "2020-09-28",
    changes:
      "The stored copy shows the publication's contents (01 关于德安县2019年财政决算的报告, 02 一般公共预算收入决算表, 03 一般公共预算支出" +
      "决算表 …) and the report's opening, not the tables' bodies. Table 03 is laid out as county 决算 tables of this kind are (项目 | " +
      "年初预算数 | 调整预算数 | 决算数 | 上年决算数 | 决算数为调整预算数的% | 决算数为上年决算数的%, function classes in the national order, " +
      "支出合计 at the foot, 单位：万元); the classes' figures are ours. Planted: 卫生健康支出 spends 26,980 against an adjusted 26,120; " +
      "城乡社区支出's rate written 91.9 where 18,766 / 18,930 = 99.1%.",
  },
  classes: ["execution", "final-accounts", "by-function", "initial-and-adjusted-budget", "growth-rate-column", "negative-growth", "rate-as-percent-number", "total-at-foot", "year-end", "wanyuan-caption", "jiangxi"],
  settings: { asOf: "2019-12-31" },
  sheets: [
    {
      name: "03一般公共预算支出决算表",
      widths: [26, 12, 12, 12, 12, 14, 14],
      rows: [
        ["德安县2019年一般公共预算支出决算表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["项目", "年初预算数", "调整预算数", "决算数", "上年决算数", "决算数为调整预算数的%", "决算数为上年决算数的%"],
        ["一般公共服务支出", 21850, 23640, 23512, 22018, 99.5, 6.8],
        ["国防支出", 120, 165, 158, 142, 95.8, 11.3],
        ["公共安全支出", 8620, 9105, 9046, 8730, 99.4, 3.6],
        ["教育支出", 41200, 43860, 43794, 40215, 99.8, 8.9],
        ["科学技术支出", 2360, 2950, 2911, 2486, 98.7, 17.1],
        ["文化旅游体育与传媒支出", 2180, 2645, 2602, 2391, 98.4, 8.8],
        ["社会保障和就业支出", 30150, 32480, 32401, 29874, 99.8, 8.5],
        ["卫生健康支出", 24600, 26120, 26980, 24311, 103.3, 11.0],
        ["节能环保支出", 3850, 5210, 5116, 4672, 98.2, 9.5],
        ["城乡社区支出", 15400, 18930, 18766, 17025, 91.9, 10.2],
        ["农林水支出", 28700, 33260, 33138, 30502, 99.6, 8.6],
        ["交通运输支出", 6230, 7840, 7792, 8116, 99.4, -4.0],
        ["住房保障支出", 5120, 5630, 5598, 5240, 99.4, 6.8],
        ["灾害防治及应急管理支出", 1260, 1585, 1551, 1377, 97.9, 12.6],
        ["债务付息支出", 4850, 5020, 5020, 4415, 100.0, 13.7],
        ["其他支出", 1900, 1220, 1174, 2069, 96.2, -43.3],
        ["支出合计", 198390, 219660, 219559, 203583, 100.0, 7.8],
      ],
      merges: ["A1:G1"],
      numberFormats: { "B4:E20": "#,##0", "F4:G20": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "03一般公共预算支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 20,
        columns: { A: "line", B: "initialBudget", C: "adjustedBudget", D: "actual", F: "rate" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "D11", why: "卫生健康支出 26,980 spent against an adjusted budget of 26,120 (860万元 over; 103.3%)" },
      { rule: "execution.rate-mismatch", cell: "F13", why: "18,766 / 18,930 = 99.13%, shown 99.1; stated 91.9" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D20", why: "the sixteen classes add up to 219,559 (决算), 219,660 (调整预算), 198,390 (年初预算), 203,583 (上年)" },
      { rule: "execution.rate-mismatch", cell: "G15", why: "决算数为上年决算数的% is growth on last year (7,792 / 8,116 − 1 = −4.0%), not an execution rate" },
      { rule: "execution.rate-mismatch", cell: "F20", why: "219,559 / 219,660 = 99.95%, shown 100.0" },
      { rule: "execution.overspent", cell: "D5", why: "国防支出 158 against an adjusted 165; above the opening 120 is no overspend: spending is measured against the adjusted budget" },
      { rule: "execution.behind-schedule", why: "at the year's end every class but the planted one is within 5 points of 100% (国防支出 95.8%, 其他支出 96.2% the lowest)" },
      { rule: "execution.no-spending", why: "every class spent" },
    ],
  },
};
