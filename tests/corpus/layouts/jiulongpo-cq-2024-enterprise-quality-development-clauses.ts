import type { CorpusLayout } from "../types";

// 重庆市九龙坡区发改委 / 经信委 / 财政局 / 商务委 2024-05, 九龙坡发改发〔2024〕68号: 关于支持企业高质量发展若干政策措施实施细则,
// clauses in prose under 一、二、三 section headings. Laid out as the clause table an office files beside the 细则.
export const layout: CorpusLayout = {
  id: "jiulongpo-cq-2024-enterprise-quality-development-clauses",
  source: {
    title: "关于印发《关于支持企业高质量发展若干政策措施实施细则》的通知（九龙坡发改发〔2024〕68号）（政策条款表据正文拟）",
    url: "http://zjxqt.com/bmjz/qzfbm_97119/qfzggw_97712/zwgk_97124/gkml/gfxwj/xzgfxwj/202406/t20240613_13291723.html",
    publisher: "重庆市九龙坡区发展和改革委员会、经济和信息化委员会、财政局、商务委员会",
    date: "2024-05-14",
    changes:
      "As published: the notice, the 细则's preamble (渝发改体改〔2024〕17号) and section 一、支持企业技术改造 with clause 1 on “技改专项贷” (cut off in the stored copy at 按照不超过项…). " +
      "Ours: the rest of clause 1's wording, clauses 2–7, sections 二、三, the 责任单位 column and the note. " +
      "Planted: clause 6 gives 一事一议 only, clause 7 gives only a floor (不低于50万元): neither can be read into a cap.",
  },
  classes: ["catalog", "prose-caps", "rate-with-cap", "fixed-award", "two-fixed-awards-in-one-clause", "section-heading-rows", "case-by-case-clause", "floor-not-cap", "condition-not-cap", "department-column", "wanyuan-in-text", "notes-under-table", "table-from-prose", "district-fund", "chongqing"],
  settings: { district: "九龙坡区" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 26, 70, 16],
      rows: [
        ["九龙坡区支持企业高质量发展若干政策措施实施细则条款表", null, null, null],
        ["序号", "支持事项", "支持标准", "责任单位"],
        ["一、支持企业技术改造", null, null, null],
        [1, "技改专项贷贴息", "对获得“技改专项贷”支持的项目，按照不超过项目贷款实际利息的50%给予贴息，单个企业每年最高不超过100万元。", "区经济信息委"],
        [2, "智能工厂和数字化车间奖励", "对新认定的市级智能工厂、数字化车间，分别给予50万元、20万元一次性奖励。", "区经济信息委"],
        ["二、支持企业创新发展", null, null, null],
        [3, "专精特新“小巨人”企业奖励", "对新认定的国家级专精特新“小巨人”企业，给予一次性奖励50万元。", "区经济信息委"],
        [4, "研发投入增量补助", "按企业年度研发投入增量部分的10%给予补助，单个企业最高不超过200万元。", "区科技局"],
        ["三、支持企业开拓市场和集聚发展", null, null, null],
        [5, "境外展会补助", "对参加境外专业展会的企业，按展位费的50%给予补助，单个企业每年不超过30万元。", "区商务委"],
        [6, "重大产业项目支持", "对固定资产投资10亿元及以上的重大产业项目，按照“一事一议”方式给予支持。", "区发展改革委"],
        [7, "营业收入突破奖励", "对年度营业收入首次突破10亿元的企业，给予不低于50万元的奖励。", "区经济信息委"],
        ["注：同一企业同一项目同时符合本细则和区内其他政策的，按“就高不重复”原则予以支持。", null, null, null],
      ],
      merges: ["A1:D1", "A3:D3", "A6:D6", "A9:D9", "A13:D13"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 12, columns: { A: "code", B: "item", C: "standard" } },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "C11", why: "一事一议 gives no amount, rate or maximum; 10亿元及以上 is the condition, never the cap" },
      { rule: "catalog.unreadable-standard", cell: "C12", why: "不低于50万元 is a floor, never a cap; 首次突破10亿元 is the condition: nothing else is given" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "C4", why: "50% of the interest up to 100万元 a year: a rate with a cap" },
      { rule: "catalog.unreadable-standard", cell: "C5", why: "分别给予50万元、20万元: one fixed award per named sub-item (智能工厂, 数字化车间)" },
      { rule: "catalog.unreadable-standard", cell: "C8", why: "10% of the increase up to 200万元" },
      { rule: "catalog.unreadable-standard", cell: "C10", why: "50% of the 展位费 up to 30万元 a year" },
      { rule: "catalog.unreadable-standard", cell: "A3", why: "一、二、三 section headings group the clauses; they are no items" },
      { rule: "catalog.unreadable-standard", cell: "A13", why: "the 就高不重复 note is no clause" },
    ],
  },
};
