import type { CorpusLayout } from "../types";

// 霍尔果斯市人力资源和社会保障局 2022-07-22: 中小微企业拟返还失业保险稳岗补贴公示（第三批） — the standard in the notice (大型企业按不超过
// 其职工上年度实际缴纳失业保险费的30%返还, 中小微企业按不超过60%返还), the list in 元 with the fee paid, the kind of firm and the share returned;
// no place column, the city's whole list.
export const layout: CorpusLayout = {
  id: "horgos-2022-sme-job-retention-refund-batch3",
  source: {
    title: "关于霍尔果斯建设投资有限责任公司等138家中小微企业拟返还失业保险稳岗补贴公示（第三批）（附件：拟返还2022年度稳岗补贴提高标准部分企业名单）",
    url: "http://www.xjhegs.gov.cn/xjhegs/c114416/202208/824a520d7a094cc69cb97d88d840229b.shtml",
    publisher: "霍尔果斯市人力资源和社会保障局",
    date: "2022-07-22",
    changes:
      "The notice's heading (its first firm replaced by ours, 138 by our 10), its annex title and its standard (新人社发﹝2021﹞33号: 中小微企业按不超过" +
      "60%返还, 大型企业不超过30%) are as published; the stored copy shows the notice but not the annex's body, so the columns (序号 | 单位名称 | " +
      "统一社会信用代码 | 企业类型 | 上年度实际缴纳失业保险费（元） | 返还比例 | 拟返还金额（元）) and all firms, codes (霍尔果斯 654004) and figures " +
      "are ours. The catalog holds the notice's two rates by kind of firm. Planted: 亚欧汽车服务 returned 65% (9,945.00 where 60% of 15,300.00 " +
      "is 9,180.00); 云端信息技术's code with a wrong check character; 口岸通达物流 listed twice.",
  },
  classes: ["register", "rate-by-kind-of-firm", "kind-column", "item-from-kind", "base-column", "rate-column-beside-amount", "yuan-amounts", "two-decimal-yuan", "credit-codes", "no-place-column", "title-and-annex-title", "city-wide-list", "xinjiang"],
  settings: { district: "新疆维吾尔自治区霍尔果斯市" },
  sheets: [
    {
      name: "拟返还名单",
      widths: [6, 32, 22, 14, 22, 10, 18],
      rows: [
        ["关于霍尔果斯口岸通达物流有限公司等10家中小微企业拟返还失业保险稳岗补贴公示（第三批）", null, null, null, null, null, null],
        ["附件：拟返还2022年度稳岗补贴提高标准部分企业名单", null, null, null, null, null, null],
        ["序号", "单位名称", "统一社会信用代码", "企业类型", "上年度实际缴纳失业保险费（元）", "返还比例", "拟返还金额（元）"],
        [1, "霍尔果斯口岸通达物流有限公司", "91654004MA775QK31J", "中小微企业", 48620, "60%", 29172],
        [2, "霍尔果斯天汇商贸有限公司", "91654004MA78B2LN6D", "中小微企业", 12385.4, "60%", 7431.24],
        [3, "霍尔果斯金桥国际贸易有限公司", "91654004MA77TD0X4X", "中小微企业", 26910, "60%", 16146],
        [4, "霍尔果斯丝路餐饮管理有限公司", "91654004MA78E6HK21", "中小微企业", 8742.6, "60%", 5245.56],
        [5, "霍尔果斯亚欧汽车服务有限公司", "91654004MA7AC9Y05U", "中小微企业", 15300, "65%", 9945],
        [6, "霍尔果斯恒源建材有限公司", "91654004MA7BN5RT11", "中小微企业", 21456.8, "60%", 12874.08],
        [7, "霍尔果斯云端信息技术有限公司", "91654004MA79JU2P7R", "中小微企业", 6180, "60%", 3708],
        [8, "霍尔果斯绿洲农产品有限公司", "91654004MA78W3GA8B", "中小微企业", 33048, "60%", 19828.8],
        [9, "霍尔果斯口岸通达物流有限公司", "91654004MA775QK31J", "中小微企业", 48620, "60%", 29172],
        [10, "霍尔果斯新源酒店管理有限公司", "91654004MA7C1MF49X", "中小微企业", 18910.5, "60%", 11346.3],
        ["合计", null, null, null, 240173.3, null, 144868.98],
        ["公示时间：2022年7月22日至7月27日。若对上述拟返还单位有异议，请与市人社局联系。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:G2", "A14:D14", "A15:G15"],
      numberFormats: { "E4:E14": "#,##0.00", "G4:G14": "#,##0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "失业保险稳岗返还（中小微企业）", capType: "rate", rate: "60%", base: "上年度实际缴纳失业保险费", year: 2022, document: "新人社发﹝2021﹞33号" },
      { name: "失业保险稳岗返还（大型企业）", capType: "rate", rate: "30%", base: "上年度实际缴纳失业保险费", year: 2022, document: "新人社发﹝2021﹞33号" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟返还名单",
        kind: "register",
        unit: "元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "enterprise", C: "creditCode", D: "category", E: "base", G: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G8", why: "亚欧汽车服务 (中小微企业): 60% × 15,300.00 = 9,180.00; 9,945.00 returned: 765.00元 over" },
      { rule: "register.invalid-credit-code", cell: "C10", why: "91654004MA79JU2P7R: the check character over the first 17 is Q, not R" },
      { rule: "register.duplicate", cell: "G12", why: "口岸通达物流 (91654004MA775QK31J) listed again for the same 2022 return, first at row 4" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "G5", why: "60% × 12,385.40 = 7,431.24 exactly" },
      { rule: "cap.rate-exceeded", cell: "G7", why: "60% × 8,742.60 = 5,245.56 exactly" },
      { rule: "cap.rate-exceeded", cell: "G13", why: "60% × 18,910.50 = 11,346.30 exactly" },
      { rule: "cap.exceeded", cell: "G14", why: "合计 144,868.98 is no return (the ten rows, the duplicate included)" },
      { rule: "cap.unknown-policy", why: "each row's item is the catalog's 失业保险稳岗返还（中小微企业）, by its 企业类型" },
      { rule: "cap.no-cap", why: "every row gives its base, 上年度实际缴纳失业保险费" },
      { rule: "register.ineligible-location", why: "the list has no place column" },
      { rule: "register.unpaid", why: "a 拟返还 notice records no payments" },
      { rule: "input.unreadable-value", cell: "F4", why: "返还比例 60% is a rate written as text, beside the amount, not an amount" },
    ],
  },
};
