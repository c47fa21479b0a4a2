import type { CorpusLayout } from "../types";

// 郑州市制造业高质量发展工作领导小组 2022-07-13 (published 2022-07-21): 2021年度郑州市星级小微企业园名单 — one 三星级 park
// (河南省国家大学科技园), two 二星级 (巩义市产业孵化园, 亿达（郑州）科技园) and eight 一星级 (中美国际创业港 among them). The list was a .doc
// annex: it is laid out from the notice (表据正文拟). A recognition list with no money: nothing to report.
export const layout: CorpusLayout = {
  id: "zhengzhou-2021-star-small-micro-parks-list",
  source: {
    title: "郑州市制造业高质量发展工作领导小组关于公布2021年度郑州市星级小微企业园名单的通知（附件：名单；表据正文拟）",
    url: "http://hnppyjy.cn/announcementinfo/727.html",
    publisher: "郑州市制造业高质量发展工作领导小组",
    date: "2022-07-13",
    changes:
      "As published: the annex's title, the star levels and counts (1 三星级, 2 二星级, 8 一星级) and the four parks the notice names. The " +
      "annex itself is not shown: the columns (序号 | 园区名称 | 所在地 | 星级), the seven other one-star parks and every 所在地 are ours. " +
      "Nothing planted (clean).",
  },
  classes: ["register", "clean", "recognition-list", "no-amount-column", "level-column", "development-zones-as-places", "counties-and-cities-as-places", "brackets-in-name", "signoff-line", "table-from-prose", "city-level", "henan"],
  settings: { district: "郑州市" },
  sheets: [
    {
      name: "名单",
      widths: [6, 30, 16, 10],
      rows: [
        ["附件", null, null, null],
        ["2021年度郑州市星级小微企业园名单", null, null, null],
        ["序号", "园区名称", "所在地", "星级"],
        [1, "河南省国家大学科技园", "郑东新区", "三星级"],
        [2, "巩义市产业孵化园", "巩义市", "二星级"],
        [3, "亿达（郑州）科技园", "郑州高新区", "二星级"],
        [4, "中美国际创业港", "郑州航空港区", "一星级"],
        [5, "新郑市龙湖小微企业园", "新郑市", "一星级"],
        [6, "荥阳市汜水五金产业园", "荥阳市", "一星级"],
        [7, "新密市曲梁耐材小微企业园", "新密市", "一星级"],
        [8, "登封市创新创业园", "登封市", "一星级"],
        [9, "中牟县汽车零部件小微企业园", "中牟县", "一星级"],
        [10, "上街区通航产业小微企业园", "上街区", "一星级"],
        [11, "惠济区智慧产业园", "惠济区", "一星级"],
        [null, null, "郑州市制造业高质量发展工作领导小组", null],
        [null, null, "2022年7月13日", null],
      ],
      merges: ["A2:D2", "C15:D15", "C16:D16"],
    },
  ],
  expect: {
    tables: [
      { sheet: "名单", kind: "register", headerRow: 3, lastRow: 14, columns: { B: "enterprise", C: "place", D: "category" } },
    ],
    findings: [],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.duplicate", cell: "D8", why: "一星级 repeated down the 星级 column is a level, no duplicate" },
      { rule: "register.ineligible-location", cell: "C7", why: "郑州航空港区, 郑东新区 and 郑州高新区 are 郑州's zones; the cities and districts are 郑州's too" },
      { rule: "register.unpaid", why: "a recognition list records no awards and no payments" },
      { rule: "input.unreadable-value", cell: "C16", why: "the sign-off and its date under the list are no data" },
    ],
  },
};
