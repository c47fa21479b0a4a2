import type { CorpusLayout } from "../types";

// 青海省工业和信息化厅 notice to the 市（州）工信局: 30 firms recognised as the 第七批 专精特新中小企业 and 9 firms of the 第四批 passing their
// review (复核), named in the notice's prose (the list itself is an annex the stored copy does not show). Laid out as the annex such a notice
// attaches: 序号 | 企业名称 | 统一社会信用代码 | 所在市（州）, one section row for each of the two lists, the notice's instruction and sign-off under it.
export const layout: CorpusLayout = {
  id: "qinghai-srdi-batch7-recognition-and-batch4-review",
  source: {
    title: "青海省第七批专精特新中小企业认定名单及第四批专精特新中小企业复核通过名单（表据正文拟）",
    url: "http://www.haixihuaji.com/a/news/hydt/76.html",
    publisher: "青海省工业和信息化厅",
    changes:
      "The page is prose (企业自愿申报、市（州）初审推荐、专家评审、信用信息查询及社会公示; 30 firms recognised, 9 passing review; the firms must update " +
      "their data on the 工业和信息化部优质中小企业梯度培育平台 before 20 February each year). The table is ours (表据正文拟), cut to eight recognised and " +
      "four reviewed firms; every firm name and code is invented (codes carry the districts of 西宁, 海东, 格尔木, 德令哈, 共和). No money: a recognition " +
      "list. Planted: 西宁昆仑精密机械有限公司 listed twice among the recognised firms (rows 3 and 7); the reviewed 青海平安铝业科技有限公司's code ends in J " +
      "where its GB 32100 check character is B.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "city-column", "section-rows", "two-lists-one-table", "duplicate-firm", "instruction-line-under-table", "signoff-line", "table-from-prose", "rows-cut", "province-fund", "qinghai"],
  settings: { district: "青海省" },
  sheets: [
    {
      name: "认定名单",
      widths: [8, 34, 24, 26],
      rows: [
        ["青海省第七批专精特新中小企业认定名单及第四批专精特新中小企业复核通过名单（表据正文拟）", null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在市（州）"],
        ["一、第七批专精特新中小企业", null, null, null],
        [1, "青海润泽环保科技有限公司", "916301036CEYN96G31", "西宁市"],
        [2, "青海高原锂电材料有限公司", "91632801LXBW714X92", "海西蒙古族藏族自治州"],
        [3, "西宁昆仑精密机械有限公司", "91630104U8754TE56L", "西宁市"],
        [4, "海东河湟食品有限公司", "91630202NTFUWUH29U", "海东市"],
        [5, "青海柴达木盐化科技有限公司", "916328028KDM4L9CXQ", "海西蒙古族藏族自治州"],
        [6, "青海湟水生物科技有限公司", "91630106MG2NCG0J8L", "西宁市"],
        [7, "西宁昆仑精密机械有限公司", "91630104U8754TE56L", "西宁市"],
        [8, "青海共和光伏设备有限公司", "91632521TLYGQ00M6X", "海南藏族自治州"],
        ["二、第四批专精特新中小企业（复核通过）", null, null, null],
        [1, "青海华源新能源有限公司", "91630105APNQY6Y249", "西宁市"],
        [2, "青海平安铝业科技有限公司", "916302034M74WA0P2J", "海东市"],
        [3, "大通高原塑业有限公司", "91630121WTRNCW1R9L", "西宁市"],
        [4, "青海东川药业有限公司", "91630102YGF713TLXE", "西宁市"],
        ["请各地中小企业主管部门及时通知属地企业，并于每年2月20日前组织企业登陆工业和信息化部优质中小企业梯度培育平台更新数据。", null, null, null],
        [null, null, "青海省工业和信息化厅", null],
      ],
      merges: ["A1:D1", "A3:D3", "A12:D12", "A17:D17", "C18:D18"],
    },
  ],
  expect: {
    tables: [
      { sheet: "认定名单", kind: "register", headerRow: 2, lastRow: 16, columns: { B: "enterprise", C: "creditCode", D: "place" } },
    ],
    findings: [
      { rule: "register.duplicate", cell: "B10", why: "西宁昆仑精密机械有限公司 (91630104U8754TE56L) is listed again at 序号 7, after 序号 3 (row 6), in the same list" },
      { rule: "register.invalid-credit-code", cell: "C14", why: "916302034M74WA0P2J: the GB 32100 check character of 916302034M74WA0P2 is B, not J" },
    ],
    absent: [
      { rule: "register.invalid-credit-code", cell: "C4", why: "916301036CEYN96G31 is a valid code" },
      { rule: "register.invalid-credit-code", cell: "C16", why: "91630102YGF713TLXE is a valid code" },
      { rule: "register.ineligible-location", cell: "D5", why: "海西蒙古族藏族自治州 is a prefecture of 青海省" },
      { rule: "register.ineligible-location", cell: "D11", why: "海南藏族自治州 is a prefecture of 青海省 (not the province 海南)" },
      { rule: "register.ineligible-location", cell: "D7", why: "海东市 is a city of 青海省" },
      { rule: "register.location-code-mismatch", why: "every code carries a district of the city or prefecture beside it (6301xx 西宁, 6302xx 海东, 632801/632802 格尔木/德令哈, 632521 共和)" },
      { rule: "register.duplicate", cell: "B13", why: "the reviewed firms are each listed once and none is among the recognised" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.unpaid", why: "nothing is awarded" },
      { rule: "input.unreadable-value", cell: "A17", why: "the instruction and sign-off under the table are no rows" },
    ],
  },
};
