import type { CorpusLayout } from "../types";

// 西藏自治区公安厅 2019年度部门决算, 第二部分 一、收入支出决算总表 (公开01表): income and spending side by side — 项目 | 行次 | 金额
// twice under 收入 / 支出, a 栏次 row, 本年收入合计 / 本年支出合计 then 用事业基金弥补收支差额 / 结余分配, 年初 / 年末结转和结余 and 总计.
export const layout: CorpusLayout = {
  id: "xizang-police-2019-income-expenditure-final-accounts",
  source: {
    title: "西藏自治区公安厅2019年度部门决算（第二部分 一、收入支出决算总表）",
    url: "http://metrade5.com/zwgk_3249/czzj_226/202010/t20201010_178396.html",
    publisher: "西藏自治区公安厅 (page stored on a mirror of the department's site)",
    date: "2020-10-10",
    changes:
      "As published: the table's place in the 决算 (第二部分 一、收入支出决算总表) and its department; the layout is the 公开01表 template the " +
      "table list names (收入 | 支出 side by side, 项目 | 行次 | 金额, 栏次 1 / 2, 本年收入合计, 用事业基金弥补收支差额, 年初结转和结余, 总计; 本年支出合计, " +
      "结余分配, 年末结转和结余, 总计). The stored copy does not show the figures: every amount is ours, the spending functions cut to fourteen. " +
      "Planted: 本年收入合计 9.00 below its lines (digits swapped); 年末结转和结余 45.00 too high, so the spending side's 总计 does not add up.",
  },
  classes: ["execution", "final-accounts", "income-and-spending-side-by-side", "two-tables-in-one-row", "row-number-column", "column-number-row", "blank-as-nothing", "carry-over-rows", "subtotal-then-total", "numbered-functions", "wanyuan-caption", "provincial-department", "xizang"],
  sheets: [
    {
      name: "收入支出决算总表",
      widths: [30, 6, 14, 30, 6, 14],
      rows: [
        ["收入支出决算总表", null, null, null, null, null],
        [null, null, null, null, null, "公开01表"],
        ["部门：西藏自治区公安厅", null, null, "2019年度", null, "金额单位：万元"],
        ["收入", null, null, "支出", null, null],
        ["项目", "行次", "金额", "项目", "行次", "金额"],
        ["栏次", null, 1, "栏次", null, 2],
        ["一、一般公共预算财政拨款收入", 1, 186420.55, "一、一般公共服务支出", 32, null],
        ["二、政府性基金预算财政拨款收入", 2, null, "二、外交支出", 33, null],
        ["三、上级补助收入", 3, null, "三、国防支出", 34, null],
        ["四、事业收入", 4, null, "四、公共安全支出", 35, 158236.47],
        ["五、经营收入", 5, null, "五、教育支出", 36, 1420.3],
        ["六、附属单位上缴收入", 6, null, "六、科学技术支出", 37, 265],
        ["七、其他收入", 7, 312.4, "七、文化旅游体育与传媒支出", 38, null],
        [null, 8, null, "八、社会保障和就业支出", 39, 12680.72],
        [null, 9, null, "九、卫生健康支出", 40, 3150.18],
        [null, 10, null, "十、节能环保支出", 41, null],
        [null, 11, null, "十一、城乡社区支出", 42, null],
        [null, 12, null, "十二、农林水支出", 43, null],
        [null, 13, null, "十三、交通运输支出", 44, 860],
        [null, 14, null, "十四、住房保障支出", 45, 6412.36],
        ["本年收入合计", 15, 186723.95, "本年支出合计", 46, 183025.03],
        ["用事业基金弥补收支差额", 16, null, "结余分配", 47, null],
        ["年初结转和结余", 17, 8650.2, "年末结转和结余", 48, 12394.12],
        ["总计", 18, 195374.15, "总计", 49, 195374.15],
        ["注：本表反映部门本年度的总收支和年末结转结余情况。本表金额转换成万元时，因四舍五入可能存在尾差。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A3:C3", "A4:C4", "D4:F4", "A25:F25"],
      numberFormats: { "C7:C24": "#,##0.00", "F7:F24": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      // Stated as one table over A:F by the holdout; corrected after the twentieth holdout's measurement (its
      // count, 1 of 10, unchanged): the 收入 and 支出 halves side by side are two tables, as the issue's
      // "side-by-side tables read as two" asks and nanzhang-2019-final-accounts-summary states (findings unchanged).
      { sheet: "收入支出决算总表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 24, columns: { A: "line", C: "actual" }, year: 2019 },
      { sheet: "收入支出决算总表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 24, columns: { D: "line", F: "actual" }, year: 2019 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C21", why: "收入: 186,420.55 + 312.40 = 186,732.95; 本年收入合计 states 186,723.95 (9.00 less)" },
      { rule: "execution.total-mismatch", cell: "F24", why: "支出 总计: 本年支出合计 183,025.03 + 结余分配 (blank) + 年末结转和结余 12,394.12 = 195,419.15; stated 195,374.15 (45.00 less)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "F21", why: "158,236.47 + 1,420.30 + 265.00 + 12,680.72 + 3,150.18 + 860.00 + 6,412.36 = 183,025.03, as stated" },
      { rule: "execution.total-mismatch", cell: "C24", why: "收入 总计: 本年收入合计 186,723.95 + 年初结转和结余 8,650.20 = 195,374.15, as stated (it adds the stated subtotal)" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row (1, 2) and the 行次 column are numbering, not money" },
      { rule: "execution.overspent", why: "no budget column: income and spending are both actuals; 年初结转和结余 is carried-over money, not a budget" },
      { rule: "execution.no-spending", why: "the blank functions (外交, 国防 …) are template rows with nothing budgeted" },
      { rule: "input.unreadable-value", why: "blank cells mean nothing; the note under the table is text" },
    ],
  },
};
