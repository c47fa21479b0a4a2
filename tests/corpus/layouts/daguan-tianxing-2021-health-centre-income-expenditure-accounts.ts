import type { CorpusLayout } from "../types";

// 昭通市大关县天星镇中心卫生院 (云南) 2021年部门决算公开表, 公开01表 收入支出决算总表 in 元: 收入 (项目 | 行次 | 金额) beside 支出 (项目（按功能分类）
// | 行次 | 金额), a 栏次 row, blank template lines, 本年收入合计 / 本年支出合计 and the carry-overs to two 总计; the 支出 总计 typed 9,000元 over.
export const layout: CorpusLayout = {
  id: "daguan-tianxing-2021-health-centre-income-expenditure-accounts",
  source: {
    title: "昭通市大关县天星镇中心卫生院2021年部门决算公开表（公开01表 收入支出决算总表）",
    url: "https://wenku.minyifei.cn/archives/p7ymvq4zlrjv2x309rw5.html",
    publisher: "昭通市大关县天星镇中心卫生院（文库转载）",
    date: "2022-10-13",
    changes:
      "As published: the title, 公开01表, 部门 line and 金额单位：元, the two sides 收入 | 支出 with 项目 | 行次 | 金额 and 项目（按功能分类）, the 栏次 row " +
      "(1, 2), the income lines 一 to 八 and the function lines in their order, 本年收入合计, 使用非财政拨款结余, 年初结转和结余, 本年支出合计, 结余分配, " +
      "年末结转和结余, the two 总计 and the note under the table. Cut: the blank function lines after 十三 (so the 行次 are renumbered). Values are ours. " +
      "Planted: the 支出 总计 typed 25,687,394.25 where 本年支出合计 24,759,404.85 + 年末结转和结余 918,989.40 = 25,678,394.25 (the 收入 总计's figure).",
  },
  classes: ["execution", "final-accounts", "income-and-expenditure-side-by-side", "two-tables-one-sheet", "line-number-column", "column-number-row", "blank-template-lines", "carry-over-lines", "two-decimal-yuan", "yuan-caption", "notes-under-table", "township-health-centre", "yunnan"],
  settings: { district: "昭通市大关县" },
  sheets: [
    {
      name: "收入支出决算总表",
      widths: [30, 8, 18, 30, 8, 18],
      rows: [
        ["收入支出决算总表", null, null, null, null, "公开01表"],
        ["部门：昭通市大关县天星镇中心卫生院", null, null, null, null, "金额单位：元"],
        ["收入", null, null, "支出", null, null],
        ["项目", "行次", "金额", "项目（按功能分类）", "行次", "金额"],
        ["栏次", null, 1, "栏次", null, 2],
        ["一、一般公共预算财政拨款收入", 1, 10486320.15, "一、一般公共服务支出", 31, null],
        ["二、政府性基金预算财政拨款收入", 2, null, "二、外交支出", 32, null],
        ["三、国有资本经营预算财政拨款收入", 3, null, "三、国防支出", 33, null],
        ["四、上级补助收入", 4, null, "四、公共安全支出", 34, null],
        ["五、事业收入", 5, 12915408.62, "五、教育支出", 35, null],
        ["六、经营收入", 6, null, "六、科学技术支出", 36, null],
        ["七、附属单位上缴收入", 7, null, "七、文化旅游体育与传媒支出", 37, null],
        ["八、其他收入", 8, 956210.4, "八、社会保障和就业支出", 38, 702416.3],
        [null, 9, null, "九、卫生健康支出", 39, 23640188.55],
        [null, 10, null, "十、节能环保支出", 40, null],
        [null, 11, null, "十一、城乡社区支出", 41, null],
        [null, 12, null, "十二、农林水支出", 42, null],
        [null, 13, null, "十三、住房保障支出", 43, 416800],
        ["本年收入合计", 14, 24357939.17, "本年支出合计", 44, 24759404.85],
        ["使用非财政拨款结余", 15, null, "结余分配", 45, null],
        ["年初结转和结余", 16, 1320455.08, "年末结转和结余", 46, 918989.4],
        ["总计", 17, 25678394.25, "总计", 47, 25687394.25],
        ["注：本表反映部门本年度的总收支和年初、年末结转结余情况。", null, null, null, null, null],
      ],
      merges: ["A3:C3", "D3:F3", "A23:F23"],
      numberFormats: { "C6:C22": "#,##0.00", "F6:F22": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      // Corrected after the eighty-sixth holdout's measurement (counted failed): the writer stated the 项目 row (4) as the
      // first header row; the corpus states the 收入 | 支出 row above it, the header's first (nanzhang-2019, dadukou-2020,
      // xizang-police-2019: the same form).
      { sheet: "收入支出决算总表", kind: "execution", unit: "元", headerRow: 3, lastRow: 22, columns: { A: "line", C: "actual" } },
      { sheet: "收入支出决算总表", kind: "execution", unit: "元", headerRow: 3, lastRow: 22, columns: { D: "line", F: "actual" } },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "F22", why: "支出 总计: 本年支出合计 24,759,404.85 + 结余分配 (blank) + 年末结转和结余 918,989.40 = 25,678,394.25; stated 25,687,394.25 (9,000.00 more)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C19", why: "10,486,320.15 + 12,915,408.62 + 956,210.40 = 24,357,939.17, as stated" },
      { rule: "execution.total-mismatch", cell: "C22", why: "收入 总计: 24,357,939.17 + 1,320,455.08 = 25,678,394.25, as stated" },
      { rule: "execution.total-mismatch", cell: "F19", why: "702,416.30 + 23,640,188.55 + 416,800.00 = 24,759,404.85, as stated" },
      { rule: "execution.total-mismatch", cell: "C5", why: "the 栏次 row (1, 2) and the 行次 column are numbering, not money" },
      { rule: "execution.overspent", why: "no budget column: income and spending are both actuals; 年初结转和结余 is carried-over money, not a budget" },
      { rule: "execution.no-spending", why: "the blank functions (外交, 国防 …) are template rows with nothing budgeted" },
      { rule: "input.unreadable-value", why: "blank cells mean nothing; the note under the table is text" },
    ],
  },
};
