import type { CorpusLayout } from "../types";

// 银川市西夏区综合执法局 2019年部门决算 (2020-09-16), 第二部分 八、政府性基金预算财政拨款收入支出决算表 on the 2019 template: 项目 over
// 科目编码 | 科目名称, then 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本支出 | 项目支出) | 年末结转和结余, a 栏次 row, 合计 first.
export const layout: CorpusLayout = {
  id: "xixia-enforcement-2019-government-fund-final-accounts",
  source: {
    title: "银川市西夏区综合执法局2019年部门决算（第二部分 八、政府性基金预算财政拨款收入支出决算表）",
    url: "http://www.ycxixia.gov.cn/zwgk/bmxxgkmn/xxqcsglzhzfj/fdzdgknr_48521/yjsgk_48870/bmjs/202009/t20200916_2234184.html",
    publisher: "银川市西夏区综合执法局",
    date: "2020-09-16",
    changes:
      "The stored copy shows the contents (第二部分 … 八、政府性基金预算财政拨款收入支出决算表) and the bureau's duties, not the tables' bodies. " +
      "The table follows the 2019 final-accounts template (公开08表); the fund lines (国有土地使用权出让收入, 城市基础设施配套费, 污水处理费安排的支出) " +
      "and every figure are ours. Planted: the 合计 row's 项目支出 typed 1,389.75 where its 类 212 spends 1,398.75. Left for a reviewer to " +
      "resist: 城市建设支出 spends 1,026.20 against 46.20 carried in — carried-over money is no budget.",
  },
  classes: ["execution", "final-accounts", "government-fund", "carry-over-columns", "income-and-spending", "two-header-rows", "merged-headings", "total-row-first", "column-number-row", "class-item-subitem", "codes-column", "basic-and-project", "zero-cells", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "district-department", "ningxia"],
  settings: { district: "银川市西夏区" },
  sheets: [
    {
      name: "公开08表",
      widths: [12, 34, 12, 12, 12, 12, 12, 12],
      rows: [
        [null, null, null, null, null, null, null, "公开08表"],
        ["政府性基金预算财政拨款收入支出决算表", null, null, null, null, null, null, null],
        ["部门：银川市西夏区综合执法局", null, null, "2019年度", null, null, null, "单位：万元"],
        ["项目", null, "年初结转和结余", "本年收入", "本年支出", null, null, "年末结转和结余"],
        ["科目编码", "科目名称", null, null, "小计", "基本支出", "项目支出", null],
        ["栏次", null, 1, 2, 3, 4, 5, 6],
        [null, "合计", 46.2, 1380, 1398.75, 0, 1389.75, 27.45],
        ["212", "城乡社区支出", 46.2, 1380, 1398.75, 0, 1398.75, 27.45],
        ["21208", "国有土地使用权出让收入安排的支出", 46.2, 980, 1026.2, 0, 1026.2, 0],
        ["2120803", "城市建设支出", 46.2, 980, 1026.2, 0, 1026.2, 0],
        ["21213", "城市基础设施配套费安排的支出", 0, 370, 342.55, 0, 342.55, 27.45],
        ["2121301", "城市公共设施", 0, 370, 342.55, 0, 342.55, 27.45],
        ["21214", "污水处理费安排的支出", 0, 30, 30, 0, 30, 0],
        ["2121402", "污水处理设施建设和运营", 0, 30, 30, 0, 30, 0],
        ["注：本表反映部门本年度政府性基金预算财政拨款的收支和年初、年末结转结余情况。", null, null, null, null, null, null, null],
      ],
      merges: ["A2:H2", "A4:B4", "C4:C5", "D4:D5", "E4:G4", "H4:H5", "A6:B6", "A15:H15"],
      numberFormats: { "C7:H14": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开08表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 14,
        columns: { A: "code", B: "line", E: "actual", F: "actual:基本支出", G: "actual:项目支出" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "G7", why: "合计 项目支出 1,389.75 where 212 城乡社区支出 spends 1,398.75 (1,026.20 + 342.55 + 30.00): 9.00万元 short" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "E7", why: "本年支出 小计 1,398.75 = 212's 1,398.75; across, 0 + 1,398.75 as the lines give it — the slip is reported once, at G7" },
      { rule: "execution.total-mismatch", cell: "E8", why: "212: 1,026.20 + 342.55 + 30.00 = 1,398.75" },
      { rule: "execution.total-mismatch", cell: "D7", why: "本年收入 980.00 + 370.00 + 30.00 = 1,380.00" },
      { rule: "execution.overspent", cell: "E10", why: "城市建设支出 1,026.20 against 46.20 carried in: carry-over is no budget (and 本年收入 is income, not a budget)" },
      { rule: "execution.overspent", cell: "E7", why: "no budget column: 年初结转和结余 and 本年收入 are no budgets" },
      { rule: "execution.no-spending", why: "every line spent, and no line has a budget" },
      { rule: "execution.total-mismatch", cell: "C6", why: "栏次 1–6 number the columns" },
    ],
  },
};
