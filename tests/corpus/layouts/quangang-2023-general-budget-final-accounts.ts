import type { CorpusLayout } from "../types";

// 泉州市泉港区 2023年财政收支决算草案 (区财政局, 2024-06-28): 一般公共预算总收入 (the wider measure, 上划 included) first, under it
// 上划中央、省收入 and 一般公共预算收入, and under that 税收 / 非税; spending; each with 预算数 | 决算数 | 完成预算% | 比上年增长% —
// laid out as the table the draft's prose reads as, 万元.
export const layout: CorpusLayout = {
  id: "quangang-2023-general-budget-final-accounts",
  source: {
    title: "2023年泉港区财政收支决算草案（一般公共预算收支决算情况，表据正文拟）",
    url: "http://m.arapartments.com/zwgk/zfxxgkzl/zfxxgkml/yzdgkdqtxx/202407/t20240705_3057256.htm",
    publisher: "泉州市泉港区人民政府（区财政局）",
    date: "2024-06-28",
    changes:
      "The stored copy (a mirror of the 泉港区 government's page, 泉港政综〔2024〕65号) gives the figures as prose: 一般公共预算总收入1011746万元，" +
      "完成预算数107.06%，增长10.87%，其中：一般公共预算收入243670万元，完成预算数100.69%，增长9.99%; 一般公共预算支出371185万元. The table " +
      "(headings, order, the 上划中央、省收入 and 税收 / 非税 rows, two-decimal rates) is laid out from that wording; every figure is ours. " +
      "Planted: 上划中央、省收入 完成预算% stated 108.23% where 773,370 / 708,000 = 109.23%; 一般公共预算收入 243,910 where 税收收入 171,260 + " +
      "非税收入 72,560 = 243,820.",
  },
  classes: ["execution", "final-accounts", "revenue-and-spending", "wider-measure-first", "nested-qizhong", "qizhong-lines", "growth-rate-column", "rates-as-text", "two-decimal-rates", "report-as-prose", "wanyuan-caption", "district-government", "fujian"],
  sheets: [
    {
      name: "收支决算",
      widths: [30, 14, 14, 12, 14],
      rows: [
        ["2023年泉港区一般公共预算收支决算情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "预算数", "决算数", "完成预算%", "比上年增长%"],
        ["一、一般公共预算总收入", 950000, 1017280, "107.08%", "11.49%"],
        ["其中：上划中央、省收入", 708000, 773370, "108.23%", "12.01%"],
        ["一般公共预算收入", 242000, 243910, "100.79%", "9.89%"],
        ["其中：税收收入", 168000, 171260, "101.94%", "8.12%"],
        ["非税收入", 74000, 72560, "98.05%", "14.20%"],
        ["二、一般公共预算支出", 386500, 372640, "96.41%", "2.37%"],
      ],
      merges: ["A1:E1"],
      numberFormats: { "B4:C9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收支决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D5", why: "上划中央、省收入 773,370 / 708,000 = 109.23%, stated 108.23%" },
      { rule: "execution.total-mismatch", cell: "C6", why: "一般公共预算收入 243,910 where 税收收入 171,260 + 非税收入 72,560 = 243,820 (the two are all of it): 90万元 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "总收入 1,017,280 = 上划 773,370 + 一般公共预算收入 243,910 as stated" },
      { rule: "execution.total-mismatch", cell: "B4", why: "950,000 = 708,000 + 242,000; 242,000 = 168,000 + 74,000" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "1,017,280 / 950,000 = 107.08%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "243,910 / 242,000 = 100.79%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "171,260 / 168,000 = 101.94%" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "72,560 / 74,000 = 98.05%" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "372,640 / 386,500 = 96.41%" },
      { rule: "execution.overspent", why: "revenue above its budget is collected, not spent; spending is below its budget" },
      { rule: "execution.total-mismatch", cell: "C9", why: "spending is not the sum of the revenue rows above it" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年增长% compares with last year, which the table does not give" },
    ],
  },
};
