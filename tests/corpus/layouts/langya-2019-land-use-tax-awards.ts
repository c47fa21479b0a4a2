import type { CorpusLayout } from "../types";

// 滁州市琅琊区 2020-08: the district paid 29 firms 925.49万元 of 2019 城镇土地使用税奖励 (滁州日报 A07, 琅琊新闻). Laid out as the
// award list such a payment rests on: firm, code, 街道, the 2019 tax paid beside the award, 万元, a 合计 at the foot and a sign-off.
export const layout: CorpusLayout = {
  id: "langya-2019-land-use-tax-awards",
  source: {
    title: "精准施策助推实体经济高质量发展（滁州日报2020-08-18 A07：为29户企业兑现2019年城镇土地使用税奖励资金925.49万元；名单据正文拟）",
    url: "http://szbk.chuzhou.cn/czrb/pc/content/202008/18/content_41449.html",
    publisher: "滁州日报（琅琊区）",
    date: "2020-08-18",
    changes:
      "The report gives only the total (29户, 925.49万元) and the year of the tax (2019); the list itself, its title, columns, firms, codes " +
      "(琅琊区 341102), 街道, tax figures and awards are ours, cut to 12 rows. Planted: 滁州清流电子科技 listed twice for the same award; " +
      "滁州乌衣物流, registered in 南谯区乌衣镇, outside 琅琊区; 滁州南门印务's code with a wrong check character.",
  },
  classes: ["register", "table-from-prose", "item-in-title", "year-in-title", "no-catalog", "base-column", "credit-codes", "streets-as-places", "development-zone-among-streets", "wanyuan-in-header", "total-at-foot", "signoff-line", "district-government", "anhui"],
  settings: { district: "琅琊区" },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 32, 22, 16, 20, 16],
      rows: [
        ["琅琊区2019年度城镇土地使用税奖励资金拟奖励企业名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在街道（园区）", "2019年实缴城镇土地使用税（万元）", "奖励资金（万元）"],
        [1, "滁州扬子精工机械有限公司", "91341102MA2NBK4R24", "扬子街道", 58.36, 52.52],
        [2, "滁州琅琊山新材料有限公司", "91341102MA2P7QX815", "琅琊街道", 44.1, 39.69],
        [3, "滁州清流电子科技有限公司", "91341102MA2R5L6C3M", "清流街道", 96.24, 86.62],
        [4, "滁州三里亭食品有限公司", "913411027049381X5A", "三里亭街道", 120.5, 108.45],
        [5, "滁州西涧包装有限公司", "91341102MA2TE3H048", "西涧街道", 37.8, 34.02],
        [6, "滁州丰山汽车部件有限公司", "91341102MA2U8D5J7C", "丰山街道", 82.15, 73.94],
        [7, "滁州东门纺织有限公司", "91341102MA2W4N9P1A", "东门街道", 28.6, 25.74],
        [8, "滁州乌衣物流有限公司", "91341103MA2NF0B57T", "南谯区乌衣镇", 40, 36],
        [9, "滁州清流电子科技有限公司", "91341102MA2R5L6C3M", "清流街道", 96.24, 86.62],
        [10, "滁州南门印务有限公司", "91341102MA2X3G7T5Y", "南门街道", 22.4, 20.16],
        [11, "滁州北门五金制品有限公司", "91341102MA8L2Q6Y0W", "北门街道", 31.7, 28.53],
        [12, "滁州琅琊经开区精密铸造有限公司", "91341102MA8N5R1A3Q", "琅琊经济开发区", 65.3, 58.77],
        ["合计", null, null, null, 723.39, 651.06],
        ["琅琊区财政局    琅琊区经济和信息化局    2020年7月", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A15:D15", "A16:F16"],
      numberFormats: { "E3:F15": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 15,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "base", F: "approved" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "F11", why: "滁州清流电子科技 (91341102MA2R5L6C3M) already has this 2019 award on row 5 (86.62 both times)" },
      { rule: "register.ineligible-location", cell: "D10", why: "南谯区乌衣镇 is in 滁州市南谯区, not 琅琊区" },
      { rule: "register.invalid-credit-code", cell: "C12", why: "91341102MA2X3G7T5Y: the check character over the first 17 should be X" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "D14", why: "琅琊经济开发区 lies in 琅琊区" },
      { rule: "register.ineligible-location", cell: "D6", why: "三里亭街道 is a street of 琅琊区 (and so are 扬子、琅琊、清流、西涧、丰山、东门、南门、北门)" },
      { rule: "register.location-code-mismatch", cell: "C10", why: "the row's place is already outside the district; the mismatch warning is for rows placed inside" },
      { rule: "register.duplicate", cell: "F13", why: "北门五金 is listed once" },
      { rule: "register.paid-exceeds-award", why: "the list has no payment columns; 实缴城镇土地使用税 is the tax the firm paid, not money paid to it" },
      { rule: "register.unpaid", why: "no as-of date; a list of awards to be paid" },
      { rule: "input.unreadable-value", why: "the sign-off line under the table is text, not a row" },
    ],
  },
};
