import type { CorpusLayout } from "../types";

// 湖南财经工业职业技术学院 2016年部门决算公开 (财务处, 2017-08-04): 二、2016年部门决算表 (公开表格附后) and the 说明 — 支出 by subject: 其他普通教育支出,
// 高等职业教育, 其他职业教育支出, 其他教育支出, 社会保障和就业支出. Laid out as the 2016 national 支出决算表 (公开03表): 科目编码 | 科目名称 |
// 合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出, a 栏次 row, the 合计 at the top, 类 / 款 / 项 rows by code.
export const layout: CorpusLayout = {
  id: "hnfi-college-2016-expenditure-final-accounts",
  source: {
    title: "2016年湖南财经工业职业技术学院决算公开（支出决算表，表据说明拟）",
    url: "http://0914buy.com/html/tongzhigonggao2017080416145.html",
    publisher: "湖南财经工业职业技术学院财务处（转载）",
    date: "2017-08-04",
    changes:
      "As published: the college's duties (a 衡阳-run public 高职, one 一级预算单位), the 说明's subjects of spending (其他普通教育支出, 高等职业教育, 其他职业 " +
      "教育支出, 其他教育支出, 社会保障和就业支出). The tables are 'attached' but not in the stored copy: laid out by us as the 2016 公开03表 支出决算表 with " +
      "the subjects' codes, their 类 and 款 rows and a 栏次 row; the last three money columns are empty as in most colleges' tables. Every figure is ours " +
      "(the published 支出 was 14584.93万元). Planted: the 合计 at the top typed 14,080.88 in 合计 where the 类 rows add to 13,958.24 + 22.64 = 13,980.88 " +
      "and its own 基本 8,935.00 + 项目 5,045.88 = 13,980.88.",
  },
  classes: [
    "execution", "final-accounts", "expenditure-by-function", "subject-codes", "category-and-section-rows", "basic-and-project-split",
    "column-number-row", "total-at-top", "empty-columns", "two-decimal-wanyuan", "wanyuan-caption", "form-number", "notes-under-table",
    "table-not-in-stored-copy", "vocational-college", "hunan",
  ],
  settings: { district: "衡阳市" },
  sheets: [
    {
      name: "支出决算表",
      widths: [12, 34, 14, 14, 14, 12, 10, 14],
      rows: [
        ["支出决算表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "公开03表"],
        ["部门：湖南财经工业职业技术学院", null, null, null, null, null, null, "金额单位：万元"],
        ["项目", null, "合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
        ["科目编码", "科目名称", null, null, null, null, null, null],
        ["栏次", null, 1, 2, 3, 4, 5, 6],
        [null, "合计", 14080.88, 8935, 5045.88, null, null, null],
        ["205", "教育支出", 13958.24, 8912.36, 5045.88, null, null, null],
        ["20502", "普通教育", 8.4, 0, 8.4, null, null, null],
        ["2050299", "其他普通教育支出", 8.4, 0, 8.4, null, null, null],
        ["20503", "职业教育", 13918.84, 8912.36, 5006.48, null, null, null],
        ["2050305", "高等职业教育", 12516.54, 8912.36, 3604.18, null, null, null],
        ["2050399", "其他职业教育支出", 1402.3, 0, 1402.3, null, null, null],
        ["20599", "其他教育支出", 31, 0, 31, null, null, null],
        ["2059999", "其他教育支出", 31, 0, 31, null, null, null],
        ["208", "社会保障和就业支出", 22.64, 22.64, 0, null, null, null],
        ["20805", "行政事业单位离退休", 22.64, 22.64, 0, null, null, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 22.64, 22.64, 0, null, null, null],
        ["注：本表反映部门本年度各项支出情况。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:G3", "A4:B4", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:H5", "A6:B6", "A19:H19"],
      numberFormats: { "C7:H18": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 18,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        // Corrected after the hundred-and-ninety-third holdout's measurement (counted failed): no year, as the sheet states
        // none (支出决算表, 公开03表); only the source's title gives 2016.
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 14,080.88 where 教育支出 13,958.24 + 社会保障和就业支出 22.64 = 13,980.88, and 基本 8,935.00 + 项目 5,045.88 = 13,980.88: 100.00万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C8", why: "教育支出 13,958.24 = 8.40 + 13,918.84 + 31.00 (its 款), = 8,912.36 + 5,045.88" },
      { rule: "execution.total-mismatch", cell: "C11", why: "职业教育 13,918.84 = 12,516.54 + 1,402.30" },
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 8,935.00 = 8,912.36 + 22.64; the 款 and 项 rows are not added in again" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 5,045.88 = 5,045.88 + 0" },
      { rule: "execution.total-mismatch", cell: "C6", why: "1–6 in the 栏次 row are column numbers" },
      { rule: "execution.overspent", why: "决算数 only: no budget column" },
      { rule: "execution.no-spending", why: "no budget; zeros under 基本支出 are lines with project spending only" },
      { rule: "input.unreadable-value", cell: "H2", why: "公开03表 is the form number" },
    ],
  },
};
