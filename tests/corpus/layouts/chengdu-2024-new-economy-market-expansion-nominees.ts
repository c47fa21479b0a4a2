import type { CorpusLayout } from "../types";

// 成都市经信局 市新经济委 2024 (成经信财〔2024〕34号): the call for 2024 新经济梯度培育 awards; each 区（市）县 sends its 初审 result as
// 附件3 《2024年成都市支持新经济双百、示范企业开拓外地市场资金奖励项目推荐汇总表》. The form's body is ours: a recognition-style
// summary with no amount column (序号 | 区（市）县 | 企业名称 | 统一社会信用代码 | 申报类别 | 联系人 | 联系电话).
export const layout: CorpusLayout = {
  id: "chengdu-2024-new-economy-market-expansion-nominees",
  source: {
    title: "关于开展2024年度新经济梯度培育奖励项目申报工作的通知（附件3：推荐汇总表据通知拟）",
    url: "https://lr5.cn/?p=45755",
    publisher: "成都市经济和信息化局、成都市新经济发展委员会",
    date: "2024-04",
    changes:
      "The notice names 附件3 but the stored copy does not show it: the summary form is built on its name (table from prose) — title, " +
      "填报单位 / 日期 line, the headers, a sign-off line. Firms, codes, districts and contacts are ours. Planted: a firm of 德阳市旌阳区 " +
      "in a 成都 list; one credit code with a wrong check character; the 武侯区 firm listed twice.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "districts-as-places", "place-outside-city", "credit-codes", "duplicate-row", "contact-columns", "filler-line", "sign-off", "table-from-prose", "city-policy", "sichuan"],
  settings: { district: "成都市" },
  sheets: [
    {
      name: "附件3",
      widths: [6, 14, 34, 24, 18, 10, 14],
      rows: [
        ["附件3", null, null, null, null, null, null],
        ["2024年成都市支持新经济双百、示范企业开拓外地市场资金奖励项目推荐汇总表", null, null, null, null, null, null],
        ["填报单位（盖章）：", null, null, null, "填报日期：2024年6月12日", null, null],
        ["序号", "区（市）县", "企业名称", "统一社会信用代码", "申报类别", "联系人", "联系电话"],
        [1, "锦江区", "成都锦江云帆数字科技有限公司", "91510104MA6BW3K79A", "新经济“双百”企业", "王敏", "028-8661××××"],
        [2, "青羊区", "成都少城智联科技有限公司", "91510105MA62T8XQ41", "新经济示范企业", "李娟", "028-8627××××"],
        [3, "武侯区", "成都武侯智汇数据服务有限公司", "91510107MA6C1PR359", "新经济“双百”企业", "张磊", "028-8553××××"],
        [4, "成华区", "成都东郊记忆文创科技有限公司", "91510108MA69UK2D8E", "新经济示范企业", "刘洋", "028-8432××××"],
        [5, "金牛区", "成都金牛星河软件有限公司", "91510106MA6BK5QW3F", "新经济示范企业", "陈静", "028-8759××××"],
        [6, "德阳市旌阳区", "德阳旌能氢能科技有限公司", "91510603MA6A4TK92U", "新经济示范企业", "杨帆", "0838-220××××"],
        [7, "武侯区", "成都武侯智汇数据服务有限公司", "91510107MA6C1PR359", "新经济“双百”企业", "张磊", "028-8553××××"],
        ["审核人：", null, null, "填表人：", null, null, null],
      ],
      merges: ["A2:G2", "A3:D3", "E3:G3"],
    },
  ],
  expect: {
    tables: [
      { sheet: "附件3", kind: "register", headerRow: 4, lastRow: 11, columns: { B: "place", C: "enterprise", D: "creditCode", E: "category" }, year: 2024 },
    ],
    findings: [
      { rule: "register.ineligible-location", cell: "B10", why: "德阳市旌阳区 is outside 成都市" },
      { rule: "register.invalid-credit-code", cell: "D8", why: "91510108MA69UK2D8E: the check character for 91510108MA69UK2D8 is D, not E" },
      { rule: "register.duplicate", cell: "C11", why: "成都武侯智汇数据服务有限公司 (91510107MA6C1PR359) listed again (row 7)" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "B5", why: "锦江、青羊、武侯、成华、金牛区 are districts of 成都市" },
      { rule: "cap.unknown-policy", why: "the list has no amount column: no amount goes unchecked" },
      { rule: "register.location-code-mismatch", cell: "D10", why: "510603 is 旌阳区, the place written beside it" },
      { rule: "register.duplicate", cell: "C8", why: "新经济示范企业 on several rows is the category, not one firm" },
    ],
  },
};
