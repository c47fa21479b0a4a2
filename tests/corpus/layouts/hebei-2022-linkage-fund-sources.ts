import type { CorpusLayout } from "../types";

// 河北省财政厅 2022-05: the year's 省以上财政衔接推进乡村振兴补助资金 (113.12亿元) by source, the central money split 其中 into the
// December advance and this year's; the 合计 typed 113.21 (digits swapped) over sources of 113.12.
export const layout: CorpusLayout = {
  id: "hebei-2022-linkage-fund-sources",
  source: {
    title: "河北省投入衔接推进乡村振兴补助资金113.12亿元（资金投入情况表据报道拟）",
    url: "http://www.mof.gov.cn/zhengwuxinxi/xinwenlianbo/hebeicaizhengxinxilianbo/202205/t20220524_3812558.htm",
    publisher: "河北省财政厅（财政部网站·河北财政新闻联播）",
    date: "2022-05-24",
    changes:
      "The report gives the sum and its sources in prose (113.12亿元: 中央财政资金42.76亿元、省级财政资金70.36亿元) and says the central money includes " +
      "the advance sent down in 2021-12 and that at least 55% of it goes to industry. The table is ours: the split of the central money into " +
      "2021年12月提前下达 38.26 and 2022年下达 4.50 is invented; the 55% rule is the note under it. Planted: the 合计 typed 113.21 where " +
      "42.76 + 70.36 = 113.12.",
  },
  classes: ["composition", "allocation-by-source", "section-rows", "qizhong-lines", "total-row-first", "two-decimal-yiyuan", "yiyuan-caption", "remark-column", "notes-under-table", "table-from-prose", "news-report", "linkage-fund", "province-fund", "hebei"],
  sheets: [
    {
      name: "投入情况",
      widths: [34, 14, 30],
      rows: [
        ["河北省2022年省以上财政衔接推进乡村振兴补助资金投入情况表（表据报道拟）", null, null],
        [null, null, "单位：亿元"],
        ["项目", "金额", "备注"],
        ["合计", 113.21, null],
        ["一、中央财政资金", 42.76, "纳入中央直达资金管理"],
        ["    其中：2021年12月提前下达", 38.26, null],
        ["          2022年下达", 4.5, null],
        ["二、省级财政资金", 70.36, null],
        ["注：用于产业发展的中央衔接资金规模占比原则上不得低于到市县衔接资金总规模的55%，且不得低于2021年的资金占比。", null, null],
      ],
      merges: ["A1:C1", "A9:C9"],
      numberFormats: { "B4:B8": "0.00" },
    },
  ],
  settings: { district: "河北省" },
  expect: {
    tables: [
      {
        sheet: "投入情况",
        kind: "composition",
        unit: "亿元",
        headerRow: 3,
        lastRow: 8,
        columns: { A: "line", B: "amount" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B4", why: "42.76 (中央) + 70.36 (省级) = 113.12; the 合计 says 113.21 (0.09亿元 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B5", why: "中央 42.76 = 38.26 + 4.50, its 其中 lines; they are not added into the 合计 again (that would give 155.88)" },
      { rule: "input.unreadable-value", why: "备注 and the note's 55% are text" },
    ],
  },
};
