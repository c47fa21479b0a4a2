import type { CorpusLayout } from "../types";

// 岳阳县移民局 2016-06-10: the bureau's 2015 三公经费 final account on 岳阳县's template — one 本年决算数 column, the 公务用车费 line split
// into its two halves, then a block of counts (二、相关统计数), the reasons line and the template's long 备注.
export const layout: CorpusLayout = {
  id: "yueyang-migration-2015-three-public-final-accounts",
  source: {
    title: "岳阳县2015年度移民局“三公”经费决算情况表",
    url: "https://www.sgf2.com/37584/38154/38157/38160/38177/38192/40042/content_1191766.html",
    publisher: "岳阳县移民局",
    date: "2016-06-10",
    changes:
      "As published: the title, the 单位：万元 caption, the two headings (项目 | 本年决算数), the line wording and order (一、支出合计; 1、因公出国（境）费用; " +
      "2、公务接待费; 3、公务用车费 with 其中：(1)公务用车运行维护费 and (2)公务用车购置), the 二、相关统计数 block of six counts, the 三、增减变化原因 line and " +
      "the 备注. Ours: the figures (the published table has only 公务接待费 9.28 and blank car lines), the counts and the reason's wording. Planted: 支出合计 " +
      "typed 12.64 while its lines add up to 12.44.",
  },
  classes: ["execution", "three-public-final-accounts", "actual-only", "single-money-column", "car-halves-qizhong", "blank-as-nothing", "count-block-under-table", "reasons-row", "long-notes-under-table", "wanyuan-caption", "county-department", "hunan"],
  sheets: [
    {
      name: "三公经费决算",
      widths: [36, 60],
      rows: [
        ["岳阳县2015年度移民局“三公”经费决算情况表", null],
        [null, "单位：万元"],
        ["项      目", "本年决算数"],
        ["一、支出合计", 12.64],
        ["1、因公出国（境）费用", null],
        ["2、公务接待费", 7.38],
        ["3、公务用车费", 5.06],
        ["其中：（1）公务用车运行维护费", 5.06],
        ["      （2）公务用车购置", null],
        ["二、相关统计数", null],
        ["1.因公出国（境）团组数（个）", null],
        ["2.因公出国（境）人数（人）", null],
        ["3.公务用车购置数（辆）", null],
        ["4.公务用车保有量（辆）", 2],
        ["5.公务接待批次（批）", 152],
        ["6.公务接待人数（人）", 2310],
        ["三、“三公”经费增减变化原因等说明", "三公经费比2014年决算数减少1.06万元，下降7.9%，主要是压减公务接待批次、严格执行接待标准。"],
        ["备注：1、“三公”经费包括因公出国（境）费、公务用车购置及运行费和公务接待费。2、“三公”经费数包括基本支出中的“三公”经费和项目支出中的“三公”经费支出。3、注明因公出国（境）团组数和人数；当年公务用车购置数和保有量；4、注明公务接待批次和人数。", null],
      ],
      merges: ["A1:B1", "A18:B18"],
      numberFormats: { "B4:B9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "actual" }, year: 2015 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "支出合计 12.64; 因公出国 (blank) + 公务接待费 7.38 + 公务用车费 5.06 = 12.44 (0.20 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B7", why: "公务用车费 5.06 = 运行维护费 5.06 + 购置 (blank, none)" },
      { rule: "execution.total-mismatch", cell: "B10", why: "二、相关统计数 is a block of counts (辆, 批, 人), no part of the money table: 2, 152 and 2310 are not summed" },
      { rule: "execution.no-spending", why: "a final account with no budget column: blank lines are no budget left unspent" },
      { rule: "execution.overspent", why: "no budget column" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, and no budget stands beside" },
      { rule: "input.unreadable-value", cell: "B17", why: "the reasons line holds text by design" },
    ],
  },
};
