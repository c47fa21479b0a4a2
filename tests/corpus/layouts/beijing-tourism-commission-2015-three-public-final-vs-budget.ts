import type { CorpusLayout } from "../types";

// 北京晨报 (via 中国网) 2016-08-26 on the 2015 市级部门决算: 市旅游委 the one department whose 三公 决算 413.89万元 ran above its
// 年初预算 325.55, 因公出国（境）费 236.25 against 91.76. Laid out as the 三公 final account: 项目 | 年初预算数 | 决算数 | 增减, the
// 公务用车 line with its 其中 halves, a note under it.
export const layout: CorpusLayout = {
  id: "beijing-tourism-commission-2015-three-public-final-vs-budget",
  source: {
    title: "北京部门“三公”决算比预算降22.3% 创最大降幅（市旅游委唯一决算超标部门；决算表据正文拟）",
    url: "http://big5.china.com.cn/gate/big5/zw.china.com.cn/2016-08/26/content_39171346_2.htm",
    publisher: "北京晨报（中国网转载）",
    date: "2016-08-26",
    changes:
      "The article gives, for 市旅游委 2015: 三公 决算 413.89 against 年初预算 325.55 (88.34 more), and 因公出国（境）费 决算 236.25 against " +
      "91.76 (144.49 more), explained by overseas promotion (16 团组). No table is shown: the final-account table (项目 | 2015年年初预算数 | " +
      "2015年决算数 | 决算数比年初预算增减, the 公务用车 line with 其中：购置费 / 运行费) is built from the prose; the 公务用车 and 公务接待 " +
      "figures are ours, chosen so that the stated totals hold. Planted: 公务用车运行费 决算 typed 118.50 under a 公务用车购置及运行费 of " +
      "115.50 with 购置费 0.00; the real overspending of 因公出国（境）费 stays as reported.",
  },
  classes: [
    "execution", "three-public", "final-account", "ceiling-lines", "year-start-budget-heading", "variance-column", "qizhong-halves",
    "overspent-line", "total-first", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "municipal-department", "beijing",
  ],
  settings: { district: "北京市" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [30, 16, 16, 20],
      rows: [
        ["北京市旅游发展委员会2015年度财政拨款“三公”经费支出决算表（表据正文拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "2015年年初预算数", "2015年决算数", "决算数比年初预算增减"],
        ["合计", 325.55, 413.89, 88.34],
        ["1.因公出国（境）费", 91.76, 236.25, 144.49],
        ["2.公务用车购置及运行费", 135.29, 115.5, -19.79],
        ["  其中：公务用车购置费", 0, 0, 0],
        ["        公务用车运行费", 135.29, 118.5, -16.79],
        ["3.公务接待费", 98.5, 62.14, -36.36],
        ["注：本表反映2015年度当年财政拨款安排的“三公”经费支出。因公出国（境）费决算数超过年初预算，主要是加大海外旅游推介力度，全年组织赴美国、比利时、韩国等国家和地区推介团组16个。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:D9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "initialBudget", C: "actual" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C5", why: "因公出国（境）费 spent 236.25 against a 年初预算 of 91.76: 144.49万元 over (a 三公 ceiling may not be exceeded)" },
      { rule: "execution.total-mismatch", cell: "C6", why: "公务用车购置及运行费 决算 115.50, its halves 购置费 0.00 + 运行费 118.50 = 118.50: 3.00万元 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 413.89 = 236.25 + 115.50 + 62.14, the 公务用车 line as typed: the slip is reported once, at the line" },
      { rule: "execution.total-mismatch", cell: "B4", why: "年初预算 325.55 = 91.76 + 135.29 + 98.50; 135.29 = 0.00 + 135.29" },
      { rule: "execution.overspent", cell: "C4", why: "a 合计 row gets no spending status of its own; its line 因公出国（境）费 carries it" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: 公务接待费 62.14 of 98.50 is economy, never behind schedule" },
      { rule: "execution.no-spending", cell: "C7", why: "公务用车购置费 had no budget (0.00): nothing budgeted, nothing to spend" },
      { rule: "execution.rate-mismatch", why: "no rate column: 决算数比年初预算增减 is a variance, unread" },
      { rule: "input.unreadable-value", cell: "A10", why: "the note under the table is text, no row of it" },
    ],
  },
};
