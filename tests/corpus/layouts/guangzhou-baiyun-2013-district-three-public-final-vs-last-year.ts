import type { CorpusLayout } from "../types";

// 广州市白云区 2013年度区级决算草案 (南方日报 report, the 13th, of the district's website): 全区“三公”经费总开支 7,497.98万元, 比去年同期
// 减少 1,049.02万元, 下降12.27%, 公车支出 增长0.89%. Reported as prose; laid out here as the comparison table such 决算 reports carry:
// 项目 | 2012年决算数 | 2013年决算数 | 增减额 | 增减%, the 合计 first, then the three heads.
export const layout: CorpusLayout = {
  id: "guangzhou-baiyun-2013-district-three-public-final-vs-last-year",
  source: {
    title: "公费出国一年减365万 — 白云区2013年度区级“三公”经费支出决算情况表（表据报道拟）",
    url: "https://qm64qmttsn.pixnet.net/blog/post/195209841",
    publisher: "南方日报（记者 黄伟），转载",
    date: "2014",
    changes:
      "As published: the 2013 三公 total 7,497.98万元, its fall of 1,049.02万元 (12.27%) on 2012 and the 0.89% rise of 公车 spending; the " +
      "three heads' names are the national ones. The report gives these in prose: the table, the 2012 column, the heads' figures and their " +
      "changes are ours (worked so that the report's figures hold). Planted: the 2013 合计 typed 7,479.98 (digits swapped) while the heads " +
      "add up to 312.40 + 2,105.36 + 5,080.22 = 7,497.98; its 增减额 and 增减% were worked from 7,497.98.",
  },
  classes: [
    "execution", "three-public", "final-accounts", "two-years-side-by-side", "change-columns", "total-row-first", "two-decimal-wanyuan",
    "wanyuan-caption", "notes-under-table", "table-from-prose", "press-report", "district-level", "guangdong",
  ],
  settings: { district: "广州市白云区" },
  sheets: [
    {
      name: "三公经费",
      widths: [28, 14, 14, 12, 10],
      rows: [
        ["白云区2013年度区级“三公”经费支出决算情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "2012年决算数", "2013年决算数", "增减额", "增减%"],
        ["合计", 8547, 7479.98, -1049.02, -12.27],
        ["1.因公出国（境）费", 520.1, 312.4, -207.7, -39.93],
        ["2.公务接待费", 2991.5, 2105.36, -886.14, -29.62],
        ["3.公务用车购置及运行费", 5035.4, 5080.22, 44.82, 0.89],
        ["注：本表为区级行政事业单位财政拨款安排的“三公”经费支出。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:E8"],
      numberFormats: { "B4:D7": "#,##0.00", "E4:E7": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费", kind: "execution", unit: "万元", headerRow: 3, lastRow: 7, columns: { A: "line", C: "actual" }, year: 2013 },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C4",
        why: "2013 合计 7,479.98; the heads add up to 312.40 + 2,105.36 + 5,080.22 = 7,497.98 (18.00 short)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "2012 合计 8,547.00 = 520.10 + 2,991.50 + 5,035.40" },
      { rule: "execution.overspent", why: "2012's outcome is a comparison, not a budget: 公车 5,080.22 above 5,035.40 is no overspending" },
      { rule: "execution.behind-schedule", why: "no budget beside the outcomes; 三公 heads are never behind" },
      { rule: "execution.rate-mismatch", why: "增减% is the change on last year, no completion rate" },
      { rule: "execution.no-spending", why: "every head spent" },
    ],
  },
};
