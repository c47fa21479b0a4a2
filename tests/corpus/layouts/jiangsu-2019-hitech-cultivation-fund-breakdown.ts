import type { CorpusLayout } from "../types";

// 江苏省 2019年度高新技术企业培育资金 11.15亿元 to 15,400 firms: broken down by kind of award (当年入库 / 上年已获高企认定 / 上年实际贡献
// 20万元以上) and again by region (苏南 / 苏中 / 苏北), each block with its own 小计, firms and money side by side, 亿元.
export const layout: CorpusLayout = {
  id: "jiangsu-2019-hitech-cultivation-fund-breakdown",
  source: {
    title: "省财政近期下达2019年度江苏省高新技术企业培育专项资金11.15亿元（表据正文拟）",
    url: "http://www.miesad.com/Home/Preview?channelId=5&id=1364&orderbyid=1",
    publisher: "江苏省财政厅（新闻，学会网站转载）",
    date: "2020",
    changes:
      "The figures are the report's: 11,668 firms entered that year 5.83亿元, 3,375 firms of the pool certified the year before 5.06亿元, " +
      "357 firms in cultivation with 20万元 or more of last year's contribution 0.26亿元; 苏南 7.87, 苏中 1.78, 苏北 1.50亿元 (70.5%, 16.0%, " +
      "13.5%). The table (its title, the two blocks, 小计 rows, the 占比 column) is ours. Planted: 苏北地区 written 1.60 where the report " +
      "says 1.50, so the region block no longer adds up to its 小计 11.15.",
  },
  classes: ["composition", "table-from-prose", "two-breakdowns-of-one-whole", "category-blocks-with-subtotals", "count-column", "yiyuan-caption", "percent-column", "province-wide", "news-report", "jiangsu"],
  sheets: [
    {
      name: "分配情况",
      widths: [14, 40, 14, 16, 10],
      rows: [
        ["2019年度江苏省高新技术企业培育资金奖励情况", null, null, null, null],
        ["单位：家、亿元", null, null, null, null],
        ["分类", "项目", "企业数", "奖励资金", "占比"],
        ["按奖励类别", "当年入库企业", 11668, 5.83, "52.3%"],
        [null, "省培育库内上年已获得高企认定的企业", 3375, 5.06, "45.4%"],
        [null, "处于培育期且上年实际贡献在20万元（含）以上的企业", 357, 0.26, "2.3%"],
        [null, "小计", 15400, 11.15, "100.0%"],
        ["按地区", "苏南地区", null, 7.87, "70.5%"],
        [null, "苏中地区", null, 1.78, "16.0%"],
        [null, "苏北地区", null, 1.6, "13.5%"],
        [null, "小计", null, 11.15, "100.0%"],
        ["注：奖励资金由省市县财政按省级引导、省地联动的原则安排。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A4:A7", "A8:A11", "A12:E12"],
      numberFormats: { "D4:D11": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配情况",
        kind: "composition",
        unit: "亿元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "category", B: "line", C: "quantity", D: "amount" },
        year: 2019,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D11",
        why: "按地区 小计 11.15; its lines add up to 7.87 + 1.78 + 1.60 = 11.25 (0.10亿元 over, beyond the 0.015亿元 three 2-decimal figures may round by)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D7", why: "按奖励类别: 5.83 + 5.06 + 0.26 = 11.15" },
      { rule: "composition.total-mismatch", cell: "C7", why: "企业数 11,668 + 3,375 + 357 = 15,400, a count summed as a count" },
      { rule: "composition.total-mismatch", why: "the two blocks break down one whole twice: neither 小计 is the sum of both blocks, and no grand total adds them" },
      { rule: "composition.line-mismatch", why: "企业数 beside 奖励资金 is no quantity of a unit amount: the awards differ by firm" },
      { rule: "input.unreadable-value", why: "占比 is text; the caption and the note are text" },
    ],
  },
};
