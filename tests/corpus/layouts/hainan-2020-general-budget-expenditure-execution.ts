import type { CorpusLayout } from "../types";

// 海南省财政厅 2021-01-24: 关于海南省2020年预算执行情况和2021年预算草案的报告 — 全省地方一般公共预算支出 1973.9亿元, 为预算的101.6%.
// The report gives the whole in prose; set as 项目 | 预算数 | 执行数 | 为预算% in 亿元, the total first, the functions under it (ours).
export const layout: CorpusLayout = {
  id: "hainan-2020-general-budget-expenditure-execution",
  source: {
    title: "关于海南省2020年预算执行情况和2021年预算草案的报告（一般公共预算支出执行情况表据正文拟）",
    url: "https://rdlz.hainanpc.gov.cn/eportal/ui?articleKey=22f2a8bb3c9d4e109884c62706bbe679&columnId=b7dd32ccfc464223a4821857ae5c3997&pageId=ec9bc583c42c4cc2a5ab9282ace5cf68",
    publisher: "海南省财政厅",
    date: "2021-01-24",
    changes:
      "As published: 全省地方一般公共预算支出 1973.9亿元, 为预算的101.6% (the budget 1942.8 is ours, giving that share). Ours: the table form and " +
      "the seven function lines adding up to the total (budget and spending). Planted: 教育's share typed 99.9% where 318.9 / 320.5 = 99.5%. " +
      "The report's overspending shows on 卫生健康 (221.5 of 210.7) and 其他支出 (622.6 of 580.1).",
  },
  classes: ["execution", "total-row-first", "rate-column", "one-decimal-rates", "percent-format-rates", "one-decimal-yiyuan", "yiyuan-caption", "past-year", "overspent-lines", "table-from-prose", "province-level", "hainan"],
  settings: { district: "海南省", asOf: "2020-12-31" },
  sheets: [
    {
      name: "支出执行",
      widths: [30, 12, 12, 12],
      rows: [
        ["海南省2020年一般公共预算支出执行情况表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["项目", "预算数", "执行数", "为预算%"],
        ["全省地方一般公共预算支出", 1942.8, 1973.9, 1.016],
        ["  一般公共服务支出", 150.2, 146.8, 0.977],
        ["  教育支出", 320.5, 318.9, 0.999],
        ["  社会保障和就业支出", 260.4, 258.1, 0.991],
        ["  卫生健康支出", 210.7, 221.5, 1.051],
        ["  农林水支出", 240.3, 232.6, 0.968],
        ["  交通运输支出", 180.6, 173.4, 0.96],
        ["  其他支出", 580.1, 622.6, 1.073],
        ["注：预算数为省六届人大常委会第二十一次会议批准的调整预算数。", null, null, null],
      ],
      merges: ["A1:D1", "A12:D12"],
      numberFormats: { "B4:C11": "0.0", "D4:D11": "0.0%" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支出执行", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 11, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "教育 318.9 / 320.5 = 99.50%, typed 99.9%" },
      { rule: "execution.overspent", cell: "C8", why: "卫生健康 spent 221.5 of a 210.7 budget (105.1%)" },
      { rule: "execution.overspent", cell: "C11", why: "其他支出 spent 622.6 of a 580.1 budget (107.3%)" },
    ],
    absent: [
      { rule: "execution.overspent", cell: "C4", why: "the total row gets no spending status of its own; its lines do" },
      { rule: "execution.total-mismatch", cell: "B4", why: "150.2 + 320.5 + 260.4 + 210.7 + 240.3 + 180.6 + 580.1 = 1942.8" },
      { rule: "execution.total-mismatch", cell: "C4", why: "146.8 + 318.9 + 258.1 + 221.5 + 232.6 + 173.4 + 622.6 = 1973.9" },
      { rule: "execution.behind-schedule", cell: "C10", why: "交通运输 96.0% is 4 points under the year's end, within 5" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "1973.9 / 1942.8 = 101.60%" },
      { rule: "execution.rate-mismatch", cell: "D10", why: "173.4 / 180.6 = 96.01%" },
    ],
  },
};
