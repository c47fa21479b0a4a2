import type { CorpusLayout } from "../types";

// 泉州市财政局 2024-07: the report on the city level's 2023 final accounts gives the general budget's balance — 收入合计 247.9亿元 from seven sources,
// 支出合计 225.5亿元 on seven uses, 年终结余 22.4亿元. Laid out as the 收支决算平衡表 such reports annex, the two halves side by side:
// 收入项目 | 决算数 | 支出项目 | 决算数, each 合计 on the last row, the balance in a note.
export const layout: CorpusLayout = {
  id: "quanzhou-2023-municipal-general-budget-final-balance",
  source: {
    title: "关于泉州市2023年市本级财政收支决算草案的报告（一般公共预算收支决算平衡表据正文拟）",
    url: "https://www.quanzhou.gov.cn/zfb/xxgk/ztxxgk/czzj/czys/202407/t20240729_3064928.htm",
    publisher: "泉州市财政局",
    date: "2024-07-29",
    changes:
      "As published: the seven sources (地方一般公共预算收入 99.34, 上级补助收入 55.12, 下级上解收入 30.31, 上年结余 16.48, 政府一般债券转贷收入 18.27, " +
      "调入预算稳定调节基金 9.79, 调入资金 18.59) and their 收入合计 247.9亿元; the seven uses (157.56, 12.72, 28.4, 16.11, 1.17, 0.07, 9.47) and their " +
      "支出合计 225.5亿元; 年终结余 22.4亿元. Ours: the table form. Planted: 补助下级支出 typed 28.04 for 28.40, so the uses add up to 225.14 against " +
      "the stated 225.50.",
  },
  classes: [
    "execution", "balance-table", "two-tables-side-by-side", "final-accounts", "one-actual-column", "total-at-foot", "two-decimal-yiyuan",
    "yiyuan-caption", "notes-under-table", "table-from-prose", "city-finance", "fujian",
  ],
  settings: { district: "泉州市" },
  sheets: [
    {
      name: "平衡表",
      widths: [28, 12, 28, 12],
      rows: [
        ["2023年泉州市市本级一般公共预算收支决算平衡表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["收入项目", "决算数", "支出项目", "决算数"],
        ["地方一般公共预算收入", 99.34, "一般公共预算支出", 157.56],
        ["上级补助收入", 55.12, "上解上级支出", 12.72],
        ["下级上解收入", 30.31, "补助下级支出", 28.04],
        ["上年结余", 16.48, "政府一般债券转贷支出", 16.11],
        ["政府一般债券转贷收入", 18.27, "政府一般债券还本支出", 1.17],
        ["调入预算稳定调节基金", 9.79, "援助其他地区支出", 0.07],
        ["调入资金", 18.59, "安排预算稳定调节基金", 9.47],
        ["收入合计", 247.9, "支出合计", 225.5],
        ["注：收支相抵，市本级一般公共预算年终结余22.4亿元。地方一般公共预算收入比上年增长13.1%，完成年度预算的107%；一般公共预算支出比上年增长4.2%，完成年度预算的98%。", null, null, null],
      ],
      merges: ["A1:D1", "A12:D12"],
      numberFormats: { "B4:B11": "0.00", "D4:D11": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "平衡表", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 11, columns: { A: "line", B: "actual" }, year: 2023 },
      { sheet: "平衡表", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 11, columns: { C: "line", D: "actual" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D11", why: "支出合计 225.50; its uses 157.56 + 12.72 + 28.04 + 16.11 + 1.17 + 0.07 + 9.47 = 225.14 (0.36亿元 short: 补助下级支出 typed 28.04 for 28.40)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B11", why: "收入合计 247.90 = 99.34 + 55.12 + 30.31 + 16.48 + 18.27 + 9.79 + 18.59" },
      { rule: "execution.total-mismatch", cell: "A12", why: "the 22.4 of the note is 247.90 − 225.50, prose under the table, no line" },
      { rule: "execution.overspent", why: "no budget stands beside the final figures (107% and 98% are in the note)" },
      { rule: "execution.rate-mismatch", why: "no rate column: the note's shares are prose" },
      { rule: "execution.total-mismatch", cell: "D4", why: "一般公共预算支出 is one use among seven, not a total of the others" },
    ],
  },
};
