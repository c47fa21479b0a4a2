import type { CorpusLayout } from "../types";

// 闵行区人民政府 闵府规发〔2020〕5号 (as listed by 上海市科委's 张江生物医药 policy page, 2022-11-04): 一、鼓励优质项目引进和企业成长壮大,
// （二）龙头企业 100万元/年 and （三）骨干企业 50万元/年 after yearly review — a clause sheet, and a year's award list under them.
export const layout: CorpusLayout = {
  id: "minhang-2020-advanced-manufacturing-leading-firm-awards",
  source: {
    title: "闵行区关于推进先进制造业高质量发展的若干产业政策意见（闵府规发〔2020〕5号）（一、（二）（三））",
    url: "http://stcsm.sh.gov.cn/kcb/yycyjq/zcqd/mh/20240413/8355076F5F8A541810672A01A484A905.html",
    publisher: "上海市闵行区人民政府",
    date: "2022-11-04",
    changes:
      "As published: the policy's title and number, the section 一、鼓励优质项目引进和企业成长壮大 and clauses （二） and （三） word for word, laid out one a " +
      "row (序号 | 政策名称 | 政策内容), the name being each clause's lead phrase. Clause （一） (land, no money) and （四） (rent subsidy, cut mid-sentence in the " +
      "stored copy) are left out. The award list on the second sheet is ours (firms, codes, towns, amounts). Planted: 上海吴泾精细化工 80万元 under a " +
      "50万元/年 clause; 上海马桥智能装备 listed twice under 龙头企业 the same year; a firm placed in 松江区九亭镇, outside 闵行区.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "per-year-fixed-cap", "section-row", "clause-number-column", "credit-codes",
    "towns-as-places", "industrial-zone-as-place", "item-per-row", "wanyuan-in-header", "total-at-foot", "district-policy", "shanghai",
  ],
  settings: { district: "闵行区" },
  sheets: [
    {
      name: "政策条款",
      widths: [8, 24, 100],
      rows: [
        ["闵行区关于推进先进制造业高质量发展的若干产业政策意见（闵府规发〔2020〕5号）", null, null],
        ["序号", "政策名称", "政策内容"],
        ["一、鼓励优质项目引进和企业成长壮大", null, null],
        [
          "（二）",
          "重点支持龙头企业发展",
          "建立符合闵行区产业发展规划的区内制造业龙头企业数据库，每年对企业的发展情况进行综合评定后给予100万元/年的奖励，鼓励用于企业技术改造与设备更新等各类日常发展支出。",
        ],
        [
          "（三）",
          "引领骨干企业加速发展",
          "建立符合闵行区产业发展规划的区内制造业骨干企业数据库，每年对企业的发展情况进行综合评定后给予50万元/年的奖励，鼓励用于企业技术改造与设备更新等各类日常发展支出。",
        ],
      ],
      merges: ["A1:C1", "A3:C3"],
    },
    {
      name: "2021年奖励",
      widths: [6, 32, 22, 18, 22, 14],
      rows: [
        ["闵行区2021年度制造业龙头企业、骨干企业奖励名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在街镇", "政策名称", "奖励金额（万元）"],
        [1, "上海马桥智能装备有限公司", "91310112MA1GB3KQ88", "马桥镇", "重点支持龙头企业发展", 100],
        [2, "上海莘庄汽车零部件有限公司", "91310112MA1FL6XN25", "莘庄工业区", "重点支持龙头企业发展", 100],
        [3, "上海浦江医疗器械有限公司", "91310112MA7CJ4PW1M", "浦江镇", "重点支持龙头企业发展", 100],
        [4, "上海颛桥精密电子有限公司", "91310112MA1H08RT5L", "颛桥镇", "引领骨干企业加速发展", 50],
        [5, "上海吴泾精细化工有限公司", "91310112MA7D9EUB36", "吴泾镇", "引领骨干企业加速发展", 80],
        [6, "上海华漕航空配件有限公司", "91310112MA1GD2M60G", "华漕镇", "引领骨干企业加速发展", 50],
        [7, "上海七宝传感技术有限公司", "91310112MA1JE5WR74", "七宝镇", "引领骨干企业加速发展", 50],
        [8, "上海马桥智能装备有限公司", "91310112MA1GB3KQ88", "马桥镇", "重点支持龙头企业发展", 100],
        [9, "上海九亭机电设备有限公司", "91310117MA1J4LWC81", "松江区九亭镇", "引领骨干企业加速发展", 50],
        ["合计", null, null, null, null, 680],
      ],
      merges: ["A1:F1", "A12:E12"],
      numberFormats: { "F3:F12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "2021年奖励",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2021,
      },
    ],
    findings: [
      { sheet: "2021年奖励", rule: "cap.exceeded", cell: "F7", why: "上海吴泾精细化工: 80万元 under 引领骨干企业加速发展, whose clause gives 50万元/年 (30 over)" },
      { sheet: "2021年奖励", rule: "register.duplicate", cell: "F10", why: "上海马桥智能装备 (91310112MA1GB3KQ88) a second time under 重点支持龙头企业发展 in 2021 (first at row 3)" },
      { sheet: "2021年奖励", rule: "register.ineligible-location", cell: "D11", why: "松江区九亭镇 is in 松江区, outside 闵行区" },
    ],
    absent: [
      { sheet: "2021年奖励", rule: "cap.exceeded", cell: "F3", why: "100万元 is the 龙头企业 clause's 100万元/年 exactly" },
      { sheet: "2021年奖励", rule: "cap.exceeded", cell: "F6", why: "50万元 is the 骨干企业 clause's 50万元/年 exactly" },
      { sheet: "2021年奖励", rule: "register.ineligible-location", cell: "D4", why: "莘庄工业区 is 闵行's own industrial zone" },
      { sheet: "2021年奖励", rule: "register.ineligible-location", cell: "D5", why: "浦江镇 is a town of 闵行区" },
      { sheet: "2021年奖励", rule: "composition.total-mismatch", cell: "F12", why: "100 × 4 + 50 × 4 + 80 = 680, as typed (the duplicate row included)" },
      { sheet: "2021年奖励", rule: "register.location-code-mismatch", cell: "C11", why: "the place is already outside; its code (310117, 松江) agrees with it" },
      { rule: "catalog.unreadable-standard", why: "100万元/年 and 50万元/年 are fixed awards a year; the use they are encouraged for is no condition" },
      { rule: "cap.unknown-policy", why: "every row names a clause of the catalog sheet" },
      { rule: "register.unpaid", why: "an award list records no payments" },
    ],
  },
};
