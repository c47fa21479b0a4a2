import type { CorpusLayout } from "../types";

// 成都市新都区经济和信息化局 2022-08-03: the 公示 of the firms it puts forward for the second batch of 四川省产教融合示范项目 — two firms,
// named in the notice's prose, no money. Laid out as the short recognition list such a 公示 attaches: 序号 | 企业名称 | 统一社会信用代码 |
// 所属镇（街道） | 推荐类别, the objection and sign-off lines under it.
export const layout: CorpusLayout = {
  id: "xindu-2022-industry-education-demo-nominees",
  source: {
    title: "新都区第二批四川省产教融合示范项目拟推荐企业名单公示（表据正文拟）",
    url: "https://chacewang.com/newsdetail/news137730.html",
    publisher: "成都市新都区经济和信息化局",
    date: "2022-08-03",
    changes:
      "The page is prose: two firms (names replaced by invented ones) meet the 拟推荐企业名单 requirements after 企业自愿申报, 镇（街道）、功能区管委会初审, " +
      "区经信局复审; the objection channels (区经信局工业运行科, 驻局纪检监察组) and the sign-off are kept as lines under the table. The table itself " +
      "(序号 | 企业名称 | 统一社会信用代码 | 所属镇（街道） | 推荐类别) is ours (表据正文拟), its codes (新都区 510114) and towns too. No amount: a recognition " +
      "list. Planted: the second firm's code ends in X where its GB 32100 check character is W.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "town-column", "two-rows", "objection-lines-under-table", "signoff-line", "table-from-prose", "district-fund", "sichuan"],
  settings: { district: "成都市新都区", asOf: "2022-08-03" },
  sheets: [
    {
      name: "拟推荐名单",
      widths: [8, 34, 24, 16, 22],
      rows: [
        ["第二批四川省产教融合示范项目拟推荐企业名单（表据正文拟）", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所属镇（街道）", "推荐类别"],
        [1, "成都锦新药业股份有限公司", "91510114QM34B6T9YT", "大丰街道", "产教融合型企业"],
        [2, "成都蓉电信息产业有限公司", "91510114688RHTN69X", "新都街道", "产教融合型企业"],
        ["公示时间：2022年8月3日至2022年8月9日。公示期间如有异议，任何单位和个人均可通过来信、来电、来访的形式向区经信局工业运行科、区纪委监委驻区经信局纪检监察组反映问题；以单位名义反映的需加盖公章，以个人名义反映的请署本人真实姓名和联系方式。", null, null, null, null],
        ["联系电话：区纪委监委驻区经信局纪检监察组 64320039；区经信局工业运行科 83972633", null, null, null, null],
        [null, null, null, "新都区经济和信息化局", null],
        [null, null, null, "2022年8月3日", null],
      ],
      merges: ["A1:E1", "A5:E5", "A6:E6", "D7:E7", "D8:E8"],
    },
  ],
  expect: {
    tables: [
      { sheet: "拟推荐名单", kind: "register", headerRow: 2, lastRow: 4, columns: { B: "enterprise", C: "creditCode", D: "place", E: "category" } },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "C4", why: "91510114688RHTN69X: the GB 32100 check character of 91510114688RHTN69 is W, not X" },
    ],
    absent: [
      { rule: "register.invalid-credit-code", cell: "C3", why: "91510114QM34B6T9YT is a valid code" },
      { rule: "register.ineligible-location", cell: "D3", why: "大丰街道 is a 街道 of 新都区" },
      { rule: "register.ineligible-location", cell: "D4", why: "新都街道 is a 街道 of 新都区" },
      { rule: "register.location-code-mismatch", why: "both codes carry 510114, 新都区's own district code" },
      { rule: "register.duplicate", why: "two different firms, each once" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.unpaid", why: "nothing is awarded: a list of nominees" },
      { rule: "input.unreadable-value", why: "the 公示时间, phone and sign-off lines are notes under the table" },
    ],
  },
};
