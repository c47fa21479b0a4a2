import type { CorpusLayout } from "../types";

// 大姚县 (云南 楚雄州) 2024-05: the county's budget execution to the end of April — 一般公共预算收入 24627万元 (40.4% of the 年初预算 60999),
// 税收 8103 / 非税 16524, 支出 107752 (41.9% of 257288), 政府性基金 收入 2236 (8.9% of 25200) and 支出 5308 (21.5% of 24710), each with its change
// on last year. Laid out as the table such a release carries: 项目 | 年初预算数 | 1-4月累计完成 | 完成年初预算% | 上年同期 | 增减额 | 增减%.
export const layout: CorpusLayout = {
  id: "dayao-2024-apr-budget-execution",
  source: {
    title: "大姚县2024年4月财政预算执行情况",
    url: "http://dayao.gov.cn/info/egovinfo/1007/overt_centent/dyx009-/2024-0516001.htm",
    publisher: "大姚县财政局",
    date: "2024-05-16",
    changes:
      "As published: every figure of the release — 收入 24627 of 60999 (40.4%), 减收1070 (-4.2%); 税收 8103 (+1284, 18.8%); 非税 16524 (-2354, " +
      "-12.5%); 支出 107752 of 257288 (41.9%), 减支9240 (-7.9%); 基金收入 2236 of 25200 (8.9%), +367 (19.6%); 基金支出 5308 of 24710 (21.5%), " +
      "-27580 (-83.9%); 上年同期 is derived from them. The release is prose: the table's columns are ours, and so are the 年初预算 of 税收 (19800) " +
      "and 非税 (41199), which the release does not give. Planted: 非税收入 written 16542 (so 税收 + 非税 = 24645, not 24627); 政府性基金" +
      "预算支出's rate written 12.5% where 5308 / 24710 = 21.5%.",
  },
  classes: ["execution", "revenue-and-spending", "as-of-in-title", "mid-year", "qizhong-lines", "growth-rate-column", "rates-as-text", "one-decimal-rates", "report-as-prose", "wanyuan-caption", "yunnan"],
  settings: { asOf: "2024-04-30" },
  sheets: [
    {
      name: "预算执行",
      widths: [26, 12, 14, 14, 12, 12, 10],
      rows: [
        ["大姚县2024年1-4月财政预算执行情况表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["项目", "年初预算数", "1-4月累计完成", "完成年初预算%", "上年同期", "增减额", "增减%"],
        ["一、一般公共预算收入", 60999, 24627, "40.4%", 25697, -1070, "-4.2%"],
        ["其中：税收收入", 19800, 8103, "40.9%", 6819, 1284, "18.8%"],
        ["非税收入", 41199, 16542, "40.2%", 18878, -2354, "-12.5%"],
        ["二、一般公共预算支出", 257288, 107752, "41.9%", 116992, -9240, "-7.9%"],
        ["三、政府性基金预算收入", 25200, 2236, "8.9%", 1869, 367, "19.6%"],
        ["四、政府性基金预算支出", 24710, 5308, "12.5%", 32888, -27580, "-83.9%"],
        ["注：本表数据为快报数。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A10:G10"],
      numberFormats: { "B4:C9": "0", "E4:F9": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "预算执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "一般公共预算收入 24627 stated; 其中 税收 8103 + 非税 16542 = 24645: 18万元 apart" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "政府性基金预算支出 5308 / 24710 = 21.5%, shown 12.5%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "年初预算 60999 = 19800 + 41199" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "24627 / 60999 = 40.4%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "107752 / 257288 = 41.9%" },
      { rule: "execution.rate-mismatch", cell: "G4", why: "增减% is growth on last year (-1070 / 25697 = -4.2%), not an execution rate" },
      { rule: "execution.overspent", why: "no line is above its 年初预算" },
      { rule: "execution.total-mismatch", cell: "C7", why: "支出 is a section of its own, not a part of 收入: the four sections are not added up" },
      { rule: "input.unreadable-value", why: "the note is text" },
    ],
  },
};
