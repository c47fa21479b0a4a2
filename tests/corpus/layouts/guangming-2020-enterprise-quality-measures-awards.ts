import type { CorpusLayout } from "../types";

// 深圳市光明区 2020: 光明区支持企业高质量发展的若干措施 — numbered measures under group headings (一、激励企业稳定提升经济效益 …): a fixed 10万元
// for 小升规, the 高管团队 awards per 2000万元 of growth with firm and person ceilings, the listing awards in stages, 技术改造 at 10% of the
// actual investment with ceilings of 200 / 100万元. Measures (一)–(四) as a catalog, and a list of the year's awards (ours) on a second sheet.
export const layout: CorpusLayout = {
  id: "guangming-2020-enterprise-quality-measures-awards",
  source: {
    title: "光明区支持企业高质量发展的若干措施（2020）（措施（一）—（四）；拟资助企业名单据措施拟）",
    url: "http://51wocheng.com/Science/info/95.html",
    publisher: "深圳市光明区（转载）",
    date: "2020",
    changes:
      "As published: the preamble's purpose, the first two group headings and measures (一)–(四) in their order and wording (the stored copy drops the % " +
      "after 实际投资额 10; written 10%). Ours: the 措施 short names column, the second sheet (firms, codes, streets, investments, amounts). " +
      "Planted: a 小升规 award of 15 against the fixed 10万元; a 技术改造 award of 95 on an actual investment of 800 (10% = 80, under either ceiling); " +
      "the first firm listed again for 小升规 on row 6.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "group-headings-merged", "clause-numbers-in-brackets", "fixed-awards", "rate-and-cap",
    "two-ceilings-in-one-clause", "staged-awards", "per-increment-awards", "item-per-row", "base-column", "credit-codes", "streets-as-places",
    "dash-as-nothing", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "district-policy", "guangdong",
  ],
  settings: { district: "深圳市光明区" },
  sheets: [
    {
      name: "若干措施",
      widths: [8, 26, 100],
      rows: [
        ["光明区支持企业高质量发展的若干措施", null, null],
        ["为助推企业实现高质量发展，激励企业提升经济规模效益，转换创新动力引擎，优化产业资源配置，树立良好社会声誉，结合光明实际，制定本措施。", null, null],
        ["序号", "措施", "支持内容及标准"],
        ["一、激励企业稳定提升经济效益", null, null],
        ["（一）", "实施“小升规”扶持计划", "建立“小升规”企业培育库，鼓励小微企业“上规升级”。对首次纳入区统计数据库的规模以上工业企业、有资质的建筑业企业、规模以上服务业企业、限额以上批发零售业和住宿餐饮业企业，给予10万元奖励。"],
        ["（二）", "实施高管团队激励计划", "对年度产值5亿元以上的大型工业企业，工业增加值每增加2000万元，给予其高管团队20万元奖励，单家企业年度累计最高奖励200万元，单个高管年度最高奖励50万元。对规模以上软件和信息技术服务业企业，年度营业收入每增加2000万元，给予其高管团队10万元奖励，单家企业年度累计最高奖励100万元，单个高管年度最高奖励10万元。"],
        ["二、助推企业转换发展动力引擎", null, null],
        ["（三）", "实施上市企业倍增计划", "鼓励企业充分利用资本市场进行有效融资。对拟在境内首发上市的企业，完成股份制改造后给予100万元资助；申请材料获证监会正式受理后，再给予250万元资助。对在境外成功上市的企业，给予200万元资助。"],
        ["（四）", "实施技术改造攀登计划", "对实施技术改造项目提升工业增加值率的规上工业企业，按技术改造项目实际投资额10%，给予最高200万元资助。规下工业企业实施技术改造项目，按实际投资额10%，给予最高100万元资助。"],
      ],
      merges: ["A1:C1", "A2:C2", "A4:C4", "A7:C7"],
    },
    {
      name: "拟资助名单",
      widths: [6, 34, 22, 12, 26, 16, 12],
      rows: [
        ["光明区2020年度支持企业高质量发展资金拟资助企业名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在街道", "措施", "技术改造项目实际投资额", "拟资助金额"],
        [1, "深圳市光明智造精密电子有限公司", "91440311TF7KP4PEUJ", "公明街道", "实施“小升规”扶持计划", "—", 10],
        [2, "深圳市凤凰湾新材料科技有限公司", "91440311TDL70HLETP", "凤凰街道", "实施“小升规”扶持计划", "—", 15],
        [3, "深圳市玉塘医疗器械有限公司", "914403119BQP5FU0KG", "玉塘街道", "实施技术改造攀登计划", 800, 95],
        [4, "深圳市新湖储能技术有限公司", "91440311E0WNKK98X3", "新湖街道", "实施上市企业倍增计划", "—", 100],
        [5, "深圳市马田光电科技有限公司", "91440311FPYENCG95Q", "马田街道", "实施技术改造攀登计划", 600, 60],
        [6, "深圳市光明智造精密电子有限公司", "91440311TF7KP4PEUJ", "公明街道", "实施“小升规”扶持计划", "—", 10],
        ["合计", null, null, null, null, null, 290],
        ["注：技术改造项目实际投资额经审计核定；其他措施不设基数。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A10:F10", "A11:G11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "若干措施", kind: "catalog", headerRow: 3, lastRow: 9, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "拟资助名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟资助名单", cell: "G5", why: "实施“小升规”扶持计划 gives a fixed 10万元; 15 proposed, 5 over" },
      { rule: "cap.rate-exceeded", sheet: "拟资助名单", cell: "G6", why: "技术改造 is 10% of the actual investment: 10% × 800 = 80 (under the 100 and 200 ceilings, so the rate binds); 95 proposed, 15 over" },
      { rule: "register.duplicate", sheet: "拟资助名单", cell: "G9", why: "深圳市光明智造精密电子有限公司 (91440311TF7KP4PEUJ) for 实施“小升规”扶持计划 again, first on row 4" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟资助名单", cell: "G8", why: "10% × 600 = 60, exactly allowed, under either ceiling" },
      { rule: "cap.rate-exceeded", sheet: "拟资助名单", cell: "G8", why: "60 = 10% × 600" },
      { rule: "cap.exceeded", sheet: "拟资助名单", cell: "G7", why: "上市 awards are 100 after the 股份制改造 stage (250 more later, 200 abroad): 100 is the first stage's" },
      { rule: "composition.total-mismatch", sheet: "拟资助名单", cell: "G10", why: "合计 290 = 10 + 15 + 95 + 100 + 60 + 10, the lines as typed" },
      { rule: "cap.unknown-policy", sheet: "拟资助名单", why: "every 措施 is a catalog item word for word" },
      { rule: "register.ineligible-location", sheet: "拟资助名单", cell: "D4", why: "公明, 凤凰, 玉塘, 新湖, 马田 are streets of 光明区" },
      { rule: "register.invalid-credit-code", sheet: "拟资助名单", why: "all five codes carry their GB 32100 check character" },
      { rule: "register.location-code-mismatch", sheet: "拟资助名单", why: "every code's 440311 is 光明区" },
      { rule: "catalog.unreadable-standard", sheet: "若干措施", cell: "C5", why: "a fixed 10万元" },
      { rule: "catalog.unreadable-standard", sheet: "若干措施", cell: "C9", why: "10% of the actual investment with a ceiling (200, or 100 for 规下)" },
      { rule: "catalog.unreadable-standard", sheet: "若干措施", cell: "A4", why: "一、 and 二、 are group headings merged across, no measures" },
    ],
  },
};
