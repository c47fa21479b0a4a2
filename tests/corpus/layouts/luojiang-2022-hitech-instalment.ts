import type { CorpusLayout } from "../types";

// 泉州市洛江区科学技术局 2024-08-15 (泉洛政科〔2024〕16号): the district's 10万元 share per firm,
// 6万元 already paid, 4万元 paid now. An instalment list: approved, paid before, paid now.
export const layout: CorpusLayout = {
  id: "luojiang-2022-hitech-instalment",
  source: {
    title: "洛江区科学技术局关于下达2022年高新技术企业认定奖补资金的通知（附件1：2022年获认定高新技术企业奖补区级承担资金明细表）",
    url: "http://qzlj.gov.cn/zwgk/zfxxgkzl/bmzfxxgk/kxjsj/zfxxgkml/202409/t20240903_3077718.htm",
    publisher: "泉州市洛江区科学技术局",
    date: "2024-08-15",
    changes:
      "The stored copy ends at the annex title; its columns are ours, following the notice (区级给予每家10万元奖励，" +
      "已下达6万元，本次下达资金每家4万元; a separate 暂缓发放明细表 exists). Ten firms instead of 36, names, " +
      "towns and credit codes invented (codes valid GB 32100 with the 洛江区 area code 350504). Planted: firm 4 " +
      "is paid 6万元 now on top of 6万元 before (12 > 10); firm 7's code has a wrong check character.",
  },
  classes: ["register", "instalments", "item-in-title", "credit-codes", "towns-as-places", "wanyuan-caption"],
  settings: { district: "洛江区" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 30, 22, 12, 12, 10, 10, 12],
      rows: [
        ["附件1", null, null, null, null, null, null, null],
        ["2022年获认定高新技术企业奖补区级承担资金明细表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在乡镇（街道）", "区级奖补金额", "已下达", "本次下达", "备注"],
        [1, "泉州万安精密机械有限公司", "91350504MA6B2UFE0T", "万安街道", 10, 6, 4, null],
        [2, "福建双阳新材料科技有限公司", "91350504MA4PRYB909", "双阳街道", 10, 6, 4, null],
        [3, "泉州河市电子科技有限公司", "91350504MA48MWK22H", "河市镇", 10, 6, 4, null],
        [4, "福建马甲智能装备有限公司", "91350504MA0PQ14J58", "马甲镇", 10, 6, 6, null],
        [5, "泉州罗溪生物科技有限公司", "91350504MA46RY4W7Y", "罗溪镇", 10, 6, 4, null],
        [6, "泉州洛江光电科技有限公司", "91350504MA06G59D7Q", "万安街道", 10, 6, 4, null],
        [7, "福建虹山环保科技有限公司", "91350504MA2JNBB03N", "虹山乡", 10, 6, 4, null],
        [8, "泉州洛阳桥建材有限公司", "91350504MA6QKAQ54B", "双阳街道", 10, 6, 4, null],
        [9, "泉州紫山茶业科技有限公司", "91350504MA2UAQ644J", "罗溪镇", 10, 6, 0, "暂缓发放"],
        [10, "福建洛江数控科技有限公司", "91350504MA85R8WF1E", "河市镇", 10, 6, 4, null],
        ["合计", null, null, null, 100, 60, 38, null],
        ["注：区级按每家10万元给予奖励（市、区两级按1:1比例分摊），已下达6万元，本次下达每家4万元。", null, null, null, null, null, null, null],
      ],
      merges: ["A2:H2", "A15:D15", "A16:H16"],
    },
  ],
  catalog: {
    items: [
      {
        name: "高新技术企业奖补区级承担资金",
        capType: "fixed",
        capAmount: 10,
        unit: "万元",
        year: 2022,
        document: "泉政办〔2021〕52号；泉洛政科〔2024〕16号",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 15,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "approved", F: "paidBefore", G: "paidNow" },
        year: 2022,
        item: "高新技术企业奖补区级承担资金",
      },
    ],
    findings: [
      {
        rule: "register.paid-exceeds-award",
        cell: "G8",
        why: "已下达 6 + 本次下达 6 = 12万元 paid against an award of 10万元: 2万元 (20,000元) too much",
      },
      {
        rule: "register.invalid-credit-code",
        cell: "C11",
        why: "91350504MA2JNBB03N: the check character over the first 17 characters is F, not N",
      },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "the item is in the title (高新技术企业奖补区级承担资金) and in the catalog" },
      { rule: "cap.exceeded", why: "every 区级奖补金额 is the fixed 10万元; 已下达/本次下达 are instalments, not awards" },
      { rule: "register.paid-exceeds-award", cell: "G15", why: "the 合计 row (60 + 38 = 98 ≤ 100) is not an award" },
      { rule: "register.ineligible-location", why: "万安/双阳街道, 河市/马甲/罗溪镇, 虹山乡 are in 洛江区" },
      { rule: "register.location-code-mismatch", why: "every valid code carries 350504, 洛江区's own area code" },
      { rule: "register.duplicate", why: "no enterprise or code repeats" },
    ],
  },
};
