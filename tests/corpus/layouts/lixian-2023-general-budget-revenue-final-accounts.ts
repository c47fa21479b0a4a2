import type { CorpusLayout } from "../types";

// 澧县财政局 2024-07-18: 2023年澧县财政总决算公开, whose 第二部分 附件 1、2023年澧县决算公开表格 opens with the general budget's revenue —
// 项目 | 预算数 | 决算数 | 决算数为预算数的% | 决算数为上年决算数的%, 一、税收收入 and 二、非税收入 each above their lines, 本年收入合计 at the
// foot; a past year's table, so every line is measured at the year's end.
export const layout: CorpusLayout = {
  id: "lixian-2023-general-budget-revenue-final-accounts",
  source: {
    title: "2023年澧县财政总决算公开（第二部分 附件1：2023年澧县决算公开表格 — 一般公共预算收入决算表）",
    url: "https://www.li-xian.gov.cn/zwgk/public/6616363/2485417031.html",
    publisher: "澧县财政局",
    date: "2024-07-18",
    changes:
      "As published: the county, the year, the contents (一般公共预算收支完成情况 … 附件1 决算公开表格) and the county's facts in the opening " +
      "(4 streets and 15 towns). The stored copy stops before the tables: the form is the 一般公共预算收入决算表 of 湖南's county 总决算 公开 " +
      "(预算数 | 决算数 | 为预算% | 为上年%), the lines the national revenue heads, every figure ours. Planted: 企业所得税's share written 96.11% " +
      "where 9,320 / 9,500 = 98.11%; 资源税 collected 91.22% of its budget, behind a year that has ended; 二、非税收入's 决算数 typed 53,635 where " +
      "its lines add up to 53,535 (its share 102.95% and the 合计 153,395 follow the lines).",
  },
  classes: ["execution", "final-accounts", "revenue", "revenue-behind-plan", "revenue-above-budget", "section-subtotals-above-lines", "outline-numbering", "growth-rate-column", "rates-as-numbers", "two-decimal-rates", "year-end", "published-after-year-end", "total-at-foot", "wanyuan-caption", "county-finance", "hunan"],
  settings: { asOf: "2024-07-18" },
  sheets: [
    {
      name: "收入决算表",
      widths: [30, 12, 12, 18, 18],
      rows: [
        ["2023年澧县一般公共预算收入决算表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "预算数", "决算数", "决算数为预算数的%", "决算数为上年决算数的%"],
        ["一、税收收入", 98000, 99860, 101.9, 104.6],
        ["增值税", 38000, 38650, 101.71, 106.2],
        ["企业所得税", 9500, 9320, 96.11, 97.4],
        ["个人所得税", 2100, 2215, 105.48, 103.1],
        ["资源税", 1800, 1642, 91.22, 88.5],
        ["城市维护建设税", 6200, 6380, 102.9, 105.7],
        ["房产税", 4300, 4410, 102.56, 104.9],
        ["印花税", 2400, 2565, 106.88, 112.3],
        ["城镇土地使用税", 3900, 3985, 102.18, 101.6],
        ["土地增值税", 12800, 13150, 102.73, 98.8],
        ["耕地占用税", 8600, 8860, 103.02, 109.4],
        ["契税", 8400, 8683, 103.37, 96.2],
        ["二、非税收入", 52000, 53635, 102.95, 101.3],
        ["专项收入", 9800, 10120, 103.27, 102.8],
        ["行政事业性收费收入", 7600, 7385, 97.17, 95.1],
        ["罚没收入", 6500, 6840, 105.23, 99.4],
        ["国有资源（资产）有偿使用收入", 26000, 27150, 104.42, 102.6],
        ["其他收入", 2100, 2040, 97.14, 90.3],
        ["本年收入合计", 150000, 153395, 102.26, 103.4],
      ],
      merges: ["A1:E1"],
      numberFormats: { "B4:C22": "#,##0", "D4:E22": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 22,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "企业所得税 96.11%; 9,320 / 9,500 = 98.11%" },
      { rule: "execution.behind-schedule", cell: "D8", why: "资源税 1,642 of 1,800 = 91.22% at the end of 2023 (time progress 100%): 8.78 points behind, beyond the 5-point tolerance" },
      { rule: "execution.total-mismatch", cell: "C16", why: "二、非税收入 决算数 53,635; its lines 10,120 + 7,385 + 6,840 + 27,150 + 2,040 = 53,535 (100万元 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "税收收入 99,860 = its eleven lines" },
      { rule: "execution.total-mismatch", cell: "C22", why: "合计 153,395 = 99,860 + 53,535, the 非税收入 as its lines add up; the slip is reported once, at C16" },
      { rule: "execution.rate-mismatch", cell: "D16", why: "102.95% = 53,535 / 52,000, the figure as its lines add up" },
      { rule: "execution.overspent", why: "revenue above its budget is collected beyond plan, not overspent" },
      { rule: "execution.behind-schedule", cell: "D18", why: "行政事业性收费收入 97.17%: 2.83 points short, within the tolerance" },
      { rule: "execution.behind-schedule", cell: "D21", why: "其他收入 97.14%: within the tolerance" },
      { rule: "execution.rate-mismatch", cell: "E5", why: "决算数为上年决算数的% compares with last year's outcome, which the table does not give; it is no execution rate" },
    ],
  },
};
