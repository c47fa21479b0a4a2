import type { CorpusLayout } from "../types";

// 民营橡胶网 2020-04-24: 海口 paid out 510.8万元 of 天然橡胶价格（收入）保险 claims; in 2019 ten towns insured 4.05万亩 (84% of the tappable
// area), 3462 farmers, 472 of them 建档立卡贫困户; the city raised its premium share from 30% to 50%, farmers paying 20% (the poor's 20% paid by
// the government), the province 30%. Set out as the premium-sharing table a city's agriculture bureau draws up (表据报道拟): 序号 | 区 | 乡镇 |
// 投保户数 | 其中：建档立卡贫困户 | 投保面积（亩） | 保费合计 | 保费分担 (省级 30% | 市级 50% | 胶农自缴 20%).
export const layout: CorpusLayout = {
  id: "haikou-2019-rubber-income-insurance-premium-shares",
  source: {
    title: "海口胶农获天然橡胶赔款达510万元 胶农收入得保障（保费分担表据报道拟）",
    url: "http://old.hnmyrubber.com/Article.php?id=441212",
    publisher: "民营橡胶网（人保财险海口市分公司、海口市财政局、农业农村局）",
    date: "2020-04-24",
    changes:
      "As published: ten towns, 4.05万亩 insured, 3462 farmers of whom 472 建档立卡贫困户, the shares (省 30%, 市 50%, 胶农 20%). The table is ours " +
      "(table from prose): which towns, each town's farmers and area (adding up to the published totals) and a premium of 40元/亩 (162.00万元 in " +
      "all). Planted: 大坡镇's 市级 share typed 12.02 where 50% of 24.40 is 12.20, so its row adds up to 24.22 against its 保费合计 24.40, and the " +
      "市级 column's 81.00 misses its lines as typed (80.82).",
  },
  classes: ["composition", "premium-shares", "parts-across", "merged-two-row-header", "qizhong-count-column", "count-columns", "district-merged-down", "towns-as-lines", "percent-in-header", "total-at-foot", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report", "city-fund", "hainan"],
  settings: { district: "海口市" },
  sheets: [
    {
      name: "保费分担",
      widths: [6, 10, 12, 12, 16, 14, 14, 16, 16, 16],
      rows: [
        ["2019年海口市天然橡胶价格（收入）保险保费分担表（表据报道拟）", null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, "金额单位：万元"],
        ["序号", "区", "乡镇", "投保户数（户）", "其中：建档立卡贫困户（户）", "投保面积（亩）", "保费合计", "保费分担", null, null],
        [null, null, null, null, null, null, null, "省级财政补贴（30%）", "市级财政补贴（50%）", "胶农自缴（20%）"],
        [1, "琼山区", "旧州镇", 480, 68, 5200, 20.8, 6.24, 10.4, 4.16],
        [2, null, "三门坡镇", 610, 85, 7800, 31.2, 9.36, 15.6, 6.24],
        [3, null, "大坡镇", 520, 74, 6100, 24.4, 7.32, 12.02, 4.88],
        [4, null, "红旗镇", 390, 51, 4300, 17.2, 5.16, 8.6, 3.44],
        [5, null, "甲子镇", 470, 63, 5600, 22.4, 6.72, 11.2, 4.48],
        [6, null, "云龙镇", 160, 22, 1900, 7.6, 2.28, 3.8, 1.52],
        [7, "美兰区", "大致坡镇", 210, 30, 2300, 9.2, 2.76, 4.6, 1.84],
        [8, "龙华区", "新坡镇", 150, 21, 1700, 6.8, 2.04, 3.4, 1.36],
        [9, null, "遵谭镇", 220, 27, 2400, 9.6, 2.88, 4.8, 1.92],
        [10, "秀英区", "东山镇", 252, 31, 3200, 12.8, 3.84, 6.4, 2.56],
        ["合计", null, null, 3462, 472, 40500, 162, 48.6, 81, 32.4],
        ["注：保费按每亩40元计；建档立卡贫困户应自缴的20%由政府统一承担，列入胶农自缴栏。", null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:J1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:J3", "B5:B10", "B12:B13", "A15:C15", "A16:J16"],
      numberFormats: { "D5:F15": "#,##0", "G5:J15": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "保费分担",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { C: "line", F: "quantity", G: "amount", H: "amount:省级财政补贴", I: "amount:市级财政补贴", J: "amount:胶农自缴" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "G7", why: "大坡镇 保费合计 24.40 where 7.32 + 12.02 + 4.88 = 24.22: 0.18万元 apart" },
      { rule: "composition.total-mismatch", cell: "I15", why: "市级 column 81.00 where its lines as typed add up to 80.82 (大坡镇 typed 12.02): 0.18万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "G15", why: "20.80 + 31.20 + 24.40 + 17.20 + 22.40 + 7.60 + 9.20 + 6.80 + 9.60 + 12.80 = 162.00" },
      { rule: "composition.total-mismatch", cell: "H15", why: "the 省级 lines add up to 48.60" },
      { rule: "composition.total-mismatch", cell: "J15", why: "the 自缴 lines add up to 32.40" },
      { rule: "composition.total-mismatch", cell: "G5", why: "旧州镇 6.24 + 10.40 + 4.16 = 20.80" },
      { rule: "composition.total-mismatch", cell: "G6", why: "三门坡镇 9.36 + 15.60 + 6.24 = 31.20" },
      { rule: "composition.total-mismatch", cell: "E15", why: "建档立卡贫困户 is a count and a 其中 of 户数 (472 of 3462), never money" },
      { rule: "composition.total-mismatch", cell: "F15", why: "the areas add up to 40,500亩" },
      { rule: "composition.total-mismatch", cell: "D15", why: "the households add up to 3,462" },
      { rule: "input.unreadable-value", cell: "A16", why: "the note under the table is no line" },
    ],
  },
};
