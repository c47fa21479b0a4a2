import type { CorpusLayout } from "../types";

// 重庆市巴南区人民政府 2023-09-12 (巴南府函〔2023〕299号): 关于2022年决算（草案）的报告. The stored copy holds the report's opening (一般公共预算收入
// 403948万元 …), not its tables. Laid out as the 决算草案's 一般公共预算支出决算表 by function: 项目 | 调整预算数 | 决算数 | 完成调整预算%, 合计 first, whole 万元.
export const layout: CorpusLayout = {
  id: "banan-2022-general-budget-spending-final-accounts",
  source: {
    title: "重庆市巴南区人民政府关于2022年决算（草案）的报告（一般公共预算支出决算表；表为拟）",
    url: "http://www.cqbn.gov.cn/zwgk_252/fdzdgknr/czyjs/qzfbm/qzf/zfbgs/202309/t20230912_12330988.html",
    publisher: "重庆市巴南区人民政府（巴南区财政局）",
    date: "2023-09-12",
    changes:
      "As published: the district's 2022 决算（草案）报告 (巴南府函〔2023〕299号), delivered 2023-08-31 by the 财政局局长; the stored copy shows the report's opening and " +
      "the revenue total, not the tables. The table's wording follows the usual 决算 form; the nine functions and all figures are ours. Planted: the 合计 决算数 typed " +
      "510,832 where the lines add up to 510,238; 城乡社区支出's share typed 94.2% (73,985 / 74,610 = 99.2%).",
  },
  classes: ["execution", "final-accounts", "by-function", "adjusted-budget-alone", "one-decimal-rates", "rates-as-text", "year-end", "total-row-first", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "district-government-report", "chongqing"],
  settings: { district: "重庆市巴南区", asOf: "2023-08-31" },
  sheets: [
    {
      name: "一般公共预算支出决算",
      widths: [26, 14, 14, 16],
      rows: [
        ["巴南区2022年一般公共预算支出决算表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "调整预算数", "决算数", "完成调整预算%"],
        ["支出合计", 515120, 510832, "99.1%"],
        ["一般公共服务支出", 62480, 61905, "99.1%"],
        ["公共安全支出", 31260, 30874, "98.8%"],
        ["教育支出", 118350, 117622, "99.4%"],
        ["科学技术支出", 14820, 14109, "95.2%"],
        ["社会保障和就业支出", 96540, 96312, "99.8%"],
        ["卫生健康支出", 52760, 52198, "98.9%"],
        ["节能环保支出", 18930, 18407, "97.2%"],
        ["城乡社区支出", 74610, 73985, "94.2%"],
        ["农林水支出", 45370, 44826, "98.8%"],
        ["注：本表为区本级及所属镇街汇总数，不含上解上级支出和债务还本支出。", null, null, null],
      ],
      merges: ["A1:D1", "A14:D14"],
      numberFormats: { "B4:C13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "一般公共预算支出决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 13, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "决算数 61,905 + 30,874 + 117,622 + 14,109 + 96,312 + 52,198 + 18,407 + 73,985 + 44,826 = 510,238, not the 510,832 stated" },
      { rule: "execution.rate-mismatch", cell: "D12", why: "城乡社区支出 73,985 / 74,610 = 99.2%, not the 94.2% stated" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "调整预算数 62,480 + 31,260 + 118,350 + 14,820 + 96,540 + 52,760 + 18,930 + 74,610 + 45,370 = 515,120, as stated" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "the total's 99.1% = 510,238 / 515,120 (99.05%), the spending as its lines add up: the slip is reported once, at C4" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "14,109 / 14,820 = 95.20%" },
      { rule: "execution.behind-schedule", cell: "C8", why: "科学技术支出 at 95.2% of its budget at the end of 2022 is 4.8 points behind, within 5" },
      { rule: "execution.behind-schedule", cell: "C11", why: "节能环保支出 97.2%" },
      { rule: "execution.overspent", why: "every function spent less than its adjusted budget" },
      { rule: "input.unreadable-value", cell: "A14", why: "the note under the table is no data row" },
    ],
  },
};
