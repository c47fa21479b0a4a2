import type { CorpusLayout } from "../types";

// 重庆市渝中区 2023-09: the 2022 决算 report's general-budget revenue in prose (本级收入, 上级补助, 债券转贷 split 新增 | 再融资, 调入资金
// from the fund and state-capital budgets, 上年结转). Set as a one-column revenue final account, 收入总计 first, 其中 lines indented.
export const layout: CorpusLayout = {
  id: "yuzhong-2022-general-budget-revenue-final-accounts",
  source: {
    title: "重庆市渝中区人民政府关于2022年财政决算（草案）的报告（一般公共预算收入决算表据正文拟）",
    url: "https://www.cqyz.gov.cn/zwgk_229/fdzdgknr/czyjs/yzq_js/qjjs/202309/t20230928_12390939.html",
    publisher: "渝中区财政局",
    date: "2023-09-28",
    changes:
      "The report gives the revenue side in one sentence (本级收入, 上级补助收入, 新增一般债券转贷 and 再融资债券转贷, 调入资金 from the fund and " +
      "state-capital budgets, 上年结转 …; the stored copy stops there). The table (项目 | 决算数, 收入总计 first) is ours and so are the figures, " +
      "near the published ones. Planted: 收入总计 typed 998,448 where 405,870 + 412,360 + 95,000 + 14,364 + 60,854 = 988,448.",
  },
  classes: [
    "execution", "final-accounts", "revenue-side", "actual-only", "total-row-first", "qizhong-split", "whole-wanyuan", "wanyuan-caption",
    "notes-under-table", "table-from-prose", "district-level", "chongqing",
  ],
  settings: { district: "重庆市渝中区" },
  sheets: [
    {
      name: "收入决算",
      widths: [40, 16],
      rows: [
        ["渝中区2022年一般公共预算收入决算表", null],
        [null, "单位：万元"],
        ["项目", "决算数"],
        ["收入总计", 998448],
        ["一、一般公共预算本级收入", 405870],
        ["二、上级补助收入", 412360],
        ["三、地方政府一般债券转贷收入", 95000],
        ["    其中：新增一般债券转贷收入", 15000],
        ["          再融资一般债券转贷收入", 80000],
        ["四、调入资金", 14364],
        ["    其中：从政府性基金预算调入", 11600],
        ["          从国有资本经营预算调入", 2764],
        ["五、上年结转", 60854],
        ["注：决算数以市财政局批复为准。", null],
      ],
      merges: ["A1:B1", "A14:B14"],
      numberFormats: { "B4:B13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收入决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 13, columns: { A: "line", B: "actual" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "收入总计 998,448 where 405,870 + 412,360 + 95,000 + 14,364 + 60,854 = 988,448 (10,000 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B7", why: "债券转贷 95,000 = 新增 15,000 + 再融资 80,000" },
      { rule: "execution.total-mismatch", cell: "B10", why: "调入资金 14,364 = 11,600 + 2,764" },
      { rule: "execution.no-spending", why: "a revenue account with no budget column: nothing is measured" },
      { rule: "execution.overspent", why: "no budget stands beside the figures" },
      { rule: "input.unreadable-value", sheet: "收入决算", cell: "A14", why: "the note" },
    ],
  },
};
