import type { CorpusLayout } from "../types";

// 济南高新区 2020-12 (济南时报): the zone pays its own award to 高新技术企业 — 20万元 to a firm recognised for the first time, 10万元 to one
// recognised again (on top of the province's and city's). Laid out as the zone's list of firms to be paid: 认定类型 naming the kind of each
// award beside the firm's certificate number, the amount in 万元.
export const layout: CorpusLayout = {
  id: "jinan-hitech-2020-hitech-firm-recognition-awards",
  source: {
    title: "济南高新区高企总数突破千家（济南时报；拟兑现名单据正文拟）",
    url: "https://yybnet.net/jinan/news/202012/11092345.html",
    publisher: "济南时报（济南高新区）",
    date: "2020-12",
    changes:
      "As published: the zone's award (高新技术企业认定奖励) and its two amounts, 首次认定 20万元 and 再次认定 10万元, carried into the catalog as one " +
      "item per kind. The report is prose: the list (序号 | 企业名称 | 统一社会信用代码 | 认定类型 | 高新技术企业证书编号 | 奖励金额（万元）), its title, " +
      "firms, codes, certificate numbers and awards are ours, cut to 10 rows. Planted: a firm recognised again paid the first-time 20万元; one firm " +
      "listed twice; one code with a wrong check character (…T47 for …T43).",
  },
  classes: [
    "register", "kind-column-names-item", "items-by-kind-in-brackets", "fixed-cap", "certificate-number-column", "credit-codes",
    "no-place-column", "item-in-title", "year-in-title", "wanyuan-in-header", "total-at-foot", "catalog-from-json", "development-zone", "shandong",
  ],
  catalog: {
    items: [
      { name: "高新技术企业认定奖励（首次认定）", capType: "fixed", capAmount: 20, unit: "万元", document: "济南高新区 高新技术企业区级奖励（首次认定20万元）" },
      { name: "高新技术企业认定奖励（再次认定）", capType: "fixed", capAmount: 10, unit: "万元", document: "济南高新区 高新技术企业区级奖励（再次认定10万元）" },
    ],
  },
  sheets: [
    {
      name: "拟兑现名单",
      widths: [6, 32, 22, 12, 20, 16],
      rows: [
        ["济南高新区2020年度高新技术企业认定奖励资金拟兑现企业名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "认定类型", "高新技术企业证书编号", "奖励金额（万元）"],
        [1, "济南齐鲁软件科技有限公司", "91370100MA3C2K4P1Q", "首次认定", "GR202037000118", 20],
        [2, "济南泉城智能装备有限公司", "91370100MA3C3L5Q2H", "再次认定", "GR202037000342", 10],
        [3, "济南汉峪生物医药有限公司", "91370100MA3C4M6R3A", "首次认定", "GR202037000519", 20],
        [4, "济南舜华信息技术有限公司", "91370100MA3C5N7T47", "首次认定", "GR202037000687", 20],
        [5, "济南章锦新材料有限公司", "91370100MA3C6P8U5U", "再次认定", "GR202037000733", 20],
        [6, "济南奥体数据服务有限公司", "91370100MA3C7Q9W6L", "首次认定", "GR202037000905", 20],
        [7, "济南齐鲁软件科技有限公司", "91370100MA3C2K4P1Q", "首次认定", "GR202037000118", 20],
        [8, "济南孙村电气设备有限公司", "91370100MA3C8R1X7A", "再次认定", "GR202037001126", 10],
        [9, "济南药谷医疗器械有限公司", "91370100MA3C9T2Y83", "首次认定", "GR202037001258", 20],
        [10, "济南高新检测认证有限公司", "91370100MA3CAU3A96", "再次认定", "GR202037001374", 10],
        ["合计", null, null, null, null, 170],
      ],
      merges: ["A1:F1", "A13:E13"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", D: "category", F: "approved" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F7", why: "再次认定 is 高新技术企业认定奖励（再次认定）, a fixed 10万元; 20 listed, 10万元 over" },
      { rule: "register.duplicate", cell: "F9", why: "济南齐鲁软件科技 (91370100MA3C2K4P1Q) already has the 2020 首次认定 award on row 3" },
      { rule: "register.invalid-credit-code", cell: "C6", why: "the first 17 characters 91370100MA3C5N7T4 give the check character 3, not 7" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F3", why: "首次认定 20 is the fixed 20万元" },
      { rule: "cap.exceeded", cell: "F13", why: "合计 170 = 20 × 7 + 10 × 3, the list's total, no award" },
      { rule: "cap.unknown-policy", why: "each row's 认定类型 closes one catalog item's name in brackets; the title names the award" },
      { rule: "register.duplicate", cell: "F4", why: "the three other 再次认定 firms and the 首次认定 firms are each listed once; 证书编号 are certificate numbers" },
      { rule: "register.ineligible-location", why: "the list gives no place" },
      { rule: "input.unreadable-value", why: "证书编号 (GR2020…) and 认定类型 are text describing the row" },
      { rule: "register.unpaid", why: "a 拟兑现 list records no payments" },
    ],
  },
};
