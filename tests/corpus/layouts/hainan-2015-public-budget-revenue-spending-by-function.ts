import type { CorpusLayout } from "../types";

// 海南省统计局 2015年海南省国民经济和社会发展统计公报, (三)财政: 全口径一般公共预算收入 1009.99亿元 (其中 地方 627.7), 地方一般公共预算支出
// 1241.49亿元 and nine functions' spending, each with its growth on 2014. Laid out as a 公报 table: 项目 | 2015年 | 比上年增长（%） |
// 占地方一般公共预算支出比重（%）, the functions as 其中 lines under the spending, which they are only some of; clean.
export const layout: CorpusLayout = {
  id: "hainan-2015-public-budget-revenue-spending-by-function",
  source: {
    title: "2015年海南省国民经济和社会发展统计公报 — （三）财政（表据公报正文拟）",
    url: "http://111.229.73.81/look/Statslisth?Id=2082",
    publisher: "海南省统计局",
    date: "2016",
    changes:
      "As published: every figure and growth rate of the 公报's 财政 paragraph (全口径一般公共预算收入1009.99亿元 +7.3%, 其中地方627.7 +8.7%; 地方一般公共预算支出1241.49 " +
      "+10.6%, 其中 教育206.39 +10.3%, 文化体育与传媒25.45 +5.0%, 社会保障和就业175.63 +22.3%, 医疗卫生与计划生育100.75 +13.9%, 节能环保29.19 +25.4%, " +
      "城乡社区事务87.45 +25.6%, 农林水162.87 +2.2%, 交通运输100.43 +16.2%, 住房保障48.11 +22.2%). The paragraph gives them in prose; the table and its share " +
      "column (computed from the published figures) are ours. Nothing planted: the nine functions add up to 936.27, only some of the 1,241.49 they stand under.",
  },
  classes: ["execution", "statistical-bulletin", "one-year-column", "growth-column", "share-of-whole-column", "qizhong-lines-partial", "revenue-and-spending-one-table", "two-decimal-yiyuan", "yiyuan-caption", "table-from-prose", "province-level", "clean", "hainan"],
  sheets: [
    {
      name: "财政",
      widths: [30, 14, 16, 26],
      rows: [
        ["2015年海南省一般公共预算收支情况", null, null, null],
        [null, null, null, "单位：亿元"],
        ["项目", "2015年", "比上年增长（%）", "占地方一般公共预算支出比重（%）"],
        ["全口径一般公共预算收入", 1009.99, 7.3, "—"],
        ["　其中：地方一般公共预算收入", 627.7, 8.7, "—"],
        ["地方一般公共预算支出", 1241.49, 10.6, 100],
        ["　其中：教育支出", 206.39, 10.3, 16.6],
        ["　　　　文化体育与传媒支出", 25.45, 5, 2.0],
        ["　　　　社会保障和就业支出", 175.63, 22.3, 14.1],
        ["　　　　医疗卫生与计划生育支出", 100.75, 13.9, 8.1],
        ["　　　　节能环保支出", 29.19, 25.4, 2.4],
        ["　　　　城乡社区事务支出", 87.45, 25.6, 7.0],
        ["　　　　农林水支出", 162.87, 2.2, 13.1],
        ["　　　　交通运输支出", 100.43, 16.2, 8.1],
        ["　　　　住房保障支出", 48.11, 22.2, 3.9],
        ["资料来源：海南省统计局《2015年海南省国民经济和社会发展统计公报》。", null, null, null],
      ],
      merges: ["A1:D1", "A16:D16"],
      numberFormats: { "B4:B15": "0.00", "C4:D15": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "财政", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 15, columns: { A: "line", B: "actual" }, year: 2015 },
    ],
    findings: [],
    absent: [
      { rule: "execution.total-mismatch", cell: "B6", why: "the nine 其中 functions add up to 936.27, only some of the 1,241.49 (教育, 社会保障 … under 支出 are not all of it): not summed" },
      { rule: "execution.total-mismatch", cell: "B4", why: "a single 其中 line (地方 627.70) may be less than its line (1,009.99)" },
      { rule: "execution.rate-mismatch", why: "比上年增长（%） is growth on last year and 占…比重（%） a share of the whole: neither is an execution rate" },
      { rule: "execution.behind-schedule", why: "no budget column: with no budget nothing is measured (16.6% of the whole is no pace)" },
      { rule: "execution.overspent", why: "no budget column" },
      { rule: "execution.no-spending", why: "no budget column; every line has a figure" },
      { rule: "input.unreadable-value", why: "“—” in the share column means nothing; the source line under the table is text" },
    ],
  },
};
