import type { CorpusLayout } from "../types";

// 四川日报 2016-09-14: 成都每年安排1亿元支持简阳小城镇建设 — what 成都 gives 简阳 once it joined the city: 1亿元 a year for special
// towns through the 十三五, 70% of the audited cost of farmland water projects, at least 1000万元 a year for three years for a
// provincial forestry park, 300万元 once for the national rural e-commerce pilot, 500万元 a year from 2017 for culture and sports
// facilities. Laid out as the plan such support is sent down by: one row per support, a column per year, 合计 at the right and foot.
export const layout: CorpusLayout = {
  id: "jianyang-2016-chengdu-support-fund-plan",
  source: {
    title: "成都每年安排1亿元支持简阳小城镇建设（四川日报；资金安排表据正文拟）",
    url: "https://cd.scol.com.cn/xz/201609/55645892.html",
    publisher: "四川日报（四川在线）",
    date: "2016-09-14",
    changes:
      "The report's supports and amounts are kept: 每年1亿元 for 特色小城镇建设, 农田水利项目 按照竣工审计投资的70%给予补助, 省级现代林业产业园区 " +
      "连续三年每年给予不少于1000万元, 国家级电子商务进农村综合示范项目 300万元, 文化广电体育设施 从2017年起连续三年每年安排500万元. The report " +
      "gives them in prose; laid out here as a plan for 2016—2018 (序号 | 支持事项 | 支持方式 | 资金安排 over 2016年 / 2017年 / 2018年 | " +
      "合计, 单位：万元, — where a year has nothing, a note). The farmland figures (70% of audited costs we chose) and the table form " +
      "are ours. Planted: the 合计 row's 2017年 written 13,590 where the column adds up to 13,950.",
  },
  classes: ["composition", "allocation-by-purpose", "year-columns", "row-total-column-last", "total-at-foot", "dash-as-nothing", "rate-in-words-column", "two-header-rows", "wanyuan-caption", "notes-under-table", "news-report", "sichuan"],
  sheets: [
    {
      name: "资金安排表",
      widths: [6, 30, 24, 10, 10, 10, 12],
      rows: [
        ["成都市支持简阳发展资金安排表（2016—2018年）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "支持事项", "支持方式", "资金安排", null, null, "合计"],
        [null, null, null, "2016年", "2017年", "2018年", null],
        ["一", "特色小城镇建设", "每年安排1亿元", 10000, 10000, 10000, 30000],
        ["二", "农田水利项目补助", "按竣工审计投资的70%", 2100, 2450, 2800, 7350],
        ["三", "省级现代林业产业园区创建", "连续三年每年不少于1000万元", 1000, 1000, 1000, 3000],
        ["四", "国家级电子商务进农村综合示范项目", "一次性支持", 300, "—", "—", 300],
        ["五", "文化广电体育设施改造", "从2017年起每年500万元", "—", 500, 500, 1000],
        ["合计", null, null, 13400, 13590, 14300, 41650],
        ["注：农田水利项目按当年竣工审计投资额的70%测算；2019年及以后年度资金另行安排。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "A10:C10", "A11:G11"],
      numberFormats: { "D5:G10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "line", D: "amount:2016年", E: "amount:2017年", F: "amount:2018年", G: "amount" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E10", why: "2017年: 10,000 + 2,450 + 1,000 + — + 500 = 13,950, the 合计 row says 13,590" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "G10", why: "41,650 = 30,000 + 7,350 + 3,000 + 300 + 1,000 down the column; across the row it differs only by the 2017年 slip (13,400 + 13,950 + 14,300 = 41,650): one slip, reported once, at E10" },
      { rule: "composition.total-mismatch", cell: "D10", why: "2016年: 10,000 + 2,100 + 1,000 + 300 = 13,400" },
      { rule: "composition.total-mismatch", cell: "F10", why: "2018年: 10,000 + 2,800 + 1,000 + 500 = 14,300" },
      { rule: "composition.total-mismatch", cell: "G6", why: "农田水利: 2,100 + 2,450 + 2,800 = 7,350" },
      { rule: "composition.total-mismatch", cell: "G8", why: "电子商务: 300 with — in the later years (nothing)" },
      { rule: "composition.line-mismatch", why: "支持方式 is words (按竣工审计投资的70%, 每年安排1亿元), no unit price or quantity" },
      { rule: "input.unreadable-value", why: "— means nothing; 支持方式 is text by nature" },
    ],
  },
};
