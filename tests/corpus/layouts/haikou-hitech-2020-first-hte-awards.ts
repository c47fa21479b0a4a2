import type { CorpusLayout } from "../types";

// 海南日报 2020-03-11: 海口国家高新区 paid its first batch of awards to 8 firms first recognised as high-tech enterprises in 2018 and 2019,
// 30万元 each (240万元), under its 高新技术企业奖励暂行规定. As the award list: 序号 | 企业名称 | 统一社会信用代码 | 首次认定年度 | 奖励金额.
export const layout: CorpusLayout = {
  id: "haikou-hitech-2020-first-hte-awards",
  source: {
    title: "海口高新区奖励8家高新技术企业（奖励名单表据正文拟）",
    url: "http://hainan.china.com.cn/2020-03/11/content_41088317.html",
    publisher: "海口国家高新技术产业开发区（海南日报）",
    date: "2020-03-11",
    changes:
      "The page is prose: the standard (首次通过高新技术企业认定, 一次性30万元) and the batch (8家, 2018、2019年认定) are kept; the list is ours " +
      "(invented firms with valid codes of 海口, the 首次认定年度 column, 合计). Planted: 海南椰风智能装备 given 50 (30 a firm); 海口美安生物科技 " +
      "listed twice in the batch.",
  },
  classes: ["register", "fixed-cap", "approval-year-column", "credit-codes", "item-in-title", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "development-zone", "hainan"],
  settings: { district: "海口市" },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 34, 22, 14, 16],
      rows: [
        ["海口国家高新区首次通过高新技术企业认定奖励名单（第一批）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "首次认定年度", "奖励金额"],
        [1, "海南椰风智能装备有限公司", "91460100MA5T4L8C21", 2018, 50],
        [2, "海口美安生物科技有限公司", "91460100MA5RN2PX6T", 2018, 30],
        [3, "海南药谷制药有限公司", "91460100MA5TCK9F3K", 2018, 30],
        [4, "海口云龙信息技术有限公司", "91460100MA5U1X7H56", 2019, 30],
        [5, "海南狮子岭新材料有限公司", "91460100MA5RW3G81K", 2019, 30],
        [6, "海口美安生物科技有限公司", "91460100MA5RN2PX6T", 2018, 30],
        [7, "海南南海节水科技有限公司", "91460100MA5T88M278", 2019, 30],
        [8, "海口药谷医疗器械有限公司", "91460100MA5TH6E34F", 2019, 30],
        ["合计", null, null, null, 260],
        ["注：根据《海口国家高新区高新技术企业奖励暂行规定》，对2018年、2019年首次通过高新技术企业认定的企业给予一次性30万元奖励。", null, null, null, null],
      ],
      merges: ["A1:E1", "A12:D12", "A13:E13"],
      numberFormats: { "E4:E12": "0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "首次通过高新技术企业认定", capType: "fixed", capAmount: 30, unit: "万元", document: "海口国家高新区高新技术企业奖励暂行规定" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "approvalYear", E: "approved" },
        item: "首次通过高新技术企业认定",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E4", why: "椰风智能装备 given 50.00 where the award is 30万元 a firm: 20.00万元 over" },
      { rule: "register.duplicate", cell: "E9", why: "海口美安生物科技 (same code) is listed again in the same batch (rows 5 and 9)" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "E12", why: "合计 260 = 50 + 7 × 30 is not an award" },
      { rule: "composition.total-mismatch", cell: "E12", why: "the foot adds the eight rows as typed" },
      { rule: "register.duplicate", cell: "E5", why: "the first of the two rows is not the duplicate" },
      { rule: "register.duplicate", cell: "B11", why: "海口药谷医疗器械 and 海南药谷制药 are two firms" },
      { rule: "cap.unknown-policy", why: "the list's award is in the catalog" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
      { rule: "input.unreadable-value", cell: "A13", why: "the note under the list" },
    ],
  },
};
