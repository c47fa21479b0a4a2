import type { CorpusLayout } from "../types";

// 天津市发展和改革委员会 2025-10-24: the 2025-2026 heating season's 居民“煤改电”运行政策 — 0.2元/千瓦时 on night-valley power, at most
// 8000千瓦时/户, paid by city and district 4:6. The notice is the policy only; laid out as a district's payment list under it, by village:
// 序号 | 镇 | 村 | 户数 | 补贴电量（千瓦时） | 补贴标准（元/千瓦时） | 补贴金额（元） over 合计 | 市级（40%） | 区级（60%）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "jinghai-2025-coal-to-electricity-heating-subsidy",
  source: {
    title: "关于天津市2025-2026采暖期居民冬季清洁取暖有关运行政策的通知（一、政策内容（一）“煤改电”运行政策；补贴发放明细表据通知拟）",
    url: "http://ditan.com/subsidies/tj",
    publisher: "天津市发展和改革委员会",
    date: "2025-10-24",
    changes:
      "As published: the 煤改电 standard (0.2元/千瓦时, 最高补贴电量8000千瓦时/户), the 4:6 city / district split (滨海新区 bearing its own), the " +
      "heating season. Ours: the payment list's form, the district (静海区), its towns' villages, every count, kWh and amount. Planted: 北马庄村 " +
      "371200 × 0.2 = 74240 typed 72440 (its 市 / 区 split follows the typed figure); the 合计 typed 551690 where the five amounts give 551960.",
  },
  classes: ["composition", "payment-list", "unit-times-quantity", "standard-heading", "yuan-standard", "sources-under-merged-header", "row-total-column", "city-district-split", "villages-as-lines", "towns-column", "count-column", "two-header-rows", "yuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "heating-subsidy", "tianjin"],
  settings: { district: "静海区", asOf: "2026-04-30" },
  sheets: [
    {
      name: "煤改电补贴",
      widths: [6, 12, 14, 8, 16, 18, 14, 14, 14],
      rows: [
        ["静海区2025-2026采暖期居民“煤改电”运行补贴发放明细表", null, null, null, null, null, null, null, null],
        ["单位：户、千瓦时、元", null, null, null, null, null, null, null, null],
        ["序号", "镇", "村", "户数", "补贴电量（千瓦时）", "补贴标准（元/千瓦时）", "补贴金额（元）", null, null],
        [null, null, null, null, null, null, "合计", "市级（40%）", "区级（60%）"],
        [1, "团泊镇", "大泊村", 120, 612000, 0.2, 122400, 48960, 73440],
        [2, "团泊镇", "东滩头村", 86, 455800, 0.2, 91160, 36464, 54696],
        [3, "台头镇", "前台头村", 143, 803500, 0.2, 160700, 64280, 96420],
        [4, "台头镇", "北马庄村", 64, 371200, 0.2, 72440, 28976, 43464],
        [5, "大邱庄镇", "西营村", 98, 526300, 0.2, 105260, 42104, 63156],
        ["合计", null, null, 511, 2768800, null, 551690, 220784, 331176],
        ["注：补贴电量为每日20时至次日8时低谷时段用电量，每户最高8000千瓦时；补贴资金由市、区财政按4:6比例负担。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:I3", "A10:C10", "A11:I11"],
      numberFormats: { "E5:E10": "#,##0", "F5:F9": "0.0", "G5:I10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "煤改电补贴",
        kind: "composition",
        unit: "元",
        headerRow: 3,
        lastRow: 10,
        columns: { A: "code", C: "line", E: "quantity", F: "unitAmount", G: "amount", H: "amount:市级", I: "amount:区级" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "G8", why: "北马庄村 371200千瓦时 × 0.2元 (a standard: no rounding) = 74240; typed 72440: 1800元 apart" },
      { rule: "composition.total-mismatch", cell: "G10", why: "合计 551690; the five amounts as typed give 122400 + 91160 + 160700 + 72440 + 105260 = 551960: 270 apart (reported once, not again across 220784 + 331176 = 551960)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "H10", why: "市级 220784 = 48960 + 36464 + 64280 + 28976 + 42104" },
      { rule: "composition.total-mismatch", cell: "I10", why: "区级 331176 = 73440 + 54696 + 96420 + 43464 + 63156" },
      { rule: "composition.total-mismatch", cell: "G8", why: "北马庄村's split 28976 + 43464 = 72440, its typed 合计: the row agrees across" },
      { rule: "composition.line-mismatch", cell: "G5", why: "612000 × 0.2 = 122400 exactly; likewise rows 6, 7 and 9" },
      { rule: "register.ineligible-location", why: "团泊镇, 台头镇 and 大邱庄镇 are towns of 静海区; the list is no register" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
