import type { CorpusLayout } from "../types";

// 南安市经济和信息化局 2017-02-10: the 公示 of 受灾企业灾后重建补助标准 (附件1, four standards in prose, each with its ceiling or rate) and the
// 拟补助企业名单 (附件2). Laid out as the two attachments: the standards as a catalog (一、二、三 with the prose kept), then the list by 镇（街道）.
export const layout: CorpusLayout = {
  id: "nanan-2017-disaster-recovery-subsidy-list",
  source: {
    title: "南安市经济和信息化局关于受灾企业灾后重建补助标准和拟补助企业名单的公示（附件1 补助标准；附件2 拟补助企业名单）",
    url: "http://m.5764.com.cn/news/show-6427.html",
    publisher: "南安市经济和信息化局",
    date: "2017-02-10",
    changes:
      "As published: the standards 一、用电补助 (最高不超过20万元), 二、建陶企业用气补助 (最高不超过30万元, not with 用电补助), 三、企业投保补助 (保费金额的50%, " +
      "最高不超过5万元), their wording shortened; 四、设备更新补助 is cut (the stored copy breaks off inside it). The stored copy does not show 附件2's body: the list's " +
      "columns (序号 | 镇（街道） | 企业名称 | 统一社会信用代码 | 补助项目 | 保费金额 | 拟补助金额), firms, codes (南安 350583), premiums and amounts are ours. " +
      "Planted: a 用电补助 of 23.6万元 (ceiling 20); an 投保补助 of 3.8万元 on a premium of 5.6万元 (50% is 2.8).",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-and-cap", "fixed-ceiling", "base-column", "credit-codes", "towns-as-places",
    "chinese-numeral-codes", "one-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "county-fund", "fujian",
  ],
  settings: { district: "南安市" },
  sheets: [
    {
      name: "补助标准",
      widths: [6, 18, 90],
      rows: [
        ["南安市受灾企业灾后重建补助标准", null, null],
        ["序号", "补助项目", "补助标准"],
        ["一", "用电补助", "对受灾企业恢复生产工业用电量达到一定规模给予奖励：10月份工业用电量超过9月份用电量70%以上部分（1万千瓦时以上）每千瓦时补助0.1元；11月份工业用电量超过9月份用电量80%以上部分（2万千瓦时以上）每千瓦时补助0.05元，单家企业补助最高不超过20万元。"],
        ["二", "建陶企业用气补助", "对因窑炉生产线或设备受灾导致停产的建陶企业，2016年第四季度生产用气给予0.1元/方的资金补助，单家企业补助最高不超过30万元。工业企业用电补助和建陶企业用气补助不重复享受。"],
        ["三", "企业投保补助", "对受灾工业企业在灾后重建期间购买的厂房、设备、材料等生产资料财产保险，按其保费金额的50%给予一次性补助，单家企业补助最高不超过5万元。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "拟补助企业名单",
      widths: [6, 12, 30, 22, 18, 12, 14],
      rows: [
        ["南安市受灾企业灾后重建拟补助企业名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "镇（街道）", "企业名称", "统一社会信用代码", "补助项目", "保费金额", "拟补助金额"],
        [1, "水头镇", "南安水头鑫磊石材有限公司", "913505832CCR5R30HQ", "用电补助", "—", 12.6],
        [2, "官桥镇", "福建官桥华泰陶瓷有限公司", "91350583XJMEFJ6EBT", "建陶企业用气补助", "—", 24.8],
        [3, "石井镇", "南安石井海源机械有限公司", "91350583TUDXJ5YQ96", "企业投保补助", 6.4, 3.2],
        [4, "仑苍镇", "南安仑苍恒通水暖有限公司", "91350583YWAHQQ873T", "用电补助", "—", 23.6],
        [5, "英都镇", "南安英都建兴鞋业有限公司", "91350583NMMXKM7W9T", "企业投保补助", 7, 3.5],
        [6, "洪濑镇", "南安洪濑永盛纸品有限公司", "91350583W1Q5H9UNT4", "用电补助", "—", 20],
        [7, "美林街道", "南安美林宏达五金有限公司", "9135058325R2NLUFED", "企业投保补助", 5.6, 3.8],
        [8, "官桥镇", "福建南安中宇陶瓷有限公司", "91350583JCDDJP5JDD", "建陶企业用气补助", "—", 30],
        [9, "溪美街道", "南安溪美宏盛光电有限公司", "91350583K0KF2PCT7U", "企业投保补助", 14, 5],
        ["合计", null, null, null, null, null, 126.5],
        ["注：保费金额为企业投保补助核定的财产保险保费；用电补助按10月、11月超基数用电量核定。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A13:F13", "A14:G14"],
      numberFormats: { "F4:G13": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "补助标准", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "拟补助企业名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "base", G: "approved" },
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟补助企业名单", cell: "G7", why: "用电补助: 单家企业最高不超过20万元; 南安仑苍恒通水暖 is to get 23.6, 3.6 over" },
      { rule: "cap.rate-exceeded", sheet: "拟补助企业名单", cell: "G10", why: "企业投保补助 is 50% of the premium: 50% × 5.6 = 2.8; 3.8 proposed (1.0 over), though under the 5万元 ceiling" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟补助企业名单", cell: "G9", why: "用电补助 20 = its ceiling of 20, not above" },
      { rule: "cap.exceeded", sheet: "拟补助企业名单", cell: "G11", why: "建陶企业用气补助 30 = its ceiling of 30" },
      { rule: "cap.exceeded", sheet: "拟补助企业名单", cell: "G12", why: "投保补助 5: 50% × 14 = 7 is held to the 5万元 ceiling — 5 is exactly what is allowed" },
      { rule: "cap.rate-exceeded", sheet: "拟补助企业名单", cell: "G12", why: "5 is below 50% × 14 = 7" },
      { rule: "cap.rate-exceeded", sheet: "拟补助企业名单", cell: "G6", why: "3.2 = 50% × 6.4" },
      { rule: "cap.rate-exceeded", sheet: "拟补助企业名单", cell: "G8", why: "3.5 = 50% × 7.0" },
      { rule: "cap.exceeded", sheet: "拟补助企业名单", cell: "G13", why: "合计 126.5 = 12.6 + 24.8 + 3.2 + 23.6 + 3.5 + 20 + 3.8 + 30 + 5 is no award" },
      { rule: "register.duplicate", sheet: "拟补助企业名单", cell: "G11", why: "two 官桥镇 ceramics firms, each with its own name and code, both 用气补助: two firms, no repeat" },
      { rule: "register.ineligible-location", sheet: "拟补助企业名单", why: "水头、官桥、石井、仑苍、英都、洪濑 are towns and 美林、溪美 are 街道 of 南安市" },
      { rule: "cap.unknown-policy", sheet: "拟补助企业名单", why: "every 补助项目 is one of the standards word for word" },
      { rule: "register.invalid-credit-code", sheet: "拟补助企业名单", why: "every code is a valid GB 32100 code; the dashes are in 保费金额, not the code column" },
      { rule: "input.unreadable-value", sheet: "拟补助企业名单", cell: "F4", why: "— in 保费金额: no premium for a power subsidy, nothing to read" },
    ],
  },
};
