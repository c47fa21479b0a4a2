import type { CorpusLayout } from "../types";

// 重庆解放碑中央商务区管理委员会 (渝中区) 2023年度部门决算, 表8 政府性基金预算财政拨款收入支出决算表: 项目 (科目编码 |
// 科目名称) | 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本支出 | 项目支出) | 年末结转和结余, a 栏次 row, 合计 first, then
// 类 / 款 / 项 by code. One 项's 项目支出 typed 950.40 beside its 小计 905.40 — its row and its 款 disagree.
export const layout: CorpusLayout = {
  id: "jiefangbei-cbd-2023-government-fund-final-accounts",
  source: {
    title: "重庆解放碑中央商务区管理委员会2023年度部门决算情况说明（部门决算公开表 8：政府性基金预算财政拨款收入支出决算表）",
    url: "http://www.cqyz.gov.cn/bm_229/zqjfbzyswqglwyh/zwgk_97157/fdzdgknr_97159/ysjs1/js/202410/t20241018_13717630.html",
    publisher: "重庆解放碑中央商务区管理委员会",
    date: "2024-10-18",
    changes:
      "The stored copy gives the committee's duties, its five offices and its 2023 totals in prose (收入总计 8013.45万元); the " +
      "annexed tables are not shown. Table 8 is laid out as Chongqing's 2023 部门决算 form prints it (项目 over 科目编码 / 科目名称, " +
      "年初结转和结余, 本年收入, 本年支出 over 小计 / 基本支出 / 项目支出, 年末结转和结余, 栏次 1–6, 合计 first, the form's note). The " +
      "科目 are those a land-revenue and lottery-fund spender uses; every figure is ours. Planted: 2120803 城市建设支出 项目支出 typed " +
      "950.40 (for 905.40) — its 小计 905.40 no longer equals its parts, and the 款 21208's 项目支出 1,055.40 no longer equals its 项 " +
      "(950.40 + 150.00 = 1,100.40).",
  },
  classes: [
    "execution", "final-accounts", "government-fund", "carry-over-columns", "class-section-item-codes", "total-first", "column-number-row",
    "subtotal-column", "row-and-column-slip", "blank-basic-column", "notes-under-table", "wanyuan-caption", "chongqing",
  ],
  sheets: [
    {
      name: "表8",
      widths: [12, 34, 12, 12, 12, 10, 12, 12],
      rows: [
        ["政府性基金预算财政拨款收入支出决算表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "表8"],
        ["编制单位：重庆解放碑中央商务区管理委员会", null, null, "2023年度", null, null, null, "单位：万元"],
        ["项目", null, "年初结转和结余", "本年收入", "本年支出", null, null, "年末结转和结余"],
        ["科目编码", "科目名称", null, null, "小计", "基本支出", "项目支出", null],
        ["栏次", null, 1, 2, 3, 4, 5, 6],
        [null, "合计", 120, 1040, 1083.9, null, 1083.9, 76.1],
        ["212", "城乡社区支出", 120, 1010, 1055.4, null, 1055.4, 74.6],
        ["21208", "  国有土地使用权出让收入安排的支出", 120, 1010, 1055.4, null, 1055.4, 74.6],
        ["2120803", "    城市建设支出", 120, 860, 905.4, null, 950.4, 74.6],
        ["2120899", "    其他国有土地使用权出让收入安排的支出", 0, 150, 150, null, 150, 0],
        ["229", "其他支出", 0, 30, 28.5, null, 28.5, 1.5],
        ["22960", "  彩票公益金安排的支出", 0, 30, 28.5, null, 28.5, 1.5],
        ["2296003", "    用于体育事业的彩票公益金支出", 0, 30, 28.5, null, 28.5, 1.5],
        ["注：本表反映部门本年度政府性基金预算财政拨款的收支和年初、年末结转结余情况。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:C3", "D3:F3", "A4:B4", "C4:C5", "D4:D5", "E4:G4", "H4:H5", "A6:B6", "A15:H15"],
      numberFormats: { "C7:H14": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表8",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 14,
        columns: { A: "code", B: "line", E: "actual", F: "actual:基本支出", G: "actual:项目支出" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "E10", why: "2120803 本年支出 小计 905.40; its parts 基本支出 (blank) + 项目支出 950.40 = 950.40 (45.00 more)" },
      { rule: "execution.total-mismatch", cell: "G9", why: "款 21208 项目支出 1,055.40; its 项 950.40 + 150.00 = 1,100.40 as typed (45.00 more)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "E9", why: "款 21208 小计 1,055.40 = 905.40 + 150.00, and = its own 项目支出 1,055.40" },
      { rule: "execution.total-mismatch", cell: "E7", why: "合计 本年支出 1,083.90 = 1,055.40 + 28.50" },
      { rule: "execution.total-mismatch", cell: "G8", why: "类 212 项目支出 1,055.40 = its 款 21208 as typed (the slip is reported at the 款)" },
      { rule: "execution.total-mismatch", cell: "C7", why: "年初结转和结余 120.00 + 0.00 = 120.00; 本年收入 860 + 150 + 30 = 1,040.00; 年末 74.60 + 0 + 1.50 = 76.10" },
      { rule: "execution.overspent", cell: "E10", why: "905.40 spent against 120.00 carried over: carry-over is no budget (the year's own income, 860.00, funds the rest)" },
      { rule: "execution.total-mismatch", cell: "C6", why: "row 6 is the 栏次 row (1…6), not figures" },
      { rule: "execution.no-spending", why: "every line spent; the blank 基本支出 is no budget" },
      { rule: "execution.behind-schedule", why: "a past year's final account: no budget column, nothing to pace" },
    ],
  },
};
