import type { CorpusLayout } from "../types";

// 彭水自治县大同镇人民政府 2026-03-09: the town's 2026 budget as its 情况说明 states it — income by source (一般公共预算拨款, 政府性基金预算拨款,
// 上年结转) and spending by function class (一般公共服务 … 其他支出) in 元 — laid out as the two small budget tables behind the text.
export const layout: CorpusLayout = {
  id: "pengshui-datong-2026-town-budget-by-function",
  source: {
    title: "彭水苗族土家族自治县大同镇人民政府2026年部门预算情况说明（收支预算表据正文拟）",
    url: "http://www.psx.gov.cn/zfjz/hjjdbsc_83352/zwgk_73112/fdzdgknr_73114/ysjs/ys/202603/t20260309_15511612.html",
    publisher: "彭水苗族土家族自治县大同镇人民政府",
    date: "2026-03-09",
    changes:
      "The stored copy shows the 情况说明's prose, not its 公开报表; the two tables are ours (表据正文拟) with the text's rows: income by source and " +
      "spending by the nine function classes it names, in 元. Ours: every figure (11,063,431 in all). Planted: 农林水支出 typed 1,120,480 where the " +
      "支出合计 11,063,431 takes it at 1,102,480, so the spending lines add up to 11,081,431 (18,000 over).",
  },
  classes: ["execution", "budget-only", "two-tables-one-sheet", "title-line-per-table", "income-and-spending", "by-function-class", "total-row-first", "whole-yuan", "yuan-caption", "table-from-prose", "town-government", "chongqing"],
  settings: { district: "彭水苗族土家族自治县" },
  sheets: [
    {
      name: "收支预算",
      widths: [30, 18],
      rows: [
        ["大同镇人民政府2026年收支预算（表据正文拟）", null],
        [null, "单位：元"],
        ["一、收入预算", null],
        ["项目", "2026年年初预算数"],
        ["收入合计", 11063431],
        ["一般公共预算拨款", 10408431],
        ["政府性基金预算拨款", 655000],
        ["上年结转收入", 0],
        ["二、支出预算", null],
        ["功能分类科目", "2026年年初预算数"],
        ["支出合计", 11063431],
        ["一般公共服务支出", 5862410],
        ["文化旅游体育与传媒支出", 356120],
        ["社会保障和就业支出", 1418605],
        ["卫生健康支出", 318940],
        ["城乡社区支出", 871300],
        ["农林水支出", 1120480],
        ["资源勘探工业信息等支出", 68750],
        ["住房保障支出", 409826],
        ["其他支出", 655000],
      ],
      merges: ["A1:B1"],
      numberFormats: { "B5:B20": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支预算", kind: "execution", unit: "元", headerRow: 4, lastRow: 8, columns: { A: "line", B: "initialBudget" }, year: 2026 },
      { sheet: "收支预算", kind: "execution", unit: "元", headerRow: 10, lastRow: 20, columns: { A: "line", B: "initialBudget" }, year: 2026 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B11", why: "支出合计 11,063,431 against 5,862,410 + 356,120 + 1,418,605 + 318,940 + 871,300 + 1,120,480 + 68,750 + 409,826 + 655,000 = 11,081,431 (18,000 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B5", why: "收入合计 11,063,431 = 10,408,431 + 655,000 + 0" },
      { rule: "execution.no-spending", cell: "B8", why: "上年结转收入 0 in a budget's own table: no spending status" },
      { rule: "execution.total-mismatch", cell: "B20", why: "其他支出 655,000 equals 政府性基金预算拨款 by design; no line is another's total" },
      { rule: "execution.behind-schedule", why: "a budget's own table, nothing spent in it" },
      { rule: "execution.overspent", why: "no spending column" },
    ],
  },
};
