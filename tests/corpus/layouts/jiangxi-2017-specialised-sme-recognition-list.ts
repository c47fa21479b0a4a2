import type { CorpusLayout } from "../types";

// 江西省工信委 2018-01-12: 201 firms (江西车仆实业有限公司 and others) recognised as 2017年全省“专精特新”中小企业 under 赣工信企业字〔2016〕288号,
// valid three years. Laid out as the notice's annex: 附件 line, title, 序号 | 设区市 | 企业名称 | 统一社会信用代码, no money.
export const layout: CorpusLayout = {
  id: "jiangxi-2017-specialised-sme-recognition-list",
  source: {
    title: "江西省工信委关于公布2017年全省“专精特新”中小企业名单的通知（附件：2017年全省“专精特新”中小企业名单）",
    url: "http://jiangxiwuliu.com/html/znck/gsgg/2018/3518.html",
    publisher: "江西省工业和信息化委员会",
    date: "2018-01-12",
    changes:
      "As published: the notice, its documents (赣工信企业字〔2016〕288号, 赣工信企业字【2017】328号), the 201 firms, the three-year validity and the " +
      "addressees (设区市, 省直管试点县（市）, 赣江新区). The stored copy does not show the annex: its columns are ours in the form such lists take, cut to nine " +
      "rows, every firm and code invented (the one firm the notice names is left out). Planted: 赣州章贡稀土's code with a wrong check character; " +
      "九江浔阳光电 listed a second time with the same code.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "cities-as-places", "direct-county-as-place", "annex-title-row", "table-not-in-stored-copy", "province-wide-list", "jiangxi"],
  settings: { district: "江西省" },
  sheets: [
    {
      name: "名单",
      widths: [6, 10, 32, 24],
      rows: [
        ["附件", null, null, null],
        ["2017年全省“专精特新”中小企业名单", null, null, null],
        ["序号", "设区市", "企业名称", "统一社会信用代码"],
        [1, "南昌市", "江西洪城精密机械有限公司", "91360106MA35K7R2XE"],
        [2, "九江市", "九江浔阳光电材料有限公司", "91360403MA37B4L8N8"],
        [3, "赣州市", "赣州章贡稀土新材料有限公司", "91360702MA38C2P6TH"],
        [4, "宜春市", "宜春袁州锂电科技有限公司", "91360902MA36D9W1Q1"],
        [5, "上饶市", "上饶信州光伏组件有限公司", "91361102MA39E5Y3HE"],
        [6, "吉安市", "吉安青原电子电路有限公司", "91360802MA35F8U7KJ"],
        [7, "新余市", "新余渝水钢构科技有限公司", "91360502MA38H6T9PL"],
        [8, "九江市", "九江浔阳光电材料有限公司", "91360403MA37B4L8N8"],
        [9, "瑞金市", "瑞金红都食品有限公司", "91360781MA37G1R4MW"],
      ],
      merges: ["A1:D1", "A2:D2"],
    },
  ],
  expect: {
    tables: [
      { sheet: "名单", kind: "register", headerRow: 3, lastRow: 12, columns: { B: "place", C: "enterprise", D: "creditCode" }, year: 2017 },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "D6", why: "91360702MA38C2P6TH: the check character for 91360702MA38C2P6T is G, not H" },
      { rule: "register.duplicate", cell: "C11", why: "九江浔阳光电材料有限公司 (91360403MA37B4L8N8) is listed on rows 5 and 11" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "C5", why: "the first of the two rows is not the duplicate" },
      { rule: "register.ineligible-location", cell: "B12", why: "瑞金市 is a 省直管试点县（市） of 赣州市, in 江西" },
      { rule: "register.ineligible-location", cell: "B4", why: "南昌、九江、赣州、宜春、上饶、吉安、新余 are cities of 江西" },
      { rule: "register.location-code-mismatch", why: "each code's 3–8 lies in the row's own city (360106 南昌, 360403 九江, 360702 赣州, 360902 宜春, 361102 上饶, 360802 吉安, 360502 新余, 360781 瑞金)" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.unpaid", why: "a recognition list records no awards or payments" },
    ],
  },
};
