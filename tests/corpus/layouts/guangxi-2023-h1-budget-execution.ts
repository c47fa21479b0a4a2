import type { CorpusLayout } from "../types";

// 广西壮族自治区 2023 1—6月 预算执行情况 (the report to the regional congress's standing committee): each budget's revenue and spending for the
// whole region with 其中 the region's own level, 完成年初预算 as a share; 政府性基金 revenue and spending well behind half the year.
export const layout: CorpusLayout = {
  id: "guangxi-2023-h1-budget-execution",
  source: {
    title: "关于广西壮族自治区2023年上半年预算执行情况的报告（执行情况表据正文拟）",
    url: "http://rddy.org.cn/show-58594.html",
    publisher: "广西壮族自治区财政厅",
    date: "2023-07",
    changes:
      "As published: 1—6月 全区一般公共预算收入 995.18亿元 (56.2% of the 年初预算), 支出 3095.01亿元 (51.8%), 民生支出 2428.54亿元 (78.5% of spending); " +
      "自治区本级 收入 183.76 (50.3%), 支出 584.04 (54.3%); 全区政府性基金 收入 345.87 (26.5%), 支出 697.16 (36.3%); 自治区本级基金 收入 31.04 (46.7%), " +
      "支出 91.07. The report gives them in prose: the table's layout, the 年初预算 figures (chosen so that the published shares follow from them) and " +
      "the 本级 基金支出's budget and share (the stored copy cuts it off) are ours. Kept from the publication, not planted: 政府性基金 revenue and spending " +
      "far behind half the year at the end of June.",
  },
  classes: ["execution", "budget-report", "table-from-prose", "qizhong-lines-some-of-line", "region-and-own-level", "revenue-and-spending-rows", "mid-year", "as-of-in-title", "share-in-note", "rates-as-numbers", "yiyuan-caption", "province-level", "guangxi"],
  settings: { asOf: "2023-06-30" },
  sheets: [
    {
      name: "执行情况",
      widths: [30, 12, 14, 16],
      rows: [
        ["广西壮族自治区2023年1—6月财政预算执行情况表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["项目", "年初预算", "1—6月执行数", "完成年初预算%"],
        ["一、全区一般公共预算收入", 1771, 995.18, 0.562],
        ["    其中：自治区本级", 365.3, 183.76, 0.503],
        ["二、全区一般公共预算支出", 5975, 3095.01, 0.518],
        ["    其中：自治区本级", 1075.6, 584.04, 0.543],
        ["三、全区政府性基金预算收入", 1305.2, 345.87, 0.265],
        ["    其中：自治区本级", 66.5, 31.04, 0.467],
        ["四、全区政府性基金预算支出", 1920.5, 697.16, 0.363],
        ["    其中：自治区本级", 190, 91.07, 0.479],
        ["注：全区一般公共预算支出中，民生支出2428.54亿元，占一般公共预算支出的78.5%，同比提高0.3个百分点。", null, null, null],
      ],
      merges: ["A1:D1", "A12:D12"],
      numberFormats: { "B4:C11": "#,##0.00", "D4:D11": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "执行情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "D8", why: "全区政府性基金预算收入: 345.87 / 1,305.20 = 26.5% at 2023-06-30 (time progress about 50%): some 23 points behind" },
      { rule: "execution.behind-schedule", cell: "D10", why: "全区政府性基金预算支出: 697.16 / 1,920.50 = 36.3% at 2023-06-30: some 13 points behind" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "995.18 / 1,771.00 = 56.19%, shown 56.2%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "3,095.01 / 5,975.00 = 51.80%, shown 51.8%" },
      { rule: "execution.rate-mismatch", cell: "D11", why: "91.07 / 190.00 = 47.93%, shown 47.9%" },
      { rule: "execution.total-mismatch", cell: "C4", why: "其中：自治区本级 is only part of the region's figure: the lines under it are not summed into it, and no row adds the four budgets up" },
      { rule: "execution.behind-schedule", cell: "D9", why: "本级 基金收入 46.7%, within 5 points of 50%" },
      { rule: "execution.behind-schedule", cell: "D11", why: "本级 基金支出 47.9%, within 5 points of 50%" },
      { rule: "execution.rate-mismatch", why: "78.5% in the note is 民生支出's share of spending, not an execution rate" },
      { rule: "execution.overspent", why: "nothing is above its budget" },
    ],
  },
};
