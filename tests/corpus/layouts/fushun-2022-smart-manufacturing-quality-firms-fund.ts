import type { CorpusLayout } from "../types";

// 抚顺市工业和信息化局 2022-08-18: passes on the province's 2022 申报指南 for 数字辽宁智造强省专项资金（优质企业培育方向） (辽财经规〔2022〕4号,
// 辽工信产业〔2022〕157号) — three kinds of project, 直接补助, 30% of the cost at most 30万元 (管理咨询, 工业设计服务) or 200万元 (设计成果
// 转化) — and asks each 县（区） for its 申报项目汇总表 by 8月22日. Laid out as the 支持标准 list and the city's 汇总表.
export const layout: CorpusLayout = {
  id: "fushun-2022-smart-manufacturing-quality-firms-fund",
  source: {
    title: "关于组织申报辽宁省2022年数字辽宁智造强省专项资金（优质企业培育方向）项目的通知（支持标准表及申报项目汇总表据通知拟）",
    url: "http://gxj.fushun.gov.cn/tzgg/20220818/f896f223-dfcf-4f1f-ac59-1ac2c64b1f59.html",
    publisher: "抚顺市工业和信息化局",
    date: "2022-08-18",
    changes:
      "As published: the three 申报项目范围, 直接补助, both standards (30%, at most 30万元 / 200万元), the documents and the 8月22日 deadline in " +
      "the note. Ours: the 支持标准 sheet laid out from the notice's prose (one row per project kind), and the whole 汇总表 (the notice names " +
      "the annex without its columns): firms, codes, counties, costs, amounts. Planted: 新抚工业设计 36 asked where 30% × 120 = 36 is above the " +
      "30万元 maximum; 东洲精细化工 20.2 where 30% × 64 = 19.2; 望花特种阀门's code with a wrong check character.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "two-caps-one-rate", "base-column", "requested-column", "credit-codes", "counties-as-places", "project-column", "city-collects-county-lists", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-notice", "liaoning"],
  settings: { district: "抚顺市" },
  sheets: [
    {
      name: "支持标准",
      widths: [6, 24, 12, 70],
      rows: [
        ["辽宁省2022年数字辽宁智造强省专项资金（优质企业培育方向）支持标准", null, null, null],
        ["序号", "申报项目", "支持方式", "支持标准"],
        [1, "精益管理咨询项目", "直接补助", "单个项目按照实际发生费用的30%，最高不超过30万元予以补助。"],
        [2, "工业设计服务项目", "直接补助", "单个项目按照实际发生费用的30%，最高不超过30万元予以补助。"],
        [3, "工业设计成果转化项目", "直接补助", "按照实际发生费用的30%，最高不超过200万元予以补助。"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "申报项目汇总表",
      widths: [6, 14, 30, 22, 20, 30, 12, 12, 10],
      rows: [
        ["抚顺市2022年数字辽宁智造强省专项资金（优质企业培育方向）申报项目汇总表", null, null, null, null, null, null, null, null],
        ["填报单位：抚顺市工业和信息化局", null, null, null, null, null, null, "单位：万元", null],
        ["序号", "县（区）", "企业名称", "统一社会信用代码", "申报项目类别", "项目名称", "实际发生费用", "申请补助资金", "备注"],
        [1, "顺城区", "抚顺顺城石化装备有限公司", "91210411MA0YH3K2T0", "精益管理咨询项目", "精益生产管理体系咨询", 86, 25.8, null],
        [2, "新抚区", "抚顺新抚工业设计有限公司", "91210402MA0UC8R5FP", "工业设计服务项目", "矿用设备外观及人机工程设计服务", 120, 36, null],
        [3, "抚顺县", "抚顺县兴达碳素制品有限公司", "91210421MA10D4W7NC", "工业设计成果转化项目", "高纯石墨电极产品设计成果转化", 540, 162, null],
        [4, "望花区", "抚顺望花特种阀门有限公司", "91210404MA0Y2P6G3Q", "工业设计成果转化项目", "特种阀门轻量化设计成果转化", 780, 200, null],
        [5, "东洲区", "抚顺东洲精细化工有限公司", "91210403MA0XT1L9BG", "精益管理咨询项目", "精益班组建设咨询", 64, 20.2, null],
        [6, "新宾满族自治县", "新宾永陵林产品加工有限公司", "91210422MA0U6E8Q4L", "工业设计服务项目", "林下产品包装设计服务", 45, 13.5, null],
        ["合计", null, null, null, null, null, 1635, 457.5, null],
        ["注：依据辽财经规〔2022〕4号、辽工信产业〔2022〕157号；各县（区）于2022年8月22日前报送市工业和信息化局行业一科。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A2:G2", "H2:I2", "A10:F10", "A11:I11"],
      numberFormats: { "G4:H10": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支持标准", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", D: "standard" } },
      {
        sheet: "申报项目汇总表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "project", G: "base", H: "requested" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "申报项目汇总表", cell: "H5", why: "工业设计服务项目: 30% × 120 = 36 is above the maximum, so 30万元 binds; 36 asked: 6万元 over" },
      { rule: "cap.rate-exceeded", sheet: "申报项目汇总表", cell: "H8", why: "精益管理咨询项目: 30% × 64 = 19.2 allowed (under the 30 maximum); 20.2 asked: 1.0万元 over" },
      { rule: "register.invalid-credit-code", sheet: "申报项目汇总表", cell: "D7", why: "91210404MA0Y2P6G3Q: the check character for the first 17 is M, not Q" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "支持标准", why: "each standard is 30% of the cost with a stated maximum" },
      { rule: "cap.rate-exceeded", sheet: "申报项目汇总表", cell: "H4", why: "30% × 86 = 25.8, exactly the amount" },
      { rule: "cap.rate-exceeded", sheet: "申报项目汇总表", cell: "H6", why: "30% × 540 = 162, exactly the amount" },
      { rule: "cap.exceeded", sheet: "申报项目汇总表", cell: "H7", why: "30% × 780 = 234, so the 200 maximum binds and 200 meets it" },
      { rule: "cap.rate-exceeded", sheet: "申报项目汇总表", cell: "H9", why: "30% × 45 = 13.5, exactly the amount" },
      { rule: "cap.unknown-policy", why: "every 申报项目类别 is a row of the 支持标准 sheet; the 项目名称 are the firms' own projects" },
      { rule: "register.ineligible-location", why: "顺城区, 新抚区, 抚顺县, 望花区, 东洲区, 新宾满族自治县 are all of 抚顺市" },
      { rule: "register.location-code-mismatch", why: "each code's area chars (210411, 210402, 210421, 210404, 210403, 210422) are its county's" },
      { rule: "register.duplicate", why: "no firm appears twice" },
      { rule: "composition.total-mismatch", sheet: "申报项目汇总表", cell: "H10", why: "25.8 + 36 + 162 + 200 + 20.2 + 13.5 = 457.5; costs 86 + 120 + 540 + 780 + 64 + 45 = 1,635" },
    ],
  },
};
