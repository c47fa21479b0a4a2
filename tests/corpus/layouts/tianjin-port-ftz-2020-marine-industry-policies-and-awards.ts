import type { CorpusLayout } from "../types";

// 天津港保税区 2020-05: 《天津港保税区支持海洋产业发展的若干政策》 as a news report gives it — four parts, of which the report states the
// marine-engineering clause (80% 企业发展金 for new 海工装备 projects; 研发设计 under the existing science policies) and the desalination
// clause (1元 a tonne of water actually supplied, at most 100万元 a project a year; strategic investors and PPP encouraged). Laid out one
// clause a row; a year's list of the awards under it on a second sheet.
export const layout: CorpusLayout = {
  id: "tianjin-port-ftz-2020-marine-industry-policies-and-awards",
  source: {
    title: "天津港保税区真金白银承接北京海洋产业（《天津港保税区支持海洋产业发展的若干政策》）",
    url: "http://m.nicole-eric.com/xwzx/hgjj/202006/t20200601_32697.html",
    publisher: "新华社（转载）",
    date: "2020-06-01",
    changes:
      "As reported: the policy's title, its four parts (承接北京海洋产业功能疏解 among them), the 海工装备 clauses (80%的企业发展金; 研发设计项目适用现有科技政策) " +
      "and the 海水淡化 clauses (每吨1元, 单个项目补贴额最高不超过100万元/年; 战略投资者, PPP) in the report's words. The report runs them as sentences: " +
      "laid out here as 条款 | 政策项目 | 政策内容, the item names ours. The second sheet is ours: a 2019 list of awards, firms, codes, bases and amounts " +
      "invented. Planted: 天津蓝海淡化水务 given 128万元 for 128万吨 where a project gets at most 100万元 a year; 天津渤海海工装备制造 given 255 where 80% " +
      "of its base 300 is 240; 天津港保税区海润研发设计's code with a wrong check character.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-without-cap", "unit-standard-with-cap", "no-money-clauses", "section-row",
    "base-column", "quantity-in-remark", "credit-codes", "item-per-row", "wanyuan-in-header", "total-at-foot", "news-report", "development-zone", "tianjin",
  ],
  settings: { asOf: "2020-06-30", district: "天津市滨海新区" },
  sheets: [
    {
      name: "若干政策",
      widths: [10, 26, 90],
      rows: [
        ["天津港保税区支持海洋产业发展的若干政策", null, null],
        ["条款", "政策项目", "政策内容"],
        ["一、支持海工装备产业发展", null, null],
        ["（一）", "海工装备制造项目企业发展金", "对新设立的海工装备制造项目，自企业实际投产之日或下一年度起，给予80%的企业发展金支持。"],
        ["（二）", "研发设计项目科技政策支持", "对新落户的研发设计项目，适用现有科技政策支持。"],
        ["二、支持海水淡化产业发展", null, null],
        ["（一）", "海水淡化供水补贴", "对海水淡化保障供水需求的项目，按年实际供水量每吨1元给予补贴，单个项目补贴额最高不超过100万元/年。"],
        ["（二）", "海水淡化战略投资者引入", "鼓励引入战略投资者，推广海水淡化与综合利用PPP项目。"],
      ],
      merges: ["A1:C1", "A3:C3", "A6:C6"],
    },
    {
      name: "兑现名单",
      widths: [6, 32, 22, 26, 16, 14, 24],
      rows: [
        ["2019年度天津港保税区海洋产业扶持资金拟兑现企业名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "政策项目", "计算基数（万元）", "扶持金额（万元）", "备注"],
        [1, "天津临港海工重装有限公司", "91120116MA05K3R8XN", "海工装备制造项目企业发展金", 450, 360, "企业发展金基数为企业区级财力贡献"],
        [2, "天津海晟海水淡化有限公司", "91120116MA06D7N2PX", "海水淡化供水补贴", null, 86, "年实际供水量86万吨"],
        [3, "天津蓝海淡化水务有限公司", "91120116MA07B4T9L0", "海水淡化供水补贴", null, 128, "年实际供水量128万吨"],
        [4, "天津渤海海工装备制造有限公司", "91120116MA05U1C6EU", "海工装备制造项目企业发展金", 300, 255, "企业发展金基数为企业区级财力贡献"],
        [5, "天津港保税区海润研发设计有限公司", "91120116MA06H8W3QB", "海工装备制造项目企业发展金", 120, 96, null],
        [6, "天津临港海水利用科技有限公司", "91120116MA07F2M5RF", "海水淡化供水补贴", null, 100, "年实际供水量142万吨，按上限补贴"],
        ["合计", null, null, null, 870, 1025, null],
      ],
      merges: ["A1:G1", "A9:D9"],
      numberFormats: { "E3:F9": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "若干政策", kind: "catalog", headerRow: 2, lastRow: 8, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F5", why: "海水淡化供水补贴 at most 100万元 a project a year; 128 is 28万元 over" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F6", why: "企业发展金 is 80% of the base: 80% × 300 = 240; 255 is 15万元 over" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C7", why: "91120116MA06H8W3QB: the check character for 91120116MA06H8W3Q is A, not B" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F3", why: "360 = 80% × 450" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F7", why: "96 = 80% × 120" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F8", why: "100 is the maximum itself (142万吨 capped at 100万元)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F4", why: "86 is below the 100 maximum" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F9", why: "合计 1,025 is no award" },
      { rule: "register.duplicate", sheet: "兑现名单", why: "six different firms" },
      { rule: "register.unpaid", sheet: "兑现名单", why: "a list to be paid (拟兑现) records no payments" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "both 政策项目 named are rows of the catalog sheet" },
      { rule: "input.unreadable-value", sheet: "兑现名单", cell: "G5", why: "备注 is text (年实际供水量128万吨), not money" },
    ],
  },
};
