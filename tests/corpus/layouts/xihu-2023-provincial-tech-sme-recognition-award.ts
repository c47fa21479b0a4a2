import type { CorpusLayout } from "../types";

// 杭州市西湖区科技局、财政局 2024-11-05: the award for firms newly recognised in 2023 as 浙江省科技型中小企业 under 西科〔2024〕1号 —
// 787 firms, 787万元 in all, so 1万元 a firm. The annex (西湖区2023年度省级科技型中小企业认定奖励名单) by firm, code, 镇街 or 平台.
export const layout: CorpusLayout = {
  id: "xihu-2023-provincial-tech-sme-recognition-award",
  source: {
    title: "关于下达西湖区2023年新认定省级科技型中小企业认定奖励的通知（附件：西湖区2023年度省级科技型中小企业认定奖励名单）",
    url: "http://51kjxm.com/ask_65.html",
    publisher: "杭州市西湖区科技局、杭州市西湖区财政局（page as stored by a mirror）",
    date: "2024-11-05",
    changes:
      "As published: the notice's terms (西科〔2024〕1号; 涉及企业共787家、总金额787万元, hence a fixed 1万元 a firm), the annex's title. The stored " +
      "copy shows the notice, not the annex: the columns (序号 | 企业名称 | 统一社会信用代码 | 所属镇街（平台） | 奖励金额（万元）), the twelve " +
      "firms, their codes (杭州市西湖区 330106), towns and the sign-off are ours. Planted: 杭州转塘智感科技 awarded 2.00 against the fixed 1万元; " +
      "杭州蒋村云帆信息 listed a second time (序号10, same code); 杭州古荡数智医疗's code with a wrong check character.",
  },
  classes: ["register", "fixed-cap", "fixed-cap-from-notice-totals", "item-in-title", "year-in-title", "credit-codes", "towns-as-places", "platforms-as-places", "wanyuan-in-header", "total-at-foot", "signoff-line", "zhejiang"],
  settings: { district: "杭州市西湖区" },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 34, 22, 20, 16],
      rows: [
        ["附件", null, null, null, null],
        ["西湖区2023年度省级科技型中小企业认定奖励名单", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所属镇街（平台）", "奖励金额（万元）"],
        [1, "杭州西溪数联科技有限公司", "91330106MA4QGR7Y14", "西溪街道", 1],
        [2, "杭州翠苑微纳电子有限公司", "91330106MA3H6YR724", "翠苑街道", 1],
        [3, "杭州蒋村云帆信息技术有限公司", "91330106MAFL6QXK0P", "蒋村街道", 1],
        [4, "杭州紫金港生物材料有限公司", "91330106MA8DRCM97L", "紫金港科技城", 1],
        [5, "杭州转塘智感科技有限公司", "91330106MAYCW3E1XL", "转塘街道", 2],
        [6, "杭州三墩精密仪器有限公司", "91330106MAQN81D8XH", "三墩镇", 1],
        [7, "杭州古荡数智医疗科技有限公司", "91330106MA3EC6B152", "古荡街道", 1],
        [8, "杭州之江艺创数字科技有限公司", "91330106MAGPT0GJ4L", "之江度假区", 1],
        [9, "杭州文新光电科技有限公司", "91330106MA9697MB7T", "文新街道", 1],
        [10, "杭州蒋村云帆信息技术有限公司", "91330106MAFL6QXK0P", "蒋村街道", 1],
        [11, "杭州双浦农业科技有限公司", "91330106MAMYGHJ29D", "双浦镇", 1],
        [12, "杭州留下新材料有限公司", "91330106MAA7DA6P20", "留下街道", 1],
        ["合计", null, null, null, 13],
        [null, null, null, "杭州市西湖区科技局", null],
        [null, null, null, "2024年11月5日", null],
      ],
      merges: ["A2:E2", "A16:D16"],
      numberFormats: { "E4:E16": "0.00" },
    },
  ],
  catalog: {
    items: [{ name: "省级科技型中小企业认定奖励", capType: "fixed", capAmount: 1, unit: "万元", year: 2023, document: "西科〔2024〕1号" }],
  },
  expect: {
    tables: [
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "approved" },
        year: 2023,
        item: "省级科技型中小企业认定奖励",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E8", why: "杭州转塘智感科技: the award is a fixed 1万元 (787家 for 787万元); 2.00 given, 1.00万元 over" },
      { rule: "register.duplicate", cell: "E13", why: "杭州蒋村云帆信息 (91330106MAFL6QXK0P) is awarded again for the same item and year; first at row 6" },
      { rule: "register.invalid-credit-code", cell: "C10", why: "91330106MA3EC6B152: the check character for the first seventeen is 1, not 2" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "E16", why: "合计 13 = eleven rows of 1 + 2: a total, not an award" },
      { rule: "register.ineligible-location", why: "西溪、翠苑、蒋村、转塘、古荡、文新、留下 are streets of 西湖区, 三墩镇 and 双浦镇 its towns, 紫金港科技城 and 之江度假区 its platforms" },
      { rule: "register.location-code-mismatch", why: "every code carries 330106, 西湖区 itself" },
      { rule: "register.unpaid", why: "no as-of date is set and the list has no payment columns" },
      { rule: "cap.unknown-policy", why: "the item is named by the title and is in the catalog" },
      { rule: "input.unreadable-value", why: "the sign-off lines under the table are text, not rows" },
    ],
  },
};
