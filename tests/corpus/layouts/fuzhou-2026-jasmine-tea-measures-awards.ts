import type { CorpusLayout } from "../types";

// 福州市人民政府 2026-02-02 (published 02-12): 《关于支持福州茉莉花茶产业发展六条措施》 — the processing clause (30% of new equipment
// investment, at most 100万元 a firm a year), the industrial-park clause (30% of actual investment, at most 1000万元 a park) and the patent
// clause (10万元 a patent put to use) set out as the measures' catalog (序号 | 措施 | 支持内容), beside a 拟兑现名单 of our own —
// 县（市）区 | 企业（园区）名称 | 统一社会信用代码 | 支持措施 | 投资额（万元） | 拟补助金额（万元）.
export const layout: CorpusLayout = {
  id: "fuzhou-2026-jasmine-tea-measures-awards",
  source: {
    title: "福州市人民政府关于印发支持福州茉莉花茶产业发展六条措施的通知（措施摘录；拟兑现名单为本库拟）",
    url: "https://www.fuzhou.gov.cn/zfxxgkzl/szfbmjxsqxxgk/szfbmxxgk/fzsrmzf/zc/gfxwj/202602/t20260212_5285313.htm",
    publisher: "福州市人民政府",
    date: "2026-02-02",
    changes:
      "As published: the measures' names and figures (30% / 100万元 for processing equipment, 30% / 1000万元 for a park, 10万元 a patent); their " +
      "wording is shortened. Cut: the base clause (3500元/亩 new planting, 500元/亩 a year of care), the brand clause (no sum) and the tourism " +
      "clause (its rent share is cut off in the stored copy). The list is ours: firms, codes, places and figures. Planted: the 闽侯 park given 920 " +
      "on an investment of 2,800 (30% is 840); 长乐花海茶业 given 108 on 360 (30% is 108, but 100 a firm at most).",
  },
  classes: ["catalog", "register", "two-sheets", "rate-cap-with-maximum", "fixed-award-per-patent", "base-column", "catalog-in-workbook", "item-column", "park-as-payee", "dash-cells", "counties-as-places", "credit-codes", "total-at-foot", "wanyuan-in-header", "city-policy", "fujian"],
  settings: { district: "福州市" },
  sheets: [
    {
      name: "支持措施",
      widths: [6, 30, 90],
      rows: [
        ["关于支持福州茉莉花茶产业发展六条措施（摘录）", null, null],
        ["序号", "措施", "支持内容"],
        [1, "支持茉莉花茶加工提升", "福州茉莉花茶生产企业当年度新购置并投入使用的生产加工及科研设备，按新增投资额的30%给予补助，单个企业当年度补助最高不超过100万元。"],
        [2, "支持茉莉花茶产业园建设", "支持县（市）区茉莉花茶产业园基础设施建设，先建后补，按实际投资额的30%给予补助，单个园区补助最高不超过1000万元。"],
        [3, "支持茉莉花茶科技创新和标准化建设", "福州茉莉花茶生产企业新获得国内发明专利并实施转化的，每项给予一次性奖励10万元。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "拟兑现名单",
      widths: [6, 12, 30, 22, 32, 14, 18],
      rows: [
        ["2026年福州茉莉花茶产业发展扶持资金拟兑现名单", null, null, null, null, null, null],
        ["序号", "县（市）区", "企业（园区）名称", "统一社会信用代码", "支持措施", "投资额（万元）", "拟补助金额（万元）"],
        [1, "仓山区", "福州闽榕茉莉茶业有限公司", "91350104MAHTELJHYC", "支持茉莉花茶加工提升", 280, 84],
        [2, "闽侯县", "闽侯县香源茶叶加工有限公司", "91350121MAPBXD0462", "支持茉莉花茶加工提升", 420, 100],
        [3, "闽侯县", "闽侯县茉莉花茶产业园", "—", "支持茉莉花茶产业园建设", 2800, 920],
        [4, "长乐区", "福州长乐花海茶业有限公司", "91350112MA6116J4WW", "支持茉莉花茶加工提升", 360, 108],
        [5, "仓山区", "福州榕香花茶科技有限公司", "91350104MAR0JT66XJ", "支持茉莉花茶科技创新和标准化建设", "—", 10],
        [6, "福清市", "福清玉融茶业有限公司", "91350181MAB6WU284E", "支持茉莉花茶加工提升", 150, 45],
        ["合计", null, null, null, null, 4010, 1267],
      ],
      merges: ["A1:G1", "A9:E9"],
      numberFormats: { "F3:G9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支持措施", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "拟兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "base", G: "approved" },
        year: 2026,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G5", why: "产业园 30% of 2,800 = 840 (below the 1000 maximum, so the rate binds); 920 given: 80万元 over" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G6", why: "加工提升 at most 100 a firm: 30% of 360 = 108 but the maximum binds first; 108 given: 8万元 over" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G4", why: "闽侯香源 100 is the maximum exactly (30% of 420 = 126 is capped to 100)" },
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G3", why: "30% of 280 = 84 exactly" },
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G8", why: "30% of 150 = 45 exactly" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G7", why: "a patent put to use gets a fixed 10" },
      { rule: "cap.no-cap", sheet: "拟兑现名单", cell: "G7", why: "the patent item is a fixed award: — in 投资额 is no missing base" },
      { rule: "cap.unknown-policy", why: "every 支持措施 of the list is a measure of the first sheet word for word" },
      { rule: "register.invalid-credit-code", sheet: "拟兑现名单", cell: "D5", why: "— : a park has no code of its own here" },
      { rule: "register.invalid-credit-code", why: "the five codes are valid" },
      { rule: "register.ineligible-location", why: "仓山区、长乐区 are districts, 闽侯县 a county and 福清市 a county-level city of 福州" },
      { rule: "register.location-code-mismatch", why: "each code carries its own district's 3501xx" },
      { rule: "composition.total-mismatch", sheet: "拟兑现名单", cell: "G9", why: "84 + 100 + 920 + 108 + 10 + 45 = 1,267" },
      { rule: "composition.total-mismatch", sheet: "拟兑现名单", cell: "F9", why: "280 + 420 + 2,800 + 360 + 150 = 4,010, the — adding nothing" },
      { rule: "catalog.unreadable-standard", sheet: "支持措施", cell: "C3", why: "30% of the new investment, at most 100万元" },
      { rule: "catalog.unreadable-standard", sheet: "支持措施", cell: "C4", why: "30% of the actual investment, at most 1000万元" },
      { rule: "register.duplicate", why: "no firm has one measure twice" },
      { rule: "input.unreadable-value", sheet: "拟兑现名单", cell: "F7", why: "— means nothing" },
    ],
  },
};
