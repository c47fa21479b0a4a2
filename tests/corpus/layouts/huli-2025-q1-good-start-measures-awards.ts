import type { CorpusLayout } from "../types";

// 厦门市湖里区 厦湖府办〔2025〕2号 湖里区2025年一季度经济社会发展良好开局若干措施, 一、增量奖励: clauses by trade, each a rate of a
// base with a per-firm maximum (4‰ of 综合经济贡献增量, ≤100万元; 50% of 季度电费, ≤50万元; 2% of 综合发展指数, ≤50万元), laid out
// as the measure's list; a 兑现名单 of ours on a second sheet, one base column per rate, a dash on the rows of the other item.
export const layout: CorpusLayout = {
  id: "huli-2025-q1-good-start-measures-awards",
  source: {
    title: "湖里区2025年一季度经济社会发展良好开局若干措施（厦湖府办〔2025〕2号）",
    url: "http://kt180.com/html/huliqu/21681.html",
    publisher: "厦门市湖里区人民政府办公室（转载）",
    date: "2025-01-10",
    changes:
      "Clauses 1.(1), 1.(2) and 2.(3) are as published (wording, 可叠加 notes, 责任单位), one row each, under the measure's section rows 一、增量奖励 / " +
      "1.工业 / 2.商贸业; clauses 2.(1) and 2.(2) are left out because the stored copy lost their rate's unit (综合发展指数的0.7, 的7). The 兑现名单 " +
      "is ours (firms, 湖里 codes 350206, streets, bases, sums). Planted: 湖里宏泰电子 110.00 for 工业增量奖励 above the 100万元 maximum (4‰ of " +
      "30,000 = 120 would allow more); 殿前新创精密 45.00 for 工业用电补助 above 50% of its 80.00 电费 = 40.00.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-maximum", "per-mille-rate", "section-rows", "responsible-unit-column", "base-columns-per-item", "dash-for-other-items", "credit-codes", "streets-as-places", "total-at-foot", "two-decimal-wanyuan", "district-fund", "fujian"],
  settings: { district: "厦门市湖里区", asOf: "2025-04-30" },
  sheets: [
    {
      name: "措施条款",
      widths: [8, 18, 90, 14],
      rows: [
        ["湖里区2025年一季度经济社会发展良好开局若干措施（摘录）", null, null, null],
        ["序号", "政策事项", "政策内容", "责任单位"],
        ["一、增量奖励", null, null, null],
        ["1.工业", null, null, null],
        ["（1）", "工业增量奖励", "对符合要求的工业企业，按2025年一季度综合经济贡献增量的4‰给予奖励，单家企业奖励最高不超过100万元。综合经济贡献由工业产值、研发费用、营业利润3项加总计算。（可叠加市级同类政策）", "区科工局"],
        ["（2）", "工业用电补助", "对符合要求的工业企业，按季度电费的50%给予补助，单家企业补助最高不超过50万元。（可叠加市级同类政策）", "区科工局"],
        ["2.商贸业", null, null, null],
        ["（3）", "餐饮业发展奖励", "对符合要求的餐饮企业，按照企业一季度综合发展指数的2%给予奖励，单家封顶50万元。", "区商务局"],
      ],
      merges: ["A1:D1", "A3:D3", "A4:D4", "A7:D7"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 12, 16, 18, 14, 14],
      rows: [
        ["湖里区2025年一季度增量奖励拟兑现企业名单", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在街道", "政策事项", "一季度综合经济贡献增量", "季度电费", "拟兑现金额"],
        [1, "厦门湖里华晟科技有限公司", "91350206MAN16EWQLL", "湖里街道", "工业增量奖励", 15000, "—", 60],
        [2, "厦门湖里宏泰电子有限公司", "91350206MA7Q9J1XFK", "禾山街道", "工业增量奖励", 30000, "—", 110],
        [3, "厦门殿前新创精密有限公司", "91350206MAN9HKNM1J", "殿前街道", "工业用电补助", "—", 80, 45],
        [4, "厦门江头联达机械有限公司", "91350206MACE51Q0PC", "江头街道", "工业用电补助", "—", 120, 50],
        [5, "厦门金山瑞丰光学有限公司", "91350206MAPX7KQ9NY", "金山街道", "工业增量奖励", 8000, "—", 32],
        [6, "厦门湖里鑫源包装有限公司", "91350206MA3FRGEU1D", "湖里街道", "工业用电补助", "—", 36, 18],
        ["合计", null, null, null, null, 53000, 236, 315],
      ],
      merges: ["A1:H1", "A10:E10"],
      numberFormats: { "F4:H10": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "措施条款", kind: "catalog", headerRow: 2, lastRow: 8, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "base", H: "approved" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "H5", why: "工业增量奖励 at most 100万元 a firm; 110.00 proposed (4‰ × 30,000 = 120 does not bind), 10.00万元 over" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "H6", why: "工业用电补助 is 50% of 季度电费: 50% × 80.00 = 40.00, below the 50万元 maximum, so it binds; 45.00 proposed, 5.00万元 over" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "H7", why: "联达机械 50.00 = the 50万元 maximum (50% × 120 = 60 does not bind)" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "H4", why: "华晟科技 60.00 = 4‰ × 15,000 (4‰ read like a percentage: 0.004)" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "H8", why: "瑞丰光学 32.00 = 4‰ × 8,000" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "H9", why: "鑫源包装 18.00 = 50% × 36.00" },
      { rule: "input.unreadable-value", sheet: "兑现名单", cell: "G4", why: "a dash on a row of the other item states no figure" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "H10", why: "合计 315 = 60 + 110 + 45 + 50 + 32 + 18" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D6", why: "殿前街道 is a street of 湖里区" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "catalog.unreadable-standard", sheet: "措施条款", cell: "C5", why: "a rate (4‰) of a base with a maximum of 100万元; 3项 is no figure of money" },
      { rule: "cap.unknown-policy", why: "both 政策事项 of the list are items of the clause sheet" },
      { rule: "cap.no-cap", sheet: "兑现名单", cell: "H5", why: "the row gives its base (30,000) and the item its maximum" },
    ],
  },
};
