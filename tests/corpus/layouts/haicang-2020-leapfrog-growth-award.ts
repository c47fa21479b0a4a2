import type { CorpusLayout } from "../types";

// 厦门市海沧区 2020年实现跨越发展奖励: firms whose 2020 industrial output grew by a tier's threshold (40% / 30% / 20% /
// 10% by the 2019 output band) get 1% of the increase up to a second threshold and 1.2% of the rest, at most 1,000万元
// a firm. The list of awards with the two years' output, the growth, the increase (the base) and the award.
export const layout: CorpusLayout = {
  id: "haicang-2020-leapfrog-growth-award",
  source: {
    title: "海沧区2020年实现跨越发展奖励（申报条件与奖励标准；奖励名单据标准拟）",
    url: "http://sme.dyyseo.com/hai-cang-qu-2020-nian-shi-xian-kua-yue-fa-zhan-jiang-li",
    publisher: "厦门市海沧区（中小企业服务平台转载）",
    date: "2020",
    changes:
      "The standard is as published: four bands of 2019 output (1亿–5亿 / 5亿–10亿 / 10亿–20亿 / 20亿以上) with growth thresholds of " +
      "40% / 30% / 20% / 10%, the increase up to 60% / 40% / 30% / 20% growth at 1% and the rest at 1.2%, at most 1,000万元 a firm " +
      "(厦海政〔2018〕69号 limits other awards to the district's tax share). The stored copy gives the standard only; the award list " +
      "(序号 | 企业名称 | 统一社会信用代码 | 2019年工业产值 | 2020年工业产值 | 增长率 | 产值增量 | 奖励金额, 万元), firms, codes (海沧区 " +
      "350205) and figures are ours. The catalog carries the higher rate (1.2%) and the maximum. Planted: 海沧鹭达精密 awarded 1,200.00 " +
      "against the 1,000万元 maximum; 厦门嵩屿包装 awarded 195.00 where even 1.2% of its 15,000.00 increase is 180.00 (the tiers give 150.00).",
  },
  classes: ["register", "rate-with-cap", "tiered-rates", "base-column", "growth-column", "output-columns", "credit-codes", "item-in-title", "no-place-column", "wanyuan-caption", "notes-under-table", "fujian"],
  settings: { district: "海沧区", asOf: "2021-04-30" },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 32, 22, 16, 16, 10, 14, 14],
      rows: [
        ["海沧区2020年实现跨越发展奖励企业名单", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "2019年工业产值", "2020年工业产值", "增长率", "产值增量", "奖励金额"],
        [1, "厦门海沧新阳精工有限公司", "91350205MA31F8KX4B", 15000, 22500, "50.00%", 7500, 75],
        [2, "厦门东孚电子科技有限公司", "91350205MA33N2H7TD", 60000, 84000, "40.00%", 24000, 240],
        [3, "厦门鳌冠化工材料股份有限公司", "913502057516123459", 120000, 168000, "40.00%", 48000, 504],
        [4, "厦门海沧鹭达精密制造有限公司", "91350205MA2Y4R8QCT", 250000, 400000, "60.00%", 150000, 1200],
        [5, "厦门嵩屿包装科技有限公司", "91350205MA347LW5XK", 30000, 45000, "50.00%", 15000, 195],
        ["合计", null, null, 475000, 719500, null, 244500, 2214],
        ["注：2019年工业产值1亿元（含）以上、5亿元以下且增长40%（含）以上的，60%（含）以下的增量部分按1%、60%以上的增量部分按1.2%给予奖励；其余档次类推；每家企业该项奖励最高为1000万元。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A9:C9", "A10:H10"],
      numberFormats: { "D4:E9": "#,##0.00", "G4:H9": "#,##0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "实现跨越发展奖励", capType: "rate", rate: 0.012, capAmount: 1000, unit: "万元", year: 2020, document: "海沧区2020年实现跨越发展奖励（每家企业最高1000万元）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", G: "base", H: "approved" },
        year: 2020,
        item: "实现跨越发展奖励",
      },
    ],
    findings: [
      {
        rule: "cap.exceeded",
        cell: "H7",
        why: "海沧鹭达精密: 1.2% × 150,000.00 = 1,800.00 is above the 1,000.00 maximum, so the maximum binds; 1,200.00 awarded, 200.00万元 over",
      },
      { rule: "cap.rate-exceeded", cell: "H8", why: "嵩屿包装: 1.2% × 15,000.00 = 180.00 allowed at most, 195.00 awarded: 15.00万元 over" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "H4", why: "75.00 = 1% × 7,500.00, below 1.2%" },
      { rule: "cap.rate-exceeded", cell: "H6", why: "504.00 = 1% × 36,000 + 1.2% × 12,000 (1.05% of 48,000.00), below 1.2%" },
      { rule: "cap.rate-exceeded", cell: "H7", why: "1.2% × 150,000.00 = 1,800.00 is not the binding limit: the maximum is, reported as cap.exceeded" },
      { rule: "cap.exceeded", cell: "H9", why: "合计 2,214 = 75 + 240 + 504 + 1,200 + 195 is not an award" },
      { rule: "cap.no-cap", why: "every row gives its base (产值增量)" },
      { rule: "cap.unknown-policy", why: "the award is named in the title and is in the catalog" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.location-code-mismatch", why: "every code is issued in 海沧区 (350205)" },
      { rule: "register.duplicate", why: "every firm appears once" },
      { rule: "input.unreadable-value", why: "增长率 (50.00%) is a rate as text, the note is text" },
    ],
  },
};
