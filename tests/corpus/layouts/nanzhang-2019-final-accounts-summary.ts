import type { CorpusLayout } from "../types";

// 南漳县招商服务中心 2019年部门决算 公开01表: income and expenditure side by side, each with
// 项目/行次/金额, a 栏次 row, totals and carry-overs.
export const layout: CorpusLayout = {
  id: "nanzhang-2019-final-accounts-summary",
  source: {
    title: "南漳县招商服务中心2019年部门决算 — 收入支出决算总表（公开01表）",
    url: "http://www.hbnz.gov.cn/bmxz/bm/zsfwzx/fdzdgk/czgk/202010/t20201021_2291670.shtml",
    publisher: "南漳县招商服务中心",
    date: "2020-10-21",
    changes:
      "Title, 公开01表, 部门/金额单位 line, the 收入|支出 blocks with 项目/行次/金额, the 栏次 row and the first " +
      "lines (一、一般公共预算财政拨款收入 行次1; 一、一般公共服务支出 行次29 …) as published; the later lines follow " +
      "the national 公开01表 and are cut to ten per side. Amounts invented. Planted: 本年支出合计 states 426.56 where " +
      "its lines give 436.56, and the 支出 总计 (446.86) then disagrees with 426.56 + 0.00 + 10.30 = 436.86.",
  },
  classes: ["execution", "side-by-side", "column-number-row", "row-number-column", "final-accounts", "wanyuan-caption"],
  settings: { asOf: "2019-12-31" },
  sheets: [
    {
      name: "收入支出决算总表",
      widths: [30, 6, 12, 30, 6, 12],
      rows: [
        ["收入支出决算总表", null, null, null, null, null],
        [null, null, null, null, null, "公开01表"],
        ["部门：南漳县招商服务中心", null, null, null, null, "金额单位：万元"],
        ["收入", null, null, "支出", null, null],
        ["项目", "行次", "金额", "项目", "行次", "金额"],
        ["栏次", null, 1, "栏次", null, 2],
        ["一、一般公共预算财政拨款收入", 1, 412.36, "一、一般公共服务支出", 29, 398.52],
        ["二、政府性基金预算财政拨款收入", 2, 0, "二、外交支出", 30, 0],
        ["三、上级补助收入", 3, 8, "三、国防支出", 31, 0],
        ["四、事业收入", 4, 0, "四、公共安全支出", 32, 0],
        ["五、经营收入", 5, 0, "五、教育支出", 33, 0],
        ["六、附属单位上缴收入", 6, 0, "六、科学技术支出", 34, 0],
        ["七、其他收入", 7, 1.2, "七、文化旅游体育与传媒支出", 35, 0],
        [null, 8, null, "八、社会保障和就业支出", 36, 18.64],
        [null, 9, null, "九、卫生健康支出", 37, 6.92],
        [null, 10, null, "十、住房保障支出", 38, 12.48],
        ["本年收入合计", 11, 421.56, "本年支出合计", 39, 426.56],
        ["使用非财政拨款结余", 12, 0, "结余分配", 40, 0],
        ["年初结转和结余", 13, 25.3, "年末结转和结余", 41, 10.3],
        ["总计", 14, 446.86, "总计", 42, 446.86],
        ["注：本表反映部门本年度的总收支和年末结转结余情况。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A4:C4", "D4:F4", "A21:F21"],
      numberFormats: { "C7:C20": "#,##0.00", "F7:F20": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收入支出决算总表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 20, columns: { A: "line", C: "actual" } },
      { sheet: "收入支出决算总表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 20, columns: { D: "line", F: "actual" } },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "F17",
        why: "本年支出合计 states 426.56; 398.52 + 18.64 + 6.92 + 12.48 (the other lines 0.00) = 436.56",
      },
    ],
    absent: [
      {
        rule: "execution.total-mismatch",
        cell: "F20",
        why: "支出 总计 446.86 = the lines 436.56 + 0.00 + 10.30; only added over the wrong 本年支出合计 (426.56) does it differ: one slip, reported once, at F17 (as the corpus does for a wrong subtotal elsewhere)",
      },
      { rule: "execution.total-mismatch", cell: "C17", why: "本年收入合计 421.56 = 412.36 + 8.00 + 1.20" },
      { rule: "execution.total-mismatch", cell: "C20", why: "收入 总计 446.86 = 421.56 + 0.00 + 25.30" },
      { rule: "execution.total-mismatch", cell: "B17", why: "行次 numbers the rows (1…14, 29…42); they are not amounts to be summed" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row (1, 2) numbers columns" },
      { rule: "execution.overspent", why: "a 决算总表 has no budget column: nothing to be overspent against" },
      { rule: "execution.no-spending", why: "0.00 lines (外交, 国防 …) have no budget here; zero is their true amount" },
    ],
  },
};
