import type { CorpusLayout } from "../types";

// 青海日报 2020-03-02 (苏北网转载): the first-quarter plan of 青海's water projects — 22 projects to start or restart, 5.46亿元 of investment;
// five named works with their restart dates and quarter's investment, the continuing small and medium works together. Laid out as
// 序号 | 项目名称 | 项目个数 | 开复工时间 | 一季度计划完成投资 (单位：亿元), 合计 at the foot.
export const layout: CorpusLayout = {
  id: "qinghai-2020-q1-water-projects-investment-targets",
  source: {
    title: "一季度青海省计划开复工水利项目22项 投资目标为5.46亿元（投资目标表据报道拟）",
    url: "http://news.jsnol.com/local/20200302/22736.html",
    publisher: "青海日报（苏北网转载）",
    date: "2020-03-02",
    changes:
      "The page is a news report; the table is ours (表据报道拟) with the report's works (引大济湟西干渠, 北干渠二期, 那棱格勒河水利枢纽, " +
      "蓄集峡水利枢纽, 可可西里引流疏导应急工程), their restart dates, the 22 projects and the 5.46亿元 合计. The quarter's figures are ours (the " +
      "report: 1.7, 0.6, 0.12, 0.02, 0.15), and so is the line of the 17 continuing small and medium works. Planted: that line typed 2.84, so the " +
      "lines add up to 5.36 against the 合计 5.46.",
  },
  classes: ["composition", "investment-plan", "projects-as-lines", "count-column", "date-text-column", "rest-on-one-line", "two-decimal-yiyuan", "yiyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-level", "qinghai"],
  settings: { district: "青海省" },
  sheets: [
    {
      name: "一季度投资目标",
      widths: [6, 36, 10, 18, 16],
      rows: [
        ["2020年一季度全省计划开复工水利项目投资目标表（表据报道拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["序号", "项目名称", "项目个数", "开复工时间", "一季度计划完成投资"],
        [1, "引大济湟西干渠工程", 1, "即日复工", 1.62],
        [2, "湟水北干渠扶贫灌溉二期工程", 1, "即日复工", 0.58],
        [3, "那棱格勒河水利枢纽工程", 1, "3月初复工", 0.14],
        [4, "蓄集峡水利枢纽工程", 1, "3月中旬复工", 0.03],
        [5, "可可西里盐湖引流疏导应急工程", 1, "3月15日前复工", 0.15],
        [6, "续建中小水利项目", 17, "3月底前全面复工", 2.84],
        ["合计", null, 22, null, 5.46],
        ["注：2020年已下达中央财政水利发展资金的项目3月底陆续开工，4月底前全面开工建设。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:B10", "A11:E11"],
      numberFormats: { "E4:E10": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "一季度投资目标", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 10, columns: { B: "line", C: "quantity", E: "amount" }, year: 2020 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E10", why: "1.62 + 0.58 + 0.14 + 0.03 + 0.15 + 2.84 = 5.36; the 合计 says 5.46 (0.10亿元 = 1,000万元 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C10", why: "22 = 1 + 1 + 1 + 1 + 1 + 17, a count of projects" },
      { rule: "composition.line-mismatch", why: "项目个数 is a count, no standard times a quantity" },
      { rule: "input.unreadable-value", cell: "D4", why: "即日复工 is a date in words in a text column" },
    ],
  },
};
