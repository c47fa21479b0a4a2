import type { CorpusLayout } from "../types";

// 重庆市大渡口区城市管理局（本级） 2020 决算, 财政拨款收入支出决算总表: two blocks side by side — 收入 (项目 | 行次 | 金额) and 支出
// (项目 | 行次 | 合计 | 一般公共预算财政拨款 | 政府性基金预算财政拨款 | 国有资本经营预算财政拨款) — with a 栏次 row, 本年收入合计 / 本年支出合计,
// the carry-over in and out (年初 / 年末财政拨款结转和结余) and 总计 on both sides.
export const layout: CorpusLayout = {
  id: "dadukou-city-management-2020-appropriation-summary-final-accounts",
  source: {
    title: "重庆市大渡口区城市管理局（本级）2020年度部门决算情况说明 — 财政拨款收入支出决算总表",
    url: "https://www.kunmingchi.com/archives/769xb3le5kz8mlmzpngj.html",
    publisher: "重庆市大渡口区城市管理局（转载）",
    date: "2021",
    changes:
      "The stored copy shows the 决算说明's opening (职能职责), not its tables. The table is laid out as the 财政拨款收入支出决算总表 of the national 部门决算 " +
      "template the 说明 accompanies: 收入 and 支出 merged over their blocks, 项目 | 行次 | 金额 beside 项目 | 行次 | 合计 | the three appropriation kinds, the " +
      "栏次 row, the 年初 / 年末财政拨款结转和结余 lines with their kinds under the income side, 总计 on both. The spending lines (six 类 a city-management " +
      "bureau spends under) and every figure are ours. Planted: 本年收入合计 5,067.42 where 3,856.42 + 1,220.00 = 5,076.42; 本年支出合计 合计 4,848.28 where " +
      "its lines and its own parts both give 4,884.28.",
  },
  classes: [
    "execution", "final-accounts", "two-blocks-side-by-side", "income-and-spending", "appropriation-kinds", "row-total-column", "line-number-column",
    "column-number-row", "carry-over-lines", "grand-total-rows", "blank-as-nothing", "two-header-rows", "wanyuan-caption", "district-bureau", "chongqing",
  ],
  sheets: [
    {
      name: "财政拨款收支总表",
      widths: [28, 6, 12, 26, 6, 12, 16, 16, 16],
      rows: [
        ["财政拨款收入支出决算总表", null, null, null, null, null, null, null, null],
        ["编制单位：重庆市大渡口区城市管理局（本级）", null, null, null, "2020年度", null, null, null, "单位：万元"],
        ["收入", null, null, "支出", null, null, null, null, null],
        ["项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
        ["栏次", null, 1, "栏次", null, 2, 3, 4, 5],
        ["一、一般公共预算财政拨款", 1, 3856.42, "一、一般公共服务支出", 33, 12.5, 12.5, null, null],
        ["二、政府性基金预算财政拨款", 2, 1220, "二、社会保障和就业支出", 34, 236.84, 236.84, null, null],
        ["三、国有资本经营预算财政拨款", 3, null, "三、卫生健康支出", 35, 68.22, 68.22, null, null],
        [null, 4, null, "四、节能环保支出", 36, 145.6, 145.6, null, null],
        [null, 5, null, "五、城乡社区支出", 37, 4318.75, 3178.75, 1140, null],
        [null, 6, null, "六、住房保障支出", 38, 102.37, 102.37, null, null],
        ["本年收入合计", 7, 5067.42, "本年支出合计", 39, 4848.28, 3744.28, 1140, null],
        ["年初财政拨款结转和结余", 8, 186.3, "年末财政拨款结转和结余", 40, 378.44, 198.44, 180, null],
        ["一般公共预算财政拨款", 9, 86.3, null, 41, null, null, null, null],
        ["政府性基金预算财政拨款", 10, 100, null, 42, null, null, null, null],
        ["国有资本经营预算财政拨款", 11, null, null, 43, null, null, null, null],
        ["总计", 12, 5262.72, "总计", 44, 5262.72, 3942.72, 1320, null],
        ["注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A2:D2", "E2:H2", "A3:C3", "D3:I3", "A18:I18"],
      numberFormats: { "C6:C17": "#,##0.00", "F6:I17": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "财政拨款收支总表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 17,
        columns: { A: "line", C: "actual" },
        year: 2020,
      },
      {
        sheet: "财政拨款收支总表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 17,
        columns: {
          D: "line",
          F: "actual",
          G: "actual:一般公共预算财政拨款",
          H: "actual:政府性基金预算财政拨款",
          I: "actual:国有资本经营预算财政拨款",
        },
        year: 2020,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C12", why: "本年收入合计 5,067.42; its lines 3,856.42 + 1,220.00 + nothing = 5,076.42: 9.00万元 apart" },
      { rule: "execution.total-mismatch", cell: "F12", why: "本年支出合计 合计 4,848.28; the lines 12.50 + 236.84 + 68.22 + 145.60 + 4,318.75 + 102.37 = 4,884.28, and its own parts 3,744.28 + 1,140.00 = 4,884.28: 36.00万元 apart, one cell" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "G12", why: "12.50 + 236.84 + 68.22 + 145.60 + 3,178.75 + 102.37 = 3,744.28" },
      { rule: "execution.total-mismatch", cell: "F10", why: "城乡社区支出 4,318.75 = 3,178.75 + 1,140.00" },
      { rule: "execution.total-mismatch", cell: "C13", why: "年初结转和结余 186.30 = 86.30 + 100.00 (its kinds under it)" },
      { rule: "execution.total-mismatch", cell: "C17", why: "总计 5,262.72 = 本年收入 5,076.42 (as its lines add up) + 年初结转 186.30: the slip is C12's, reported there" },
      { rule: "execution.total-mismatch", cell: "F17", why: "总计 5,262.72 = 本年支出 4,884.28 (as its lines add up) + 年末结转 378.44 = 3,942.72 + 1,320.00: the slip is F12's, reported there" },
      { rule: "execution.overspent", why: "a final-accounts summary states no budget; money carried in (年初财政拨款结转和结余) is no budget" },
      { rule: "execution.no-spending", why: "no budget, and the blank 国有资本经营 cells mean nothing" },
      { rule: "input.unreadable-value", cell: "E2", why: "2020年度 is the table's year in its head, no amount" },
      { rule: "execution.total-mismatch", cell: "F5", why: "the 栏次 row numbers columns; 行次 (B, E) numbers lines: neither is money" },
    ],
  },
};
