import type { CorpusLayout } from "../types";

// 四川省经济和信息化厅 2022: 征集2022年工业领域大企业大集团跨越发展激励项目 (川经信企业〔2021〕123号), 最高奖1000万元 for a firm
// newly entering the 世界 / 中国 / 中国民营企业500强. Laid out as the incentive's allocation by 榜单: 户数 × 标准 = 激励资金.
export const layout: CorpusLayout = {
  id: "sichuan-2022-large-enterprise-leap-incentive-allocation",
  source: {
    title: "最高奖1000万元！征集2022年工业领域大企业大集团跨越发展激励项目通知来了（激励资金分配表据正文拟）",
    url: "https://freewechat.com/a/MzUxMDI2MzQ1Ng==/2247643452/1",
    publisher: "四川省经济和信息化厅（转载）",
    date: "2022",
    changes:
      "As published: the call — support for firms newly entering the 世界企业500强 (《财富》2021), 中国企业500强 and 中国民营企业500强 (2021 lists), standards per 川经信企业〔2021〕123号, 最高奖1000万元; five conditions, the procedure. " +
      "Ours: the allocation table (激励类别 | 企业户数 | 激励标准 | 激励资金), the 300 / 200万元 standards below the published 1000, the counts and the note. " +
      "Planted: 新晋中国民营企业500强 5 户 × 200 typed 1,100 (1,000).",
  },
  classes: ["composition", "allocation-by-award", "count-columns", "unit-amount-column", "whole-wanyuan", "unit-in-headings", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-fund", "sichuan"],
  settings: { district: "四川省" },
  sheets: [
    {
      name: "激励资金",
      widths: [6, 30, 14, 18, 16],
      rows: [
        ["2022年工业领域大企业大集团跨越发展激励资金分配表", null, null, null, null],
        ["序号", "激励类别", "企业户数（户）", "激励标准（万元/户）", "激励资金（万元）"],
        [1, "新晋入榜“世界企业500强”", 1, 1000, 1000],
        [2, "新晋入榜“中国企业500强”", 3, 300, 900],
        [3, "新晋入榜“中国民营企业500强”", 5, 200, 1100],
        ["合计", null, 9, null, 3000],
        ["注：“世界企业500强”以《财富》杂志2021年发布的排行榜为依据；“中国企业500强”“中国民营企业500强”以2021年发布的排行榜为依据。", null, null, null, null],
      ],
      merges: ["A1:E1", "A6:B6", "A7:E7"],
    },
  ],
  expect: {
    tables: [
      { sheet: "激励资金", kind: "composition", unit: "万元", headerRow: 2, lastRow: 6, columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" }, year: 2022 },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E5", why: "新晋中国民营企业500强 5 户 × 200 = 1,000万元, typed 1,100" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E6", why: "合计 3,000 = 1,000 + 900 + 1,100 as typed; the slip is the line's, reported there" },
      { rule: "composition.total-mismatch", cell: "C6", why: "户数 1 + 3 + 5 = 9" },
      { rule: "composition.line-mismatch", cell: "E3", why: "1 × 1,000 = 1,000 and 3 × 300 = 900" },
      { rule: "input.unreadable-value", cell: "A7", why: "the note on the ranking lists is not data" },
    ],
  },
};
