import type { CorpusLayout } from "../types";

// 福清市工业和信息化局惠企政策选编 (2021-05), its first policy 闽政〔2017〕13号 一(一): 调峰生产用电奖励 of 0.2元/千瓦时 for
// 省级制造业龙头企业 and 高成长企业, 单家企业最高不超过500万元; the award list by 镇街 with the peak-hours consumption beside the award.
export const layout: CorpusLayout = {
  id: "fuqing-2017-peak-power-award",
  source: {
    title: "福清市工业和信息化局惠企政策选编 —《福建省人民政府关于促进2017年全省工业稳增长调结构若干措施的通知》（闽政〔2017〕13号）一（一）继续实施调峰生产用电奖励",
    url: "https://www.fqlook.cn/thread-76700-1-1.html",
    publisher: "福清市工业和信息化局（看福清转载）",
    date: "2021-05-11",
    changes:
      "The stored page is the compendium: the clause gives 0.2元/千瓦时 for consumption 2017年1月1日至6月30日每日7:00-8:00和21:00-23:00 and " +
      "上述期限内用电奖励单家企业最高不超过500万元. No published award list was found: the list (title, 单位 in the headers, columns 序号 | 企业名称 | " +
      "统一社会信用代码 | 所在镇街 | 企业类别 | 调峰时段用电量（万千瓦时） | 奖励金额（万元）) is ours, with firms, codes (福清 350181), towns " +
      "and figures invented; each award is 0.2 × the consumption in 万千瓦时. Planted: 福建龙田纺织 560 above the 500万元 maximum (0.2 × 2,800); " +
      "福清元洪食品 listed twice.",
  },
  classes: ["register", "max-cap", "per-unit-standard", "quantity-column", "category-column", "item-in-title", "credit-codes", "towns-as-places", "province-policy-county-list", "wanyuan-in-header", "fujian"],
  settings: { district: "福清市" },
  sheets: [
    {
      name: "Sheet1",
      widths: [6, 28, 22, 12, 20, 16, 14],
      rows: [
        ["2017年福清市调峰生产用电奖励资金拟兑现企业名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在镇街", "企业类别", "调峰时段用电量（万千瓦时）", "奖励金额（万元）"],
        [1, "福建福清融侨玻璃有限公司", "913501817JH4BXKFL4", "龙山街道", "省级制造业龙头企业", 2150, 430],
        [2, "福清江阴港化工有限公司", "91350181J2K0XTF8HG", "江阴镇", "省级制造业龙头企业", 3100, 500],
        [3, "福清元洪食品有限公司", "9135018176NFHTHFCB", "城头镇", "高成长企业", 860, 172],
        [4, "福清音西电子有限公司", "91350181LU47L4UXG2", "音西街道", "高成长企业", 420, 84],
        [5, "福建龙田纺织有限公司", "91350181CP0MQ25QY4", "龙田镇", "省级制造业龙头企业", 2800, 560],
        [6, "福清宏路新材料有限公司", "91350181J19Q0TU8FU", "宏路街道", "高成长企业", 515, 103],
        [7, "福清渔溪鞋业有限公司", "91350181KPXWCNRXDY", "渔溪镇", "高成长企业", 236, 47.2],
        [8, "福清阳下机械有限公司", "91350181CPRJEYX4WH", "阳下街道", "省级制造业龙头企业", 1340, 268],
        [9, "福清元洪食品有限公司", "9135018176NFHTHFCB", "城头镇", "高成长企业", 860, 172],
        [10, "福清海口造船有限公司", "91350181B314F68YMC", "海口镇", "省级制造业龙头企业", 1025, 205],
        ["合计", null, null, null, null, 13306, 2541.2],
      ],
      merges: ["A1:G1", "A13:E13"],
    },
  ],
  catalog: {
    items: [
      {
        name: "调峰生产用电奖励",
        capType: "max",
        capAmount: 500,
        unit: "万元",
        year: 2017,
        document: "闽政〔2017〕13号 一（一）：0.2元/千瓦时，上述期限内用电奖励单家企业最高不超过500万元",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "Sheet1",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "category", G: "approved" },
        year: 2017,
        item: "调峰生产用电奖励",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G7", why: "福建龙田纺织: 0.2元 × 2,800万千瓦时 = 560万元, above the 500万元 a firm maximum: 60万元 over" },
      { rule: "register.duplicate", cell: "G11", why: "福清元洪食品有限公司 (9135018176NFHTHFCB) in row 5 and again in row 11, same item (the title's) and year" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G4", why: "0.2 × 3,100 = 620 is capped: 500 paid, exactly the maximum" },
      { rule: "cap.exceeded", cell: "G13", why: "合计 2,541.2 is no award (430+500+172+84+560+103+47.2+268+172+205)" },
      { rule: "cap.unknown-policy", why: "企业类别 (省级制造业龙头企业 / 高成长企业) names who may apply, not a policy item; the item is the title's" },
      { rule: "cap.rate-exceeded", why: "the standard is 0.2元 per 千瓦时, a price per unit, not a rate of a base; 用电量 is a quantity, not money" },
      { rule: "register.ineligible-location", why: "龙山, 音西, 宏路, 阳下 街道 and 江阴, 城头, 龙田, 渔溪, 海口 镇 are all in 福清市" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
      { rule: "register.location-code-mismatch", why: "every code carries 福清's 350181" },
    ],
  },
};
