import type { CorpusLayout } from "../types";

// 福州市长乐区工业和信息化局 2021-05-10: the call for 2020's “双百双千”增产增效行动 industrial awards — two awards, each a sum per
// step of output with a ceiling (产值增量每增加1000万元予以1万元，封顶200万元; 新增入库 产值贡献每2000万元予以1万元，封顶100万元) and
// three rules under them. The policy as a table of clauses on one sheet, the year's awards (ours) on a second.
export const layout: CorpusLayout = {
  id: "changle-2020-output-growth-awards",
  source: {
    title: "关于组织申报2020年长乐区“双百双千”增产增效行动工业企业奖励政策工作的通知（一、奖励对象；二、奖励标准）",
    url: "http://fzcl.gov.cn/xjwz/zwgk/zfwj/202105/t20210512_4097383.htm",
    publisher: "福州市长乐区工业和信息化局",
    date: "2021-05-10",
    changes:
      "As published: the two awards' objects and standards word for word (产值增长9%及以上; 每增加1000万元予以1万元奖励，封顶200万元; " +
      "新增入库（新建投产） 每2000万元予以1万元，封顶100万元), the document 长委〔2020〕24号, and the three rules (就高不就低; at most the " +
      "district's share of tax paid; below 1万元 nothing) as notes. The clause table's layout is ours (the notice writes them as prose). " +
      "Ours: the award list (the notice publishes only the application form) — nine lines, firms, codes, towns and figures. Planted: " +
      "福州闽锐新材料 given 220 where 封顶200万元 binds (0.1% of 250,000万元 is 250); 福州滨海智造机械 given 110 where 封顶100万元 " +
      "binds (1/2000 of 240,000万元 is 120); 福州长乐恒宇纺织 listed twice for 产值增长奖励; 福建鹤上食品's code has a wrong check character.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "per-step-rate-with-ceiling", "conditions-not-caps", "rules-in-notes", "item-column", "base-column", "credit-codes", "towns-and-streets-as-places", "district-fund", "wanyuan-caption", "total-at-foot", "fujian"],
  settings: { asOf: "2021-06-30", district: "长乐区" },
  sheets: [
    {
      name: "奖励政策",
      widths: [6, 16, 40, 52, 16],
      rows: [
        ["2020年福州市长乐区“双百双千”增产增效行动工业企业奖励政策", null, null, null, null],
        ["序号", "奖励类别", "奖励对象", "奖励标准", "政策依据"],
        [1, "产值增长奖励", "符合国家产业政策的规模以上制造业企业，2020年度同比2019年度产值增长9%及以上", "产值增量部分每增加1000万元予以1万元奖励，封顶200万元", "长委〔2020〕24号"],
        [2, "新增入库奖励", "统计部门认定2020年度新增入库（新建投产）工业企业", "产值贡献每2000万元予以1万元奖励，封顶100万元", "长委〔2020〕24号"],
        [null, null, null, null, null],
        ["注：1.此奖励办法与《长乐区人民政府关于印发长乐区促进规下工业企业提升规模配套方案的通知》（长政综〔2019〕101号）重复时，按“就高不就低”原则兑现。", null, null, null, null],
        ["2.奖励金额最高不超过2020年企业实际入库税收（入库期统计）区留成部分。", null, null, null, null],
        ["3.奖励金额1万元以下的企业不予安排。", null, null, null, null],
      ],
      merges: ["A1:E1", "A6:E6", "A7:E7", "A8:E8"],
    },
    {
      name: "奖励明细",
      widths: [6, 30, 22, 14, 14, 12, 12, 12, 12],
      rows: [
        ["2020年福州市长乐区“双百双千”增产增效行动工业企业奖励明细表", null, null, null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在乡镇（街道）", "奖励类别", "2019年产值", "2020年产值", "产值增量", "奖励金额"],
        [1, "福州长乐恒宇纺织有限公司", "91350112MA2Y4K7P3U", "金峰镇", "产值增长奖励", 85000, 96500, 11500, 11.5],
        [2, "福建长乐嘉联化纤有限公司", "91350112MA31QX8H50", "文武砂镇", "产值增长奖励", 120000, 138400, 18400, 18.4],
        [3, "福州闽锐新材料科技有限公司", "913501126943852179", "松下镇", "产值增长奖励", 410000, 660000, 250000, 220],
        [4, "福州长乐永丰针织有限公司", "91350112MA8RT2N057", "营前街道", "产值增长奖励", 23000, 25700, 2700, 2.7],
        [5, "福建长乐金峰经编有限公司", "91350112MA32L6W9X1", "金峰镇", "新增入库奖励", "—", 36000, 36000, 18],
        [6, "福州滨海智造机械有限公司", "91350112MA2XN3D8K5", "航城街道", "新增入库奖励", "—", 240000, 240000, 110],
        [7, "福州长乐恒宇纺织有限公司", "91350112MA2Y4K7P3U", "金峰镇", "产值增长奖励", 85000, 96500, 11500, 11.5],
        [8, "福建鹤上食品有限公司", "91350112MA33B1G6C7", "鹤上镇", "产值增长奖励", 15600, 18200, 2600, 2.6],
        [9, "福州潭头建材有限公司", "91350112MA34E7T2F1", "潭头镇", "新增入库奖励", "—", 8600, 8600, 4.3],
        ["合计", null, null, null, null, null, null, null, 399],
        ["注：新增入库企业的产值增量为其2020年产值（产值贡献）。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A2:I2", "A13:H13", "A14:I14"],
      numberFormats: { "I4:I13": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励政策",
        kind: "catalog",
        unit: "万元",
        headerRow: 2,
        lastRow: 4,
        columns: { B: "item", D: "standard", E: "document" },
        year: 2020,
      },
      {
        sheet: "奖励明细",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", H: "base", I: "approved" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖励明细", cell: "I6", why: "产值增长奖励: 250,000万元 of growth would give 250 at 1万元 per 1000万元, so 封顶200万元 binds; 220 is 20万元 over" },
      { rule: "cap.exceeded", sheet: "奖励明细", cell: "I9", why: "新增入库奖励: 240,000万元 would give 120 at 1万元 per 2000万元, so 封顶100万元 binds; 110 is 10万元 over" },
      { rule: "register.duplicate", sheet: "奖励明细", cell: "I10", why: "福州长乐恒宇纺织 (91350112MA2Y4K7P3U) has 产值增长奖励 for 2020 on line 1 already" },
      { rule: "register.invalid-credit-code", sheet: "奖励明细", cell: "C11", why: "91350112MA33B1G6C7: the check character for 91350112MA33B1G6C is X, not 7" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "奖励明细", cell: "I4", why: "11,500 / 1000 × 1 = 11.5 exactly" },
      { rule: "cap.rate-exceeded", sheet: "奖励明细", cell: "I5", why: "18,400 / 1000 = 18.4 exactly" },
      { rule: "cap.rate-exceeded", sheet: "奖励明细", cell: "I7", why: "2,700 / 1000 = 2.7 exactly" },
      { rule: "cap.rate-exceeded", sheet: "奖励明细", cell: "I8", why: "新增入库 36,000 / 2000 = 18 exactly" },
      { rule: "cap.rate-exceeded", sheet: "奖励明细", cell: "I12", why: "新增入库 8,600 / 2000 = 4.3 exactly" },
      { rule: "cap.exceeded", sheet: "奖励明细", cell: "I13", why: "the 合计 399 (the nine amounts as written) is no award" },
      { rule: "register.ineligible-location", why: "金峰、文武砂、松下、鹤上、潭头 are towns and 营前、航城 streets of 长乐区" },
      { rule: "register.location-code-mismatch", why: "every code carries 350112, 长乐区" },
      { rule: "register.unpaid", why: "the list records no payments" },
      { rule: "cap.exceeded", sheet: "奖励明细", cell: "I11", why: "the 1万元 in the notes is a floor below which nothing is paid, not a cap; 2.6 is 2,600 / 1000" },
      { rule: "input.unreadable-value", sheet: "奖励明细", cell: "F8", why: "— for a new entrant's 2019 output means nothing" },
    ],
  },
};
