import type { CorpusLayout } from "../types";

// 杭州市萧山区 2021-11-11: 公开征集2021年度农业和社会发展重大科技计划项目 — the notice states the award in prose (资助金额不超过20万元（医卫类
// 项目一般不超过5万元）; 事业单位承担的不超过项目总投入的50%, 企业承担的不超过30%). Those caps as a short catalog (序号 | 项目类别 | 资助标准),
// and the projects it would go on to fund as the 拟资助项目 list (项目名称 | 承担单位 | 统一社会信用代码 | 所在镇街 | 项目类别 | 项目总投入 |
// 资助金额, 合计 at the foot) — both 表据正文拟.
export const layout: CorpusLayout = {
  id: "xiaoshan-2021-agri-social-major-sci-tech-projects",
  source: {
    title: "关于征集2021年度萧山区农业和社会发展重大科技计划项目的通知（资助标准及拟资助项目表据正文拟）",
    url: "https://xsjs.org/xygg/219.html",
    publisher: "杭州市萧山区科学技术局（转载）",
    date: "2021-11-11",
    changes:
      "The caps are the notice's own words split by who carries the project (企业承担 30%, 事业单位承担 50%, 医卫类 5万元 and 50%), each with the " +
      "20万元 maximum; the 政策引导项目 (仅立项无资助) are left out. The 拟资助项目 list is ours (表据正文拟): projects, bodies, codes of 萧山 " +
      "(330109; 事业单位 codes 12…), towns, sums. Planted: 湘湖花木 18 where 30% of its 50 is 15; 区第一人民医院 6 where a 医卫类 project gets at " +
      "most 5.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "max-cap", "rate-of-base", "base-column", "public-institution-codes", "credit-codes", "town-column", "total-at-foot", "wanyuan-caption", "table-from-prose", "district-fund", "zhejiang"],
  settings: { district: "杭州市萧山区", asOf: "2021-12-20" },
  sheets: [
    {
      name: "资助标准",
      widths: [6, 18, 80],
      rows: [
        ["2021年度萧山区农业和社会发展重大科技计划项目资助标准", null, null],
        ["序号", "项目类别", "资助标准"],
        [1, "企业承担项目", "择优立项，资助金额不超过20万元；由企业承担的项目，资助金额不超过项目总投入的30%。"],
        [2, "事业单位承担项目", "择优立项，资助金额不超过20万元；由医院等事业单位承担的项目，资助金额不超过项目总投入的50%。"],
        [3, "医卫类项目", "医卫类项目资助金额一般不超过5万元；由医院等事业单位承担的，资助金额不超过项目总投入的50%。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "拟资助项目",
      widths: [6, 34, 30, 22, 12, 16, 12, 12],
      rows: [
        ["2021年度萧山区农业和社会发展重大科技计划拟资助项目（表据正文拟）", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "承担单位", "统一社会信用代码", "所在镇街", "项目类别", "项目总投入", "资助金额"],
        [1, "水稻绿色高效栽培技术集成与示范", "杭州萧然农业科技有限公司", "91330109C1P5TYD4P8", "瓜沥镇", "企业承担项目", 80, 20],
        [2, "基于物联网的花木智能灌溉系统研发", "杭州湘湖花木股份有限公司", "91330109H4YPR81N51", "新街街道", "企业承担项目", 50, 18],
        [3, "老年慢病社区综合干预研究", "杭州市萧山区第一人民医院", "123301097F4L0LXGP8", "城厢街道", "医卫类项目", 12, 6],
        [4, "钱塘江河口湿地生态修复技术研究", "杭州市萧山区农业科学研究所", "123301095R4CCT340J", "益农镇", "事业单位承担项目", 30, 15],
        [5, "智慧养老服务平台关键技术研发", "杭州萧邦信息技术有限公司", "91330109NB213FLFLD", "宁围街道", "企业承担项目", 100, 20],
        [6, "基层医疗机构胸痛快速诊断研究", "杭州市萧山区中医院", "123301097A52XUHNNP", "北干街道", "医卫类项目", 10, 5],
        ["合计", null, null, null, null, null, 282, 84],
        ["公示期间如有异议，请与区科技局项目受理办联系（电话82898517），纪检监察电话82758020。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A10:F10", "A11:H11"],
      numberFormats: { "G4:H10": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "资助标准", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "拟资助项目",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "project", C: "enterprise", D: "creditCode", E: "place", F: "item", G: "base", H: "approved" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "拟资助项目", cell: "H5", why: "企业承担项目: at most 30% of 项目总投入 50 = 15 (below the 20 maximum); 18 is 3.00万元 over" },
      { rule: "cap.exceeded", sheet: "拟资助项目", cell: "H6", why: "医卫类项目: at most 5万元 (50% of 12 = 6 does not bind); 6 is 1.00万元 over" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟资助项目", cell: "H4", why: "20 = the 20万元 maximum (30% of 80 = 24 does not bind)" },
      { rule: "cap.rate-exceeded", sheet: "拟资助项目", cell: "H7", why: "事业单位承担项目: 50% of 30 = 15, exactly" },
      { rule: "cap.exceeded", sheet: "拟资助项目", cell: "H8", why: "20 = the maximum; 30% of 100 = 30 does not bind" },
      { rule: "cap.rate-exceeded", sheet: "拟资助项目", cell: "H9", why: "医卫类 5 = 50% of 10 = the 5万元 maximum, exactly" },
      { rule: "cap.exceeded", sheet: "拟资助项目", cell: "H10", why: "合计 84 is no award (20 + 18 + 6 + 15 + 20 + 5 = 84)" },
      { rule: "cap.unknown-policy", sheet: "拟资助项目", why: "every row names one of the three 项目类别 of the catalog" },
      { rule: "catalog.unreadable-standard", sheet: "资助标准", why: "each standard states a maximum and a rate of 项目总投入" },
      { rule: "register.invalid-credit-code", why: "every code (企业 91…, 事业单位 12…) is a valid GB 32100 code" },
      { rule: "register.ineligible-location", sheet: "拟资助项目", why: "瓜沥镇, 新街街道, 城厢街道, 益农镇, 宁围街道, 北干街道 are towns and streets of 萧山区" },
      { rule: "register.location-code-mismatch", sheet: "拟资助项目", why: "every code carries 330109, 萧山区's own code" },
      { rule: "register.duplicate", why: "six bodies, each once" },
      { rule: "register.unpaid", why: "a list of proposed awards records no payments" },
      { rule: "input.unreadable-value", why: "the objection line under the list is a note" },
    ],
  },
};
