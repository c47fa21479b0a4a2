import type { CorpusLayout } from "../types";

// 锡林郭勒盟行政公署 2016-12-01 (锡署发〔2016〕152号): 锡林郭勒盟草原生态保护补助奖励政策实施指导意见（2016—2020年） — 实施范围及分区,
// 补奖标准 (禁牧补助, 草畜平衡奖励, 固定打草场补助), 配套扶持政策. The stored page carries the notice and the outline; the measure of each
// 旗县（市）'s money is set out as the league's 补奖资金测算表 would be: each kind a block of 面积 | 标准 | 资金, a 合计 column last.
export const layout: CorpusLayout = {
  id: "xilingol-2016-grassland-award-allocation",
  source: {
    title: "锡林郭勒盟行政公署关于印发《锡林郭勒盟草原生态保护补助奖励政策实施指导意见(2016—2020年)》的通知（补奖资金测算表据正文拟）",
    url: "http://xxgk.xlgl.gov.cn/xsbgt/xxgkml/201707/t20170710_1794350.html",
    publisher: "锡林郭勒盟行政公署",
    date: "2016-12-01",
    changes:
      "As published: the notice (锡署发〔2016〕152号, to 各旗县市（区）人民政府（管委会）), the guidance's outline (实施范围及分区, 补奖标准: 禁牧补助, " +
      "草畜平衡奖励, 固定打草场补助; 配套扶持政策). The stored copy stops at the outline: the table's shape (two blocks of 面积 | 标准 | 资金 under merged " +
      "headings, 合计 last), the six 旗县（市） chosen, every area and every standard are ours (standards differing by 分区). Planted: 苏尼特左旗's " +
      "禁牧补助资金 typed 7,362.00 where 1,200万亩 × 6.36元/亩 = 7,632.00 (its 合计 and the foot follow the typed figure); the 草畜平衡 奖励资金 foot " +
      "typed 22,275.00 where its lines give 22,725.00.",
  },
  classes: ["composition", "allocation", "unit-times-quantity", "column-blocks", "merged-money-header", "area-in-wanmu", "standard-per-mu", "total-column-last", "total-at-foot", "banners-as-lines", "two-header-rows", "notes-under-table", "table-from-prose", "league-fund", "neimenggu"],
  settings: { district: "锡林郭勒盟" },
  sheets: [
    {
      name: "测算表",
      widths: [6, 16, 12, 12, 14, 14, 12, 14, 16],
      rows: [
        ["锡林郭勒盟2016年草原生态保护补助奖励资金测算表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万亩、元/亩、万元"],
        ["序号", "旗县（市）", "禁牧补助", null, null, "草畜平衡奖励", null, null, "补奖资金合计（万元）"],
        [null, null, "禁牧面积（万亩）", "补助标准（元/亩）", "补助资金（万元）", "草畜平衡面积（万亩）", "奖励标准（元/亩）", "奖励资金（万元）", null],
        [1, "锡林浩特市", 380, 7.5, 2850, 620, 2.5, 1550, 4400],
        [2, "阿巴嘎旗", 1050, 6.36, 6678, 1900, 2.5, 4750, 11428],
        [3, "苏尼特左旗", 1200, 6.36, 7362, 1650, 2.5, 4125, 11487],
        [4, "东乌珠穆沁旗", 860, 7.5, 6450, 2700, 2.5, 6750, 13200],
        [5, "西乌珠穆沁旗", 540, 7.5, 4050, 2100, 2.5, 5250, 9300],
        [6, "太仆寺旗", 160, 9.18, 1468.8, 120, 2.5, 300, 1768.8],
        ["合计", null, 4190, "—", 28858.8, 9090, "—", 22275, 51583.8],
        ["注：禁牧补助标准按分区确定；草畜平衡奖励全盟统一执行每亩2.5元。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A3:A4", "B3:B4", "C3:E3", "F3:H3", "I3:I4", "A11:B11", "A12:I12"],
      numberFormats: { "C5:C11": "0", "D5:D10": "0.00", "E5:E11": "#,##0.00", "F5:F11": "0", "G5:G10": "0.00", "H5:I11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "测算表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount:禁牧补助", F: "quantity:草畜平衡奖励", G: "unitAmount:草畜平衡奖励", H: "amount:草畜平衡奖励", I: "amount" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E7", why: "苏尼特左旗 禁牧: 1,200万亩 × 6.36元/亩 = 7,632.00万元, typed 7,362.00 (270.00 short)" },
      { rule: "composition.total-mismatch", cell: "H11", why: "奖励资金 foot 22,275.00 where 1,550 + 4,750 + 4,125 + 6,750 + 5,250 + 300 = 22,725.00" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "I7", why: "苏尼特左旗 11,487.00 = 7,362.00 + 4,125.00 as typed" },
      { rule: "composition.total-mismatch", cell: "E11", why: "禁牧 foot 28,858.80 = the lines as typed (2,850 + 6,678 + 7,362 + 6,450 + 4,050 + 1,468.80)" },
      { rule: "composition.total-mismatch", cell: "I11", why: "51,583.80 = 4,400 + 11,428 + 11,487 + 13,200 + 9,300 + 1,768.80; across, with the foot's own lines (22,725.00) the row agrees: the slip is reported once, at H11" },
      { rule: "composition.total-mismatch", cell: "C11", why: "4,190万亩 = 380 + 1,050 + 1,200 + 860 + 540 + 160, an area foot" },
      { rule: "composition.total-mismatch", cell: "F11", why: "9,090万亩 = 620 + 1,900 + 1,650 + 2,700 + 2,100 + 120" },
      { rule: "composition.line-mismatch", cell: "E10", why: "太仆寺旗 160 × 9.18 = 1,468.80" },
      { rule: "composition.line-mismatch", cell: "H8", why: "东乌珠穆沁旗 2,700 × 2.5 = 6,750.00" },
      { rule: "input.unreadable-value", cell: "D11", why: "— in the standard column of the 合计 row is no value" },
      { rule: "input.unreadable-value", cell: "A12", why: "the note is not a line" },
    ],
  },
};
