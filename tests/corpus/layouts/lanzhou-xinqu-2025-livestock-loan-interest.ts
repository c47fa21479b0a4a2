import type { CorpusLayout } from "../types";

// 兰州新区中川园区农林水务局 2025-01-17: a 公示 of loan-interest subsidies for livestock and dairy processing — 2% of the loan,
// at most 50万元 a borrower, two firms, 100万元. Published as label–value items (项目名称, 补贴标准, 补贴对象, 补贴金额, 资金来源,
// 公示时间); laid out as those rows with the two firms' figures in a small table under them.
export const layout: CorpusLayout = {
  id: "lanzhou-xinqu-2025-livestock-loan-interest",
  source: {
    title: "兰州新区中川园区农林水务局关于养殖加工贷款贴息公示的通知",
    url: "https://shenddl.com/s2005/031133210.html",
    publisher: "兰州新区中川园区农林水务局",
    date: "2025-01-17",
    changes:
      "The six items are as published (补贴标准: 按照贷款金额的2%给与一次性差额贴息，单户贴息额度最高不超过50万元…; 补贴金额100万元; 资金来源 " +
      "兰新农领办发〔2025〕1号; 公示时间 2025年1月17日至1月23日), each a label–value row; the two firms the notice names are replaced by " +
      "invented ones. The notice gives no per-firm figures, so the table under the items (序号 | 经营主体名称 | 统一社会信用代码 | 贷款类型 | " +
      "贷款金额 | 贴息比例 | 贴息金额, 单位：万元, 合计) is ours, its codes (620100) and loans too; the total is kept at 100万元. Planted: " +
      "秦川乳业 paid 50.00 where 2% × 2,300 = 46.00.",
  },
  classes: ["register", "rate-with-cap", "base-column", "rate-column-as-text", "label-value-rows-above", "two-rows", "credit-codes", "no-place-column", "item-in-label-row", "wanyuan-caption", "signoff-line", "gansu"],
  settings: { asOf: "2025-01-17" },
  sheets: [
    {
      name: "公示",
      widths: [10, 30, 22, 12, 12, 10, 12],
      rows: [
        ["兰州新区中川园区农林水务局关于养殖加工贷款贴息公示的通知", null, null, null, null, null, null],
        ["项目名称", "养殖加工贷款贴息", null, null, null, null, null],
        [
          "补贴标准",
          "新区范围内从事肉牛、肉羊、奶牛养殖、乳制品加工和饲草生产的农业经营主体用于发展生产经营的贷款。按照贷款金额的2%给与一次性差额贴息，单户贴息额度最高不超过50万元。存量贷款以2024年9月1日贷款金额为基础，新增贷款以实际到位时间贷款金额测算。每笔相同贷款只能申请一次。",
          null, null, null, null, null,
        ],
        ["补贴对象", "甘肃中川牧业发展有限公司、兰州新区秦川乳业有限责任公司", null, null, null, null, null],
        ["补贴金额", "100万元", null, null, null, null, null],
        ["资金来源", "兰州新区党工委农村工作领导小组办公室关于下达2025年第一批中央、省级及新区财政衔接推进乡村振兴补助资金项目计划的通知（兰新农领办发〔2025〕1号）", null, null, null, null, null],
        ["公示时间", "2025年1月17日至1月23日（共7日）", null, null, null, null, null],
        [null, null, null, null, null, null, null],
        ["贴息明细", null, null, null, null, null, "单位：万元"],
        ["序号", "经营主体名称", "统一社会信用代码", "贷款类型", "贷款金额", "贴息比例", "贴息金额"],
        [1, "甘肃中川牧业发展有限公司", "91620100MAAQK26DFP", "存量贷款", 2600, "2%", 50],
        [2, "兰州新区秦川乳业有限责任公司", "91620100MAN3FC4DFR", "新增贷款", 2300, "2%", 50],
        ["合计", null, null, null, 4900, null, 100],
        [null, null, null, null, "兰州新区中川园区农林水务局", null, "2025年1月17日"],
      ],
      merges: ["A1:G1", "B2:G2", "B3:G3", "B4:G4", "B5:G5", "B6:G6", "B7:G7", "A9:F9", "A13:D13", "E14:F14"],
      numberFormats: { "E11:E13": "#,##0.00", "G11:G13": "0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "养殖加工贷款贴息", capType: "rate", rate: 0.02, capAmount: 50, unit: "万元", year: 2025, document: "兰州新区中川园区农林水务局 2025-01-17 公示（补贴标准）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "公示",
        kind: "register",
        unit: "万元",
        headerRow: 10,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", E: "base", G: "approved" },
        year: 2025,
        item: "养殖加工贷款贴息",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G12", why: "秦川乳业: 2% × 2,300.00 = 46.00万元 allowed, 50.00 paid: 4.00万元 over (the 50 maximum does not bind)" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G11", why: "中川牧业: 2% × 2,600.00 = 52.00, cut to the 50.00 maximum: exactly at it" },
      { rule: "cap.rate-exceeded", cell: "G11", why: "50.00 is below 2% × 2,600.00 = 52.00" },
      { rule: "cap.exceeded", cell: "G13", why: "合计 100 is not an award" },
      { rule: "input.unreadable-value", why: "补贴金额 “100万元” and the other label–value rows above the table are text, not table cells; 贴息比例 “2%” is a rate" },
      { rule: "register.invalid-credit-code", why: "both codes are valid GB 32100 codes" },
      { rule: "register.duplicate", why: "two firms, each once" },
      { rule: "register.ineligible-location", why: "no place column and no district set" },
      { rule: "cap.unknown-policy", why: "the item (项目名称 养殖加工贷款贴息) is in the catalog" },
      { rule: "register.unpaid", why: "a 2025 公示 in January, before the year's deadline" },
    ],
  },
};
