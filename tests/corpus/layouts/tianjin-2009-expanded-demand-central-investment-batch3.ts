import type { CorpusLayout } from "../types";

// 天津市发改委 2009-07: the third batch of 扩大内需 central budget investment — 28 projects, 17,522万元: 城市基础设施 6 projects
// 5,200万元, 农林水利建设 6 projects 5,222万元, 其他 16 projects 7,100万元, each with its kinds of project and their counts. Laid out
// as the plan by investment direction such a report sums up: 合计 first, category rows with 小计 figures, counts beside the money.
export const layout: CorpusLayout = {
  id: "tianjin-2009-expanded-demand-central-investment-batch3",
  source: {
    title: "国家发改委下达第三批扩大内需中央预算内投资计划 天津28个项目获17522万元（表据正文拟）",
    url: "http://zhongtushe.com/html/zhongtuxiaoxi/diquxinwen/tianjin/2009/0724/338274.html",
    publisher: "天津市发展和改革委员会（中华人民共和国图鉴社转载）",
    date: "2009-07-24",
    changes:
      "As published: the three directions with their project counts and money (城市基础设施 6个 5200万元; 农林水利建设 6个 5222万元; 其他 16个 " +
      "7100万元; 28个 17522万元 in all) and the kinds under them with their counts (供水管网建设与改造 1; 贫困县及严重缺水县城供水设施建设 1; " +
      "重点镇供水及基础设施建设 4; 病险水库除险加固工程 1; 农村饮水安全工程 1; 农产品质量安全检验检测体系建设 2; 动物防疫体系建设 2; " +
      "自主创新及高技术产业发展 4). The report shows no table: the table's title, caption and headings, the money of each kind, and the kinds of " +
      "the 其他 direction after 自主创新 (节能、循环经济及资源节约 5; 生态建设和环境保护 4; 社会事业 3) are ours. Planted: the 农林水利建设 kinds " +
      "add up to 5,262万元 against the published 5,222.",
  },
  classes: [
    "composition", "allocation-by-direction", "total-first", "category-rows-with-figures", "outline-numbering", "count-columns",
    "count-and-money-caption", "whole-wanyuan", "table-from-prose", "province-level", "tianjin",
  ],
  sheets: [
    {
      name: "第三批",
      widths: [8, 40, 14, 18],
      rows: [
        ["2009年天津市第三批扩大内需中央预算内投资计划安排情况表", null, null, null],
        ["单位：个、万元", null, null, null],
        ["序号", "投资方向", "项目个数", "下达中央投资"],
        [null, "合计", 28, 17522],
        ["一", "城市基础设施", 6, 5200],
        [1, "供水管网建设与改造", 1, 1800],
        [2, "贫困县及严重缺水县城供水设施建设", 1, 1400],
        [3, "重点镇供水及基础设施建设", 4, 2000],
        ["二", "农林水利建设", 6, 5222],
        [1, "病险水库除险加固工程", 1, 2600],
        [2, "农村饮水安全工程", 1, 1200],
        [3, "农产品质量安全检验检测体系建设", 2, 662],
        [4, "动物防疫体系建设", 2, 800],
        ["三", "其他", 16, 7100],
        [1, "自主创新及高技术产业发展", 4, 2600],
        [2, "节能、循环经济及资源节约", 5, 1900],
        [3, "生态建设和环境保护", 4, 1600],
        [4, "社会事业", 3, 1000],
      ],
      merges: ["A1:D1", "A2:D2"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "第三批",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 18,
        columns: { B: "line", C: "quantity", D: "amount" },
        year: 2009,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D9", why: "农林水利建设 5,222; its kinds 2,600 + 1,200 + 662 + 800 = 5,262: 40万元 apart (whole figures, no rounding)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "合计 17,522 = 5,200 + 5,222 + 7,100, the directions as stated: the slip is reported once, at D9" },
      { rule: "composition.total-mismatch", cell: "D5", why: "城市基础设施 5,200 = 1,800 + 1,400 + 2,000" },
      { rule: "composition.total-mismatch", cell: "D14", why: "其他 7,100 = 2,600 + 1,900 + 1,600 + 1,000" },
      { rule: "composition.total-mismatch", cell: "C4", why: "项目个数 is a count: 6 + 6 + 16 = 28; 1 + 1 + 4 = 6; 1 + 1 + 2 + 2 = 6; 4 + 5 + 4 + 3 = 16" },
      { rule: "composition.line-mismatch", why: "项目个数 is no unit price's quantity: no unit amount column, so no line is a unit × quantity" },
      { rule: "composition.approved-mismatch", why: "no approved figure apart from the table's own 合计" },
    ],
  },
};
