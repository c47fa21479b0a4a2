import type { CorpusLayout } from "../types";

// 西安市新城区财政局 2023-07-21: the first half's general-budget spending by function (the report to the district 人大常委会),
// each line with its share of the year-start budget, the total first. Built from the report's dashes (——教育支出…, 完成预算的…%).
export const layout: CorpusLayout = {
  id: "xincheng-xian-2023-h1-general-budget-execution",
  source: {
    title: "西安市新城区人民政府关于新城区2023年上半年财政预算执行情况的报告（支出执行情况表据报告拟）",
    url: "http://www.xincheng.gov.cn/zwgk/zdxxgk/czxx/qzfczyjs/64e47e62f8fd1c1a70375823.html",
    publisher: "西安市新城区财政局",
    date: "2023-07-21",
    changes:
      "The report lists, line by line, each function's spending to the end of June and its share of the year-start budget (完成预算的…%), " +
      "the total first (完成年初预算的…%), and explains the lines far ahead (文化旅游体育与传媒支出 229.3%: 上级专款). The grid (项目 | 年初预算 | " +
      "1-6月完成 | 完成年初预算%) is built from that prose; the stored copy breaks off at 节能环保, so 节能环保, 城乡社区 and 农林水 are ours as lines; " +
      "every figure is ours. Planted: 科学技术支出 at 20.0% against June's 50% (the report's own 科技三项费 waiting for the district's decision); " +
      "文化旅游体育与传媒支出 1,742 against a 760 budget; 教育支出's share typed 63.5% where 55,180 / 84,500 = 65.3%.",
  },
  classes: ["execution", "general-budget", "function-lines", "year-start-budget", "half-year", "total-row-first", "one-decimal-rates", "two-decimal-total-rate", "overspent-by-upper-level-money", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "district-finance-report", "shaanxi"],
  settings: { district: "西安市新城区", asOf: "2023-06-30" },
  sheets: [
    {
      name: "支出执行",
      widths: [28, 14, 14, 16],
      rows: [
        ["新城区2023年上半年一般公共预算支出执行情况表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "年初预算", "1-6月完成", "完成年初预算%"],
        ["一般公共预算支出合计", 286770, 171445, 0.5978],
        ["一般公共服务支出", 27000, 16380, 0.607],
        ["国防支出", 150, 81, 0.54],
        ["公共安全支出", 28600, 15930, 0.557],
        ["教育支出", 84500, 55180, 0.635],
        ["科学技术支出", 1560, 312, 0.2],
        ["文化旅游体育与传媒支出", 760, 1742, 2.292],
        ["社会保障和就业支出", 69800, 41050, 0.588],
        ["卫生健康支出", 25400, 15520, 0.611],
        ["节能环保支出", 4200, 1930, 0.46],
        ["城乡社区支出", 38500, 19870, 0.516],
        ["农林水支出", 6300, 3450, 0.548],
        ["注：1-6月完成数为截至2023年6月底数。文化旅游体育与传媒支出超过年初预算，主要是上级专款支出增加；科学技术支出进度较慢，主要是科技三项费项目待区政府审议后在下半年拨付。", null, null, null],
      ],
      merges: ["A1:D1", "A16:D16"],
      numberFormats: { "B4:C15": "#,##0", "D4": "0.00%", "D5:D15": "0.0%" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支出执行", kind: "execution", unit: "万元", headerRow: 3, lastRow: 15, columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D8", why: "教育支出 55,180 / 84,500 = 65.3%, typed 63.5%" },
      { rule: "execution.behind-schedule", cell: "D9", why: "科学技术支出 312 / 1,560 = 20.0% against 6/12 = 50% time progress (30 points behind)" },
      { rule: "execution.overspent", cell: "C10", why: "文化旅游体育与传媒支出 1,742 spent against a year-start budget of 760 (229.2%)" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D13", why: "节能环保支出 1,930 / 4,200 = 45.95%: 4.05 points under 50%, within the 5-point tolerance" },
      { rule: "execution.total-mismatch", cell: "B4", why: "the eleven budgets add up to 286,770" },
      { rule: "execution.total-mismatch", cell: "C4", why: "the eleven lines spent 171,445" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "171,445 / 286,770 = 59.78%" },
      { rule: "execution.rate-mismatch", cell: "D13", why: "1,930 / 4,200 = 45.95%, shown 46.0%" },
      { rule: "execution.behind-schedule", cell: "D6", why: "国防支出 81 / 150 = 54.0%, ahead of 50%" },
      { rule: "execution.no-spending", why: "every line has spent something" },
    ],
  },
};
