import type { CorpusLayout } from "../types";

// 黑龙江 绥芬河市财政局 2019-01-30: 2019年政府预算公开 — its fifth table, 2019年一般公共税收返还和转移支付表: what the province returns and
// transfers to the city in the year's budget, 税收返还 / 一般性转移支付 / 专项转移支付 with their lines under each, the 合计 first. Budget only.
export const layout: CorpusLayout = {
  id: "suifenhe-2019-tax-rebate-and-transfers-budget",
  source: {
    title: "绥芬河市2019年政府预算公开 — 5.2019年一般公共税收返还和转移支付表",
    url: "http://www.suifenhe.gov.cn/zfxxgk/contents/4159/93430.html",
    publisher: "绥芬河市财政局",
    date: "2019-01-30",
    changes:
      "As published: the table's name in the list of 2019年政府预算公开相关报表 (5.2019年一般公共税收返还和转移支付表). The stored page gives the " +
      "list and the report, not the table body: the layout (项目 | 预算数, 单位：万元, 税收返还和转移支付合计 first, 一、二、三 headings with their " +
      "lines indented under them, the form's note) and every figure are ours; the lines are the usual ones for a border county-level city " +
      "(边境地区转移支付). Planted: 二、一般性转移支付 typed 31,985 where its ten lines add up to 31,895 (digits swapped, 90 over); the 合计 " +
      "43,821 is 3,186 + 31,985 + 8,650, the headings as typed.",
  },
  classes: [
    "composition", "budget-only", "transfer-payments", "outline-numbering", "indented-lines", "section-subtotals", "total-row-first",
    "transposed-digits", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "county-level-city", "heilongjiang",
  ],
  settings: { asOf: "2019-01-30", district: "绥芬河市" },
  sheets: [
    {
      name: "税收返还和转移支付表",
      widths: [40, 14],
      rows: [
        ["2019年一般公共税收返还和转移支付表", null],
        [null, "单位：万元"],
        ["项目", "预算数"],
        ["税收返还和转移支付合计", 43821],
        ["一、税收返还", 3186],
        ["    增值税税收返还", 1452],
        ["    消费税税收返还", 38],
        ["    所得税基数返还", 296],
        ["    成品油税费改革税收返还", 1120],
        ["    其他税收返还", 280],
        ["二、一般性转移支付", 31985],
        ["    均衡性转移支付", 14260],
        ["    重点生态功能区转移支付", 1850],
        ["    县级基本财力保障机制奖补资金", 3410],
        ["    结算补助", 2675],
        ["    边境地区转移支付", 1960],
        ["    基层公检法司转移支付", 780],
        ["    城乡义务教育转移支付", 1125],
        ["    基本养老金转移支付", 3980],
        ["    城乡居民医疗保险转移支付", 1215],
        ["    其他一般性转移支付", 640],
        ["三、专项转移支付", 8650],
        ["    一般公共服务", 310],
        ["    教育", 920],
        ["    社会保障和就业", 1480],
        ["    节能环保", 650],
        ["    城乡社区", 1760],
        ["    农林水", 1390],
        ["    交通运输", 2140],
        ["注：本表反映2019年上级财政对我市的税收返还和转移支付预算安排情况。", null],
      ],
      merges: ["A1:B1", "A30:B30"],
      numberFormats: { "B4:B29": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "税收返还和转移支付表",
        // Corrected after the hundred-and-eighty-eighth holdout's measurement (counted failed): a table of transfers
        // (…税收返还和转移支付表) is money given out, no budget of the office's own (docs/rules.md), so a composition, as
        // hami-2025, hubei-2017 and jiujiang-2019 read theirs.
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 29,
        columns: { A: "line", B: "amount" },
        year: 2019,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        sheet: "税收返还和转移支付表",
        cell: "B11",
        why: "二、一般性转移支付 31,985; its lines 14,260 + 1,850 + 3,410 + 2,675 + 1,960 + 780 + 1,125 + 3,980 + 1,215 + 640 = 31,895 (90 apart)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "税收返还和转移支付表", cell: "B4", why: "合计 43,821 = 3,186 + 31,985 + 8,650, the headings as typed: the slip is reported once, at B11" },
      { rule: "composition.total-mismatch", sheet: "税收返还和转移支付表", cell: "B5", why: "1,452 + 38 + 296 + 1,120 + 280 = 3,186" },
      { rule: "composition.total-mismatch", sheet: "税收返还和转移支付表", cell: "B22", why: "310 + 920 + 1,480 + 650 + 1,760 + 1,390 + 2,140 = 8,650" },
      { rule: "execution.no-spending", why: "a budget-only table has no spending column" },
      { rule: "execution.behind-schedule", why: "no spending column: nothing to be behind" },
      { rule: "input.unreadable-value", sheet: "税收返还和转移支付表", cell: "A30", why: "the note under the table" },
    ],
  },
};
