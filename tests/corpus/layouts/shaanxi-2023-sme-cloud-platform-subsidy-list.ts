import type { CorpusLayout } from "../types";

// 陕西省工信厅 / 财政厅 2022-09: 2023年度中小企业“上云上平台”项目申报 — a one-time subsidy at a share of the contract paid to a
// listed public-cloud platform (陕财办资〔2020〕241号). Laid out as the subsidy list by 市, with firms, codes and figures of our own.
export const layout: CorpusLayout = {
  id: "shaanxi-2023-sme-cloud-platform-subsidy-list",
  source: {
    title: "关于组织开展2023年度中小企业“上云上平台”项目申报工作的通知（拟补贴企业名单据通知拟）",
    url: "http://www.ledzulin.net/shenbao/3939.html",
    publisher: "陕西省工业和信息化厅、陕西省财政厅",
    date: "2022-09-05",
    changes:
      "As published: the notice (支持重点, 支持方式: 按合同金额的一定比例给予一次性补贴, 以书面合同金额及实付款项为准; 申报 2022-09-05 to 10-31); no list, no share stated. " +
      "Ours: the list — 序号 | 设区市 | 企业名称 | 统一社会信用代码 | 合同金额 | 实付金额 | 补贴金额 (万元), firms, codes, figures (20% of the paid sum), 合计 and note. " +
      "Planted: 宝鸡钛谷新材料有限公司 listed a second time (row 10); 渭南华州食品科技有限公司's code with a wrong check character.",
  },
  classes: ["register", "rate-award", "base-column", "contract-and-paid-columns", "credit-codes", "cities-as-places", "place-column-first", "one-firm-two-rows", "item-in-title", "no-catalog", "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "province-fund", "shaanxi"],
  settings: { district: "陕西省" },
  sheets: [
    {
      name: "补贴名单",
      widths: [6, 10, 30, 22, 14, 14, 14],
      rows: [
        ["2023年度陕西省中小企业“上云上平台”项目拟补贴企业名单", null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null],
        ["序号", "设区市", "企业名称", "统一社会信用代码", "合同金额", "实付金额", "补贴金额"],
        [1, "西安市", "西安秦智精密机械有限公司", "91610100MA6TA1B2CT", 40, 40, 8],
        [2, "宝鸡市", "宝鸡钛谷新材料有限公司", "91610300MA6XD3E4FY", 25.6, 25.6, 5.12],
        [3, "咸阳市", "咸阳秦都电子元件有限公司", "91610400MA6YG5H6JQ", 18, 18, 3.6],
        [4, "渭南市", "渭南华州食品科技有限公司", "91610500MA6WK7L8MU", 12.5, 12.5, 2.5],
        [5, "西安市", "西安曲江云印数码有限公司", "91610100MA6UN9P1QC", 30, 30, 6],
        [6, "咸阳市", "咸阳泾河智能装备有限公司", "91610400MA6WP2Q3RE", 22.4, 22.4, 4.48],
        [7, "宝鸡市", "宝鸡钛谷新材料有限公司", "91610300MA6XD3E4FY", 25.6, 25.6, 5.12],
        ["合计", null, null, null, 174.1, 174.1, 34.82],
        ["注：补贴金额以企业与平台服务商签订的书面合同金额及实付款项为准，按一定比例给予一次性补贴。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:G2", "A11:D11", "A12:G12"],
      numberFormats: { "E4:G11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "补贴名单", kind: "register", unit: "万元", headerRow: 3, lastRow: 11, columns: { B: "place", C: "enterprise", D: "creditCode", F: "base", G: "approved" }, year: 2023 },
    ],
    findings: [
      { rule: "register.duplicate", cell: "G10", why: "宝鸡钛谷新材料有限公司 (91610300MA6XD3E4FY) listed again in the same 2023 list, 5.12万元; first at row 5" },
      { rule: "register.invalid-credit-code", cell: "D7", why: "91610500MA6WK7L8MU: the GB 32100-2015 check character of 91610500MA6WK7L8M is T, not U" },
      { rule: "cap.unknown-policy", cell: "G4", why: "no catalog: the list's item (中小企业“上云上平台”项目补贴, from its title) is in none; reported once for the 7 rows" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "G11", why: "8 + 5.12 + 3.60 + 2.50 + 6 + 4.48 + 5.12 = 34.82; 合同 and 实付 40 + 25.6 + 18 + 12.5 + 30 + 22.4 + 25.6 = 174.10" },
      { rule: "register.ineligible-location", why: "西安、宝鸡、咸阳、渭南 are cities of 陕西省" },
      { rule: "register.location-code-mismatch", cell: "D4", why: "codes' characters 3–8 (610100, 610300, 610400, 610500) match each firm's city" },
      { rule: "register.paid-exceeds-award", cell: "F4", why: "实付金额 is what the firm paid the platform (the base), not a payment of the subsidy" },
    ],
  },
};
