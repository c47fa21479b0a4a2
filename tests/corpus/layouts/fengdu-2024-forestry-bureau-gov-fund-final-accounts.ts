import type { CorpusLayout } from "../types";

// 丰都县林业局 (重庆) 2025-09-12: its 2024 决算公开 (本级). Laid out as the set's 政府性基金预算财政拨款收入支出决算表: 功能分类科目编码 and
// 科目名称 under 项目, 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本支出 | 项目支出) | 年末结转和结余, a 栏次 row numbered 1–6, 合计 first,
// then 类 / 款 / 项 rows with their codes.
export const layout: CorpusLayout = {
  id: "fengdu-2024-forestry-bureau-gov-fund-final-accounts",
  source: {
    title: "丰都县林业局（本级）2024年度决算公开说明（政府性基金预算财政拨款收入支出决算表）",
    url: "http://www.cqfd.gov.cn/bm/lyj/zwgk_36090/fdzdgknr_36093/czyjs_36100/jsgk/202509/t20250912_15003451.html",
    publisher: "丰都县林业局",
    date: "2025-09-12",
    changes:
      "The unit, year and publication are as published. The stored copy gives the explanation's opening (职能职责), not the tables, so the " +
      "table is laid out as the 政府性基金预算财政拨款收入支出决算表 of the standard 决算公开 set (headers, the 本年支出 group over 小计 / 基本支出 / " +
      "项目支出, 栏次 1–6, 合计 first) and its subjects (212 / 21208 / 2120899, 229 / 22960 / 2296099) and every figure are ours. Each row keeps " +
      "年初 + 本年收入 − 本年支出 = 年末. Planted: the 合计 row's 本年支出 小计 written 173.30 where its 类 add up to 96.50 + 40.80 = 137.30 " +
      "(and its own 基本支出 0.00 + 项目支出 137.30 say the same).",
  },
  classes: ["execution", "final-accounts", "government-fund", "carry-over-columns", "lei-kuan-xiang-codes", "codes-as-numbers", "merged-header-over-three", "two-header-rows", "column-number-row", "total-row-first", "wanyuan-caption", "notes-under-table", "chongqing"],
  sheets: [
    {
      name: "政府性基金决算表",
      widths: [14, 34, 14, 12, 12, 12, 12, 14],
      rows: [
        ["政府性基金预算财政拨款收入支出决算表", null, null, null, null, null, null, null],
        ["单位名称：丰都县林业局（本级）", null, null, null, null, null, "金额单位：万元", null],
        ["项目", null, "年初结转和结余", "本年收入", "本年支出", null, null, "年末结转和结余"],
        ["功能分类科目编码", "科目名称", null, null, "小计", "基本支出", "项目支出", null],
        ["栏次", null, 1, 2, 3, 4, 5, 6],
        ["合计", null, 12.3, 155, 173.3, 0, 137.3, 30],
        [212, "城乡社区支出", 0, 120, 96.5, 0, 96.5, 23.5],
        [21208, "国有土地使用权出让收入安排的支出", 0, 120, 96.5, 0, 96.5, 23.5],
        [2120899, "其他国有土地使用权出让收入安排的支出", 0, 120, 96.5, 0, 96.5, 23.5],
        [229, "其他支出", 12.3, 35, 40.8, 0, 40.8, 6.5],
        [22960, "彩票公益金安排的支出", 12.3, 35, 40.8, 0, 40.8, 6.5],
        [2296099, "用于其他社会公益事业的彩票公益金", 12.3, 35, 40.8, 0, 40.8, 6.5],
        ["注：本表反映本年度政府性基金预算财政拨款收入、支出及年初、年末结转和结余情况。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:F2", "G2:H2", "A3:B3", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "A5:B5", "A6:B6", "A13:H13"],
      numberFormats: { "C6:H12": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "政府性基金决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { A: "code", B: "line", E: "actual", F: "actual:基本支出", G: "actual:项目支出" },
        year: 2024,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "E6",
        why: "合计 本年支出 173.30; the 类 add up to 城乡社区支出 96.50 + 其他支出 40.80 = 137.30, and the row's own 基本支出 0.00 + 项目支出 137.30 = 137.30: 36.00万元 apart",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D6", why: "本年收入 155.00 = 120.00 + 35.00" },
      { rule: "execution.total-mismatch", cell: "E7", why: "城乡社区支出 96.50 = its 款 96.50 = its 项 96.50; 小计 = 0.00 + 96.50" },
      { rule: "execution.total-mismatch", cell: "E10", why: "其他支出 40.80 = its 款 and 项 40.80" },
      { rule: "execution.overspent", why: "a final-accounts table of spending without a budget column; 本年支出 above 本年收入 (40.80 > 35.00) is paid from the 年初结转 12.30" },
      { rule: "input.unreadable-value", cell: "C5", why: "the 栏次 row numbers the columns; it is no data" },
      { rule: "execution.total-mismatch", cell: "A7", why: "科目编码 212, 21208, 2120899 are codes, not amounts" },
    ],
  },
};
