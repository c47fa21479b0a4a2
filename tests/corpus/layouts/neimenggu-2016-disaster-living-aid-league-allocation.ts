import type { CorpusLayout } from "../types";

// 内蒙古日报 2016-10: 财政部、民政部 send 内蒙古 6,000万元 of 自然灾害生活补助资金 for the drought; the region's 财政 and 民政 share it
// out to the stricken 盟市 by 因灾缺粮人数, 饮水困难人数 and 灾情严重程度. Laid out as the 分配表 such a notice carries: 序号 | 盟市 |
// 因灾缺粮人数 | 饮水困难人数 | 分配资金, 合计 at the foot, the basis as a note.
export const layout: CorpusLayout = {
  id: "neimenggu-2016-disaster-living-aid-league-allocation",
  source: {
    title: "内蒙古自治区财政下拨自然灾害生活补助资金6000万元（盟市分配表据报道拟）",
    url: "https://huhehaote.baogaosu.com/xinwen/%E5%86%85%E8%92%99%E5%8F%A4%E8%87%AA%E6%B2%BB%E5%8C%BA%E8%B4%A2%E6%94%BF%E4%B8%8B%E6%8B%A8%E8%87%AA%E7%84%B6%E7%81%BE%E5%AE%B3/51435622",
    publisher: "内蒙古新闻网（内蒙古日报）",
    date: "2016-10-18",
    changes:
      "As published: 6,000万元 sent down to the stricken 盟市 by the end of September, shared by 因灾缺粮人数, 饮水困难人数 and 灾情严重程度. " +
      "Ours: the table, the ten 盟市's counts and amounts, the note. Planted: 兴安盟 typed 780 where the share meant 700, so the lines add up " +
      "to 6,080 against the 合计 6,000.",
  },
  classes: [
    "composition", "allocation-by-league", "count-columns", "whole-wanyuan", "one-decimal-counts", "wanyuan-caption", "total-at-foot",
    "notes-under-table", "table-from-prose", "news-report", "province-fund", "neimenggu",
  ],
  settings: { district: "内蒙古自治区" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 16, 18, 18, 14],
      rows: [
        ["2016年中央自然灾害生活补助资金（旱灾）分配表（表据报道拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "盟市", "因灾缺粮人数（万人）", "饮水困难人数（万人）", "分配资金"],
        [1, "赤峰市", 18.6, 6.2, 1200],
        [2, "通辽市", 14.2, 5.1, 950],
        [3, "锡林郭勒盟", 9.8, 4.8, 900],
        [4, "兴安盟", 10.5, 3, 780],
        [5, "呼伦贝尔市", 9.1, 2.6, 650],
        [6, "乌兰察布市", 8.7, 2.9, 600],
        [7, "鄂尔多斯市", 4.6, 1.8, 350],
        [8, "巴彦淖尔市", 4, 1.5, 300],
        [9, "包头市", 2.5, 0.9, 200],
        [10, "呼和浩特市", 1.9, 0.6, 150],
        ["合计", null, 83.9, 29.4, 6000],
        ["注：资金根据各地因灾缺粮人数、饮水困难人数和灾情严重程度等因素综合测算分配，主要用于解决旱灾地区受灾群众口粮和饮水等基本生活困难。", null, null, null, null],
      ],
      merges: ["A1:E1", "A14:B14", "A15:E15"],
      numberFormats: { "C4:D14": "0.0", "E4:E14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { A: "code", B: "line", C: "quantity", E: "amount" },
        year: 2016,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "E14",
        why: "合计 6,000; 1,200 + 950 + 900 + 780 + 650 + 600 + 350 + 300 + 200 + 150 = 6,080 (80 short)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C14", why: "缺粮人数 18.6 + 14.2 + 9.8 + 10.5 + 9.1 + 8.7 + 4.6 + 4.0 + 2.5 + 1.9 = 83.9" },
      { rule: "composition.total-mismatch", cell: "D14", why: "饮水困难人数 6.2 + 5.1 + 4.8 + 3.0 + 2.6 + 2.9 + 1.8 + 1.5 + 0.9 + 0.6 = 29.4" },
      { rule: "composition.total-mismatch", cell: "E7", why: "a line is no total: people counts are never added into money" },
      { rule: "input.unreadable-value", cell: "A15", why: "the note under the table is no data" },
    ],
  },
};
