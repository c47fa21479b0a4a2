import type { CorpusLayout } from "../types";

// 农民日报 2014-09-20 (中国网 转载): 河北省香河县 2014年高标准农田项目 — two 村街, 总投资1,169万元, 其中财政资金1,023万元, 群众自筹146万元,
// adding 0.93万亩 of water-saving irrigation. Laid out as the project's investment budget by works: 序号 | 建设内容 | 单位 | 数量 | 单价（万元）
// | 投资额 over 合计 | 财政资金 | 群众自筹, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "xianghe-2014-high-standard-farmland-budget",
  source: {
    title: "香河县全面启动高标准农田项目建设（项目投资预算表据报道拟）",
    url: "http://big5.china.com.cn/gate/big5/finance.china.com.cn/roll/20140920/2687279.shtml",
    publisher: "农民日报（中国网财经转载）；香河县农业综合开发办公室",
    date: "2014-09-20",
    changes:
      "Kept as reported: the 2014 project over 2 村街, 总投资1,169万元 of which 财政资金1,023万元 and 群众自筹146万元, water, power, road and bridge " +
      "works. The report gives no table: the works, their quantities, unit prices and each line's split are ours, adding up to the reported " +
      "sums. Planted: 铺设地下输水管道 62千米 × 4.10万元 = 254.20, typed 245.20 (the foot adds 245.20 as typed, so only the line is wrong).",
  },
  classes: [
    "composition", "unit-times-quantity", "unit-price-column", "sources-as-columns", "merged-money-heading", "two-header-rows",
    "row-total-column", "total-at-foot", "two-decimal-wanyuan", "wanyuan-in-header", "table-from-prose", "news-report", "farmland-project",
    "county-fund", "hebei",
  ],
  settings: { district: "香河县" },
  sheets: [
    {
      name: "投资预算",
      widths: [6, 26, 8, 10, 12, 12, 12, 12],
      rows: [
        ["香河县2014年高标准农田建设项目投资预算表", null, null, null, null, null, null, null],
        ["序号", "建设内容", "单位", "数量", "单价（万元）", "投资额（万元）", null, null],
        [null, null, null, null, null, "合计", "财政资金", "群众自筹"],
        [1, "新打及修复机井", "眼", 45, 9.8, 441, 385.9, 55.1],
        [2, "铺设地下输水管道", "千米", 62, 4.1, 245.2, 214.6, 30.6],
        [3, "配套变压器及输电线路", "台", 18, 4.8, 86.4, 75.6, 10.8],
        [4, "土地平整", "亩", 9300, 0.02, 186, 162.8, 23.2],
        [5, "农田林网植树", "株", 12000, 0.0045, 54, 47.2, 6.8],
        [6, "技术培训及示范推广", "项", 1, 36.4, 36.4, 31.8, 4.6],
        [7, "工程管理费（设计、监理、招标）", "项", 1, 120, 120, 105.1, 14.9],
        ["合计", null, null, null, null, 1169, 1023, 146],
        ["注：项目涉及2个村街，建成后新增节水灌溉面积0.93万亩，年节水117万立方米。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "A11:E11", "A12:H12"],
      numberFormats: { "F4:H11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "投资预算",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "line", D: "quantity", E: "unitAmount", F: "amount", G: "amount:财政资金", H: "amount:群众自筹" },
        year: 2014,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "F5", why: "铺设地下输水管道: 62 × 4.10 = 254.20, typed 245.20 (9.00万元 short)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F11", why: "合计 1,169.00 = 441.00 + 245.20 + 86.40 + 186.00 + 54.00 + 36.40 + 120.00, the lines as typed" },
      { rule: "composition.total-mismatch", cell: "G11", why: "财政资金 1,023.00 = 385.90 + 214.60 + 75.60 + 162.80 + 47.20 + 31.80 + 105.10" },
      { rule: "composition.total-mismatch", cell: "H11", why: "群众自筹 146.00 = 55.10 + 30.60 + 10.80 + 23.20 + 6.80 + 4.60 + 14.90" },
      { rule: "composition.total-mismatch", cell: "F5", why: "across, 214.60 + 30.60 = 245.20: the line's split agrees with its typed amount" },
      { rule: "composition.line-mismatch", cell: "F7", why: "土地平整 9,300 × 0.02 = 186.00" },
      { rule: "composition.line-mismatch", cell: "F8", why: "农田林网 12,000 × 0.0045 = 54.00, the unit price multiplied with every decimal it holds" },
      { rule: "composition.total-mismatch", cell: "D11", why: "数量 are counts in different measures (眼, 千米, 亩, 株): the foot states none" },
      { rule: "input.unreadable-value", cell: "A12", why: "the note under the table" },
    ],
  },
};
