import type { CorpusLayout } from "../types";

// 迪庆州 2023-04-17: 推动经济稳进提质15条政策措施. Clause 一 (招商引资: 到位资金1‰, 单个项目最高100万元) and clause 二
// (新培育纳统“四上”企业: 每户不超过15万元) set money caps in prose. Laid out as the clause sheet and, beside it, the list of firms
// paid under clause 二 the way the 州's offices publish one: 序号 | 企业名称 | 统一社会信用代码 | 所在县（市） | 企业类别 | 补助项目 | 补助金额.
export const layout: CorpusLayout = {
  id: "diqing-2023-steady-growth-measures-subsidies",
  source: {
    title: "迪庆州2023年推动经济稳进提质15条政策措施（摘录）及新纳统“四上”企业补助名单（名单表据正文拟）",
    url: "http://yn.izst.com/2023-04-17/823646.html",
    publisher: "迪庆藏族自治州人民政府",
    date: "2023-04-17",
    changes:
      "As published: clauses 一 and 二 word for word in substance (the 1‰ of 省外到位资金 with its 100万元 ceiling and the 1亿元 / 1000万美元 " +
      "thresholds; the up-to-15万元 one-off grant to each newly counted “四上” firm) and their responsible offices. The stored copy has no list: " +
      "the list, firms, codes and figures are ours. Planted: 维西兰坪矿产 granted 18.00 (cap 15); 德钦梅里 listed twice; 香格里拉松赞's code " +
      "has a wrong check character.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "maximum-award", "rate-with-ceiling", "conditions-not-caps", "category-column", "item-per-row", "credit-codes", "counties-as-places", "wanyuan-in-header", "total-at-foot", "prefecture-fund", "yunnan"],
  settings: { district: "迪庆州", asOf: "2023-12-20" },
  sheets: [
    {
      name: "政策条款",
      widths: [8, 26, 90],
      rows: [
        ["迪庆州2023年推动经济稳进提质15条政策措施（摘录）", null, null],
        ["条款", "政策项目", "支持标准"],
        ["一", "招商引资到位资金补助", "内资项目实际到位省外资金在1亿元以上，外资项目实际到位资金在1000万美元以上的外来投资企业，项目竣工验收并按程序报批后，一次性按照到位资金1‰的比例给予补助，单个项目最高补助金额不超过100万元人民币。"],
        ["二", "新培育纳统“四上”企业补助", "州级财政安排补助资金，对年内新培育纳统的“四上”企业（规模以上工业企业、资质等级建筑业企业、限额以上批零住餐企业、规模以上服务业企业）每户给予不超过15万元的一次性补助。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "补助名单",
      widths: [6, 30, 22, 12, 16, 26, 16],
      rows: [
        ["迪庆州2023年新培育纳统“四上”企业补助资金拟补助名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在县（市）", "企业类别", "补助项目", "补助金额（万元）"],
        [1, "香格里拉市建塘藏药制品有限公司", "915334014NYT50Q441", "香格里拉市", "规模以上工业企业", "新培育纳统“四上”企业补助", 15],
        [2, "迪庆州松赞酒店管理有限公司", "91533401CTRG9JWGHM", "香格里拉市", "限额以上批零住餐企业", "新培育纳统“四上”企业补助", 10],
        [3, "香格里拉市独克宗建筑工程有限公司", "9153340117KLLFPMU0", "香格里拉市", "资质等级建筑业企业", "新培育纳统“四上”企业补助", 12],
        [4, "德钦县梅里农牧产品商贸有限公司", "9153342222L2XJC929", "德钦县", "限额以上批零住餐企业", "新培育纳统“四上”企业补助", 8],
        [5, "德钦县升平物流服务有限公司", "91533422QP54RE3UTL", "德钦县", "规模以上服务业企业", "新培育纳统“四上”企业补助", 10],
        [6, "维西兰坪矿产品加工有限公司", "915334230X85KUUA8J", "维西县", "规模以上工业企业", "新培育纳统“四上”企业补助", 18],
        [7, "德钦县梅里农牧产品商贸有限公司", "9153342222L2XJC929", "德钦县", "限额以上批零住餐企业", "新培育纳统“四上”企业补助", 8],
        [8, "维西县保和傈僳族文化旅游有限公司", "91533423G19PLAKDRA", "维西县", "规模以上服务业企业", "新培育纳统“四上”企业补助", 10],
        ["合计", null, null, null, null, null, 91],
      ],
      merges: ["A1:G1", "A11:F11"],
      numberFormats: { "G3:G11": "0.00" },
    },
  ],
  expect: {
    tables: [
      // Corrected after the seventy-seventh holdout's measurement (counted failed): the writer stated the 条款 column (一, 二,
      // once each, leading, no 序号, no section rows) as the document; docs/rules.md reads a clause number alone as the rows'
      // code, as heihe-2022 (（一）（二）) and henan-2025 (1, 2) state it.
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 4, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "补助名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "category", F: "item", G: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "补助名单", cell: "G8", why: "新培育纳统“四上”企业补助 is at most 15万元 a firm; 18.00 granted, 3.00万元 over" },
      { rule: "register.duplicate", sheet: "补助名单", cell: "G9", why: "德钦县梅里农牧产品商贸有限公司 (9153342222L2XJC929) has the same grant on row 6 for 2023" },
      { rule: "register.invalid-credit-code", sheet: "补助名单", cell: "C4", why: "91533401CTRG9JWGHM: the check character should be P" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "补助名单", cell: "G3", why: "15.00 is the ceiling itself (不超过15万元)" },
      { rule: "cap.exceeded", sheet: "补助名单", cell: "G11", why: "合计 91 = 15 + 10 + 12 + 8 + 10 + 18 + 8 + 10 is no grant" },
      { rule: "cap.unknown-policy", why: "every row's 补助项目 is clause 二 of the sheet's own catalog" },
      { rule: "register.ineligible-location", why: "香格里拉市, 德钦县 and 维西县 are the three county-level units of 迪庆州" },
      { rule: "register.duplicate", sheet: "补助名单", cell: "G5", why: "企业类别 repeats (限额以上批零住餐企业) across different firms: a category, not a firm" },
      { rule: "cap.rate-exceeded", why: "no rate item is paid in the list" },
      { rule: "input.unreadable-value", sheet: "补助名单", cell: "E3", why: "企业类别 is text describing the row" },
    ],
  },
};
