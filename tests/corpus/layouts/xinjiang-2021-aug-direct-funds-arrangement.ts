import type { CorpusLayout } from "../types";

// 新疆维吾尔自治区财政厅 (天山网-新疆日报 2021-09-13): the direct-channel money (直达资金, 参照直达 included) arranged in the first
// eight months, by what it goes to — 交通, 县级基本财力保障, 困难群众救助 and the rest — in 亿元, 合计 first with its 其中 row.
export const layout: CorpusLayout = {
  id: "xinjiang-2021-aug-direct-funds-arrangement",
  source: {
    title: "前8月新疆安排直达资金1032.8亿元（直达资金安排情况表据报道拟）",
    url: "http://news.ts.cn/system/2021/09/13/036693979.shtml",
    publisher: "天山网-新疆日报",
    date: "2021-09-13",
    changes:
      "The report gives the eight months' direct-channel money (直达资金 with 参照直达资金 within it), the share of it sent down (100%) and " +
      "three uses by name. The grid (序号 | 支出投向 | 安排资金 | 主要用途, 合计 first, the 参照直达 part as a 其中 row, the rest as 其他直达资金) " +
      "is built from that report; every figure is ours, in 亿元 with one decimal. Planted: the 合计 typed 1,043.8 where the four uses add up to 1,034.8.",
  },
  classes: ["composition", "allocation-by-use", "total-row-first", "qizhong-row-under-total", "one-decimal-yiyuan", "yiyuan-caption", "remark-column", "notes-under-table", "table-from-prose", "news-report", "province-fund", "xinjiang"],
  settings: { district: "新疆维吾尔自治区" },
  sheets: [
    {
      name: "直达资金",
      widths: [6, 28, 12, 46],
      rows: [
        ["2021年1-8月自治区直达资金安排情况表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["序号", "支出投向", "安排资金", "主要用途"],
        ["合计", null, 1043.8, null],
        [null, "其中：参照直达资金", 106.2, "参照直达资金管理"],
        [1, "交通运输体系建设", 170.3, "“十四五”现代综合交通运输体系，国道、高速公路在建项目"],
        [2, "县级基本财力保障机制奖补", 117.8, "保障县乡行政事业单位在职、离退休人员工资按时足额发放"],
        [3, "困难群众救助", 95.1, "低保、特困、临时救助"],
        [4, "其他直达资金", 651.6, "惠企利民其他直达项目"],
        ["注：直达资金含参照直达资金；截至8月底，直达资金预算下达进度100%。", null, null, null],
      ],
      merges: ["A1:D1", "A4:B4", "A10:D10"],
      numberFormats: { "C4:C9": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "直达资金", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 9, columns: { B: "line", C: "amount" }, year: 2021 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C4", why: "170.3 + 117.8 + 95.1 + 651.6 = 1,034.8, the 合计 says 1,043.8 (9.0亿元 more)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C5", why: "the 其中 row is a part of the 合计 (参照直达资金 within the whole), not a line; 106.2 is not added to the uses" },
      { rule: "composition.total-mismatch", cell: "A9", why: "序号 1–4 number the uses; they are no money" },
      { rule: "register.ineligible-location", why: "an allocation by use, no places" },
      { rule: "execution.behind-schedule", why: "the 100% in the note is a share sent down, not a table's rate" },
    ],
  },
};
