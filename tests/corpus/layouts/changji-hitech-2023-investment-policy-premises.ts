import type { CorpusLayout } from "../types";

// 昌吉高新区 2023-10-31: 昌吉高新区招商引资政策黄金十条 — 第一条 生产厂房支持 in prose: 2% of the 实际交易金额 for buying premises, at most
// 200万元; a fit-out subsidy of at most 200万元. Each of those two awards a row of the catalog (条款 | 支持事项 | 支持标准), the year's
// payments to firms on a second sheet (序号 | 企业名称 | 统一社会信用代码 | 支持事项 | 实际交易金额 | 奖励金额, 合计 at the foot).
export const layout: CorpusLayout = {
  id: "changji-hitech-2023-investment-policy-premises",
  source: {
    title: "昌吉高新区招商引资政策黄金十条（第一条 生产厂房支持）",
    url: "https://www.cjgjgxq.cn/p172/tzdx/20231031/272159.html",
    publisher: "昌吉国家高新技术产业开发区管委会",
    date: "2023-10-31",
    changes:
      "The catalog keeps the published wording of 第一条's two money awards, one per row, under the 条款 it comes from; its rent subsidy " +
      "(8元/平方米/月 by output band) and 第二条 onwards (cut short in the stored copy) are left out. The 兑现名单 is ours: firms, codes of 昌吉市 " +
      "(652301), sums. Planted: 昌吉天山装备 220 where the award is at most 200万元; 新疆准东新材料 36 where 2% of its 1,500 is 30.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-of-base", "max-cap", "base-column", "clause-column", "credit-codes", "total-at-foot", "wanyuan-caption", "development-zone", "xinjiang"],
  settings: { district: "昌吉市", asOf: "2024-06-30" },
  sheets: [
    {
      name: "政策条款",
      widths: [10, 22, 90],
      rows: [
        ["昌吉高新区招商引资政策黄金十条（摘录）", null, null],
        ["条款", "支持事项", "支持标准"],
        ["第一条", "购买生产经营场所奖励", "对于盘活、购买高新区内生产经营场所实际交易金额达到1000万元以上的企业，待企业经营期满一年后，给予实际交易金额2%的奖励支持，最高不超过200万元。"],
        ["第一条", "装修费用补助", "被高新区认定为产业发展核心环节的新建项目，在高新区范围内租赁生产经营场所的，按照合同约定给予企业生产经营场所装修费用补助，补助资金最高不超过200万元。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 34, 22, 22, 14, 12],
      rows: [
        ["昌吉高新区2024年生产厂房支持政策兑现名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "支持事项", "实际交易金额", "奖励金额"],
        [1, "昌吉华信生物科技有限公司", "9165230190XL45XUK3", "购买生产经营场所奖励", 3200, 64],
        [2, "昌吉天山装备制造有限公司", "91652301456FEBTA67", "购买生产经营场所奖励", 12000, 220],
        [3, "新疆准东新材料有限公司", "91652301WU3METCCK9", "购买生产经营场所奖励", 1500, 36],
        [4, "昌吉绿原医疗器械有限公司", "916523010ABAD7UWGQ", "装修费用补助", "—", 150],
        [5, "新疆庭州纺织服装有限公司", "91652301410UYWCENM", "装修费用补助", "—", 180],
        ["合计", null, null, null, 16700, 650],
      ],
      merges: ["A1:F1", "A9:D9"],
      numberFormats: { "E4:F9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 4, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F5", why: "购买生产经营场所奖励: 2% of 12,000 = 240, so the 200万元 maximum binds; 220 is 20.00万元 over" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F6", why: "购买生产经营场所奖励: 2% of 实际交易金额 1,500 = 30 (below 200); 36 is 6.00万元 over" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F4", why: "2% of 3,200 = 64, exactly" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F7", why: "装修费用补助 150, under 200" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F8", why: "装修费用补助 180, under 200" },
      { rule: "cap.no-cap", sheet: "兑现名单", cell: "F7", why: "装修费用补助 is a maximum, no rate: the dash in 实际交易金额 is no missing base" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F9", why: "合计 650 (64 + 220 + 36 + 150 + 180) is no award" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", why: "a rate of 2% with a 200万元 maximum, and a 200万元 maximum; 1000万元以上 is a condition" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "both 支持事项 are in the catalog" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.duplicate", why: "five firms, each once" },
      { rule: "register.unpaid", why: "a list of awards to be paid records no payments" },
    ],
  },
};
