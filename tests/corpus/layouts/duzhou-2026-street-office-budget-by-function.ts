import type { CorpusLayout } from "../types";

// 重庆市长寿区渡舟街道办事处（本级）2026年部门预算情况说明 (2026-01-23): 二、部门收支总体情况 gives the 2026 年初预算数 by function in prose
// (一般公共服务支出 …, 教育支出 …, 社会保障和就业支出 …, 卫生健康支出 …, 节能环保支出 …, 农林水支出 …, 住房保障支出 …). Laid out from that
// paragraph as a 支出预算 table by 功能分类: 科目编码 | 科目名称 | 2026年年初预算数, 合计 first.
export const layout: CorpusLayout = {
  id: "duzhou-2026-street-office-budget-by-function",
  source: {
    title: "重庆市长寿区渡舟街道办事处（本级）2026年部门预算情况说明（支出预算按功能分类，表据正文拟）",
    url: "http://www.cqcs.gov.cn/jz/dzjd_75969/zwgk_75373/fdzdgknr_75377/czyjs_jz/jzys_jz/202601/t20260123_15349270.html",
    publisher: "长寿区渡舟街道",
    date: "2026-01-23",
    changes:
      "As published: the street office, the year, the seven function classes in the order the paragraph gives them and the words 年初预算数. The " +
      "stored copy gives the figures only in prose; the table (class codes 201 … 221, the heading row, the note) is laid out from it, and the " +
      "figures are ours. Planted: the 合计 typed 2,070.30 where the seven classes add up to 2,080.30 (10.00万元 short).",
  },
  classes: [
    "execution", "budget-only", "by-function", "class-codes", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "year-in-title",
    "notes-under-table", "built-from-prose", "street-office", "chongqing",
  ],
  settings: { district: "长寿区" },
  sheets: [
    {
      name: "支出预算",
      widths: [12, 28, 20],
      rows: [
        ["渡舟街道办事处（本级）2026年支出预算表（按功能分类）", null, null],
        [null, null, "单位：万元"],
        ["科目编码", "科目名称", "2026年年初预算数"],
        [null, "合计", 2070.3],
        ["201", "一般公共服务支出", 912.4],
        ["205", "教育支出", 4.8],
        ["208", "社会保障和就业支出", 296.35],
        ["210", "卫生健康支出", 55.1],
        ["211", "节能环保支出", 30.6],
        ["213", "农林水支出", 712.85],
        ["221", "住房保障支出", 68.2],
        ["注：本表为一般公共预算拨款安排的支出；本单位2026年无政府性基金预算、国有资本经营预算拨款。", null, null],
      ],
      merges: ["A1:C1", "A12:C12"],
      numberFormats: { "C4:C11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支出预算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 11, columns: { A: "code", B: "line", C: "initialBudget" }, year: 2026 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 2,070.30 against 912.40 + 4.80 + 296.35 + 55.10 + 30.60 + 712.85 + 68.20 = 2,080.30 (10.00 short)" },
    ],
    absent: [
      { rule: "execution.no-spending", why: "a budget-only table: no spending column" },
      { rule: "execution.behind-schedule", why: "no spending column" },
      { rule: "execution.total-mismatch", cell: "A5", why: "class codes 201 … 221 are codes, not figures" },
      { rule: "input.unreadable-value", why: "the note under the table is no row" },
    ],
  },
};
