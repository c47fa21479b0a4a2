import type { CorpusLayout } from "../types";

// 邹城市 2023-12-20: the opinion on supporting industrial growth, clause 2 扶持中小企业做大做强 — one sentence giving 50 / 20 / 10万元
// to 专精特新 firms by level, 30万元 more to 国家重点“小巨人”, 30 / 20万元 to 独角兽 / 瞪羚, 30 / 20万元 to 农业龙头企业. Laid out as a
// catalog (one row per award, the standard in words, the 牵头单位) beside an award list of our own.
export const layout: CorpusLayout = {
  id: "zoucheng-2023-industry-policy-awards",
  source: {
    title: "邹城市关于支持工业经济高质量发展的若干意见（一、支持企业做优做强 2.扶持中小企业做大做强；条款表与奖励名单据正文拟）",
    url: "http://www.zoucheng.gov.cn/art/2023/12/20/art_72266_2813202.html",
    publisher: "邹城市行政审批服务局（发布）",
    date: "2023-12-20",
    changes:
      "Built from the prose (table from prose): clause 2's sentence is split into one row per award, the standard quoted in words with its " +
      "amount as published (50, 20, 10, 30, 30, 20, 30, 20万元) and the clause's 牵头单位. The award list on the second sheet (firms, codes " +
      "370883, amounts) is ours: the publication has none. Planted: a 瞪羚 firm awarded 30万元 (the clause gives 20万元); one credit code " +
      "with a wrong check character. A firm listed for both 国家级“小巨人” and the further 国家重点“小巨人” award is no duplicate.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "levels-in-one-sentence", "section-row", "executing-office-column", "credit-codes", "item-per-row", "same-firm-two-items", "whole-wanyuan", "wanyuan-in-header", "table-from-prose", "county-policy", "shandong"],
  settings: { district: "邹城市" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 30, 60, 24],
      rows: [
        ["邹城市支持工业经济高质量发展奖励政策（扶持中小企业做大做强）", null, null, null],
        ["序号", "政策事项", "支持标准", "牵头单位"],
        ["一、支持企业做优做强", null, null, null],
        [1, "国家级专精特新“小巨人”企业", "对国家工信部认定的专精特新“小巨人”企业，给予一次性奖励50万元", "市工业和信息化局"],
        [2, "省级“专精特新”中小企业", "对省级“专精特新”中小企业，给予一次性奖励20万元", "市工业和信息化局"],
        [3, "济宁市级“专精特新”中小企业", "对济宁市级“专精特新”中小企业，给予一次性奖励10万元", "市工业和信息化局"],
        [4, "国家重点“小巨人”企业", "被认定为国家重点“小巨人”企业的，再奖励30万元", "市工业和信息化局"],
        [5, "山东省独角兽企业", "对首次认定为山东省独角兽企业的，给予一次性奖励30万元", "市工业和信息化局"],
        [6, "山东省瞪羚企业", "对首次认定为山东省瞪羚企业的，给予一次性奖励20万元", "市工业和信息化局"],
        [7, "国家级农业龙头企业", "对首次认定为国家级农业龙头企业的，给予一次性奖励30万元", "市农业农村局"],
        [8, "省级农业龙头企业", "对首次认定为省级农业龙头企业的，给予一次性奖励20万元", "市农业农村局"],
      ],
      merges: ["A1:D1", "A3:D3"],
    },
    {
      name: "奖励名单",
      widths: [6, 32, 24, 30, 14],
      rows: [
        ["邹城市2023年中小企业做大做强奖励企业名单", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "奖励事项", "奖励金额（万元）"],
        [1, "邹城市鲁源机械制造有限公司", "91370883MA3C7K2X52", "国家级专精特新“小巨人”企业", 50],
        [2, "邹城市鲁源机械制造有限公司", "91370883MA3C7K2X52", "国家重点“小巨人”企业", 30],
        [3, "山东峄山新材料科技有限公司", "91370883MA3D4P8N1Q", "山东省瞪羚企业", 30],
        [4, "邹城市孟府食品有限公司", "91370883MA3EW5R7TH", "省级农业龙头企业", 20],
        [5, "邹城市太平精密铸造有限公司", "91370883MA3F2H9L67", "省级“专精特新”中小企业", 20],
        [6, "邹城市唐村光电科技有限公司", "91370883MA3BX1Q4MC", "济宁市级“专精特新”中小企业", 10],
        [7, "山东邹鲁数字科技有限公司", "91370883MA3G6T3U84", "山东省独角兽企业", 30],
      ],
      merges: ["A1:E1"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 11, columns: { B: "item", C: "standard" } },
      { sheet: "奖励名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 9, columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" }, year: 2023 },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "E5", why: "山东省瞪羚企业: 30 > the clause's 20万元" },
      { rule: "register.invalid-credit-code", sheet: "奖励名单", cell: "C7", why: "91370883MA3F2H9L67: the check character for 91370883MA3F2H9L6 is 6, not 7" },
    ],
    absent: [
      { rule: "register.duplicate", sheet: "奖励名单", cell: "E4", why: "the same firm under two different items (国家级“小巨人” and the further 国家重点“小巨人” award)" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "E9", why: "山东省独角兽企业 30 = its 30万元" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "E3", why: "国家级“小巨人” 50 = its 50万元" },
      { rule: "cap.unknown-policy", why: "every 奖励事项 is a row of the clause sheet" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", why: "each standard states one fixed amount" },
    ],
  },
};
