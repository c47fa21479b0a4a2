import type { CorpusLayout } from "../types";

// 广东省卫生厅政务服务中心 (a 公益一类 unit of 省卫生计生委) 2017年部门决算, 公开01表 收入支出决算总表 in 万元: 收入 | 支出 side by side, each 项目 | 行次 | 金额,
// a 栏次 row (1, 2) under the headings, 其中：政府性基金预算财政拨款 under 一、财政拨款收入, then 本年收入合计 / 本年支出合计, the carry-overs and two 总计.
export const layout: CorpusLayout = {
  id: "guangdong-health-service-centre-2017-income-expenditure-final",
  source: {
    title: "2017年广东省卫生厅政务服务中心部门决算公开情况说明（一、收入支出决算总表）",
    url: "http://gdhealth.net.cn/html/2018/gonggaogongshi_0905/3865.html",
    publisher: "广东省卫生厅政务服务中心",
    date: "2018-09-05",
    changes:
      "As published: the 目录 (一 to 八), the table's title, 公开01表, 部门：广东省卫生厅政务服务中心, 单位：万元, the headings 收入 | 支出 over 项目 | 行次 | 金额 twice, " +
      "the 栏次 row (1, 2) and the first lines (一、财政拨款收入 1, 其中：政府性基金预算财政拨款 2, 二、上级补助收入 3 beside 一、一般公共服务支出 30, 二、外交支出 31). The stored copy " +
      "breaks off there: the other lines follow the 2017 公开01表 (spending cut to the functions such a centre spends on, their 行次 kept as the form numbers them), and " +
      "every figure is ours. Planted: 本年支出合计 typed 1,457.89 where the lines add up to 1,475.89 (digits transposed).",
  },
  classes: [
    "execution", "final-accounts", "income-and-expenditure-side-by-side", "two-tables-one-sheet", "line-number-columns", "column-number-row",
    "qizhong-line", "zero-lines", "carry-over-lines", "transposed-digits", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table",
    "province-unit", "health", "guangdong",
  ],
  sheets: [
    {
      name: "公开01表",
      widths: [30, 6, 12, 32, 6, 12],
      rows: [
        ["收入支出决算总表", null, null, null, null, null],
        [null, null, null, null, null, "公开01表"],
        ["部门：广东省卫生厅政务服务中心", null, null, null, null, "单位：万元"],
        ["收入", null, null, "支出", null, null],
        ["项目", "行次", "金额", "项目", "行次", "金额"],
        ["栏次", null, 1, "栏次", null, 2],
        ["一、财政拨款收入", 1, 1452.36, "一、一般公共服务支出", 30, 0],
        ["  其中：政府性基金预算财政拨款", 2, 0, "二、外交支出", 31, 0],
        ["二、上级补助收入", 3, 0, "三、国防支出", 32, 0],
        ["三、事业收入", 4, 36.8, "四、公共安全支出", 33, 0],
        ["四、经营收入", 5, 0, "八、社会保障和就业支出", 37, 96.27],
        ["五、附属单位上缴收入", 6, 0, "九、医疗卫生与计划生育支出", 38, 1318.54],
        ["六、其他收入", 7, 4.15, "十九、住房保障支出", 48, 61.08],
        ["本年收入合计", 24, 1493.31, "本年支出合计", 57, 1457.89],
        ["用事业基金弥补收支差额", 25, 0, "结余分配", 58, 0],
        ["年初结转和结余", 26, 118.42, "年末结转和结余", 59, 135.84],
        ["总计", 29, 1611.73, "总计", 63, 1611.73],
        ["注：本表反映部门本年度的总收支和年末结转结余情况。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A4:C4", "D4:F4", "A18:F18"],
      numberFormats: { "C7:C17": "#,##0.00", "F7:F17": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      // Corrected after the hundred-and-eighty-first holdout's measurement (counted failed): stated year 2017, which the sheet does not give
      // (its title and caption name no year; only the source's title does), so the table states none.
      { sheet: "公开01表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 17, columns: { A: "line", C: "actual" } },
      { sheet: "公开01表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 17, columns: { D: "line", F: "actual" } },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "F14",
        why: "本年支出合计 1,457.89; the lines add up to 0.00 × 4 + 96.27 + 1,318.54 + 61.08 = 1,475.89 (18.00万元 short, digits transposed)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C14", why: "本年收入合计 1,493.31 = 1,452.36 + 36.80 + 4.15 (the 其中 line under 财政拨款收入 a share of it, not added)" },
      { rule: "execution.total-mismatch", cell: "C17", why: "收入 总计 1,611.73 = 1,493.31 + 0.00 + 118.42" },
      {
        rule: "execution.total-mismatch",
        cell: "F17",
        why: "支出 总计 1,611.73 = 1,475.89 (本年支出合计 as its lines add up) + 0.00 + 135.84: the slip is reported once, at 本年支出合计",
      },
      { rule: "execution.total-mismatch", cell: "B14", why: "行次 (1–7, 24–29, 30–63) number the form's lines; they are no figures" },
      { rule: "execution.overspent", why: "a 决算总表 has no budget column; 年初结转和结余 is carried-over money, not a budget" },
      { rule: "execution.no-spending", cell: "F7", why: "0.00 lines have no budget beside them: nothing measured" },
    ],
  },
};
