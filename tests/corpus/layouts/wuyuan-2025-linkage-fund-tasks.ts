import type { CorpusLayout } from "../types";

// 五原县财政局 2025-01-21: the autonomous region's 2025 衔接推进乡村振兴补助资金 sent down by 巴财农〔2025〕7号, 6,927万元 split by
// task — 巩固拓展脱贫攻坚和乡村振兴 (其中 发展新型农村集体经济), 易地搬迁后续帮扶, 少数民族发展, 农村饮水安全 — published for ten days
// under the four management rules it names. Laid out as the task table of such a 公告.
export const layout: CorpusLayout = {
  id: "wuyuan-2025-linkage-fund-tasks",
  source: {
    title: "五原县财政局关于2025年自治区财政衔接推进乡村振兴补助资金的公告（巴财农〔2025〕7号下达）",
    url: "http://wuyuan.gov.cn/czgk/49183.html",
    publisher: "五原县财政局",
    date: "2025-01-21",
    changes:
      "As published: the fund, its document, the four tasks and the 其中 line in that order, the management rules cited and the 公告期. The " +
      "notice gives the split in a sentence: laid out as a table (序号 | 资金任务 | 金额（万元） | 备注); the amounts are ours (6,102 with 90 " +
      "其中, 452, 63, 598). Planted: the 合计 typed 7,225 where the tasks add up to 7,215.",
  },
  classes: ["composition", "allocation-by-task", "qizhong-line", "whole-wanyuan", "total-at-foot", "report-as-prose", "document-in-title", "wanyuan-in-header", "notes-under-table", "county-department", "inner-mongolia"],
  sheets: [
    {
      name: "资金分配",
      widths: [6, 40, 14, 30],
      rows: [
        ["五原县2025年自治区财政衔接推进乡村振兴补助资金分配表（巴财农〔2025〕7号）", null, null, null],
        ["序号", "资金任务", "金额（万元）", "备注"],
        [1, "巩固拓展脱贫攻坚和乡村振兴任务", 6102, null],
        [null, "其中：发展新型农村集体经济", 90, "含在巩固拓展任务内"],
        [2, "易地搬迁后续帮扶任务", 452, null],
        [3, "少数民族发展任务", 63, null],
        [4, "农村饮水安全", 598, null],
        ["合计", null, 7225, null],
        ["依据：《中央财政衔接推进乡村振兴补助资金管理办法的指导意见》（财农〔2022〕14号）、《自治区财政衔接推进乡村振兴补助资金使用管理的意见》（内财农规〔2021〕8号）、《巴彦淖尔市财政衔接推进乡村振兴补助资金管理办法》（巴财农规〔2022〕3号）、《五原县财政衔接推进乡村振兴补助资金管理办法》（五财农〔2022〕82号）。", null, null, null],
        ["公告期10天（2025年1月21日—2025年1月30日）。", null, null, null],
      ],
      merges: ["A1:D1", "A8:B8", "A9:D9", "A10:D10"],
    },
  ],
  expect: {
    tables: [{ sheet: "资金分配", kind: "composition", unit: "万元", headerRow: 2, lastRow: 8, columns: { A: "code", B: "line", C: "amount" }, year: 2025 }],
    findings: [
      { rule: "composition.total-mismatch", cell: "C8", why: "6,102 + 452 + 63 + 598 = 7,215, not 7,225 (the 其中 90 is inside 6,102); whole 万元, exact" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C3", why: "one 其中 line (90) is only part of its task, less than 6,102" },
      { rule: "composition.total-mismatch", cell: "C4", why: "the 其中 line is not added into the total (7,215 + 90 would be 7,305)" },
      { rule: "input.unreadable-value", why: "the 备注 text and the documents and dates under the table are notes" },
      { rule: "composition.line-mismatch", why: "no unit or quantity columns" },
    ],
  },
};
