import type { CorpusLayout } from "../types";

// 长丰县 (安徽) 推动经济高质量发展若干政策, 一、支持先进制造业发展政策: rates of investment with a maximum (conditions of
// 1000万元 / 500万元 and a 50% paid after the firm reaches scale beside them), levels in one sentence, a 1:1 match of the
// provincial grant with a maximum, fixed awards and a per-product award with a per-firm maximum; the year's awards on
// a second sheet.
export const layout: CorpusLayout = {
  id: "changfeng-2022-advanced-manufacturing-policy",
  source: {
    title: "长丰县推动经济高质量发展若干政策（一、支持先进制造业发展政策）",
    url: "http://z7x5u8.firk.cn/zc/9797.html",
    publisher: "长丰县人民政府（转载）",
    date: "2022",
    changes:
      "The clauses of 一、(一) 扩大制造业投资 1–2 and (二) 推动企业技术创新 1–2 are as published, split into one row per award (the " +
      "publication runs several awards together in one numbered paragraph; the row names 首台套配套奖励, 安徽工业精品企业奖励 etc. " +
      "are ours, taken from the clause wording). Laid out as a table (序号 | 政策条目 | 支持标准 | 资金承担). The award list on the " +
      "second sheet is ours (firms, codes, bases, amounts; 长丰县 codes 340121). Planted: 鑫隆新材料 198.40 for 技改 where 15% × " +
      "1,240.00 = 186.00; 吴山电子 25.00 for 安徽省新产品 (five products × 5万元) against the per-firm maximum of 20万元.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "conditions-not-caps", "deferred-share-not-a-rate", "matching-grant-ratio",
    "levels-in-one-sentence", "per-item-award-with-firm-maximum", "base-column", "credit-codes", "item-per-row", "wanyuan-caption", "anhui",
  ],
  settings: { district: "长丰县", asOf: "2022-11-15" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 24, 80, 16],
      rows: [
        ["长丰县推动经济高质量发展若干政策（支持先进制造业发展政策摘录）", null, null, null],
        ["序号", "政策条目", "支持标准", "资金承担"],
        [1, "鼓励新引进工业项目", "对新引进先进制造业固定资产投资1000万元以上的，按固定资产投资额的10%给予最高2000万元补贴，其中奖补资金50%待企业达产升规后兑现。", "市县按1:1比例承担"],
        [2, "推动企业技改升级", "对存量工业企业升级改造投资500万元以上（含）的，按购置新设备投资额的15%给予最高2000万元补贴。", "市县按1:1比例承担"],
        [3, "创新示范奖励", "对新认定国家级及省级制造业创新中心、技术创新示范企业，分别给予50万元、20万元一次性奖补；对揭榜完成全省重点领域补短板和关键技术攻关任务，并获得省级奖补资金的企业，给予20万元一次性奖补。", "县级承担"],
        [4, "首台套配套奖励", "对新认定省级首台套重大技术装备、首批次新材料、首版次软件研发示范应用项目，给予省级补助资金1:1配套奖励，每个企业最高不超过20万元。", "县级承担"],
        [5, "安徽工业精品企业奖励", "对新认定安徽工业精品企业给予20万元一次性奖补。", "县级承担"],
        [6, "市级品牌示范企业奖励", "新认定市级品牌示范企业给予10万元一次性奖补。", "县级承担"],
        [7, "安徽省新产品奖励", "新认定安徽省新产品给予5万元奖补，每个企业最高奖补不超过20万元。", "县级承担"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "兑现名单",
      widths: [6, 32, 22, 22, 12, 14],
      rows: [
        ["长丰县2022年度推动经济高质量发展政策（先进制造业）拟兑现企业名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "政策条目", "计算基数", "拟兑现金额"],
        [1, "长丰县华驰智能装备有限公司", "91340121MA2NX4K71N", "鼓励新引进工业项目", 8600, 860],
        [2, "合肥鑫隆新材料科技有限公司", "91340121MA8L3PQ2C0", "推动企业技改升级", 1240, 198.4],
        [3, "安徽双墩精密机械有限公司", "91340121MA2TU6W8RE", "创新示范奖励", null, 20],
        [4, "长丰县庄墓新能源科技有限公司", "91340121MA8N9B4DJ9", "首台套配套奖励", 30, 20],
        [5, "合肥吴山电子科技有限公司", "91340121MA2WQ7E5ML", "安徽省新产品奖励", null, 25],
        [6, "长丰县杨庙机械制造有限公司", "91340121MA8P1H6KTK", "推动企业技改升级", 20000, 2000],
        ["合计", null, null, null, null, 3123.4],
      ],
      merges: ["A1:F1", "A10:E10"],
      numberFormats: { "E4:F10": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 9, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F5", why: "推动企业技改升级: 15% × 1,240.00 = 186.00万元 allowed, 198.40 proposed: 12.40万元 over" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F8", why: "安徽省新产品奖励: at most 20.00万元 a firm, 25.00 proposed: 5.00万元 over" },
    ],
    absent: [
      {
        rule: "catalog.unreadable-standard",
        sheet: "政策条款",
        cell: "C3",
        why: "10% of the fixed-asset investment, at most 2,000万元; 1000万元以上 is a condition and the 50% paid after reaching scale is a timing, not a rate",
      },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C4", why: "15% of the new equipment, at most 2,000万元; 500万元以上（含） is a condition" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C5", why: "levels in one sentence (50万元、20万元) and a further 20万元: at most 50万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C6", why: "a 1:1 match of the provincial grant (100% of it), at most 20万元 a firm" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C7", why: "a fixed 20万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C9", why: "5万元 a product, at most 20万元 a firm" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F4", why: "10% × 8,600.00 = 860.00, exactly the amount" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F9", why: "15% × 20,000.00 = 3,000.00, so the 2,000.00 maximum binds and is met; 500万元 is a condition, not a cap" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F9", why: "2,000.00 is below 15% × 20,000.00" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F7", why: "1:1 of a 30.00 provincial grant, capped at 20.00: 20.00 is allowed" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F6", why: "省级技术创新示范企业: 20.00, within the clause's 50.00" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F10", why: "合计 is not an award" },
      { rule: "cap.unknown-policy", why: "every 政策条目 of the list is in the sheet's own clauses" },
      { rule: "register.duplicate", why: "杨庙机械 and 鑫隆新材料 share an item, not a firm" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.location-code-mismatch", why: "every code is issued in 长丰县 (340121)" },
      { rule: "register.unpaid", why: "a list of proposed payments on 2022-11-15, before the deadline" },
    ],
  },
};
