import type { CorpusLayout } from "../types";

// 长沙市长株潭一体化发展事务中心 2023-11-01: the 2023 市级长株潭一体化专项资金 projects proposed for 天心区 and 雨花区 — four projects,
// 180 + 170 + 30 + 20 = 400万元, named in the notice's one paragraph. Laid out as the usual 公示表: 序号 | 项目名称 | 申报单位 | 统一社会信用代码 |
// 所在区 | 拟支持金额（万元）, 合计 at the foot, the objection window under it.
export const layout: CorpusLayout = {
  id: "changsha-2023-cztz-integration-fund-projects",
  source: {
    title: "关于2023年市级长株潭一体化专项资金拟支持项目的公示（拟支持项目表据正文拟）",
    url: "http://www.yyxtravel.com/article/2200.html",
    publisher: "长沙市长株潭一体化发展事务中心（转载）",
    date: "2023-11-01",
    changes:
      "The notice is one paragraph: the four projects and their amounts (天心区医疗产业配套园 180, 长株潭一体化展示中心 170, 走吧去野·跳马自然营地 30, " +
      "长株潭地区糖尿病线上管理平台 20), the districts (天心区, 雨花区) and the objection window 11月1日至11月5日. Ours: the table, the applicants, " +
      "their codes. Planted: the 合计 typed 410 where the four add up to 400; the second applicant's code with a wrong check character (…52 → …53).",
  },
  classes: [
    "register", "project-list", "applicant-column", "credit-codes", "districts-as-places", "whole-wanyuan", "wanyuan-in-header", "total-at-foot",
    "notes-under-table", "table-from-prose", "city-fund", "hunan",
  ],
  settings: { district: "长沙市" },
  sheets: [
    {
      name: "拟支持项目",
      widths: [6, 30, 32, 22, 10, 14],
      rows: [
        ["2023年市级长株潭一体化专项资金拟支持项目", null, null, null, null, null],
        ["序号", "项目名称", "申报单位", "统一社会信用代码", "所在区", "拟支持金额（万元）"],
        [1, "天心区医疗产业配套园", "长沙天心医健产业园运营管理有限公司", "91430103KD8B9DW24W", "天心区", 180],
        [2, "长株潭一体化展示中心", "湖南湘江融城会展服务有限公司", "91430111M9Y8BFNN53", "雨花区", 170],
        [3, "走吧去野·跳马自然营地", "长沙跳马去野文化旅游有限公司", "91430111C59LM4U8N1", "雨花区", 30],
        [4, "长株潭地区糖尿病线上管理平台", "长沙市天心区健享数字医疗科技有限公司", "91430103AKTW61NPPY", "天心区", 20],
        ["合计", null, null, null, null, 410],
        ["公示期为2023年11月1日至11月5日。如有异议，请于公示期内以书面形式实名提出。", null, null, null, null, null],
        [null, null, null, null, "长沙市长株潭一体化发展事务中心", null],
        [null, null, null, null, "2023年11月1日", null],
      ],
      merges: ["A1:F1", "A7:E7", "A8:F8", "E9:F9", "E10:F10"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟支持项目",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 7,
        columns: { B: "project", C: "enterprise", D: "creditCode", E: "place", F: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F7", why: "合计 410; 180 + 170 + 30 + 20 = 400 (10万元 apart; whole 万元, the awards decided)" },
      { rule: "register.invalid-credit-code", cell: "D4", why: "91430111M9Y8BFNN53: the GB 32100 check character of 91430111M9Y8BFNN5 is 2, not 3" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "E4", why: "雨花区 and 天心区 are districts of 长沙市" },
      { rule: "register.location-code-mismatch", why: "430103 is 天心区 and 430111 雨花区, each beside its own district" },
      { rule: "register.duplicate", why: "four different applicants and projects" },
      { rule: "register.unpaid", why: "a 公示 of proposed support records no payments" },
      { rule: "input.unreadable-value", why: "the objection window and the sign-off under the table are text" },
    ],
  },
};
