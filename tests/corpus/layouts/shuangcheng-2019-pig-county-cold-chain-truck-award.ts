import type { CorpusLayout } from "../types";

// 哈尔滨市双城区农业农村局 2021-01-04: the 2019 生猪调出大县奖励资金's cold-chain award (计划支出248万元) to the slaughter firm
// 黑龙江五方肉业 for the refrigerated trucks it bought — 7 欧曼 9.6米, 1 福田 4.2米, 1 东风 6.8米 — after the experts' check on
// 2020-12-30. The award by truck type: count × a standard per truck.
export const layout: CorpusLayout = {
  id: "shuangcheng-2019-pig-county-cold-chain-truck-award",
  source: {
    title: "哈尔滨市双城区2019年生猪调出大县奖励资金冷链物流奖励验收公示（黑龙江五方肉业有限公司购置冷藏车；表据正文拟）",
    url: "http://www.babiehe.com/zwgk/tzgg/2021-01-04/15652.html",
    publisher: "哈尔滨市双城区农业农村局",
    date: "2021-01-04",
    changes:
      "As published: the fund and documents (黑财规审【2018】11号, 财建【2015】778号, 哈财指经【2019】358号 / 366号, 哈双农财发(2020)12号), " +
      "the plan's 248万元 for buying refrigerated trucks, the nine trucks by make and length, the check of 2020-12-30 and the " +
      "objection date. The notice gives no table: its frame (序号 | 车辆品牌 | 车长 | 数量（台） | 奖励标准（万元/台） | 奖励资金（万元） | " +
      "备注) and the per-truck standards (30 / 15 / 20万元) are ours. Planted: the 福田 line 16 where 1 × 15 = 15; the 合计 written as the " +
      "plan's 248 where the lines give 210 + 16 + 20 = 246.",
  },
  classes: ["composition", "unit-times-quantity", "standard-heading", "vehicles-as-lines", "count-columns", "plan-figure-as-total", "total-at-foot", "notes-under-table", "signoff-line", "table-from-prose", "district-department", "heilongjiang"],
  sheets: [
    {
      name: "验收公示",
      widths: [6, 14, 10, 12, 18, 18, 24],
      rows: [
        ["哈尔滨市双城区2019年生猪调出大县奖励资金冷链物流奖励明细表", null, null, null, null, null, null],
        ["奖励对象：黑龙江五方肉业有限公司", null, null, null, null, null, null],
        ["序号", "车辆品牌", "车长", "数量（台）", "奖励标准（万元/台）", "奖励资金（万元）", "备注"],
        [1, "欧曼牌", "9.6米", 7, 30, 210, "冷藏车"],
        [2, "福田牌", "4.2米", 1, 15, 16, "冷藏车"],
        [3, "东风牌", "6.8米", 1, 20, 20, "冷藏车"],
        ["合计", null, null, 9, null, 248, null],
        ["注：2020年12月30日经区农业农村局、财政局组织专家组实地审核验收合格。如有异议，请于2021年1月10日前向双城区农业农村局反馈（0451—53168480）。", null, null, null, null, null, null],
        ["哈尔滨市双城区农业农村局                    2021年1月4日", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:G2", "A7:C7", "A8:G8", "A9:G9"],
      numberFormats: { "E4:F7": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "验收公示",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { B: "line", D: "quantity", E: "unitAmount", F: "amount" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "F5", why: "福田牌: 1台 × 15万元/台 = 15, written 16; 奖励标准 is a standard, so no rounding is allowed" },
      { rule: "composition.total-mismatch", cell: "F7", why: "合计 248 (the plan's figure) where the lines give 210 + 16 + 20 = 246 (245 with the 福田 line as its standard gives)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "F4", why: "欧曼牌: 7 × 30 = 210" },
      { rule: "composition.line-mismatch", cell: "F6", why: "东风牌: 1 × 20 = 20" },
      { rule: "composition.total-mismatch", cell: "D7", why: "数量 9 = 7 + 1 + 1, a count" },
      { rule: "composition.approved-mismatch", why: "the plan's 248万元 is in the title's source, not stated in the workbook as an approved budget" },
      { rule: "input.unreadable-value", why: "车长 (9.6米), the note, the date and the sign-off are text" },
    ],
  },
};
