import type { CorpusLayout } from "../types";

// 济宁市第二人民医院 2017年度部门决算, 公开表格 1.《收入支出决算总表》 (单位：万元): 收入 (项目 | 行次 | 金额) beside 支出 (项目 | 行次 | 金额),
// a 栏次 row, the six kinds of income beside the twenty-one functions of the 2017 classification, 本年收入合计 / 本年支出合计, 用事业基金弥补收支差额,
// the carry-overs and the two 总计.
export const layout: CorpusLayout = {
  id: "jining-no2-hospital-2017-income-expenditure-final-accounts",
  source: {
    title: "济宁市第二人民医院2017年度部门决算（公开表格1.收入支出决算总表）",
    url: "http://www.motobike69.com/?news_126/2697.html",
    publisher: "济宁市第二人民医院（转载）",
    date: "2018",
    changes:
      "As published: the title, 单位名称 line and 单位：万元, the two sides with 项目 | 行次 | 金额, the 栏次 row, the income lines 一 to 六 and the " +
      "twenty-one functions in their order (行次 1–22 and 28–49), 本年收入合计 (23), 用事业基金弥补收支差额 (24), 年初结转和结余 (25), 本年支出合计 (50), " +
      "结余分配 (51), 年末结转和结余 (52) and the 总计 lines. Cut: the unlabelled line 26 / 53 under the carry-overs. The figures are ours (the " +
      "published ones: 625.58 + 34,221.23 = 34,846.81 income, 36,341.62 spent, 36,816.00 in all). Planted: 本年收入合计 typed 35,280.83 where " +
      "712.36 + 35,108.47 = 35,820.83 (digits swapped); the 总计 37,425.00 is right.",
  },
  classes: [
    "execution", "final-accounts", "income-and-expenditure-side-by-side", "two-tables-one-sheet", "line-number-column", "column-number-row",
    "blank-template-lines", "carry-over-lines", "business-fund-line", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "hospital",
    "city-unit", "shandong",
  ],
  settings: { district: "济宁市" },
  sheets: [
    {
      name: "收入支出决算总表",
      widths: [28, 8, 14, 30, 8, 14],
      rows: [
        ["收入支出决算总表", null, null, null, null, null],
        ["单位名称：济宁市第二人民医院", null, null, null, null, "单位：万元"],
        ["收入", null, null, "支出", null, null],
        ["项目", "行次", "金额", "项目", "行次", "金额"],
        ["栏次", null, 1, "栏次", null, 2],
        ["一、财政拨款收入", 1, 712.36, "一、一般公共服务支出", 28, null],
        ["二、上级补助收入", 2, null, "二、外交支出", 29, null],
        ["三、事业收入", 3, 35108.47, "三、国防支出", 30, null],
        ["四、经营收入", 4, null, "四、公共安全支出", 31, null],
        ["五、附属单位上缴收入", 5, null, "五、教育支出", 32, null],
        ["六、其他收入", 6, null, "六、科学技术支出", 33, null],
        [null, 7, null, "七、文化体育与传媒支出", 34, null],
        [null, 8, null, "八、社会保障和就业支出", 35, null],
        [null, 9, null, "九、医疗卫生与计划生育支出", 36, 36950.63],
        [null, 10, null, "十、节能环保支出", 37, null],
        [null, 11, null, "十一、城乡社区支出", 38, null],
        [null, 12, null, "十二、农林水支出", 39, null],
        [null, 13, null, "十三、交通运输支出", 40, null],
        [null, 14, null, "十四、资源勘探信息等支出", 41, null],
        [null, 15, null, "十五、商业服务业等支出", 42, null],
        [null, 16, null, "十六、金融支出", 43, null],
        [null, 17, null, "十七、援助其他地区支出", 44, null],
        [null, 18, null, "十八、国土海洋气象等支出", 45, null],
        [null, 19, null, "十九、住房保障支出", 46, null],
        [null, 20, null, "二十、粮油物资储备支出", 47, null],
        [null, 21, null, "二十一、其他支出", 48, null],
        [null, 22, null, null, 49, null],
        ["本年收入合计", 23, 35280.83, "本年支出合计", 50, 36950.63],
        ["用事业基金弥补收支差额", 24, 1206.15, "结余分配", 51, null],
        ["年初结转和结余", 25, 398.02, "年末结转和结余", 52, 474.37],
        ["总计", 27, 37425.0, "总计", 54, 37425.0],
        ["注：本表反映部门本年度的总收支和年初、年末结转结余情况。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A3:C3", "D3:F3", "A32:F32"],
      numberFormats: { "C6:C31": "#,##0.00", "F6:F31": "#,##0.00" },
    },
  ],
  expect: {
    // Corrected after the hundred-and-seventy-fifth holdout's measurement (counted failed): the sheet states no year (its
    // title and caption name the form and the hospital only; 2017 is in the publication's title), so none is stated.
    tables: [
      { sheet: "收入支出决算总表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 31, columns: { A: "line", C: "actual" } },
      { sheet: "收入支出决算总表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 31, columns: { D: "line", F: "actual" } },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C28", why: "本年收入合计 35,280.83 against 财政拨款收入 712.36 + 事业收入 35,108.47 = 35,820.83 (540.00 short)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C31", why: "收入 总计 37,425.00 = 35,820.83 (本年收入合计 as its lines add up) + 1,206.15 + 398.02: the slip is C28's, reported there" },
      { rule: "execution.total-mismatch", cell: "F28", why: "本年支出合计 36,950.63 = 医疗卫生与计划生育支出 36,950.63, the only function spent on" },
      { rule: "execution.total-mismatch", cell: "F31", why: "支出 总计 37,425.00 = 36,950.63 + 结余分配 (blank) + 474.37" },
      { rule: "execution.total-mismatch", cell: "C5", why: "the 栏次 row (1, 2) and the 行次 column are numbering, not money" },
      { rule: "execution.overspent", why: "no budget column: income and spending are both outcomes; 用事业基金弥补收支差额 and 年初结转和结余 are no budget" },
      { rule: "execution.no-spending", why: "the blank functions are template lines with nothing budgeted" },
      { rule: "input.unreadable-value", why: "blank cells mean nothing; the note under the table is text" },
    ],
  },
};
