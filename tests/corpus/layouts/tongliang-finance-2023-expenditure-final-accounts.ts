import type { CorpusLayout } from "../types";

// 重庆市铜梁区财政局 2023年度决算, 表3 支出决算表: 项目 (科目编码 | 科目名称) | 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 |
// 经营支出 | 对附属单位补助支出, a 栏次 row, 合计 first, 类 / 款 / 项 by code with indented names. The 类 210 typed 74.40 over its
// 款 70.44 (and its own 基本支出 70.44); the 合计 adds it as its 款 give it.
export const layout: CorpusLayout = {
  id: "tongliang-finance-2023-expenditure-final-accounts",
  source: {
    title: "重庆市铜梁区财政局2023年度决算公开说明（部门决算公开表 3：支出决算表）",
    url: "https://cqstl.gov.cn/bm/qczj_71105/zwgk_70831/fdzdgknr_70834/qtgknr/jczwgk_1/czyjslyxxgk/zfys_271158/qczj/202410/t20241028_13747050.html",
    publisher: "重庆市铜梁区财政局",
    date: "2024-10-28",
    changes:
      "The stored copy gives the bureau's duties, its ten offices, three subordinate centres and its 2023 totals in prose (收入总计 " +
      "4510.29万元, 收入合计 4495.76万元 all 财政拨款, 评审经费 project spending up); the tables are not shown. Table 3 is laid out as " +
      "Chongqing's 2023 部门决算 form prints it (项目 over 科目编码 / 科目名称, six money columns, 栏次 1–6, 合计 first, the form's note); " +
      "the 科目 are a finance bureau's. Figures are ours, chosen so that 本年支出合计 4,488.20 plus a carry-over of 22.09 meets the " +
      "published 4,510.29. Planted: 类 210 卫生健康支出 typed 74.40 while its 款 21011 gives 70.44 and its own 基本支出 is 70.44.",
  },
  classes: [
    "execution", "final-accounts", "class-section-item-codes", "indented-names", "total-first", "column-number-row", "blank-columns",
    "class-slip", "basic-and-project-columns", "notes-under-table", "wanyuan-caption", "chongqing",
  ],
  sheets: [
    {
      name: "表3",
      widths: [12, 32, 12, 12, 12, 12, 10, 14],
      rows: [
        ["支出决算表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "表3"],
        ["编制单位：重庆市铜梁区财政局", null, null, "2023年度", null, null, null, "单位：万元"],
        ["项目", null, "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
        ["科目编码", "科目名称", null, null, null, null, null, null],
        ["栏次", null, 1, 2, 3, 4, 5, 6],
        [null, "合计", 4488.2, 1957.3, 2530.9, null, null, null],
        ["201", "一般公共服务支出", 4173.53, 1642.63, 2530.9, null, null, null],
        ["20106", "  财政事务", 4173.53, 1642.63, 2530.9, null, null, null],
        ["2010601", "    行政运行", 1286.45, 1286.45, null, null, null, null],
        ["2010602", "    一般行政管理事务", 312.6, null, 312.6, null, null, null],
        ["2010607", "    信息化建设", 268, null, 268, null, null, null],
        ["2010608", "    财政委托业务支出", 1950.3, null, 1950.3, null, null, null],
        ["2010650", "    事业运行", 356.18, 356.18, null, null, null, null],
        ["208", "社会保障和就业支出", 207.63, 207.63, null, null, null, null],
        ["20805", "  行政事业单位养老支出", 207.63, 207.63, null, null, null, null],
        ["2080505", "    机关事业单位基本养老保险缴费支出", 138.42, 138.42, null, null, null, null],
        ["2080506", "    机关事业单位职业年金缴费支出", 69.21, 69.21, null, null, null, null],
        ["210", "卫生健康支出", 74.4, 70.44, null, null, null, null],
        ["21011", "  行政事业单位医疗", 70.44, 70.44, null, null, null, null],
        ["2101101", "    行政单位医疗", 52.36, 52.36, null, null, null, null],
        ["2101102", "    事业单位医疗", 18.08, 18.08, null, null, null, null],
        ["221", "住房保障支出", 36.6, 36.6, null, null, null, null],
        ["22102", "  住房改革支出", 36.6, 36.6, null, null, null, null],
        ["2210201", "    住房公积金", 36.6, 36.6, null, null, null, null],
        ["注：本表反映部门本年度各项支出情况。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:C3", "D3:F3", "A4:B4", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:H5", "A6:B6", "A26:H26"],
      numberFormats: { "C7:H25": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表3",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 25,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C19", why: "类 210 本年支出合计 74.40; its 款 21011 gives 70.44 (and its own 基本支出 70.44 + 项目支出 blank = 70.44): 3.96 more" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 4,488.20 = 4,173.53 + 207.63 + 70.44 + 36.60, the 类 210 as its 款 give it (the slip is reported once, at C19)" },
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 1,957.30 = 1,642.63 + 207.63 + 70.44 + 36.60" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 2,530.90 = 312.60 + 268.00 + 1,950.30" },
      { rule: "execution.total-mismatch", cell: "C9", why: "款 20106 4,173.53 = 1,286.45 + 312.60 + 268.00 + 1,950.30 + 356.18; 基本 1,642.63 + 项目 2,530.90" },
      { rule: "execution.total-mismatch", cell: "C16", why: "款 20805 207.63 = 138.42 + 69.21" },
      { rule: "execution.total-mismatch", cell: "C20", why: "款 21011 70.44 = 52.36 + 18.08" },
      { rule: "execution.total-mismatch", cell: "C6", why: "row 6 is the 栏次 row (1…6), not figures" },
      { rule: "execution.overspent", why: "a final account of spending alone: no budget column" },
      { rule: "execution.no-spending", why: "no budget column; blank 上缴上级 / 经营 / 对附属单位补助 columns are nothing, not lines without spending" },
    ],
  },
};
