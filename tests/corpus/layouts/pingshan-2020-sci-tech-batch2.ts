import type { CorpusLayout } from "../types";

// 深圳市坪山区科技创新局 2021-03-17: a district's proposed science-and-technology grants, the grant
// category per row, codes issued by the city (440300), amounts in 万元.
export const layout: CorpusLayout = {
  id: "pingshan-2020-sci-tech-batch2",
  source: {
    title: "关于2020年度科技创新专项资金第二批拟资助项目计划的公示（附件：2020年度科技创新专项资金第二批拟资助项目计划）",
    url: "http://www.605995.cn/jggs/1548.html",
    publisher: "深圳市坪山区科技创新局",
    date: "2021-03-17",
    changes:
      "The notice (深坪府办规〔2020〕5号/6号, 深坪府规〔2018〕3号; 5-working-day objection period) is stored without its xlsx " +
      "annex: columns are ours, the annex title as published. Categories named after the measures the notice cites; " +
      "firms, codes (issued by 深圳市, area 440300) and amounts invented; caps chosen for the corpus. Planted: a " +
      "国家高新技术企业认定奖励 of 30万元 against 20; one code with a wrong check character.",
  },
  classes: ["register", "item-per-row", "credit-codes", "city-level-codes", "project-name-column", "wanyuan-in-header"],
  settings: { district: "坪山区" },
  sheets: [
    {
      name: "拟资助项目计划",
      widths: [6, 22, 30, 22, 34, 14],
      rows: [
        ["2020年度科技创新专项资金第二批拟资助项目计划", null, null, null, null, null],
        ["序号", "资助类别", "申请单位", "统一社会信用代码", "项目名称", "拟资助金额（万元）"],
        [1, "国家高新技术企业认定奖励", "深圳坪山芯源半导体有限公司", "91440300MA3XFM9W34", "2020年国家高新技术企业认定", 20],
        [2, "国家高新技术企业认定奖励", "深圳碧岭生物科技有限公司", "91440300MA5Q58NN3U", "2020年国家高新技术企业认定", 30],
        [3, "研发投入资助", "深圳石井精密模具有限公司", "91440300MA22M5EM5E", "2019年度研发投入资助", 48.6],
        [4, "研发投入资助", "深圳金龟新能源科技有限公司", "91440300MA0DR28D9R", "2019年度研发投入资助", 73.25],
        [5, "创新平台新建资助", "深圳马峦第三代半导体研究院有限公司", "91440300MA3EB1DC9N", "第三代半导体材料工程技术研究中心", 100],
        [6, "创新平台新建资助", "深圳坑梓医疗器械有限公司", "91440300MA8BUGYD1Y", "植介入器械重点实验室", 50],
        [7, "研发投入资助", "深圳龙田智能装备有限公司", "91440300MA4KKC3U95", "2019年度研发投入资助", 36.4],
        [8, "国家高新技术企业认定奖励", "深圳六联光电科技有限公司", "91440300MA0L8KLF0D", "2020年国家高新技术企业认定", 20],
        ["合计", null, null, null, null, 378.25],
      ],
      merges: ["A1:F1", "A11:E11"],
      numberFormats: { "F3:F11": "0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "国家高新技术企业认定奖励", capType: "fixed", capAmount: 20, unit: "万元", document: "深坪府办规〔2020〕6号" },
      { name: "研发投入资助", capType: "max", capAmount: 100, unit: "万元", document: "深坪府办规〔2020〕6号" },
      { name: "创新平台新建资助", capType: "max", capAmount: 300, unit: "万元", document: "深坪府办规〔2020〕6号" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟资助项目计划",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "item", C: "enterprise", D: "creditCode", E: "project", F: "approved" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F4", why: "国家高新技术企业认定奖励 is a fixed 20万元; 30万元 is 10万元 over" },
      { rule: "register.invalid-credit-code", cell: "D9", why: "91440300MA4KKC3U95: the check character over the first 17 characters is X, not 5" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "资助类别 holds the item; 项目名称 is each firm's own project" },
      { rule: "register.location-code-mismatch", why: "440300 is the code of 深圳市, which registers firms of every district; the list has no place column either" },
      { rule: "cap.exceeded", cell: "F7", why: "创新平台新建资助 100万元 is within 300" },
      { rule: "cap.exceeded", cell: "F11", why: "合计 (378.25) is not an award" },
      { rule: "register.duplicate", why: "three firms share the 高企 item but each once" },
    ],
  },
};
