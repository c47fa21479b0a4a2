import type { CorpusLayout } from "../types";

// 2023-08-12 (财经评论, 转载): 2023年上半年河北省地方财政收入2604.8亿元，增加224亿元，同比增长9.41% — then city by city (张家口 97.4, 邯郸
// 247.2, 沧州 218.4, 石家庄 455.3, 唐山 330.9), each with its increase and growth. Laid out as a half-year revenue comparison: 地区 |
// 2023年1-6月 | 2022年1-6月 | 增减额 | 增长%, the province first and the five cities the text names under it as 其中 — no budget at all.
export const layout: CorpusLayout = {
  id: "hebei-2023-h1-city-fiscal-revenue",
  source: {
    title: "2023年上半年河北省各市地方财政收入情况（表据正文拟）",
    url: "http://usedcar.dizo.com.cn/jujiao/2023/0812/88318.html",
    publisher: "财经评论（转载）",
    date: "2023-08-12",
    changes:
      "The page is prose; the table and headings are ours. 2023 sums are the page's (the province 2,604.8, 邯郸 247.2, 沧州 218.4, 张家口 97.4, " +
      "石家庄 455.3, 唐山 330.9); the 2022 column is derived from the page's increases where it gives them and ours otherwise (石家庄, 唐山, and " +
      "张家口 96.6 so its growth rounds to the page's 0.8%). Nothing is planted: a clean layout.",
  },
  classes: ["execution", "clean", "revenue-comparison", "no-budget-column", "last-year-column", "change-column", "growth-column", "whole-first-with-partial-breakdown", "cities-as-lines", "one-decimal-rate", "percent-text", "yiyuan-caption", "table-from-prose", "news-report", "province-fund", "hebei"],
  settings: { district: "河北省", asOf: "2023-06-30" },
  sheets: [
    {
      name: "财政收入",
      widths: [18, 14, 14, 12, 10],
      rows: [
        ["2023年上半年河北省各市地方财政收入情况（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["地区", "2023年1-6月", "2022年1-6月", "增减额", "增长%"],
        ["全省", 2604.8, 2380.8, 224.0, "9.41%"],
        ["其中：石家庄市", 455.3, 435.3, 20.0, "4.6%"],
        ["      唐山市", 330.9, 317.6, 13.3, "4.2%"],
        ["      邯郸市", 247.2, 223.0, 24.2, "10.9%"],
        ["      沧州市", 218.4, 197.1, 21.3, "10.8%"],
        ["      张家口市", 97.4, 96.6, 0.8, "0.8%"],
        ["注：地方财政收入即一般公共预算收入；全省数含省本级。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:E10"],
      numberFormats: { "B4:D9": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "财政收入", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "actual" }, year: 2023 },
    ],
    findings: [],
    absent: [
      { rule: "execution.overspent", cell: "B4", why: "2022年1-6月 is last year's outcome, a comparison, no budget" },
      { rule: "execution.total-mismatch", cell: "B4", why: "the five cities are only some of the province (1,349.2 of 2,604.8, 省本级 and six cities left out): not summed" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "增长% is growth on 2022 (2,604.8 / 2,380.8 = +9.41%), no share of a budget" },
      { rule: "execution.behind-schedule", why: "no budget: nothing to measure against time progress" },
      { rule: "execution.no-spending", why: "no budget column" },
      { rule: "execution.total-mismatch", cell: "D4", why: "增减额 is a change column, no amount to add (and 2,604.8 − 2,380.8 = 224.0 anyway)" },
    ],
  },
};
