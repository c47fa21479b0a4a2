import type { CorpusLayout } from "../types";

// 南昌市人民政府: 《关于贯彻落实科学发展观，加快建设先进制造业重要基地的若干政策措施》 — the award clauses 6, 7, 9, 10 and 11 as a
// catalog sheet (条款 | 政策事项 | 奖励标准, 五、支持企业加快发展 as a section row), levels in one sentence (国家、省、市 … 分别奖励50万元、20万元、
// 5万元); and an award list under it naming each row's clause.
export const layout: CorpusLayout = {
  id: "nanchang-manufacturing-base-policy-awards",
  source: {
    title: "南昌市人民政府关于贯彻落实科学发展观，加快建设先进制造业重要基地的若干政策措施（第6—11条；奖励名单据条款拟）",
    url: "http://www.fsou.net/html/text/lar/170169/17016929_1.html",
    publisher: "南昌市人民政府 (text stored on 法搜网)",
    date: "2008",
    changes:
      "As published: clauses 6, 7, 9, 10 and 11 in their wording (the stored page shows clause 12 cut off, so it is left out), the section heading " +
      "五、支持企业加快发展 over clauses 10 and 11. Ours: the short names of clauses 6, 7 and 9 (the document gives none), the 条款 column, the award " +
      "list (firms, credit codes, districts, amounts). Planted: 南昌昌北新材料 given 35万元 under 鼓励企业创品牌, whose awards are 30万元 (驰名商标) " +
      "and 10万元 (著名商标); 江西西湖医药's code has a wrong check character.",
  },
  classes: [
    "catalog", "register", "two-sheets", "catalog-sheet", "prose-caps", "levels-in-one-sentence", "two-awards-in-one-clause", "conditions-not-caps",
    "clause-number-column", "section-row", "credit-codes", "districts-as-places", "item-per-row", "whole-wanyuan", "wanyuan-in-header", "total-at-foot",
    "notes-under-table", "city-policy", "jiangxi",
  ],
  settings: { district: "南昌市" },
  sheets: [
    {
      name: "政策条款",
      widths: [8, 26, 90],
      rows: [
        ["南昌市人民政府关于贯彻落实科学发展观，加快建设先进制造业重要基地的若干政策措施（摘录）", null, null],
        ["条款", "政策事项", "奖励标准"],
        [
          "第6条", "“3010”工程项目前期费用补助",
          "对“3010”工程项目进行前期费用补助。补助标准为：总投资30亿元以上（含铺底流动资金，下同）的工业项目，其前期费用补助150万元；总投资10亿元以上、30亿元以下的工业项目，其前期费用补助50万元。凡“3010”工程项目一经确认，即由市财政一次性补助给项目属地的县区、开发区。",
        ],
        [
          "第7条", "“3010”工程项目进度完成奖",
          "设立“3010”工程项目进度完成奖。按照投资进度，总投资10亿元以上、30亿元以下的项目在3年内完成全部投资并竣工投产且达产达标的，给予项目企业法定代表人（或主要经营者）30万元奖励；总投资30亿元以上的项目在5年内完成全部投资并竣工投产且达产达标的，给予项目企业法定代表人（或主要经营者）50万元奖励。",
        ],
        [
          "第9条", "世界500强、国内200强企业落户奖励",
          "凡世界500强企业将生产基地和中国总部落户我市，且总投资10亿元以上的，一次性奖励该企业300万元；凡国内200强企业将生产基地和公司总部落户我市，且总投资5亿元以上的，一次性奖励该企业100万元。",
        ],
        ["五、支持企业加快发展", null, null],
        [
          "第10条", "鼓励企业技术创新",
          "对被新认定为国家、省、市企业技术中心的规模以上工业企业，一次性分别奖励50万元、20万元、5万元；对被新评为国家重点新产品和省、市优秀新产品并形成产业化、产生效益的前十名，一次性分别奖励10万元、3万元、2万元。",
        ],
        [
          "第11条", "鼓励企业创品牌",
          "对被国家、省工商部门新认定为中国驰名商标、江西省著名商标的规模以上工业企业，一次性分别奖励30万元、10万元。",
        ],
      ],
      merges: ["A1:C1", "A6:C6"],
    },
    {
      name: "奖励名单",
      widths: [6, 30, 22, 12, 30, 16],
      rows: [
        ["南昌市加快建设先进制造业重要基地奖励资金拟奖励企业名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在县区", "奖励事项", "奖励金额（万元）"],
        [1, "南昌赣江精密机械有限公司", "91360111MA39B6T2PX", "青山湖区", "鼓励企业技术创新", 20],
        [2, "江西洪都智造电子有限公司", "91360113MA3A2D7K1U", "红谷滩区", "鼓励企业技术创新", 50],
        [3, "南昌昌北新材料股份有限公司", "91360121MA37C8W5HA", "南昌县", "鼓励企业创品牌", 35],
        [4, "安义铝材科技有限公司", "91360123MA38H5P4Q3", "安义县", "鼓励企业创品牌", 10],
        [5, "南昌青云谱汽车零部件有限公司", "91360104MA36F3M9TF", "青云谱区", "“3010”工程项目进度完成奖", 30],
        [6, "江西西湖医药有限公司", "91360103MA3B4G8U6J", "西湖区", "鼓励企业技术创新", 5],
        [7, "进贤文港笔业有限公司", "91360124MA3C5J2N7K", "进贤县", "鼓励企业创品牌", 10],
        [8, "南昌新建汽车有限公司", "91360112MA35P8K4W7", "新建区", "世界500强、国内200强企业落户奖励", 300],
        ["合计", null, null, null, null, 460],
        ["注：奖励资金由市财政安排，一次性兑现。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A11:E11", "A12:F12"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 8, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F5", why: "鼓励企业创品牌 awards 30万元 (驰名商标) or 10万元 (著名商标): at most 30; 35 given, 5万元 over" },
      { rule: "register.invalid-credit-code", sheet: "奖励名单", cell: "C8", why: "91360103MA3B4G8U6J: the GB 32100 check character of 91360103MA3B4G8U6 is H, not J" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F4", why: "50 is the national tech-centre award, the largest of 50 / 20 / 5" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F7", why: "30 is within the 进度完成奖's 30 / 50" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F10", why: "300 is exactly the 世界500强 award" },
      { rule: "cap.unknown-policy", why: "every 奖励事项 is a 政策事项 of the clause sheet" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C5", why: "总投资10亿元以上 / 5亿元以上 are conditions; the awards 300万元 and 100万元 are fixed amounts" },
      { rule: "register.ineligible-location", why: "青山湖区、红谷滩区、南昌县、安义县、青云谱区、西湖区、进贤县、新建区 are all in 南昌市" },
      { rule: "register.location-code-mismatch", sheet: "奖励名单", cell: "C3", why: "characters 3–8 (360111, 360113, 360121, 360123, 360104, 360103, 360124, 360112) are each firm's own district" },
      { rule: "composition.total-mismatch", sheet: "奖励名单", cell: "F11", why: "20 + 50 + 35 + 10 + 30 + 5 + 10 + 300 = 460" },
      { rule: "input.unreadable-value", sheet: "奖励名单", cell: "A12", why: "the note under the list is text" },
    ],
  },
};
