import type { CorpusLayout } from "../types";

// 2020-07-02, 第二十六届兰洽会: 587 contract projects; the province rewards (省级奖励) investment projects above 5亿元 already
// producing or open, fast built and strongly leading. Laid out as the award list by project, with invented projects and firms.
export const layout: CorpusLayout = {
  id: "gansu-2020-lanzhou-fair-investment-project-awards",
  source: {
    title: "第二十六届兰洽会重点项目签约暨招商引资项目省级奖励仪式在兰州举行（奖励名单据正文拟）",
    url: "http://dianxian.dxbei.com/news/gansuxinwen/20200703/331978.html",
    publisher: "甘肃省商务厅、省经合局等（甘肃新闻转载）",
    date: "2020-07-03",
    changes:
      "As published: the award's conditions (投资总额超过5亿元, 已投产开业, 建设速度快, 投产效率高, 带动能力强) and the ceremony. " +
      "Ours: the list, the projects, firms, codes (甘肃 62xxxx), cities, investment and award figures, the note. " +
      "Planted: 甘肃锂源新能源科技 listed for a second project (row 10) under the one award; 平凉崆峒化工's project placed in 中卫市 (宁夏), outside 甘肃省.",
  },
  classes: ["register", "project-awards", "project-column", "credit-codes", "cities-as-places", "one-firm-two-rows", "two-units-in-headings", "investment-column", "item-in-title", "no-catalog", "whole-wanyuan", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-fund", "gansu"],
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 30, 30, 22, 10, 16, 14],
      rows: [
        ["第二十六届兰洽会招商引资项目省级奖励名单", null, null, null, null, null, null],
        ["序号", "项目名称", "项目投资企业", "统一社会信用代码", "所在市州", "项目总投资（亿元）", "奖励资金（万元）"],
        [1, "兰州新区锂电池正极材料项目", "甘肃锂源新能源科技有限公司", "91620100MA74A1B2CC", "兰州市", 12.5, 300],
        [2, "枸杞及特色林果精深加工项目", "武威沙漠红农业发展有限公司", "91620600MA75D3E4FT", "武威市", 5.8, 200],
        [3, "现代玉米制种产业园项目", "张掖金种子农业科技有限公司", "91620700MA76G5H6JL", "张掖市", 6.2, 200],
        [4, "100兆瓦熔盐塔式光热发电项目", "酒泉聚光新能源有限公司", "91620900MA77K7L8MK", "酒泉市", 28, 500],
        [5, "电子元器件封装测试产业化项目", "天水华芯封测科技有限公司", "91620500MA78N9P1QA", "天水市", 8.6, 200],
        [6, "煤化工下游精细化学品项目", "平凉崆峒化工有限公司", "91620800MA79R2T3UD", "中卫市", 7.4, 200],
        [7, "东数西算数据中心集群项目", "庆阳东数云计算有限公司", "91621000MA7AW4X5Y5", "庆阳市", 15, 300],
        [8, "兰州新区锂电池电解液项目", "甘肃锂源新能源科技有限公司", "91620100MA74A1B2CC", "兰州市", 5.2, 200],
        ["合计", null, null, null, null, 88.7, 2100],
        ["注：奖励对象为投资总额超过5亿元、建设速度快、投产效率高、带动能力强、符合规定条件的已投产开业招商引资项目。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A11:E11", "A12:G12"],
      numberFormats: { "F3:F11": "0.0" },
    },
  ],
  settings: { district: "甘肃省" },
  expect: {
    tables: [
      { sheet: "奖励名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 11, columns: { B: "project", C: "enterprise", D: "creditCode", E: "place", G: "approved" } },
    ],
    findings: [
      { rule: "register.duplicate", cell: "G10", why: "甘肃锂源新能源科技有限公司 (91620100MA74A1B2CC) again under the same 省级奖励, 200万元; first at row 3 (the project differs, the award does not)" },
      { rule: "register.ineligible-location", cell: "E8", why: "中卫市 is a city of 宁夏回族自治区, outside 甘肃省" },
      { rule: "cap.unknown-policy", cell: "G3", why: "no catalog: the title's item (兰洽会招商引资项目省级奖励) is in none; reported once for the 8 rows" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "E3", why: "兰州、武威、张掖、酒泉、天水、庆阳 are cities of 甘肃省" },
      { rule: "register.unpaid", why: "an award list records no payments" },
    ],
  },
};
