import type { CorpusLayout } from "../types";

// 厦门日报 on 厦门市工信局's 《厦门市国家级中小企业特色产业集群评价细则》: a recognised cluster's 运营单位 receives city money for three years —
// 首年 100万元 paid at once, 第二年 at most 60, 第三年 at most 40, by the previous year's assessment. Laid out as the city's plan of that money
// by cluster: the three years under one merged 市级财政资金 header with a 合计 column, a 合计 row at the foot.
export const layout: CorpusLayout = {
  id: "xiamen-2025-sme-cluster-city-funding-plan",
  source: {
    title: "厦门市工信局印发《厦门市国家级中小企业特色产业集群评价细则》（厦门日报讯；资金安排表据正文拟）",
    url: "http://742.qjsntxb.cn/news/30f18799782.html",
    publisher: "厦门日报（转载）",
    date: "2025",
    changes:
      "The page is a news report in prose: the standard (首年100万元, 第二年最高60万元, 第三年最高40万元) is as published. The table — its title, columns " +
      "(序号 | 集群名称 | 运营单位 | 认定年度 | 首年 | 第二年 | 第三年 | 合计), the clusters, their 运营单位 and every figure — is ours. Planted: the 海沧 line's " +
      "合计 typed 205 where 100 + 55 + 40 = 195, so the 合计 column's lines as typed add to 778 against the foot's 768.",
  },
  classes: [
    "composition", "allocation-by-project", "years-as-columns", "merged-amount-header", "two-header-rows", "row-total-column", "year-column",
    "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "city-fund", "fujian",
  ],
  settings: { district: "厦门市" },
  sheets: [
    {
      name: "资金安排表",
      widths: [6, 32, 28, 10, 10, 10, 10, 10],
      rows: [
        ["厦门市国家级中小企业特色产业集群市级财政资金安排表（表据正文拟）", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "集群名称", "运营单位", "认定年度", "市级财政资金", null, null, null],
        [null, null, null, null, "首年", "第二年", "第三年", "合计"],
        [1, "厦门火炬高新区光电显示产业集群", "厦门火炬光电集群促进中心", 2022, 100, 60, 40, 200],
        [2, "厦门市海沧区生物医药产业集群", "厦门海沧生物医药港运营有限公司", 2022, 100, 55, 40, 205],
        [3, "厦门市集美区机械装备产业集群", "厦门市集美区机械行业协会", 2023, 100, 48, 35, 183],
        [4, "厦门市翔安区新能源材料产业集群", "厦门翔安新材料产业服务中心", 2023, 100, 60, 30, 190],
        ["合计", null, null, null, 400, 223, 145, 768],
        ["注：首年100万元一次性直接拨付；第二年最高60万元、第三年最高40万元，根据上一年度绩效考核结果拨付。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3", "A9:D9", "A10:H10"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "line", E: "amount:首年", F: "amount:第二年", G: "amount:第三年", H: "amount" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "H6", why: "海沧 line: 首年 100 + 第二年 55 + 第三年 40 = 195, its 合计 typed 205 (10 over)" },
      { rule: "composition.total-mismatch", cell: "H9", why: "合计 column: the lines as typed, 200 + 205 + 183 + 190 = 778, against the foot's 768 (= 400 + 223 + 145)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E9", why: "首年 100 × 4 = 400" },
      { rule: "composition.total-mismatch", cell: "F9", why: "第二年 60 + 55 + 48 + 60 = 223" },
      { rule: "composition.total-mismatch", cell: "G9", why: "第三年 40 + 40 + 35 + 30 = 145" },
      { rule: "composition.total-mismatch", cell: "H5", why: "100 + 60 + 40 = 200; likewise 183 and 190 on rows 7 and 8" },
      { rule: "composition.total-mismatch", cell: "D9", why: "认定年度 (2022, 2023) is a year, not money: nothing to add up" },
      { rule: "input.unreadable-value", cell: "A10", why: "the note under the table is no data" },
    ],
  },
};
