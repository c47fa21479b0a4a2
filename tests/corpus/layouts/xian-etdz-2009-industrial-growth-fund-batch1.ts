import type { CorpusLayout } from "../types";

// 西安经济开发区管委会 2009-09: the first batch of its 工业保增长专项资金 (40 projects, 1870万元, paid by the zone straight to
// the firms), 工业投资项目 and 高新技术产业化项目. A 2009 list: no credit codes, firms by name only.
export const layout: CorpusLayout = {
  id: "xian-etdz-2009-industrial-growth-fund-batch1",
  source: {
    title: "西安经开区5000万元助企业度过“黎明前的黑暗”（工业保增长专项资金第一批使用计划；华商报，表据正文拟）",
    url: "http://news.hsw.cn/system/2009/09/15/050307927.shtml",
    publisher: "西安经济开发区管委会（华商网·华商报报道）",
    date: "2009-09-15",
    changes:
      "As published: the batch (第一批使用计划, 40 projects, 1870万元), its two kinds (工业投资项目, 高新技术产业化项目) and that the " +
      "money is paid by the 管委会 straight to the firms. The report gives no table: its frame (序号 | 企业名称 | 支持类别 | 支持资金（万元） | " +
      "备注), the twelve firms and figures are ours (a cut of the forty, marked 节选). Planted: 西安秦川精工机床有限公司 listed twice " +
      "under 工业投资项目 (rows 4 and 10).",
  },
  classes: ["register", "item-column", "support-category-column", "no-credit-codes", "no-place-column", "development-zone", "year-in-title", "batch-in-title", "remark-column", "wanyuan-in-header", "total-at-foot", "notes-under-table", "news-report", "shaanxi"],
  sheets: [
    {
      name: "第一批",
      widths: [6, 32, 20, 16, 30],
      rows: [
        ["西安经济技术开发区2009年工业保增长专项资金第一批使用计划（节选）", null, null, null, null],
        ["序号", "企业名称", "支持类别", "支持资金（万元）", "备注"],
        [1, "西安陕鼓通达风机有限公司", "工业投资项目", 80, "新增生产线设备投资"],
        [2, "西安秦川精工机床有限公司", "工业投资项目", 60, "数控机床扩能改造"],
        [3, "西安泾渭重型汽车配件有限公司", "工业投资项目", 70, "车桥总成生产线"],
        [4, "西安凤城电机有限公司", "工业投资项目", 45, null],
        [5, "西安草滩新型建材有限公司", "工业投资项目", 30, null],
        [6, "西安经发光电科技有限公司", "高新技术产业化项目", 50, "LED封装产业化"],
        [7, "西安明光生物医药有限公司", "高新技术产业化项目", 40, null],
        [8, "西安泾河新能源电池有限公司", "高新技术产业化项目", 55, "锂电池隔膜产业化"],
        [9, "西安秦川精工机床有限公司", "工业投资项目", 60, null],
        [10, "西安未央精密铸造有限公司", "工业投资项目", 35, null],
        [11, "西安经开软件技术有限公司", "高新技术产业化项目", 25, null],
        [12, "西安北辰环保设备有限公司", "高新技术产业化项目", 30, null],
        ["合计", null, null, 580, null],
        ["注：专项资金由管委会直接拨付项目所在企业。第二批资金3130万元另行下达。", null, null, null, null],
      ],
      merges: ["A1:E1", "A15:C15", "A16:E16"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "第一批",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 15,
        columns: { B: "enterprise", C: "item", D: "approved" },
        year: 2009,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "D11", why: "西安秦川精工机床有限公司 again under 工业投资项目 in the same 2009 batch; first at row 4 (60.00 each)" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "D8", why: "西安经发光电科技 is listed once; sharing 高新技术产业化项目 with other firms is no duplicate" },
      { rule: "register.invalid-credit-code", why: "the list has no credit codes (2009)" },
      { rule: "register.ineligible-location", why: "the list names no place" },
      { rule: "register.unpaid", why: "a use plan records no payments" },
      { rule: "cap.exceeded", cell: "D15", why: "合计 580 = 80 + 60 + 70 + 45 + 30 + 50 + 40 + 55 + 60 + 35 + 25 + 30 is not an award" },
      { rule: "budget.overcommitted", why: "no budget is stated for the list: 1870万元 and 3130万元 are the batches' sums in the report, not in the workbook's table" },
      { rule: "input.unreadable-value", why: "the note under the table and 备注 are text" },
    ],
  },
};
