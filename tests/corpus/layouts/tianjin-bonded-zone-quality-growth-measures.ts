import type { CorpusLayout } from "../types";

// 天津港保税区 关于促进经济高质量发展的若干措施（征求意见稿）, 一、支持制造业发展 (一)–(四): 20% of the investment, up to 80% of the rent
// for at most five years, 50% of R&D spending at most 5000万元, consumption vouchers with no amount — each closing with （责任部门：…）;
// the year's support on a second sheet.
export const layout: CorpusLayout = {
  id: "tianjin-bonded-zone-quality-growth-measures",
  source: {
    title: "天津港保税区关于促进经济高质量发展的若干措施（征求意见稿）— 一、支持制造业发展（（一）—（四））",
    url: "https://www.tjbh.gov.cn/contents/16449/592861.html?suggestdh=1",
    publisher: "天津港保税区管委会",
    changes:
      "Clauses (一)–(四) of 一、支持制造业发展 are as published (wording shortened where it only gives the aims), each with its （责任部门：…）; " +
      "the section row is the measures' own heading. The 条款 column names are ours, from each clause's wording. The support list on the second " +
      "sheet is ours (firms, codes, bases, amounts). Planted: 临港智造 360 where 20% × 1,650 = 330; 云港数据 2,600 where 50% × 5,000 = 2,500; " +
      "one code with a wrong check character. Left as they are: 空港生物 5,000 where 50% × 12,000 = 6,000 (the 5000万元 maximum binds).",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "rate-without-cap", "rent-share", "duration-not-a-cap", "award-without-amount",
    "responsible-office-in-brackets", "section-row", "base-column", "credit-codes", "item-per-row", "wanyuan-caption", "total-at-foot",
    "draft-for-comment", "bonded-zone", "tianjin",
  ],
  settings: { district: "天津市滨海新区" },
  sheets: [
    {
      name: "若干措施",
      widths: [8, 22, 100],
      rows: [
        ["天津港保税区关于促进经济高质量发展的若干措施（征求意见稿）", null, null],
        ["序号", "条款", "支持内容"],
        ["一、支持制造业发展，培育以实体经济为支撑的现代化产业体系", null, null],
        ["（一）", "支持重点领域高质量投资", "全面落实天津建设全国先进制造研发基地相关要求，促进产业基础再造提升、产业链优化升级。对于促进产业高端、智能、绿色发展的重点项目，按照不超过设备、软硬件工具等投资额的20%给予支持。（责任部门：工信局）"],
        ["（二）", "支持盘活现有房地资源", "推进港产城融合发展，挖掘闲置低效资产价值，鼓励闲置厂房、楼宇等存量资源加快出租转让，合理扩大有效投资。对于相应面积给予最高80%场地租金的支持，期限不超过五年。（责任部门：工信局、发改局、商务局）"],
        ["（三）", "加速产业创新化发展", "鼓励企业根据国家战略需要、高质量发展需求和行业发展趋势，提升科技创新能力。支持企业持续加大研发投入，给予研发费用不超过50%的资金支持，最高不超过5000万元。（责任部门：工信局、科技局）"],
        ["（四）", "推进绿色低碳产业发展", "促进绿色低碳转型，支持开展绿色化工业消费，每年适时实施工业企业消费券政策，支持企业绿色化、智能化高质量发展，鼓励新质生产力开拓业务场景。（责任部门：工信局）"],
      ],
      merges: ["A1:C1", "A3:C3"],
    },
    {
      name: "支持名单",
      widths: [6, 34, 22, 24, 14, 12],
      rows: [
        ["天津港保税区促进经济高质量发展若干措施（支持制造业发展）拟支持企业名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "支持条款", "计算基数", "支持金额"],
        [1, "天津港保税区海晟航空装备有限公司", "91120116MA07H2K5X0", "支持重点领域高质量投资", 2400, 480],
        [2, "天津临港智造新材料有限公司", "91120116MA06R8N3BX", "支持重点领域高质量投资", 1650, 360],
        [3, "天津保税区云港数据科技有限公司", "91120116MA05T1P7DG", "加速产业创新化发展", 5000, 2600],
        [4, "天津空港生物医药研究院有限公司", "91120116MA07C4W9L3", "加速产业创新化发展", 12000, 5000],
        [5, "天津港保税区汇通物流有限公司", "91120116MA06F5Q2JT", "支持盘活现有房地资源", 600, 480],
        [6, "天津海港冷链供应链有限公司", "91120116MA05K9U1MC", "支持盘活现有房地资源", 350, 280],
        ["合计", null, null, null, null, 9200],
        ["注：计算基数为设备及软硬件工具投资额、年度研发费用或相应面积年场地租金。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A10:E10", "A11:F11"],
      numberFormats: { "E4:F10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "若干措施", kind: "catalog", headerRow: 2, lastRow: 7, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "支持名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "若干措施", cell: "C7", why: "消费券政策: no amount, no rate" },
      { rule: "cap.rate-exceeded", sheet: "支持名单", cell: "F5", why: "支持重点领域高质量投资: 20% × 1,650 = 330万元 allowed; 360 proposed: 30万元 over" },
      { rule: "cap.rate-exceeded", sheet: "支持名单", cell: "F6", why: "加速产业创新化发展: 50% × 5,000 = 2,500万元 allowed (below the 5,000 maximum); 2,600 proposed: 100万元 over" },
      { rule: "register.invalid-credit-code", sheet: "支持名单", cell: "C9", why: "91120116MA05K9U1MC: the GB 32100 check character for 91120116MA05K9U1M is D, not C" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "若干措施", cell: "C4", why: "20% of the investment in equipment and tools" },
      { rule: "catalog.unreadable-standard", sheet: "若干措施", cell: "C5", why: "up to 80% of the rent; 期限不超过五年 is a duration, not an amount" },
      { rule: "catalog.unreadable-standard", sheet: "若干措施", cell: "C6", why: "50% of R&D spending, at most 5,000万元" },
      { rule: "cap.exceeded", sheet: "支持名单", cell: "F7", why: "50% × 12,000 = 6,000, so the 5,000 maximum binds and 5,000 meets it" },
      { rule: "cap.rate-exceeded", sheet: "支持名单", cell: "F4", why: "20% × 2,400 = 480, exactly the amount" },
      { rule: "cap.rate-exceeded", sheet: "支持名单", cell: "F8", why: "80% × 600 = 480, exactly the amount" },
      { rule: "cap.rate-exceeded", sheet: "支持名单", cell: "F9", why: "80% × 350 = 280, exactly the amount" },
      { rule: "composition.total-mismatch", sheet: "支持名单", cell: "F10", why: "480 + 360 + 2,600 + 5,000 + 480 + 280 = 9,200, as stated" },
      { rule: "cap.unknown-policy", why: "every 支持条款 of the list is a clause of the first sheet" },
      { rule: "register.duplicate", why: "no firm appears twice" },
    ],
  },
};
