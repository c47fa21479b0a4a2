import type { CorpusLayout } from "../types";

// 深圳市科技创新委员会 2019-06-10: the notice of the 2018 second batch of 企业研究开发资助 (1655 firms, 87542.2万元) and its
// annex 拟资助企业名单. The stored copy shows the notice, not the annex: the grid 序号 | 企业名称 | 统一社会信用代码 | 资助金额 is ours.
export const layout: CorpusLayout = {
  id: "shenzhen-2018-rd-funding-batch2-list",
  source: {
    title: "关于2018年第二批企业研究开发资助计划拟资助企业的公示（附件：2018年深圳市企业研究开发资助计划第二批拟资助企业名单）",
    url: "http://www.szhbip.com/index.php/declare_v_42_826.html",
    publisher: "深圳市科技创新委员会",
    date: "2019-06-10",
    changes:
      "As published: the annex line and the list's title. The stored copy does not show the annex body: the columns 序号 | 企业名称 | " +
      "统一社会信用代码 | 资助金额（万元） and the unit caption are ours, cut to seven invented firms with invented codes (440300) and amounts. " +
      "Planted: one credit code with a wrong check character; one firm listed twice.",
  },
  classes: ["register", "award-list", "credit-codes", "one-decimal-wanyuan", "wanyuan-in-header", "no-total-row", "annex-line", "batch-in-title", "no-catalog", "city-fund", "guangdong"],
  settings: { district: "深圳市" },
  sheets: [
    {
      name: "名单",
      widths: [8, 36, 24, 14],
      rows: [
        ["附件", null, null, null],
        ["2018年深圳市企业研究开发资助计划第二批拟资助企业名单", null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "资助金额（万元）"],
        [1, "深圳市鹏程微芯科技有限公司", "91440300MA5EQ7K2XQ", 58.6],
        [2, "深圳市海岸光电材料有限公司", "91440300MA5DL3R8WF", 120.4],
        [3, "深圳市前湾智能装备有限公司", "91440300MA5F0B6N4U", 35.2],
        [4, "深圳市蛇口生物医药研究有限公司", "91440300MA5EM9T1JM", 212.8],
        [5, "深圳市梧桐数据服务有限公司", "91440300MA5FA4H7CE", 17.5],
        [6, "深圳市坪山新能源电池有限公司", "91440300MA5DW2P5EC", 74.9],
        [7, "深圳市鹏程微芯科技有限公司", "91440300MA5EQ7K2XQ", 41.3],
      ],
      merges: ["A2:D2"],
    },
  ],
  expect: {
    tables: [
      { sheet: "名单", kind: "register", unit: "万元", headerRow: 3, lastRow: 10, columns: { B: "enterprise", C: "creditCode", D: "approved" }, year: 2018 },
    ],
    findings: [
      { rule: "register.invalid-credit-code", sheet: "名单", cell: "C7", why: "91440300MA5EM9T1JM: the check character for 91440300MA5EM9T1J is L, not M" },
      { rule: "register.duplicate", sheet: "名单", cell: "D10", why: "深圳市鹏程微芯科技有限公司 (91440300MA5EQ7K2XQ) again in row 10 under the same list and year; first at row 4" },
      { rule: "cap.unknown-policy", sheet: "名单", cell: "D4", why: "no catalog: the list's policy (from its title) is reported once as unchecked, at the first row's amount" },
    ],
    absent: [
      { rule: "register.invalid-credit-code", sheet: "名单", cell: "C5", why: "91440300MA5DL3R8WF is valid: its check character is F" },
      { rule: "register.duplicate", sheet: "名单", cell: "D9", why: "深圳市坪山新能源电池有限公司 is listed once" },
      { rule: "input.unreadable-value", sheet: "名单", cell: "A1", why: "the annex line is a label above the title" },
    ],
  },
};
