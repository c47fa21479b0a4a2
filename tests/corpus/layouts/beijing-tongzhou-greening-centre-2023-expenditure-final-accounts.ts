import type { CorpusLayout } from "../types";

// 北京市通州区城镇绿化服务中心 2023年度部门决算 (2024-09): 第一部分 报表 三、支出决算表 (公开03表). The stored page lists the thirteen tables
// (报表详见附件) and gives 单位支出本年 28521.28万元; the table is laid out in the city's 公开03表 form — 项目 (科目编码 | 科目名称) | 本年支出合计 |
// 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出, a 栏次 row and 合计 first — with lines and figures of our own adding up to that total.
export const layout: CorpusLayout = {
  id: "beijing-tongzhou-greening-centre-2023-expenditure-final-accounts",
  source: {
    title: "北京市通州区城镇绿化服务中心2023年度部门决算（三、支出决算表；表据目录拟）",
    url: "http://www.bjtzh.gov.cn/bjtz/xxfb/202409/1727666.shtml",
    publisher: "北京市通州区城镇绿化服务中心",
    date: "2024-09",
    changes:
      "As published: the list of the thirteen 决算 tables (三、支出决算表 among them), the centre's 56 编制 and 49 staff, and 单位支出本年 28521.28万元; the " +
      "tables are in an annex the stored copy does not show. Ours: the 科目 lines (社会保障和就业, 卫生健康, 农林水 林业和草原, 住房保障), their split into " +
      "基本支出 and 项目支出 (adding up to the published 28,521.28), the 公开03表 label and the note. Planted: 2130205 森林资源培育 本年支出合计 typed " +
      "18,203.40 over 基本支出 0.00 + 项目支出 18,230.40, so the line misses its own parts and the 款 21302 (27,315.82, the office's sum of the true line) " +
      "misses its 项 as typed (27,288.82).",
  },
  classes: [
    "execution", "final-accounts", "expenditure-final-accounts", "function-classification", "code-and-name-columns", "lei-kuan-xiang", "total-row-first",
    "column-number-row", "basic-and-project-split", "blank-columns", "form-label", "two-decimal-wanyuan", "wanyuan-caption", "year-in-caption",
    "notes-under-table", "table-from-prose", "public-institution", "beijing",
  ],
  sheets: [
    {
      name: "公开03表",
      widths: [12, 34, 14, 14, 14, 12, 10, 16],
      rows: [
        [null, null, null, null, null, null, null, "公开03表"],
        ["支出决算表", null, null, null, null, null, null, null],
        ["编制单位：北京市通州区城镇绿化服务中心", null, null, "2023年度", null, null, null, "单位：万元"],
        ["项目", null, "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
        ["科目编码", "科目名称", null, null, null, null, null, null],
        ["栏次", null, 1, 2, 3, 4, 5, 6],
        ["合计", null, 28521.28, 5162.28, 23359, null, null, null],
        ["208", "社会保障和就业支出", 618.54, 618.54, 0, null, null, null],
        ["20805", "行政事业单位养老支出", 618.54, 618.54, 0, null, null, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 412.36, 412.36, 0, null, null, null],
        ["2080506", "机关事业单位职业年金缴费支出", 206.18, 206.18, 0, null, null, null],
        ["210", "卫生健康支出", 268.4, 268.4, 0, null, null, null],
        ["21011", "行政事业单位医疗", 268.4, 268.4, 0, null, null, null],
        ["2101102", "事业单位医疗", 268.4, 268.4, 0, null, null, null],
        ["213", "农林水支出", 27315.82, 3956.82, 23359, null, null, null],
        ["21302", "林业和草原", 27315.82, 3956.82, 23359, null, null, null],
        ["2130204", "事业机构", 4106.82, 3956.82, 150, null, null, null],
        ["2130205", "森林资源培育", 18203.4, 0, 18230.4, null, null, null],
        ["2130209", "森林生态效益补偿", 4978.6, 0, 4978.6, null, null, null],
        ["221", "住房保障支出", 318.52, 318.52, 0, null, null, null],
        ["22102", "住房改革支出", 318.52, 318.52, 0, null, null, null],
        ["2210201", "住房公积金", 318.52, 318.52, 0, null, null, null],
        ["注：本表反映部门本年度各项支出情况。本表金额转换为万元时，因四舍五入可能存在尾差。", null, null, null, null, null, null, null],
      ],
      merges: ["A2:H2", "A3:C3", "A4:B4", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:H5", "A6:B6", "A7:B7", "A23:H23"],
      numberFormats: { "C7:H22": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开03表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 22,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C18", why: "2130205 本年支出合计 18,203.40 ≠ 基本支出 0.00 + 项目支出 18,230.40 = 18,230.40 (27.00 short)" },
      { rule: "execution.total-mismatch", cell: "C16", why: "款 21302 本年支出合计 27,315.82 ≠ its 项 as typed 4,106.82 + 18,203.40 + 4,978.60 = 27,288.82 (the column's foot of the same slip)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 28,521.28 = 618.54 + 268.40 + 27,315.82 + 318.52 (the 类)" },
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 5,162.28 = 618.54 + 268.40 + 3,956.82 + 318.52; 项目支出 23,359.00 = 150.00 + 18,230.40 + 4,978.60" },
      { rule: "execution.total-mismatch", cell: "C15", why: "类 213 27,315.82 = its one 款 21302 as typed; the slip is reported at the 项 and its 款" },
      { rule: "execution.total-mismatch", cell: "E16", why: "款 21302 项目支出 23,359.00 = 150.00 + 18,230.40 + 4,978.60" },
      { rule: "execution.total-mismatch", cell: "C9", why: "20805 618.54 = 412.36 + 206.18" },
      { rule: "execution.overspent", why: "a final account of spending alone: no budget column" },
      { rule: "execution.no-spending", why: "no budget column; the blank 上缴上级支出 / 经营支出 / 对附属单位补助支出 are no lines" },
      { rule: "execution.behind-schedule", why: "no budget column, no rate" },
      { rule: "input.unreadable-value", cell: "C6", why: "the 栏次 row numbers the columns; it is no data" },
    ],
  },
};
