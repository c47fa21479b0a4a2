import type { CorpusLayout } from "../types";

// 柳州市柳北区石碑坪镇人民政府 2022 部门决算, 第三部分 二、一般公共预算财政拨款支出决算情况: item by item, …（类）…（款）…（项） in
// one string, 年初预算 against 支出决算 with 完成年初预算 % and the reason for the gap, the total first. One item above its budget,
// one far short with its share written five points high, one budgeted item with nothing spent.
export const layout: CorpusLayout = {
  id: "shibeiping-2022-gpb-expenditure-by-item",
  source: {
    title: "柳州市柳北区石碑坪镇人民政府2022年度部门决算公开（第三部分 二、2022年度一般公共预算财政拨款支出决算情况；表据说明拟）",
    url: "http://www.lbq.gov.cn/xxgk/zjdxxgk/sbprmzf/t19700101_3326836.shtml",
    publisher: "柳州市柳北区石碑坪镇人民政府",
    date: "2023-08-01",
    changes:
      "The stored copy gives the 决算's contents (表一–表九; 第三部分 一–七) and the town's duties; the 说明 of 一般公共预算财政拨款支出 is " +
      "written, as the national 说明 is, item by item (…（类）…（款）…（项）: 年初预算为…万元，支出决算为…万元，完成年初预算的…%，原因…). " +
      "It is laid out here as the table those sentences make, the total first; the items, figures and reasons are ours. Planted: 行政运行 " +
      "448.36 spent against a 年初预算 of 420.00; 事业运行 (201) 79.12 / 85.00 = 93.08% written 98.08%; 农村基础设施建设 40.00 budgeted, " +
      "nothing spent.",
  },
  classes: ["execution", "final-accounts", "town-government", "lei-kuan-xiang-in-one-string", "total-row-first", "initial-budget-only", "rates-as-text", "two-decimal-rates", "reason-column", "same-name-two-items", "year-end", "published-after-year-end", "table-from-prose", "wanyuan-caption", "notes-under-table", "guangxi"],
  sheets: [
    {
      name: "财政拨款支出",
      widths: [64, 12, 12, 14, 30],
      rows: [
        ["柳州市柳北区石碑坪镇人民政府2022年度一般公共预算财政拨款支出决算情况", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["科目（类/款/项）", "年初预算", "支出决算", "完成年初预算%", "决算数与年初预算数差异的主要原因"],
        ["合计", 910.5, 886.81, "97.40%", null],
        ["一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）", 420, 448.36, "106.75%", "年中人员调资及追加社区治理工作经费"],
        ["一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）事业运行（项）", 85, 79.12, "98.08%", "事业单位人员减少"],
        ["文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）", 10, 9.65, "96.50%", null],
        ["社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）", 58, 57.46, "99.07%", null],
        ["卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）", 20.5, 20.18, "98.44%", null],
        ["城乡社区支出（类）城乡社区环境卫生（款）城乡社区环境卫生（项）", 60, 57.6, "96.00%", null],
        ["农林水支出（类）农业农村（款）事业运行（项）", 75, 74.1, "98.80%", null],
        ["农林水支出（类）巩固脱贫攻坚成果衔接乡村振兴（款）农村基础设施建设（项）", 40, 0, "0.00%", "项目未能实施，资金由区财政收回"],
        ["农林水支出（类）农村综合改革（款）对村民委员会和村党支部的补助（项）", 110, 108.6, "98.73%", null],
        ["住房保障支出（类）住房改革支出（款）住房公积金（项）", 32, 31.74, "99.19%", null],
        ["注：表据本单位《2022年度部门决算情况说明》二、一般公共预算财政拨款支出决算情况整理。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A15:E15"],
      numberFormats: { "B4:C14": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "财政拨款支出",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C5", why: "行政运行 (201): 448.36 spent against a 年初预算 of 420.00 and no later budget stated (106.75%): 28.36万元 over" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "事业运行 (201): 79.12 / 85.00 = 93.08%, stated 98.08%" },
      { rule: "execution.behind-schedule", cell: "D6", why: "事业运行 (201): 93.08% at the year's end, below 100% less 5 points" },
      { rule: "execution.no-spending", cell: "C12", why: "农村基础设施建设: 40.00 budgeted, nothing spent by 2022-12-31" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "年初预算 910.50 = 420 + 85 + 10 + 58 + 20.5 + 60 + 75 + 40 + 110 + 32" },
      { rule: "execution.total-mismatch", cell: "C4", why: "支出决算 886.81 = the ten items' sum" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "886.81 / 910.50 = 97.40%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "448.36 / 420.00 = 106.75%" },
      { rule: "execution.overspent", cell: "C4", why: "合计 886.81 is below its 910.50" },
      { rule: "execution.behind-schedule", cell: "D7", why: "群众文化 96.50%, 环境卫生 96.00% and the rest are within 5 points of 100%" },
      { rule: "execution.behind-schedule", cell: "D12", why: "农村基础设施建设 spent nothing: no-spending, not also behind schedule" },
      { rule: "execution.total-mismatch", cell: "C11", why: "the two 事业运行 items are different 项 under different 类, not one line twice" },
      { rule: "input.unreadable-value", why: "the reasons and the note are text" },
    ],
  },
};
