import type { CorpusLayout } from "../types";

// 应城市 2024: 27 firms rewarded under the province's 2024 首季“开门红” measures from the 省级制造业高质量发展专项 — three awards,
// each a count of firms at a standard per firm; the report's own figures (6 × 14 + 2 × 3.5 + 19 × 0.7 = 104.3) miss its 105万元.
export const layout: CorpusLayout = {
  id: "yingcheng-2024-opening-quarter-manufacturing-awards",
  source: {
    title: "应城市27家企业获省级制造业高质量发展专项奖励105万元（分配表据正文拟）",
    url: "http://m-yingcheng.cjyun.org/p/94409.html",
    publisher: "应城市融媒体中心",
    date: "2024",
    changes:
      "The stored page is a news item (no grid was found): 27 firms, 105万元, 6 firms at 14万元 each (增长点奖励), 2 at 3.5万元 each (用电奖励), " +
      "19 new above-scale firms at 7000元 each, under 《2024年全省工业经济首季“开门红”若干政策措施》. We laid these out as an allocation by award: " +
      "count | standard per firm | money, with the 合计 the report states (27 firms, 105万元). As published, the standards give 84 + 7 + 13.3 = 104.3, " +
      "not 105. Planted as well: the 增长点奖励 line typed 86 (6 × 14 = 84).",
  },
  classes: ["composition", "unit-times-quantity", "standard-heading", "count-column", "allocation-by-award", "total-at-foot", "published-total-slip", "one-decimal-wanyuan", "table-from-prose", "news-report", "county-fund", "hubei"],
  settings: { district: "应城市" },
  sheets: [
    {
      name: "奖励分配",
      widths: [6, 30, 14, 18, 16],
      rows: [
        ["应城市2024年省级制造业高质量发展专项（首季“开门红”）奖励资金分配表", null, null, null, null],
        [null, null, null, null, "单位：家、万元"],
        ["序号", "奖励类别", "企业数（家）", "奖励标准（万元/家）", "奖励资金（万元）"],
        [1, "激励工业增长点企业奖励", 6, 14, 86],
        [2, "稳产满产用电奖励", 2, 3.5, 7],
        [3, "新进规企业奖励", 19, 0.7, 13.3],
        ["合计", null, 27, null, 105],
        ["注：依据《2024年全省工业经济首季“开门红”若干政策措施》；新进规企业每家奖励7000元。", null, null, null, null],
      ],
      merges: ["A1:E1", "A7:B7", "A8:E8"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励分配",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E4", why: "6 firms × 14万元 = 84, typed 86 (2万元 over)" },
      { rule: "composition.total-mismatch", cell: "E7", why: "合计 105; the lines as typed add up to 86 + 7 + 13.3 = 106.3 (1.3 apart; with the right 84 they would give 104.3, still not 105)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E5", why: "2 × 3.5 = 7" },
      { rule: "composition.line-mismatch", cell: "E6", why: "19 × 0.7 = 13.3 (7000元 a firm)" },
      { rule: "composition.line-rounded", cell: "E6", why: "13.3 is exactly 19 × 0.7: nothing to round" },
      { rule: "composition.total-mismatch", cell: "C7", why: "6 + 2 + 19 = 27 firms, a count" },
      { rule: "input.unreadable-value", cell: "A8", why: "the note under the table (7000元) is text" },
    ],
  },
};
