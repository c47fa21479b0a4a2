import type { CorpusLayout } from "../types";

// 石家庄市 关于支持装备制造产业发展的若干措施 (2023-04): clauses 二 (专精特新 — fixed awards by title, the highest when a firm holds
// several, and a loan-interest subsidy at 50% of the interest paid with yearly and total maxima) and 三 (首台（套） products, 20万元 each),
// laid out as a catalog under their clause headings; the year's payments on a second sheet.
export const layout: CorpusLayout = {
  id: "shijiazhuang-2023-equipment-manufacturing-measures-awards",
  source: {
    title: "关于支持装备制造产业发展的若干措施（第二、三条；奖补资金兑现名单据措施拟）",
    url: "http://cdsnjd.com/news/cygh/2023/0419/19318.html",
    publisher: "高新院（转载石家庄市委、市政府印发的措施）",
    date: "2023-04-19",
    changes:
      "The measures are prose under numbered headings; kept as published: clause 二's awards (30 / 50 / 100万元 by title, 以最高的标准, 贴息 " +
      "50% of 实际支付银行贷款利息, 每年不超过100万元, 总额不超过300万元) and clause 三's 一次性奖励20万元 (its text cut where the stored copy ends, " +
      "单个企业年…). Clause 一 (a 50亿元 fund) gives no award to a firm and is left out. Ours: the short item names in column B, the whole 兑现名单 " +
      "(firms, 石家庄 codes, interest, amounts). Planted: a 示范企业 award of 60 (fixed 50); a 贴息 of 52 on interest of 96.40 (50% = 48.20); a " +
      "bad check character.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "fixed-awards", "rate-and-cap", "loan-interest-subsidy", "base-column", "dash-as-nothing", "section-rows", "item-per-row", "same-firm-two-items", "credit-codes", "districts-as-places", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "city-policy", "hebei"],
  settings: { district: "石家庄市" },
  sheets: [
    {
      name: "政策措施",
      widths: [6, 30, 90],
      rows: [
        ["关于支持装备制造产业发展的若干措施（摘录）", null, null],
        ["序号", "政策事项", "支持内容及标准"],
        ["二、引导装备制造中小企业向“专精特新”方向发展", null, null],
        [1, "省级“专精特新”中小企业复核奖励", "对已认定的省级“专精特新”中小企业（须首次认定），三年有效期满通过复核的，给予30万元奖励。"],
        [2, "省级“专精特新”示范企业奖励", "对获得省级“专精特新”示范企业称号的，给予50万元奖励。"],
        [3, "国家专精特新“小巨人”企业奖励", "对获得国家专精特新“小巨人”称号的企业，给予100万元奖励。同一家企业获得多个称号的，以最高的标准给予奖励。"],
        [4, "“专精特新”中小企业贷款贴息", "对经认定的“专精特新”中小企业按照实际支付银行贷款利息的50%予以补助，单个申请企业每年获得贴息补助不超过100万元，在本政策有效期内获得贴息总额不超过300万元。"],
        ["三、支持企业产品进入首台（套）重大技术装备产品目录", null, null],
        [5, "首台（套）重大技术装备产品奖励", "鼓励重大技术装备自主创新，进一步激发企业创新活力。支持企业研发、生产具有自主知识产权的首台（套）重大技术装备、关键部件和基础产品，对进入《河北省重点领域首台（套）重大技术装备产品公告目录》的产品，一次性奖励20万元。"],
        ["注：本表摘录措施第二、三条；第一条（设立总规模50亿元的装备制造产业发展子基金）不涉及对企业的直接奖补，未列入。", null, null],
      ],
      merges: ["A1:C1", "A3:C3", "A8:C8", "A10:C10"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 14, 32, 16, 12],
      rows: [
        ["石家庄市2023年装备制造产业发展政策奖补资金兑现名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在县（市、区）", "奖补事项", "实际支付银行贷款利息", "奖补金额"],
        [1, "石家庄冀工精密机械有限公司", "91130111LRQMD3TR6M", "栾城区", "省级“专精特新”中小企业复核奖励", "—", 30],
        [2, "河北恒钧智能装备有限公司", "91130110ETPEEA1WJH", "鹿泉区", "国家专精特新“小巨人”企业奖励", "—", 100],
        [3, "石家庄博锐液压科技有限公司", "911301095ULAGGNJ29", "藁城区", "省级“专精特新”示范企业奖励", "—", 60],
        [4, "河北恒钧智能装备有限公司", "91130110ETPEEA1WJH", "鹿泉区", "“专精特新”中小企业贷款贴息", 168.0, 84],
        [5, "石家庄中科轨道装备有限公司", "91130123BNMHF7RRWK", "正定县", "“专精特新”中小企业贷款贴息", 96.4, 52],
        [6, "石家庄冀工精密机械有限公司", "91130111LRQMD3TR6M", "栾城区", "首台（套）重大技术装备产品奖励", "—", 20],
        [7, "河北鑫泰电力装备有限公司", "91130102N8M210H0L7", "长安区", "首台（套）重大技术装备产品奖励", "—", 20],
        ["合计", null, null, null, null, null, 366],
        ["注：贷款贴息按企业实际支付银行贷款利息的50%核定；首台（套）奖励按产品计。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A11:F11", "A12:G12"],
      numberFormats: { "F7:F8": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策措施", kind: "catalog", headerRow: 2, lastRow: 9, columns: { B: "item", C: "standard" } },
      {
        sheet: "兑现名单", kind: "register", unit: "万元", headerRow: 3, lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G6", why: "省级“专精特新”示范企业奖励 is a fixed 50万元; 60 paid, 10 over" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G8", why: "贴息 at 50% of 实际支付银行贷款利息 96.40 = 48.20 (the binding limit, under the yearly 100); 52 paid, 3.80 over" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C10", why: "91130102N8M210H0L7: the GB 32100 check character for 91130102N8M210H0L is G, not 7" },
    ],
    absent: [
      { rule: "register.duplicate", sheet: "兑现名单", cell: "G7", why: "河北恒钧 is paid two different items (小巨人 award and 贴息)" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "G9", why: "石家庄冀工 is paid two different items (复核 award and a 首台（套） product)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G5", why: "小巨人 100 = its fixed 100万元" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G7", why: "84 = 50% × 168.00, under the yearly 100" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G10", why: "首台（套） 20 = its fixed 20万元" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "G11", why: "30 + 100 + 60 + 84 + 52 + 20 + 20 = 366" },
      { rule: "register.ineligible-location", sheet: "兑现名单", why: "栾城区, 鹿泉区, 藁城区, 正定县, 长安区 are all 石家庄's" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "every 奖补事项 names a catalog item" },
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C6", why: "100万元 fixed; 以最高的标准给予奖励 adds no figure" },
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C7", why: "50% of the interest paid with a maximum of 100万元 a year" },
    ],
  },
};
