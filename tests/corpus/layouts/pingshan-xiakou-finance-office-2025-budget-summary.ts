import type { CorpusLayout } from "../types";

// 平山县人民政府 2025-02-14: 920平山县下口镇财政所's 2025 部门预算公开表, the 收支总表 copied as laid out — 序号 | 收入 (项目 | 预算数) |
// 支出 (项目 | 预算数), a 栏次 row, the five kinds of income beside the thirty-one functions of spending, 本年收入合计 / 本年支出合计,
// 上年结转结余 / 年终结转结余, 收入总计 / 支出总计.
export const layout: CorpusLayout = {
  id: "pingshan-xiakou-finance-office-2025-budget-summary",
  source: {
    title: "2025年部门预算信息公开（920平山县下口镇财政所 部门预算公开表：收支总表）",
    url: "http://sjzps.gov.cn/columns/8c34b9fc-2d44-4c13-8d2e-7f0756666cac/202502/14/8f3bb61a-6947-43ce-bb7b-825682e197fd.html",
    publisher: "平山县下口镇财政所（平山县人民政府网站）",
    date: "2025-02-14",
    changes:
      "Kept as published: the unit line (920平山县下口镇财政所 | 预算年度：2025 | 单位：万元), the 序号 column numbering every line 1–34, the 栏次 row, the " +
      "income and spending halves side by side with every one of the thirty-one functions (blank where nothing is budgeted), and the 合计 / 结转 / 总计 " +
      "lines. The stored copy shows the grid under the heading 部门预算公开表; the title row 部门收支总表 is the table's usual name. Every figure is ours " +
      "(the published ones: 675.82 income, 14.54 carried in, 690.36 in all). Planted: 本年支出合计 typed 741.76 where the five budgeted functions " +
      "add up to 714.76 (27.00 too much); the 支出总计 below it is right.",
  },
  classes: [
    "execution", "budget-only", "balance-two-halves", "income-and-spending-side-by-side", "function-classification", "numbered-lines",
    "column-number-row", "blank-lines", "carry-over-lines", "two-decimal-wanyuan", "wanyuan-caption", "year-in-caption", "township-finance-office", "hebei",
  ],
  settings: { district: "平山县" },
  sheets: [
    {
      name: "收支总表",
      widths: [6, 30, 12, 34, 12],
      rows: [
        ["部门收支总表", null, null, null, null],
        ["920平山县下口镇财政所", null, "预算年度：2025", null, "单位：万元"],
        ["序号", "收入", null, "支出", null],
        [null, "项 目", "预算数", "项 目", "预算数"],
        ["栏次", 1, 2, 3, 4],
        [1, "一、一般公共预算拨款收入", 702.46, "一、一般公共服务支出", 528.74],
        [2, "二、政府性基金预算拨款收入", null, "二、外交支出", null],
        [3, "三、国有资本经营预算拨款收入", null, "三、国防支出", null],
        [4, "四、财政专户管理资金收入", null, "四、公共安全支出", null],
        [5, "五、单位资金", null, "五、教育支出", null],
        [6, null, null, "六、科学技术支出", null],
        [7, null, null, "七、文化旅游体育与传媒支出", null],
        [8, null, null, "八、社会保障和就业支出", 101.36],
        [9, null, null, "九、社会保险基金支出", null],
        [10, null, null, "十、卫生健康支出", 22.08],
        [11, null, null, "十一、节能环保支出", null],
        [12, null, null, "十二、城乡社区支出", null],
        [13, null, null, "十三、农林水支出", 20.12],
        [14, null, null, "十四、交通运输支出", null],
        [15, null, null, "十五、资源勘探工业信息等支出", null],
        [16, null, null, "十六、商业服务业等支出", null],
        [17, null, null, "十七、金融支出", null],
        [18, null, null, "十八、援助其他地区支出", null],
        [19, null, null, "十九、自然资源海洋气象等支出", null],
        [20, null, null, "二十、住房保障支出", 42.46],
        [21, null, null, "二十一、粮油物资储备支出", null],
        [22, null, null, "二十二、国有资本经营预算支出", null],
        [23, null, null, "二十三、灾害防治及应急管理支出", null],
        [24, null, null, "二十四、预备费", null],
        [25, null, null, "二十五、其他支出", null],
        [26, null, null, "二十六、转移性支出", null],
        [27, null, null, "二十七、债务还本支出", null],
        [28, null, null, "二十八、债务付息支出", null],
        [29, null, null, "二十九、债务发行费用支出", null],
        [30, null, null, "三十、抗疫特别国债安排的支出", null],
        [31, null, null, "三十一、人行科目", null],
        [32, "本年收入合计", 702.46, "本年支出合计", 741.76],
        [33, "上年结转结余", 12.3, "年终结转结余", null],
        [34, "收入总计", 714.76, "支出总计", 714.76],      ],
      merges: ["A1:E1", "A3:A4", "B3:C3", "D3:E3"],
      numberFormats: { "C6:C39": "#,##0.00", "E6:E39": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收支总表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 39,
        columns: { B: "line", C: "initialBudget" },
        year: 2025,
      },
      {
        sheet: "收支总表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 39,
        columns: { D: "line", E: "initialBudget" },
        year: 2025,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        sheet: "收支总表",
        cell: "E37",
        why: "本年支出合计 741.76; the functions budgeted add up to 528.74 + 101.36 + 22.08 + 20.12 + 42.46 = 714.76 (27.00万元 apart)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C37", why: "本年收入合计 702.46 = 一般公共预算拨款收入 702.46, the only income budgeted" },
      { rule: "execution.total-mismatch", cell: "C39", why: "收入总计 714.76 = 本年收入合计 702.46 + 上年结转结余 12.30" },
      { rule: "execution.total-mismatch", cell: "E39", why: "支出总计 714.76 = the functions' 714.76 + 年终结转结余 (none): the slip is E37's, reported there" },
      { rule: "execution.total-mismatch", cell: "B5", why: "the 栏次 row numbers the columns 1–4; it is no line" },
      { rule: "input.unreadable-value", cell: "A20", why: "the 序号 column numbers the lines 1–34; no money" },
      { rule: "execution.overspent", why: "a budget: no spending column" },
      { rule: "execution.no-spending", why: "a budget, not an outcome; the blank functions are budgeted nothing" },
      { rule: "execution.rate-mismatch", why: "no rate column" },
      { rule: "input.unreadable-value", cell: "C2", why: "预算年度：2025 is the table's year in its head" },
    ],
  },
};
