import type { CorpusLayout } from "../types";

// 大理州洱源县西山乡 2023年度部门决算, 第二部分 五、一般公共预算财政拨款收入支出决算表 (Yunnan's set): 项目 (科目编码 | 科目名称) against
// 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本支出 | 项目支出) | 年末结转和结余, a 栏次 row, 合计 first, 类 / 款 / 项 of a township.
export const layout: CorpusLayout = {
  id: "eryuan-xishan-2023-gpb-income-expenditure-final-accounts",
  source: {
    title: "大理州洱源县西山乡2023年度部门决算（第二部分 五、一般公共预算财政拨款收入支出决算表）",
    url: "http://eryuan.gov.cn/eyxrmzf/c106797/202408/d20b3309950b4846b6fd861a6d581e84.shtml",
    publisher: "洱源县西山乡人民政府",
    date: "2024-08-21",
    changes:
      "As published: the township, the year, the table's place and name in Yunnan's set of fifteen (五、一般公共预算财政拨款收入支出决算表). The stored copy " +
      "shows the contents, not the table body: the layout follows the national form of that table (年初结转和结余 | 本年收入 | 本年支出 小计 / 基本支出 / " +
      "项目支出 | 年末结转和结余, 栏次 1–6, 合计 first), the 科目 are a township's, and all figures are ours (each row's 年末 = 年初 + 收入 − 支出). " +
      "Planted: the 合计 row's 本年收入 723.72 where the 类 give 732.72; 2130705 本年支出 小计 69.00 over a 项目支出 of 96.00 (digits swapped), so 款 " +
      "21307's 96.00 no longer equals its 项 as written.",
  },
  classes: ["execution", "final-accounts", "by-function", "carry-over-columns", "income-and-spending-in-one-row", "lei-kuan-xiang-codes", "codes-as-text", "subtotal-column", "merged-header-over-three", "two-header-rows", "column-number-row", "total-row-first", "blank-as-nothing", "town-government", "wanyuan-caption", "notes-under-table", "yunnan"],
  sheets: [
    {
      name: "收入支出决算表",
      widths: [12, 34, 12, 12, 12, 12, 12, 12],
      rows: [
        ["一般公共预算财政拨款收入支出决算表", null, null, null, null, null, null, null],
        ["部门：洱源县西山乡", null, null, null, null, null, null, "金额单位：万元"],
        [null, null, null, null, null, null, null, "2023年度"],
        ["项目", null, "年初结转和结余", "本年收入", "本年支出", null, null, "年末结转和结余"],
        ["科目编码", "科目名称", null, null, "小计", "基本支出", "项目支出", null],
        ["栏次", null, 1, 2, 3, 4, 5, 6],
        ["合计", null, 42, 723.72, 757.82, 471.72, 286.1, 16.9],
        ["201", "一般公共服务支出", 12, 420.12, 426.62, 375.12, 51.5, 5.5],
        ["20101", "人大事务", null, 18.4, 18.4, 18.4, null, null],
        ["2010101", "行政运行", null, 18.4, 18.4, 18.4, null, null],
        ["20103", "政府办公厅（室）及相关机构事务", 12, 401.72, 408.22, 356.72, 51.5, 5.5],
        ["2010301", "行政运行", null, 356.72, 356.72, 356.72, null, null],
        ["2010399", "其他政府办公厅（室）及相关机构事务支出", 12, 45, 51.5, null, 51.5, 5.5],
        ["208", "社会保障和就业支出", null, 46.8, 46.8, 46.8, null, null],
        ["20805", "行政事业单位养老支出", null, 46.8, 46.8, 46.8, null, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", null, 46.8, 46.8, 46.8, null, null],
        ["210", "卫生健康支出", null, 21.36, 21.36, 21.36, null, null],
        ["21011", "行政事业单位医疗", null, 21.36, 21.36, 21.36, null, null],
        ["2101101", "行政单位医疗", null, 21.36, 21.36, 21.36, null, null],
        ["213", "农林水支出", 30, 216, 234.6, null, 234.6, 11.4],
        ["21305", "巩固脱贫攻坚成果衔接乡村振兴", 30, 120, 138.6, null, 138.6, 11.4],
        ["2130599", "其他巩固脱贫攻坚成果衔接乡村振兴支出", 30, 120, 138.6, null, 138.6, 11.4],
        ["21307", "农村综合改革", null, 96, 96, null, 96, null],
        ["2130705", "对村民委员会和村党支部的补助", null, 96, 69, null, 96, null],
        ["221", "住房保障支出", null, 28.44, 28.44, 28.44, null, null],
        ["22102", "住房改革支出", null, 28.44, 28.44, 28.44, null, null],
        ["2210201", "住房公积金", null, 28.44, 28.44, 28.44, null, null],
        ["注：本表反映部门本年度一般公共预算财政拨款的收支和年初、年末结转结余情况。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A4:B4", "C4:C5", "D4:D5", "E4:G4", "H4:H5", "A6:B6", "A7:B7", "A28:H28"],
      numberFormats: { "C7:H27": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 27,
        columns: { A: "code", B: "line", E: "actual", F: "actual:基本支出", G: "actual:项目支出" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "E24", why: "2130705 本年支出 小计 69.00 where 基本支出 (blank) + 项目支出 96.00 = 96.00: 27.00万元 apart" },
      { rule: "execution.total-mismatch", cell: "E23", why: "款 21307 本年支出 96.00 where its one 项 2130705 is written 69.00" },
      { rule: "execution.total-mismatch", cell: "D7", why: "合计 本年收入 723.72 where the 类 give 420.12 + 46.80 + 21.36 + 216.00 + 28.44 = 732.72: 9.00万元 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "E7", why: "合计 本年支出 757.82 = 426.62 + 46.80 + 21.36 + 234.60 + 28.44, and = 471.72 + 286.10" },
      { rule: "execution.total-mismatch", cell: "C7", why: "年初结转和结余 42.00 = 12.00 + 30.00" },
      { rule: "execution.total-mismatch", cell: "E8", why: "类 201 426.62 = 18.40 + 408.22, and = 375.12 + 51.50" },
      { rule: "execution.total-mismatch", cell: "E11", why: "款 20103 408.22 = 356.72 + 51.50" },
      { rule: "execution.total-mismatch", cell: "E20", why: "类 213 234.60 = 138.60 + 96.00 (款 as written)" },
      { rule: "execution.overspent", cell: "E13", why: "2010399 spent 51.50 of 45.00 received this year plus 12.00 carried over: carried money is no budget, and 本年收入 is income, not a budget" },
      { rule: "execution.overspent", cell: "E22", why: "2130599 spent 138.60 of 120.00 received plus 30.00 carried over" },
      { rule: "execution.total-mismatch", cell: "C6", why: "栏次 1–6 are column numbers, not amounts" },
      { rule: "execution.no-spending", why: "blank cells are nothing; every row received and spent" },
      { rule: "input.unreadable-value", why: "codes written as text, the year line, the 栏次 row and the note are labels" },
    ],
  },
};
