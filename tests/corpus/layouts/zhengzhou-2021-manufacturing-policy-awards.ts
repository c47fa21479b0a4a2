import type { CorpusLayout } from "../types";

// 郑州市 支持制造业高质量发展若干政策 (2020), as summed up by the press: one-off awards for 战略性新兴企业 and 领军型企业 by revenue
// band, 5万元 per point of growth up to 300万元 a year for key emerging fields, up to 50万元 a year for doubling firms, up to 300万元 for
// market promotion, and 20% of freight to 一带一路 markets up to 500万元. The clauses as a catalog by 政策类别, then a year's list of
// firms proposed, with the freight each claims beside the freight subsidy.
export const layout: CorpusLayout = {
  id: "zhengzhou-2021-manufacturing-policy-awards",
  source: {
    title: "市政府发布郑州市支持制造业高质量发展若干政策（条款摘录；拟奖补企业名单表据正文拟）",
    url: "http://zzipa.org.cn/wap/hyxw/25814.html",
    publisher: "郑州市人民政府（郑州市知识产权协会转载）",
    date: "2020",
    changes:
      "As published: the wording of six money clauses (培育新兴产业, 做大做强企业, 市场开拓), laid out one row each with names of ours taken " +
      "from the wording. The award list on the second sheet is ours: eight invented firms with 郑州 codes, their 县（市、区）, the freight " +
      "claimed and the amounts. Planted: 金穗食品 given 60万元 under 高成长性企业倍增奖励 (每年最高50万元); 恒通车辆部件 given 200万元 of " +
      "freight subsidy on 800万元 of freight (20% = 160万元).",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "category-column", "banded-fixed-awards", "step-award-with-maximum", "rate-with-maximum",
    "base-column", "dash-base-on-other-rows", "floors-as-conditions", "credit-codes", "county-places", "high-tech-zone-place", "item-column",
    "whole-wanyuan", "wanyuan-caption", "total-at-foot", "table-from-prose", "municipal-fund", "henan",
  ],
  settings: { district: "郑州市" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 14, 26, 90],
      rows: [
        ["郑州市支持制造业高质量发展若干政策（资金支持条款摘录）", null, null, null],
        ["序号", "政策类别", "政策项目", "支持标准"],
        [1, "培育新兴产业", "战略性新兴企业规模奖励", "对年主营业务收入首次超过5亿元、10亿元的战略性新兴企业，分别给予50万元、100万元的一次性奖励。"],
        [2, "培育新兴产业", "重点新兴领域企业增长奖励", "支持智能装备企业、电子信息关键制造业企业、软件和信息技术服务业企业加快发展，经市有关部门认定入库的规模以上企业，以上年为基数，主营业务收入5000万元以上，每增长1个百分点，奖励5万元，单个企业每年最高不超过300万元。"],
        [3, "做大做强企业", "领军型企业表彰奖励", "对年主营业务收入首次超过50亿元、100亿元的企业，进行年度表彰，分别给予100万元、200万元的一次性奖励。"],
        [4, "做大做强企业", "高成长性企业倍增奖励", "对培育企业承诺主营业务收入三年倍增且制定分年度发展目标规划，年复合增长率不低于26%的，给予每年最高50万元的事后奖励。"],
        [5, "市场开拓", "企业市场推广补贴", "支持企业市场推广，鼓励企业积极参加各级展销会、博览会等，每户企业每年补贴额不超过300万元，用于企业市场开拓方面。"],
        [6, "市场开拓", "开拓国际市场运费补贴", "支持企业开拓国际市场，对产品销往“一带一路”沿线及其他重点区域的企业，按照运费的20%给予补贴，单个企业每年最高不超过500万元。"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "拟奖补名单",
      widths: [6, 30, 22, 22, 26, 10, 12],
      rows: [
        ["2021年度郑州市支持制造业高质量发展政策拟奖补企业名单（表据正文拟）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在县（市、区）", "奖补项目", "运费", "奖补金额"],
        [1, "郑州宏骏智能装备有限公司", "91410105MA0C1YLNTB", "金水区", "重点新兴领域企业增长奖励", "—", 120],
        [2, "郑州中豫电子科技有限公司", "91410100MA0F5DA9A7", "郑州高新技术产业开发区", "战略性新兴企业规模奖励", "—", 50],
        [3, "河南嵩岳新材料股份有限公司", "91410185MA07E9HFRU", "登封市", "领军型企业表彰奖励", "—", 100],
        [4, "郑州金穗食品有限公司", "91410122MA0RR1RX8L", "中牟县", "高成长性企业倍增奖励", "—", 60],
        [5, "郑州博远机械制造有限公司", "91410182MA05RRBNFA", "荥阳市", "企业市场推广补贴", "—", 85],
        [6, "郑州恒通车辆部件有限公司", "91410184MA0YP3JXR7", "新郑市", "开拓国际市场运费补贴", 800, 200],
        [7, "郑州瑞丰纺织有限公司", "91410181MA0RDPX1EH", "巩义市", "开拓国际市场运费补贴", 1250, 250],
        [8, "郑州鼎立软件技术有限公司", "91410104MA09HLFXRG", "管城回族区", "重点新兴领域企业增长奖励", "—", 300],
        ["合计", null, null, null, null, 2050, 1165],
      ],
      merges: ["A1:G1", "A12:E12"],
      numberFormats: { "F4:G12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 8, columns: { B: "category", C: "item", D: "standard" } },
      {
        sheet: "拟奖补名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟奖补名单", cell: "G7", why: "高成长性企业倍增奖励 is at most 50万元 a year; 金穗食品 is proposed 60: 10万元 over" },
      { rule: "cap.rate-exceeded", sheet: "拟奖补名单", cell: "G9", why: "开拓国际市场运费补贴 is 20% of freight: 20% × 800 = 160万元 (the 500万元 maximum does not bind); 200 proposed, 40万元 over" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟奖补名单", cell: "G11", why: "重点新兴领域企业增长奖励 300 is exactly its yearly maximum" },
      { rule: "cap.exceeded", sheet: "拟奖补名单", cell: "G4", why: "120 under a 300万元 maximum; 5万元 is the step per point of growth, no cap" },
      { rule: "cap.rate-exceeded", sheet: "拟奖补名单", cell: "G10", why: "瑞丰纺织 250 = 20% × 1,250 exactly" },
      { rule: "cap.exceeded", sheet: "拟奖补名单", cell: "G6", why: "领军型企业表彰奖励 100 is below its largest band (200万元)" },
      { rule: "cap.unknown-policy", why: "every 奖补项目 is a clause of the first sheet" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "D6", why: "每年最高50万元 is the cap; 不低于26% is a condition on growth, never a floor of the award" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "D4", why: "最高不超过300万元 is the cap; 5000万元以上 is a condition" },
      { rule: "register.ineligible-location", sheet: "拟奖补名单", cell: "D5", why: "郑州高新技术产业开发区 is a zone of 郑州" },
      { rule: "register.location-code-mismatch", sheet: "拟奖补名单", cell: "C5", why: "characters 3–8 are 410100, 郑州市 itself" },
      { rule: "composition.total-mismatch", sheet: "拟奖补名单", cell: "G12", why: "120 + 50 + 100 + 60 + 85 + 200 + 250 + 300 = 1,165" },
      { rule: "composition.total-mismatch", sheet: "拟奖补名单", cell: "F12", why: "运费 800 + 1,250 = 2,050, the dashes adding nothing" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
    ],
  },
};
