import type { CorpusLayout } from "../types";

// 杭州市上城区财政局 2022-07-27: the report on the 2021 决算（草案） to the district people's congress standing committee. Its 一般公共预算收入
// paragraph gives the total against the 收入预期 and each main tax line with its amount, 完成预期% and growth; laid out here as the 收入决算表 such
// reports carry: 项目 | 收入预期 | 决算数 | 完成预期% | 比上年增长%, the total first and the numbered tax lines under it.
export const layout: CorpusLayout = {
  id: "shangcheng-2021-general-revenue-final-accounts",
  source: {
    title: "关于上城区2021年决算（草案）和2022年上半年预算执行情况的报告（一般公共预算收入决算表据正文拟）",
    url: "http://www.hzsc.gov.cn/art/2022/8/8/art_1229353414_4076895.html",
    publisher: "杭州市上城区财政局",
    date: "2022-07-27",
    changes:
      "As published: the total (预期 2,020,300, 决算 2,013,817, 99.7%, +7.6%) and the six tax lines' 决算数, 完成预期% and growth. Ours: each line's 收入预期 " +
      "(worked back from its stated rate), the 7、其他收入 line that closes the total and its growth, the note. Planted: 房产税收入's rate typed 96.8% where " +
      "121,931 / 123,662 = 98.6%.",
  },
  classes: [
    "execution", "revenue-lines", "final-accounts", "total-row-first", "numbered-lines", "growth-column", "one-decimal-rate",
    "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "congress-report", "district-wide", "zhejiang",
  ],
  settings: { district: "杭州市上城区" },
  sheets: [
    {
      name: "收入决算",
      widths: [30, 14, 14, 12, 12],
      rows: [
        ["上城区2021年一般公共预算收入决算表（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "收入预期", "决算数", "完成预期%", "比上年增长%"],
        ["一般公共预算收入", 2020300, 2013817, 0.997, 0.076],
        ["1、增值税收入（50%部分）", 710549, 672890, 0.947, 0.062],
        ["2、企业所得税收入（40%部分）", 467159, 441932, 0.946, -0.052],
        ["3、个人所得税收入（40%部分）", 265857, 272238, 1.024, 0.146],
        ["4、城市维护建设税收入", 100043, 108847, 1.088, 0.176],
        ["5、房产税收入", 123662, 121931, 0.968, 0.026],
        ["6、土地增值税收入", 240966, 238074, 0.988, 0.146],
        ["7、其他收入", 112064, 157905, 1.409, 0.098],
        ["注：收入预期为区第一届人民代表大会审议通过数；决算数与向区人代会报告的执行数一致。", null, null, null, null],
      ],
      merges: ["A1:E1", "A12:E12"],
      numberFormats: { "B4:C11": "#,##0", "D4:E11": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D9", why: "房产税收入 121,931 / 123,662 = 98.60%, stated 96.8%" },
      // Corrected after the ninety-eighth holdout's measurement (counted failed): stated at first as no behind-schedule anywhere,
      // "revenue lines are not spending". docs/rules.md measures revenue lines too, a past year at its year-end pace of 100%, as
      // changning-2023-general-revenue-final-accounts and dongyang-2023 state: two lines fall more than 5 points short.
      { rule: "execution.behind-schedule", cell: "C5", why: "增值税 672,890 of 710,549 expected = 94.70%, 5.3 points short of the year's end" },
      { rule: "execution.behind-schedule", cell: "C6", why: "企业所得税 441,932 of 467,159 = 94.60%, 5.4 points short" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "2,013,817 / 2,020,300 = 99.68%, rounds to the stated 99.7%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "272,238 / 265,857 = 102.40%, as stated" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "比上年增长% is growth on 2020, not an execution rate" },
      { rule: "execution.total-mismatch", cell: "C4", why: "672,890 + 441,932 + 272,238 + 108,847 + 121,931 + 238,074 + 157,905 = 2,013,817" },
      { rule: "execution.total-mismatch", cell: "B4", why: "710,549 + 467,159 + 265,857 + 100,043 + 123,662 + 240,966 + 112,064 = 2,020,300" },
      { rule: "execution.overspent", cell: "C8", why: "城市维护建设税 collected above its 预期 is revenue above budget, not spending" },
      { rule: "execution.behind-schedule", cell: "C7", why: "个人所得税 at 102.40% of its 预期" },
      { rule: "execution.behind-schedule", cell: "C4", why: "the total at 99.68%, within 5 points" },
    ],
  },
};
