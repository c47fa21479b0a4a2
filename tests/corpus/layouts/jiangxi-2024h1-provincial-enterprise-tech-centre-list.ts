import type { CorpusLayout } from "../types";

// 江西省工信厅 / 财政厅 / 税务局 2024-07-19: the firms newly recognised as 省级企业技术中心 in the first half of 2024 (第27批) — 序号 |
// 设区市 | 企业名称 | 统一社会信用代码, by city, no money; a note under it.
export const layout: CorpusLayout = {
  id: "jiangxi-2024h1-provincial-enterprise-tech-centre-list",
  source: {
    title: "关于公布2024年上半年（第27批）新认定及全部江西省省级企业技术中心名单的通知（附件1名单据正文拟）",
    url: "https://www.chacewang.com/newsdetail/news653075.html",
    publisher: "江西省工业和信息化厅 江西省财政厅 国家税务总局江西省税务局 (notice stored on 查策网)",
    date: "2024-07-19",
    changes:
      "The stored page carries the notice but not its PDF annexes; the list is ours (表据正文拟). As published: the annex's name (附件1 2024年上半年（第27批）" +
      "江西省省级企业技术中心名单), 86 firms recognised after application, review, defence, site checks and publicity, the 管理办法 (赣工信规字〔2020〕2号) " +
      "named in the note. Ours: the columns, thirteen rows cut from the 86, every firm (invented) and credit code. Planted: 南康家居智造's code has a wrong " +
      "check character; 江西赣昌新能源装备 listed again at the foot.",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "credit-codes", "invalid-credit-code", "duplicate-enterprise", "cities-as-places",
    "batch-in-title", "annex-label", "notes-under-table", "table-from-prose", "province-list", "jiangxi",
  ],
  settings: { district: "江西省" },
  sheets: [
    {
      name: "第27批名单",
      widths: [6, 10, 34, 22],
      rows: [
        ["附件1", null, null, null],
        ["2024年上半年（第27批）江西省省级企业技术中心名单", null, null, null],
        ["序号", "设区市", "企业名称", "统一社会信用代码"],
        [1, "南昌市", "南昌航宇精工科技有限公司", "91360111MA3D7Q1R5D"],
        [2, "南昌市", "江西赣昌新能源装备有限公司", "91360121MA3E2T6U8Y"],
        [3, "南昌市", "南昌红谷智联信息技术有限公司", "91360113MA3F9W3X1Y"],
        [4, "九江市", "九江濂溪化工新材料有限公司", "91360402MA3G4Y7A21"],
        [5, "九江市", "瑞昌铜业精密制造有限公司", "91360481MA3H6B9C4T"],
        [6, "赣州市", "赣州章贡稀土功能材料有限公司", "91360702MA3J8D2E6X"],
        [7, "赣州市", "南康家居智造有限公司", "91360703MA3K1F4G9Y"],
        [8, "宜春市", "宜春袁州锂电科技有限公司", "91360902MA3L3H6J1Y"],
        [9, "上饶市", "上饶信州光学仪器有限公司", "91361102MA3M5K8L36"],
        [10, "吉安市", "吉安吉州电子电路有限公司", "91360802MA3N7M1P50"],
        [11, "抚州市", "抚州临川生物医药有限公司", "91361002MA3P9N3Q7Y"],
        [12, "新余市", "新余渝水钢材深加工有限公司", "91360502MA3Q2P5R9J"],
        [13, "南昌市", "江西赣昌新能源装备有限公司", "91360121MA3E2T6U8Y"],
        ["注：认定及管理按《江西省省级企业技术中心管理办法》（赣工信规字〔2020〕2号）执行。", null, null, null],
      ],
      merges: ["A2:D2", "A17:D17"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "第27批名单",
        kind: "register",
        headerRow: 3,
        lastRow: 16,
        columns: { B: "place", C: "enterprise", D: "creditCode" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "D10", why: "91360703MA3K1F4G9Y: the GB 32100 check character of 91360703MA3K1F4G9 is X, not Y" },
      { rule: "register.duplicate", cell: "C16", why: "江西赣昌新能源装备有限公司 (91360121MA3E2T6U8Y) is already on row 5 of the same list" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.ineligible-location", why: "南昌、九江、赣州、宜春、上饶、吉安、抚州、新余 are all 设区市 of 江西省" },
      { rule: "register.location-code-mismatch", cell: "D8", why: "characters 3–8 (360481 瑞昌市) lie in 九江市, the row's city; every code's area is in its row's city" },
      { rule: "register.invalid-credit-code", cell: "D12", why: "91361102MA3M5K8L36 is valid (check character 6)" },
      { rule: "input.unreadable-value", cell: "A17", why: "the note under the list is text" },
    ],
  },
};
