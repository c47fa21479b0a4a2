import type { CorpusLayout } from "../types";

// 上海市奉贤区农业农村委员会 2024: 2023年奉贤区蔬菜上图补贴资金 — by 街镇, 绿叶菜 at 120元/亩次 and 其他蔬菜 at 50元/亩次, each group
// 上图面积 | 补贴标准 | 补贴金额 under one merged heading, a 合计 column and row, the caption naming 亩次 beside 元.
export const layout: CorpusLayout = {
  id: "fengxian-2023-vegetable-mapping-subsidy-allocation",
  source: {
    title: "奉贤区农业农村委员会关于2023年奉贤区蔬菜上图补贴资金的通知（表据正文拟）",
    url: "http://www.gzfuluhua.cn/zh-gqwj15/20240327/7d6ceec3218b4dd8839c3c48fe57c2bd.html",
    publisher: "上海市奉贤区农业农村委员会（转载）",
    date: "2024-03-27",
    changes:
      "The stored copy shows the notice, not its table: the table is ours (表据正文拟). As published: the standards (上网绿叶菜 120元/亩次, 其他上网蔬菜 " +
      "50元/亩次), the caps on 亩次 and the counting period, the fund's source (市级财政资金), and the addressees 各街镇、开发区农业管理部门. The published " +
      "totals (4,700,666.50元: 绿叶菜 4,564,755.75, 非绿叶菜 135,910.75) imply fractional 亩次; our towns' 亩次 and amounts are ours. Planted: 奉城镇 " +
      "绿叶菜 823,218.00元 where 6,935.15 × 120 = 832,218.00; the 其他蔬菜 补贴金额 合计 typed 131,125.00 where the towns add up to 132,125.00.",
  },
  classes: [
    "composition", "allocation-by-town", "unit-times-quantity", "standard-column", "two-groups-under-merged-headers", "row-total-column",
    "total-at-foot", "count-and-money-caption", "yuan-amounts", "towns-as-lines", "notes-under-table", "built-from-prose", "district-level",
    "shanghai",
  ],
  settings: { district: "奉贤区" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 12, 14, 14, 14, 14, 14, 14, 14],
      rows: [
        ["2023年奉贤区蔬菜上图补贴资金分配表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：亩次、元"],
        ["序号", "街镇", "绿叶菜", null, null, "其他蔬菜（非绿叶菜）", null, null, "合计"],
        [null, null, "上图面积（亩次）", "补贴标准（元/亩次）", "补贴金额", "上图面积（亩次）", "补贴标准（元/亩次）", "补贴金额", null],
        [1, "庄行镇", 5862.4, 120, 703488, 412.6, 50, 20630, 724118],
        [2, "金汇镇", 4417.35, 120, 530082, 233.15, 50, 11657.5, 541739.5],
        [3, "南桥镇", 1208.6, 120, 145032, 96.4, 50, 4820, 149852],
        [4, "奉城镇", 6935.15, 120, 823218, 508.35, 50, 25417.5, 848635.5],
        [5, "四团镇", 7340.8, 120, 880896, 611.8, 50, 30590, 911486],
        [6, "青村镇", 5126.25, 120, 615150, 377.25, 50, 18862.5, 634012.5],
        [7, "柘林镇", 3874.5, 120, 464940, 259.7, 50, 12985, 477925],
        [8, "海湾镇", 2269.9, 120, 272388, 143.25, 50, 7162.5, 279550.5],
        ["合计", null, 37034.95, null, 4435194, 2642.5, null, 131125, 4567319],
        ["注：1.绿叶菜补贴上限为5个亩次，其他蔬菜种植补贴上限为1个亩次，绿叶菜和其他蔬菜轮作的合并计算，最高上限为5个亩次。", null, null, null, null, null, null, null, null],
        ["2.补贴面积计算周期为2023年1月1日—12月31日；补贴资金来源为市级财政资金。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A3:A4", "B3:B4", "C3:E3", "F3:H3", "I3:I4", "A13:B13", "A14:I14", "A15:I15"],
      numberFormats: { "C5:C13": "#,##0.00", "F5:F13": "#,##0.00", "E5:E13": "#,##0.00", "H5:I13": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount", I: "amount:合计" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E8", why: "奉城镇 绿叶菜: 6,935.15 亩次 × 120元 = 832,218.00, typed 823,218.00 (9,000 short; a stated standard allows no rounding)" },
      { rule: "composition.total-mismatch", cell: "H13", why: "其他蔬菜 补贴金额 合计 131,125.00 where the towns add up to 132,125.00 (1,000 short)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E13", why: "绿叶菜 合计 4,435,194.00 = the towns as typed (奉城镇's 823,218 included)" },
      { rule: "composition.total-mismatch", cell: "I13", why: "4,567,319.00 = the towns' 合计 as typed; with H's lines' sum, 4,435,194 + 132,125 = 4,567,319 agrees across" },
      { rule: "composition.total-mismatch", cell: "I8", why: "奉城镇 823,218 + 25,417.50 = 848,635.50 as typed" },
      { rule: "composition.total-mismatch", cell: "C13", why: "亩次 add up to 37,034.95 (a count, never added into the money)" },
      { rule: "composition.total-mismatch", cell: "F13", why: "亩次 add up to 2,642.50" },
      { rule: "composition.line-mismatch", cell: "H6", why: "金汇镇 233.15 × 50 = 11,657.50" },
      { rule: "composition.line-mismatch", cell: "E6", why: "金汇镇 4,417.35 × 120 = 530,082.00" },
      { rule: "input.unreadable-value", why: "the caption and the notes are text" },
    ],
  },
};
