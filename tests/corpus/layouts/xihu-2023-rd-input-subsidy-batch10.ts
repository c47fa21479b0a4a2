import type { CorpusLayout } from "../types";

// 杭州市西湖区科技局、财政局 2023-08-28: the district's tenth batch of 2023 科技经费 — the city's 研发费投入补助 for 市科技型企业,
// 74 firms and 3,486.85万元, each to claim its money on 亲清在线. Laid out as the 明细表 it annexes: firm, code, 镇街, the
// subsidy in 万元 to two decimals, a 合计.
export const layout: CorpusLayout = {
  id: "xihu-2023-rd-input-subsidy-batch10",
  source: {
    title: "关于下达2023年度科技经费资助计划（第十批—2023年西湖区市科技型企业研发费投入补助）的通知（附件：2023年西湖区市科技型企业研发费投入补助明细表）",
    url: "https://www.chacewang.com/newsdetail/news413496.html",
    publisher: "杭州市西湖区科学技术局、杭州市西湖区财政局",
    date: "2023-08-28",
    changes:
      "The notice is as published (杭财教〔2023〕28号; 74家、总金额3486.85万元; 亲清在线; 西科16号). The stored copy does not show the " +
      "annex body, so its columns (序号 | 企业名称 | 统一社会信用代码 | 所属镇街 | 补助金额), the 单位：万元 caption and the 合计 are ours, " +
      "as are the fourteen firms, codes (西湖区 330106, one 拱墅区 330105) and amounts. The notice states no per-firm maximum: the " +
      "catalog's 200万元 is chosen for the corpus. Planted: 留下新材料 236.40 over the 200 maximum; 祥符光电 placed in 拱墅区祥符街道; " +
      "文新智能 listed a second time (row 15) with the same code and amount.",
  },
  classes: ["register", "max-cap", "item-in-title", "credit-codes", "towns-as-places", "two-decimal-wanyuan", "wanyuan-caption", "zhejiang"],
  settings: { district: "杭州市西湖区", asOf: "2023-08-28" },
  sheets: [
    {
      name: "明细表",
      widths: [6, 32, 22, 18, 14],
      rows: [
        ["附件", null, null, null, null],
        ["2023年西湖区市科技型企业研发费投入补助明细表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所属镇街", "补助金额"],
        [1, "杭州文新智能科技有限公司", "91330106MAXBH9GUDN", "文新街道", 42.36],
        [2, "杭州三墩精密仪器有限公司", "91330106MARADJEDFR", "三墩镇", 18.75],
        [3, "杭州云栖数据技术有限公司", "91330106MAPG5A5G8F", "转塘街道", 96.4],
        [4, "杭州翠苑生物医药有限公司", "91330106MAK8KN4FQ0", "翠苑街道", 63.12],
        [5, "杭州蒋村网络信息有限公司", "91330106MAFU4MCJGL", "蒋村街道", 27.58],
        [6, "杭州留下新材料科技有限公司", "91330106MADB50H62K", "留下街道", 236.4],
        [7, "杭州双浦环境工程有限公司", "91330106MA9YX8P3QJ", "双浦镇", 15.06],
        [8, "杭州古荡软件开发有限公司", "91330106MA5NXYG403", "古荡街道", 51.8],
        [9, "杭州祥符光电科技有限公司", "91330105MAJRJJEM4K", "拱墅区祥符街道", 33.24],
        [10, "杭州西溪视觉科技有限公司", "91330106MA1CNA9NXE", "西溪街道", 74.95],
        [11, "杭州文新智能科技有限公司", "91330106MAXBH9GUDN", "文新街道", 42.36],
        [12, "杭州北山文化创意有限公司", "91330106MAYUU6NF84", "北山街道", 12.6],
        [13, "杭州灵隐数字传媒有限公司", "91330106MATFGQDMU7", "灵隐街道", 20.08],
        [14, "杭州转塘医疗器械有限公司", "91330106MAN35DX1X7", "转塘街道", 108.9],
        ["合计", null, null, null, 843.6],
      ],
      merges: ["A2:E2", "A19:D19"],
      numberFormats: { "E5:E19": "#,##0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "市科技型企业研发费投入补助",
        capType: "max",
        capAmount: 200,
        unit: "万元",
        year: 2023,
        document: "杭财教〔2023〕28号（单家企业最高200万元：为语料选定，通知未载）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "明细表",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 19,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "approved" },
        year: 2023,
        item: "市科技型企业研发费投入补助",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E10", why: "留下新材料 236.40 where the item allows at most 200万元: 36.40万元 over" },
      { rule: "register.ineligible-location", cell: "D13", why: "祥符街道 of 拱墅区 lies outside 西湖区" },
      { rule: "register.duplicate", cell: "E15", why: "文新智能 (91330106MAXBH9GUDN) again under the same item and year; first at row 5" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "D6", why: "三墩镇 is a town of 西湖区" },
      { rule: "register.ineligible-location", cell: "D11", why: "双浦镇 is a town of 西湖区" },
      { rule: "register.location-code-mismatch", why: "rows inside 西湖区 carry 330106 codes; the 拱墅 row is outside and reported as such" },
      { rule: "cap.exceeded", cell: "E19", why: "合计 843.60 is not an award" },
      { rule: "cap.exceeded", cell: "E18", why: "108.90 is within 200" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "cap.unknown-policy", why: "the item is in the title (市科技型企业研发费投入补助) and in the catalog" },
      { rule: "register.unpaid", why: "a 2023 list sent down on 08-28, before the year's deadline" },
    ],
  },
};
