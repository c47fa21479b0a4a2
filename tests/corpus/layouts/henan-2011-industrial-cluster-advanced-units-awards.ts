import type { CorpusLayout } from "../types";

// 中央政府门户网站 (来源：河南日报) 2012-02-06: 河南省政府在郑州表彰 2011年度 产业集聚区发展先进单位 — 10 十强, 10 十快 and 10 先进
// 产业集聚区, each given 500万元 for its investment platform. The item names no table (名单详见今日三版): laid out as the award money by
// 类别 | 个数 | 奖励标准 | 奖励资金 | 用途, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "henan-2011-industrial-cluster-advanced-units-awards",
  source: {
    title: "河南省人民政府在郑州表彰三十家先进产业集聚区（2011年度产业集聚区发展先进单位奖励资金表；表据正文拟）",
    url: "http://big5.www.gov.cn/gate/big5/www.gov.cn/gzdt/2012-02/06/content_2059121.htm",
    publisher: "中央政府门户网站（来源：河南日报）",
    date: "2012-02-06",
    changes:
      "As published: the three honours (2011年度河南省十强产业集聚区, 十快产业集聚区, 先进产业集聚区), ten zones in each, 500万元 each, for 产业集聚区投资平台建设. " +
      "The stored copy is prose only (the list was printed on page 3 of the paper): the table — 序号 | 类别 | 个数 | 奖励标准（万元/个） | 奖励资金 | 用途, " +
      "the 合计 row, the unit caption and the note — is ours (table-from-prose). Planted: the 十快 line's 奖励资金 typed 4,500 where 10 × 500 = 5,000; the " +
      "合计 (14,500) adds the lines as typed.",
  },
  classes: [
    "composition", "unit-times-quantity", "count-column", "standard-column", "category-lines", "remark-column", "total-at-foot", "whole-wanyuan",
    "wanyuan-caption", "year-in-title", "notes-under-table", "table-from-prose", "province-award", "henan",
  ],
  sheets: [
    {
      name: "奖励资金",
      widths: [6, 34, 8, 18, 14, 30],
      rows: [
        ["2011年度河南省产业集聚区发展先进单位奖励资金表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "类别", "个数", "奖励标准（万元/个）", "奖励资金", "用途"],
        [1, "2011年度河南省十强产业集聚区", 10, 500, 5000, "专项用于产业集聚区投资平台建设"],
        [2, "2011年度河南省十快产业集聚区", 10, 500, 4500, "专项用于产业集聚区投资平台建设"],
        [3, "2011年度河南省先进产业集聚区", 10, 500, 5000, "专项用于产业集聚区投资平台建设"],
        ["合计", null, 30, null, 14500, null],
        ["注：受表彰产业集聚区名单详见《河南日报》2012年2月6日第三版。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A7:B7", "A8:F8"],
      numberFormats: { "D4:E7": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励资金",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" },
        year: 2011,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E5", why: "十快产业集聚区: 10 × 500 = 5,000, typed 4,500 (500万元 short; whole figures, exact)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E7", why: "合计 14,500 = 5,000 + 4,500 + 5,000, the lines as typed: the slip is reported once, at E5" },
      { rule: "composition.total-mismatch", cell: "C7", why: "个数 30 = 10 + 10 + 10, a count, not money" },
      { rule: "composition.line-mismatch", cell: "E4", why: "10 × 500 = 5,000" },
      { rule: "composition.line-mismatch", cell: "E6", why: "10 × 500 = 5,000" },
      { rule: "input.unreadable-value", cell: "A8", why: "the note under the table" },
    ],
  },
};
