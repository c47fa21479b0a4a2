import type { CorpusLayout } from "../types";

// 大连高新区营商环境建设局: 2025年辽宁省数字经济专项资金 — applications from the 高新区 under the provincial guide's six directions (做强做优数字产业,
// 强化基础支撑, 培育优质企业, 支持数字化转型, 数字经济试点示范区, 中央预算内投资 projects), gathered and sent on to the 大连市数据局. Laid out as the
// district's list of projects it recommends: firm, code, project, direction, the project's 总投资 and the money asked.
export const layout: CorpusLayout = {
  id: "dalian-hitech-2025-digital-economy-fund-recommended-list",
  source: {
    title: "关于开展2025年辽宁省数字经济专项资金申报工作的通知（大连高新区；拟推荐项目名单据通知拟）",
    url: "https://www.dlhitech.gov.cn/news/view_76455.html",
    publisher: "大连高新区营商环境建设局",
    date: "2025-08",
    changes:
      "As published: the six support directions, the applicant conditions (registered in the 高新区, no serious accident in 3 years, the project in 大连, joint " +
      "applications led by a 大连 firm) and the steps (材料 by 8月18日, the province's third-party review, then 拟支持项目 and 拟奖励主体名单). The notice gives no " +
      "list and no amounts: the list, its columns and every firm, code, project and figure are ours. Planted: 大连星海数据科技's project listed a second time; " +
      "大连旅顺南路云计算's code with a wrong check character. No catalog is loaded: the list's amounts are unchecked against any cap.",
  },
  classes: [
    "register", "item-in-title", "direction-as-category", "project-column", "total-investment-not-base", "credit-codes", "duplicate-firm", "no-place-column",
    "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "district-list", "liaoning",
  ],
  settings: { district: "大连市" },
  sheets: [
    {
      name: "拟推荐项目名单",
      widths: [6, 30, 22, 28, 18, 14, 14],
      rows: [
        ["大连高新区2025年辽宁省数字经济专项资金拟推荐项目名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "项目名称", "支持方向", "项目总投资", "申请支持资金"],
        [1, "大连星海数据科技有限公司", "91210231MA0T2K5B8U", "工业互联网平台建设项目", "做强做优数字产业", 3600, 500],
        [2, "大连软件园智能系统有限公司", "91210211MA0U6M3C46", "算力中心扩容项目", "强化基础支撑", 8200, 800],
        [3, "大连凌水信息技术有限公司", "91210200MA0W4N8D1N", "智能客服大模型应用项目", "培育优质企业", 1450, 200],
        [4, "大连黄泥川精密机械有限公司", "91210231MA0X7P2E63", "车间数字化转型项目", "支持数字化转型", 2280, 300],
        [5, "大连旅顺南路云计算有限公司", "91210211MA0Y3Q9F5E", "边缘计算节点建设项目", "强化基础支撑", 4100, 400],
        [6, "大连七贤岭软件有限公司", "91210231MA0Q5R4G7M", "工业软件研发项目", "做强做优数字产业", 2900, 350],
        [7, "大连星海数据科技有限公司", "91210231MA0T2K5B8U", "工业互联网平台建设项目", "做强做优数字产业", 3600, 500],
        [8, "大连高新海洋数字科技有限公司", "91210200MA10T6H3KU", "海洋牧场数字化项目", "支持数字化转型", 1800, 250],
        ["合计", null, null, null, null, 27930, 3300],
        ["注：申报单位须在大连高新区注册登记、具有独立法人资格，项目建设物理地址位于大连市行政区划内。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A12:E12", "A13:G13"],
      numberFormats: { "F4:G12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟推荐项目名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "project", E: "category", G: "requested" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "G10", why: "大连星海数据科技有限公司 (91210231MA0T2K5B8U), 工业互联网平台建设项目, in row 4 and again in row 10" },
      { rule: "register.invalid-credit-code", cell: "C8", why: "91210211MA0Y3Q9F5E: the check character for the first 17 is L, not E" },
      { rule: "cap.unknown-policy", cell: "G4", why: "the title's policy (2025年辽宁省数字经济专项资金) is in no catalog: the list's amounts are reported once as unchecked" },
    ],
    absent: [
      { rule: "cap.unknown-policy", cell: "E4", why: "支持方向 is the list's category (four repeated directions), no policy item" },
      { rule: "cap.rate-exceeded", why: "项目总投资 describes the project; no rate item applies" },
      { rule: "composition.total-mismatch", cell: "G12", why: "500 + 800 + 200 + 300 + 400 + 350 + 500 + 250 = 3,300, the lines as typed" },
      { rule: "composition.total-mismatch", cell: "F12", why: "3,600 + 8,200 + 1,450 + 2,280 + 4,100 + 2,900 + 3,600 + 1,800 = 27,930" },
      { rule: "register.ineligible-location", why: "no place column; every firm is a 大连 firm" },
      { rule: "register.duplicate", cell: "G5", why: "two 强化基础支撑 projects of different firms are no duplicate" },
    ],
  },
};
