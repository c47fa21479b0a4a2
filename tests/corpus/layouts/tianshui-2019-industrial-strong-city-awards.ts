import type { CorpusLayout } from "../types";

// 甘肃 天水市工业强市表彰奖励办法 (市委办发〔2019〕21号): the 办法's 第六条 as a catalog sheet of prose standards (a fixed
// award, a tiered county award, a rate of equipment investment with a per-project maximum, conditions written with 以上), and
// beside it the year's award list by firm with its 奖励项目 and 设备投资额 — the list built from the 办法 (表据正文拟).
export const layout: CorpusLayout = {
  id: "tianshui-2019-industrial-strong-city-awards",
  source: {
    title: "天水市工业强市表彰奖励办法（市委办发〔2019〕21号）（拟奖励名单据正文拟）",
    url: "http://www.tianshui.gov.cn/gxj/info/1612/53432.htm",
    publisher: "中共天水市委办公室 天水市人民政府办公室 (天水市工业和信息化局网站)",
    date: "2019-04-16",
    changes:
      "The 办法's 第六条 clause numbering and the 县域工业经济发展奖 wording (第一名奖励100万元，第二名奖励50万元) are as published, as is " +
      "第四条's 3000万元 fund (the note under the catalog). The stored copy breaks off in (二)生产经营上台阶奖 1., so the wording of " +
      "(二)1., (二)2. and (三) is ours in the office's style. The award list is ours entirely (the 办法 publishes none): firms, credit " +
      "codes, investments and awards. Planted: 天水星火机床配套有限公司's 技术改造奖 130万元 (5% of 2,600万元) above the 100万元 maximum; " +
      "武山县鑫盛矿业机械有限公司's credit code with a wrong check character.",
  },
  classes: ["catalog", "register", "catalog-in-workbook", "prose-caps", "rate-with-max", "threshold-conditions", "base-column", "item-column", "table-from-prose", "city-fund", "total-at-foot", "gansu"],
  sheets: [
    {
      name: "奖励办法",
      widths: [10, 24, 80],
      rows: [
        ["天水市工业强市表彰奖励办法（第六条 表彰奖励范围和要求 摘录）", null, null],
        ["条款", "奖项", "奖励标准"],
        ["（一）", "县域工业经济发展奖", "对各县区、天水经济技术开发区当年工业经济发展情况进行综合考评，第一名奖励100万元，第二名奖励50万元。"],
        ["（二）1.", "工业增加值上台阶奖", "对工业增加值连续两年保持15%以上增长的规模以上工业企业，一次性奖励20万元。"],
        ["（二）2.", "新增规模以上工业企业奖", "对当年新增纳入规模以上统计的工业企业，每户一次性奖励10万元。"],
        ["（三）", "技术改造奖", "对当年完成设备投资500万元以上的技术改造项目，按设备投资额的5%给予奖励，单个项目最高不超过100万元。"],
        ["注：市财政预算每年安排天水市工业强市专项资金3000万元用于表彰奖励，奖励资金不足部分由市财政追加预算补充（第四条）。", null, null],
      ],
      merges: ["A1:C1", "A7:C7"],
    },
    {
      name: "拟奖励名单",
      widths: [6, 30, 22, 18, 22, 16, 14],
      rows: [
        ["天水市2019年度工业强市表彰奖励拟奖励企业名单（表据正文拟）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在县区", "奖励项目", "设备投资额", "奖励金额"],
        [1, "天水华翔精密机械有限公司", "91620502MA71Q8K3X8", "秦州区", "工业增加值上台阶奖", null, 20],
        [2, "天水麦积源丰食品有限公司", "91620503MA74C2HD6X", "麦积区", "新增规模以上工业企业奖", null, 10],
        [3, "甘谷县宏远建材有限公司", "91620523MA72LUN9P7", "甘谷县", "新增规模以上工业企业奖", null, 10],
        [4, "武山县鑫盛矿业机械有限公司", "91620524MA71XK5T25", "武山县", "技术改造奖", 1800, 90],
        [5, "天水星火机床配套有限公司", "91620500MA73R6W1EC", "天水经济技术开发区", "技术改造奖", 2600, 130],
        [6, "秦安县瑞丰果业加工有限公司", "91620522MA72GH4B8Y", "秦安县", "工业增加值上台阶奖", null, 20],
        [7, "清水县恒通电缆有限公司", "91620521MA75MN0P39", "清水县", "技术改造奖", 960, 48],
        [8, "天水长城电气配套有限公司", "91620503MA71TY7Q0W", "麦积区", "新增规模以上工业企业奖", null, 10],
        ["合计", null, null, null, null, null, 338],
        ["公示期：2020年3月20日至3月26日。如有异议，请向天水市工业强市战略推进工作领导小组办公室反映。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A12:F12", "A13:G13"],
      numberFormats: { "F4:F11": "#,##0", "G4:G12": "#,##0" },
    },
  ],
  settings: { district: "天水市" },
  expect: {
    tables: [
      { sheet: "奖励办法", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "拟奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "G8", why: "技术改造奖 130万元 (5% of 2,600万元) above the item's maximum 单个项目最高不超过100万元" },
      { rule: "register.invalid-credit-code", sheet: "拟奖励名单", cell: "C7", why: "91620524MA71XK5T25: the check character for 91620524MA71XK5T2 is Y, not 5" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "拟奖励名单", cell: "G10", why: "48 = 5% × 960 exactly" },
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "G7", why: "90 = 5% × 1,800, under the 100万元 maximum" },
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "G4", why: "工业增加值上台阶奖 20 = its fixed 20万元; 15%以上 is the condition, not a cap" },
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "G5", why: "新增规模以上工业企业奖 10 = its fixed 10万元" },
      { rule: "cap.unknown-policy", why: "every 奖励项目 is an item of the 办法 sheet word for word" },
      { rule: "register.duplicate", why: "eight different firms; two in 麦积区 and three under 新增规模以上工业企业奖 are no duplicates" },
      { rule: "register.ineligible-location", why: "秦州区, 麦积区, 甘谷县, 武山县, 秦安县, 清水县 and 天水经济技术开发区 all lie in 天水市" },
      { rule: "catalog.unreadable-standard", sheet: "奖励办法", cell: "C6", why: "按设备投资额的5%…最高不超过100万元 reads as a rate with its maximum; 500万元以上 is the condition" },
      { rule: "catalog.unreadable-standard", sheet: "奖励办法", cell: "C4", why: "一次性奖励20万元 reads as a fixed award; 15%以上 is the condition" },
      { rule: "input.unreadable-value", why: "blank 设备投资额 cells of fixed awards mean nothing" },
    ],
  },
};
