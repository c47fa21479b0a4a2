import type { CorpusLayout } from "../types";

// 福建日报 2018-11-14: 省财政 advanced the 23 省级扶贫开发工作重点县' 2019 subsidy, 9.75亿元, as four per-county amounts (基本财力保障
// 1000万元, 社会事业发展 1000万元, 县域产业发展 652万元, 债券贴息 1588万元). Laid out as the plan such a notice attaches: each line's
// 每县安排 | 县数 | 金额 and its use, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "fujian-2019-poverty-key-counties-advance-subsidy",
  source: {
    title: "福建省财政下达23个省级扶贫开发工作重点县补助资金（2019年补助资金提前下达表据报道拟）",
    url: "http://m.mnw.cn/news/fj/2085084.html",
    publisher: "福建日报（闽南网转载）",
    date: "2018-11-14",
    changes:
      "As published: 23 counties, 9.75亿元 (up 8.8%), and the four lines with their per-county standards and uses (基本财力保障转移支付 1000万元, " +
      "共2.3亿元; 社会事业发展专项资金 1000万元, 共2.3亿元; 县域产业发展专项资金 652万元（财政厅切块下达部分）, 共1.5亿元; 地方政府债券贴息资金 " +
      "1588万元, 共3.65亿元). The report is prose: the table is built from it (表据报道拟). Planted: the 产业发展 line's 金额 typed 15996 where " +
      "652 × 23 = 14996, so the lines add up to 98520 against the stated 合计 97520.",
  },
  classes: ["composition", "unit-times-quantity", "per-county-standard", "count-column", "purpose-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-fund", "fujian"],
  settings: { district: "福建省" },
  sheets: [
    {
      name: "提前下达",
      widths: [6, 34, 12, 10, 12, 40],
      rows: [
        ["2019年省级扶贫开发工作重点县补助资金提前下达表（表据报道拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "资金项目", "每县安排", "县数（个）", "金额", "用途"],
        [1, "县级基本财力保障转移支付", 1000, 23, 23000, "由各县统筹用于已出台的各项重大民生政策支出"],
        [2, "社会事业发展专项资金", 1000, 23, 23000, "支持各县急需解决的卫生、文化、体育等社会事业项目"],
        [3, "县域产业发展专项资金（财政厅切块下达部分）", 652, 23, 15996, "由各县整合用于具体产业发展项目"],
        [4, "地方政府债券贴息资金", 1588, 23, 36524, "支持各县产业结构调整"],
        ["合计", null, null, 23, 97520, null],
        ["注：23个省级扶贫开发工作重点县每县安排4240万元；合计约9.75亿元，比上年增长8.8%。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A8:B8", "A9:F9"],
      numberFormats: { "C4:E8": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "提前下达", kind: "composition", unit: "万元", headerRow: 3, lastRow: 8, columns: { B: "line", C: "unitAmount", D: "quantity", E: "amount" }, year: 2019 },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E6", why: "县域产业发展 652 × 23 = 14996, typed 15996 (1000万元 over)" },
      { rule: "composition.total-mismatch", cell: "E8", why: "合计 97520; the lines as typed add up to 23000 + 23000 + 15996 + 36524 = 98520" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E4", why: "1000 × 23 = 23000" },
      { rule: "composition.line-mismatch", cell: "E7", why: "1588 × 23 = 36524" },
      { rule: "composition.total-mismatch", cell: "D8", why: "县数 23 is the count of counties every line covers, not a sum of the lines' counts (4 × 23)" },
      { rule: "composition.total-mismatch", cell: "E9", why: "the note's 4240 per county and 9.75亿元 are text" },
    ],
  },
};
