import type { CorpusLayout } from "../types";

// 金华市科学技术局 2023-06-30: the 2022 award for 国家高新技术企业 in the city's three districts, paid first at 80% of
// the C-class standard (the rest once the year's 亩产效益 results are out), each advance split between city and
// district money (其中：市财政 / 区财政) under a merged header.
export const layout: CorpusLayout = {
  id: "jinhua-2022-hitech-advance-payment",
  source: {
    title: "关于2022年度金华市区国家高新技术企业先期拟兑付奖励资金的公示（附件）",
    url: "http://kjj.jinhua.gov.cn/art/2023/6/30/art_1229317787_4099345.html",
    publisher: "金华市科学技术局",
    date: "2023-06-30",
    changes:
      "The notice's text (金政发〔2021〕7号; 按C类标准先期兑付80%，待评价结果公布后再次兑付剩余资金; 总金额6320万元，其中市财政资金" +
      "2676.8万元，区财政资金3643.2万元; addressed to 婺城区、金义新区（金东区）、开发区 科技局) is as published. The annex is a docx the " +
      "stored copy does not show: its columns (序号 | 所属区域 | 企业名称 | 统一社会信用代码 | 认定类型 | 奖励金额（按C类标准） | " +
      "先期兑付金额（80%） | 其中：市财政 / 区财政), the title and 单位：万元, the firms, codes and figures are ours, cut to eight rows. " +
      "The award amounts (50 首次认定, 30 重新认定) and the 50万元 maximum in the catalog are chosen for the corpus; the notice states " +
      "none. Planted: 婺城生物医药 (重新认定, 30) advanced 40; 金东数控's code with a wrong check character; 婺城精密机械 listed twice.",
  },
  classes: [
    "register", "instalments", "advance-payment", "qizhong-split", "city-and-district-shares", "two-header-rows", "credit-codes",
    "districts-as-places", "city-wide-fund", "item-in-title", "wanyuan-caption",
  ],
  settings: { district: "金华市", asOf: "2023-06-30" },
  sheets: [
    {
      name: "附件",
      widths: [6, 18, 30, 22, 10, 14, 14, 10, 10],
      rows: [
        ["附件", null, null, null, null, null, null, null, null],
        ["2022年度金华市区国家高新技术企业先期拟兑付奖励资金明细表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "所属区域", "企业名称", "统一社会信用代码", "认定类型", "奖励金额（按C类标准）", "先期兑付金额（80%）", "其中", null],
        [null, null, null, null, null, null, null, "市财政", "区财政"],
        [1, "婺城区", "金华婺城精密机械有限公司", "91330702MA2E4KQ1X4", "首次认定", 50, 40, 16, 24],
        [2, "金义新区（金东区）", "金华金东新能源科技有限公司", "91330703MA2HB7N5YM", "重新认定", 30, 24, 9.6, 14.4],
        [3, "开发区", "金华开发区光电材料有限公司", "91330700MA29U8F3WQ", "首次认定", 50, 40, 16, 24],
        [4, "婺城区", "金华婺城生物医药有限公司", "91330702MA2DXT6L4M", "重新认定", 30, 40, 16, 24],
        [5, "金义新区（金东区）", "金华金东数控装备有限公司", "91330703MA2M0PC98A", "首次认定", 50, 40, 16, 24],
        [6, "开发区", "金华开发区汽车零部件有限公司", "91330700MA2EF3R5KK", "重新认定", 30, 24, 9.6, 14.4],
        [7, "婺城区", "金华婺城精密机械有限公司", "91330702MA2E4KQ1X4", "首次认定", 50, 40, 16, 24],
        [8, "金义新区（金东区）", "金华金东电子信息有限公司", "91330703MA2KJ9W1PP", "重新认定", 30, 24, 9.6, 14.4],
        ["合计", null, null, null, null, 320, 272, 108.8, 163.2],
      ],
      merges: ["A2:I2", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:I4", "A14:E14"],
      numberFormats: { "F6:I14": "0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "国家高新技术企业奖励",
        capType: "max",
        capAmount: 50,
        unit: "万元",
        year: 2022,
        document: "金政发〔2021〕7号（上限为语料自拟）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "附件",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 14,
        columns: { B: "place", C: "enterprise", D: "creditCode", F: "approved", G: "paidNow" },
        year: 2022,
        item: "国家高新技术企业奖励",
      },
    ],
    findings: [
      {
        rule: "register.paid-exceeds-award",
        cell: "G9",
        why: "婺城生物医药: 先期兑付 40.00 against an award of 30.00: 10.00万元 over (80% of 30.00 would be 24.00)",
      },
      { rule: "register.invalid-credit-code", cell: "D10", why: "91330703MA2M0PC98A: the check character for 91330703MA2M0PC98 is M, not A" },
      { rule: "register.duplicate", cell: "G12", why: "婺城精密机械 (91330702MA2E4KQ1X4) has the same 2022 award at row 6" },
    ],
    absent: [
      {
        rule: "register.paid-exceeds-award",
        cell: "G6",
        why: "先期兑付 40.00 ≤ 50.00; 市财政 16.00 and 区财政 24.00 are parts of the 40.00 (其中), not further payments (40 + 16 + 24 = 80 would be over)",
      },
      { rule: "register.paid-exceeds-award", cell: "G7", why: "24.00 ≤ 30.00; 9.60 + 14.40 are its parts" },
      { rule: "register.paid-exceeds-award", cell: "G14", why: "合计 is not an award" },
      { rule: "cap.exceeded", why: "no award is above the 50.00万元 maximum; the advances are payments, not awards" },
      { rule: "cap.unknown-policy", why: "the item is in the title and in the catalog" },
      { rule: "register.ineligible-location", why: "婺城区, 金义新区（金东区） and 开发区 (金华经济技术开发区) are all in 金华市" },
      { rule: "register.location-code-mismatch", why: "codes issued by 婺城区 (330702), 金东区 (330703) or the city (330700) all lie in 金华市" },
      { rule: "register.unpaid", why: "every award has its advance (先期兑付)" },
      { rule: "input.unreadable-value", why: "认定类型 (首次认定 / 重新认定) is a text column, not an amount" },
    ],
  },
};
