import type { CorpusLayout } from "../types";

// 四平辽河农垦管理区 2016: 农机购置补贴工作 — prose: 509 machines subsidised for 417 households, 886.6970万元 in the year,
// by kind (拖拉机110台、插秧机262台、秧盘育苗成套设备22台、免耕播种机25台、收获机械82台、烘干机械4台、粮食清选机4台).
// Laid out as the summary table by machine kind (品目 | 台数 | 补贴资金) such a year-end report rests on.
export const layout: CorpusLayout = {
  id: "liaohe-siping-2016-farm-machinery-subsidy-by-kind",
  source: {
    title: "辽河垦区2016年农机购置补贴工作（年度总结）",
    url: "http://m.badhabbitsfishingbarbados.com/2/60/2016-12-22/67842.html",
    publisher: "四平辽河农垦管理区",
    date: "2016-12-22",
    changes:
      "As published: the zone (四平辽河农垦管理区) and its 2015-2017 implementation plan, 509 machines, 417 households, 886.6970万元 of subsidy done in " +
      "the year, and the machines by kind (拖拉机110, 插秧机262, 秧盘育苗成套设备22, 免耕播种机25, 收获机械82, 烘干机械4, 粮食清选机4). The report is " +
      "prose: the table (序号 | 机具品目 | 补贴台数（台） | 补贴资金（万元） | 备注, 合计 at the foot, a note) is built from it; the money by kind is " +
      "ours (four decimals of 万元 as the report writes 886.6970). The province's 1115.72万元 批复 is left out of the workbook (no approved budget " +
      "stated). Planted: 收获机械 typed 341.5000 so the lines add up to 896.6970 against the 合计 886.6970.",
  },
  classes: ["composition", "machine-kinds-as-lines", "count-column", "four-decimal-wanyuan", "unit-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "farm-reclamation-zone", "jilin"],
  settings: { district: "四平市" },
  sheets: [
    {
      name: "补贴情况",
      widths: [6, 22, 16, 18, 20],
      rows: [
        ["四平辽河农垦管理区2016年农机购置补贴机具及资金情况表（表据正文拟）", null, null, null, null],
        ["序号", "机具品目", "补贴台数（台）", "补贴资金（万元）", "备注"],
        [1, "拖拉机", 110, 236.45, null],
        [2, "插秧机", 262, 201.74, null],
        [3, "秧盘育苗成套设备", 22, 38.12, null],
        [4, "免耕播种机", 25, 41.387, null],
        [5, "收获机械", 82, 341.5, null],
        [6, "烘干机械", 4, 28.6, null],
        [7, "粮食清选机", 4, 8.9, null],
        ["合计", null, 509, 886.697, "受益农户417户"],
        ["注：补贴受益对象在补贴资金兑付前已进行网上公示。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:B10", "A11:E11"],
      numberFormats: { "D3:D10": "0.0000" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "补贴情况",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "line", C: "quantity", D: "amount" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D10", why: "合计 886.6970 where 236.4500+201.7400+38.1200+41.3870+341.5000+28.6000+8.9000 = 896.6970: 10万元 short" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C10", why: "509台 = 110+262+22+25+82+4+4, a count" },
      { rule: "composition.approved-mismatch", why: "the workbook states no approved budget" },
      { rule: "composition.line-rounded", why: "four-decimal 万元 figures are the report's own precision (886.6970)" },
      { rule: "input.unreadable-value", cell: "E10", why: "受益农户417户 is a remark, text in the 备注 column" },
    ],
  },
};
