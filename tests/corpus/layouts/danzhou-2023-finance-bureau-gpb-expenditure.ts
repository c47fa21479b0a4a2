import type { CorpusLayout } from "../types";

// 儋州市财政局 (海南) 2023年度（本级）决算公开报告, 五、一般公共预算财政拨款支出决算情况说明: each 项 of spending against its 年初预算
// with the share completed, as such reports write it (年初预算为…万元，支出决算为…万元，完成年初预算的…%), laid out as a table.
export const layout: CorpusLayout = {
  id: "danzhou-2023-finance-bureau-gpb-expenditure",
  source: {
    title: "儋州市财政局2023年度（本级）决算公开报告 — 五、一般公共预算财政拨款支出决算情况说明（表据说明拟）",
    url: "https://www.danzhou.gov.cn/danzhou/zfxxgkzl/bm/czj/gkml/202410/t20241022_3752989.html",
    publisher: "儋州市财政局",
    date: "2024-10-09",
    changes:
      "As published: the report's title, index (00821952-5/2024-00137), date and contents (第三部分 五、一般公共预算财政拨款支出决算情况说明) " +
      "and the bureau's duties. The stored copy does not show the 说明's figures, so the table (科目编码 | 科目名称 | 年初预算数 | 支出决算数 | " +
      "完成年初预算%), its ten 项 and every figure are ours, laid out from the way such 说明 state each 项. Planted: 2010607 信息化建设 spent " +
      "311.80 against a 260.00 年初预算 (money added during the year, no later budget stated); 2010608 财政委托业务支出 84.70% at the year's end; " +
      "2101101 行政单位医疗's share written 99.61% where 101.27 / 104.50 = 96.91%.",
  },
  classes: [
    "execution", "final-accounts", "by-function", "xiang-codes-only", "codes-as-text", "initial-budget-only", "rates-as-numbers",
    "two-decimal-rates", "year-end", "published-after-year-end", "table-from-prose", "total-at-foot", "wanyuan-caption",
    "notes-under-table", "city-department", "hainan",
  ],
  settings: { asOf: "2023-12-31" },
  sheets: [
    {
      name: "支出决算",
      widths: [12, 34, 14, 14, 16],
      rows: [
        ["儋州市财政局（本级）2023年度一般公共预算财政拨款支出决算情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["科目编码", "科目名称", "年初预算数", "支出决算数", "完成年初预算%"],
        ["2010601", "行政运行", 1856.4, 1812.65, 0.9764],
        ["2010602", "一般行政管理事务", 420, 409.35, 0.9746],
        ["2010607", "信息化建设", 260, 311.8, 1.1992],
        ["2010608", "财政委托业务支出", 180, 152.46, 0.847],
        ["2010699", "其他财政事务支出", 95, 92.6, 0.9747],
        ["2080505", "机关事业单位基本养老保险缴费支出", 236.8, 236.8, 1],
        ["2080506", "机关事业单位职业年金缴费支出", 118.4, 118.4, 1],
        ["2101101", "行政单位医疗", 104.5, 101.27, 0.9961],
        ["2210201", "住房公积金", 168.9, 168.9, 1],
        ["2210203", "购房补贴", 36, 35.1, 0.975],
        ["合计", null, 3476, 3439.33, 0.9895],
        ["注：决算数大于年初预算数的，主要是年中追加信息化建设项目经费；决算数小于年初预算数的，主要是厉行节约、项目结余。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:D2", "A14:B14", "A15:E15"],
      numberFormats: { "C4:D14": "#,##0.00", "E4:E14": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { A: "code", B: "line", C: "initialBudget", D: "actual", E: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "D6", why: "信息化建设: 311.80 spent against a 年初预算 of 260.00 and no later budget stated (119.92%): 51.80万元 over" },
      { rule: "execution.behind-schedule", cell: "E7", why: "财政委托业务支出: 152.46 / 180.00 = 84.70% with the year over (time progress 100%): 15.3 points behind" },
      { rule: "execution.rate-mismatch", cell: "E11", why: "行政单位医疗: 101.27 / 104.50 = 96.91%, written 99.61%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C14", why: "1,856.40 + 420.00 + 260.00 + 180.00 + 95.00 + 236.80 + 118.40 + 104.50 + 168.90 + 36.00 = 3,476.00" },
      { rule: "execution.total-mismatch", cell: "D14", why: "the spending adds up to 3,439.33, as written" },
      { rule: "execution.rate-mismatch", cell: "E14", why: "3,439.33 / 3,476.00 = 98.95%" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "1,812.65 / 1,856.40 = 97.64%" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "311.80 / 260.00 = 119.92%" },
      { rule: "execution.behind-schedule", cell: "E5", why: "一般行政管理事务 97.46%: within 5 points of the year's end" },
      { rule: "execution.behind-schedule", cell: "E11", why: "行政单位医疗 96.91% as its figures give it: within 5 points" },
      { rule: "execution.behind-schedule", cell: "E14", why: "合计 98.95%: within 5 points, and its lines carry the status" },
      { rule: "execution.overspent", cell: "D14", why: "合计 3,439.33 is below its 3,476.00" },
      { rule: "execution.no-spending", why: "every 项 has spent" },
      { rule: "input.unreadable-value", why: "the note under the table is text, not a value" },
    ],
  },
};
