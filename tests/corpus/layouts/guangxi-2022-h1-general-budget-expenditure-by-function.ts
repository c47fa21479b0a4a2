import type { CorpusLayout } from "../types";

// 广西日报 2022-07-26 (from 自治区财政厅): 上半年 全区一般公共预算支出3368.83亿元, 完成预算调整数的56.2%, 超过序时进度6.2个百分点.
// The report gives the whole only: set out as the half-year execution table by function a finance office publishes —
// 序号 | 项目 | 预算调整数 | 1-6月完成数 | 完成预算调整数（%） | 比序时进度（±百分点）, 合计 at the foot (表据报道拟).
export const layout: CorpusLayout = {
  id: "guangxi-2022-h1-general-budget-expenditure-by-function",
  source: {
    title: "上半年广西一般公共预算支出3368.83亿元 完成预算调整数的56.2%（支出执行表据报道拟）",
    url: "http://yndtjj.com/quyulian/20220726/2618443.html",
    publisher: "广西日报（广西壮族自治区财政厅）",
    date: "2022-07-26",
    changes:
      "As published: 全区一般公共预算支出 3368.83亿元 in the first half of 2022, 56.2% of the adjusted budget, 6.2 points above time progress. " +
      "The table is ours: the ten function lines, their budgets and spending (the budget total 5994.30 chosen so that 3368.83 is 56.2% of it) and " +
      "the change column. Planted: 卫生健康支出 stated at 66.1% where 372.65 / 610.80 = 61.01%; 科学技术支出 at 43.4%, 6.6 points behind the " +
      "50% time progress of June. 交通运输 (46.3%) and 城乡社区 (47.0%) are behind by less than 5 points.",
  },
  classes: ["execution", "budget-execution-by-function", "adjusted-budget", "percent-number-column", "change-column", "total-at-foot", "two-decimal-yiyuan", "yiyuan-caption", "half-year", "notes-under-table", "table-from-prose", "news-report", "province-level", "guangxi"],
  settings: { asOf: "2022-06-30", district: "广西壮族自治区" },
  sheets: [
    {
      name: "支出执行",
      widths: [6, 22, 14, 14, 18, 18],
      rows: [
        ["2022年上半年广西全区一般公共预算支出执行情况表（表据报道拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：亿元"],
        ["序号", "项目", "预算调整数", "1-6月完成数", "完成预算调整数（%）", "比序时进度（±百分点）"],
        [1, "一般公共服务支出", 290.5, 158.46, 54.5, 4.5],
        [2, "公共安全支出", 245.3, 131.24, 53.5, 3.5],
        [3, "教育支出", 1120.6, 643.2, 57.4, 7.4],
        [4, "科学技术支出", 96.4, 41.85, 43.4, -6.6],
        [5, "社会保障和就业支出", 905.2, 548.3, 60.6, 10.6],
        [6, "卫生健康支出", 610.8, 372.65, 66.1, 11.0],
        [7, "农林水支出", 820.4, 430.16, 52.4, 2.4],
        [8, "交通运输支出", 410.7, 190.22, 46.3, -3.7],
        [9, "城乡社区支出", 380.1, 178.64, 47.0, -3.0],
        [10, "其他各项支出", 1114.3, 674.11, 60.5, 10.5],
        ["合计", null, 5994.3, 3368.83, 56.2, 6.2],
        ["注：序时进度按半年计为50%；比序时进度为完成预算调整数的百分比减去序时进度。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A14:B14", "A15:F15"],
      numberFormats: { "C4:D14": "#,##0.00", "E4:F14": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "line", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E9", why: "卫生健康支出 372.65 / 610.80 = 61.01%, stated 66.1%" },
      { rule: "execution.behind-schedule", cell: "D7", why: "科学技术支出 41.85 / 96.40 = 43.41%, time progress as of 2022-06 is 6/12 = 50%: 6.59 points behind (more than 5)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C14", why: "290.50 + 245.30 + 1120.60 + 96.40 + 905.20 + 610.80 + 820.40 + 410.70 + 380.10 + 1114.30 = 5994.30" },
      { rule: "execution.total-mismatch", cell: "D14", why: "158.46 + 131.24 + 643.20 + 41.85 + 548.30 + 372.65 + 430.16 + 190.22 + 178.64 + 674.11 = 3368.83" },
      { rule: "execution.rate-mismatch", cell: "E14", why: "3368.83 / 5994.30 = 56.20%, stated 56.2" },
      { rule: "execution.rate-mismatch", cell: "E8", why: "548.30 / 905.20 = 60.57%, rounds to 60.6" },
      { rule: "execution.behind-schedule", cell: "D11", why: "交通运输支出 190.22 / 410.70 = 46.32%: 3.68 points behind 50%, within 5" },
      { rule: "execution.behind-schedule", cell: "D12", why: "城乡社区支出 178.64 / 380.10 = 47.00%: 3.00 points behind, within 5" },
      { rule: "execution.behind-schedule", cell: "D14", why: "a 合计 row gets no status of its own (and it is 6.2 points ahead)" },
      { rule: "execution.rate-mismatch", cell: "F7", why: "比序时进度 is a change in points, no rate of the table" },
      { rule: "execution.overspent", why: "no line spent above its budget" },
      { rule: "input.unreadable-value", cell: "A15", why: "the note under the table is no line" },
    ],
  },
};
