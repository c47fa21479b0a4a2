import type { CorpusLayout } from "../types";

// 宁夏 海原县高崖乡卫生院 2023年度部门决算, 一般公共预算财政拨款支出决算表: the code split in three columns under 科目编码 (类 | 款 | 项,
// each row repeating its parents' codes as text), 科目名称, 本年支出 over 小计 | 基本支出 | 项目支出, a 栏次 row, 合计 first.
export const layout: CorpusLayout = {
  id: "haiyuan-gaoya-2023-health-centre-gpb-expenditure-final-accounts",
  source: {
    title: "2023年度海原县高崖乡卫生院部门决算（第二部分 五、一般公共预算财政拨款支出决算表）",
    url: "http://www.hy.gov.cn/xxgk/zfxxgkml/czyjs/bmjs_54786/2023/202411/t20241127_4740672.html",
    publisher: "海原县高崖乡卫生院（海原县卫生健康局）",
    date: "2024-11-13",
    changes:
      "The stored copy shows the report's contents (五、一般公共预算财政拨款支出决算表 among the nine tables) but not the table body: the table " +
      "is laid out in the national 部门决算 form for it (科目编码 split into 类 | 款 | 项, 科目名称, 本年支出 小计 | 基本支出 | 项目支出, 栏次, " +
      "合计 first, 金额单位：万元, the note under it), with the functional codes a township health centre spends under (208 05, 210 03 / 04 / 11, " +
      "221 02). Figures ours. Planted: 合计's 基本支出 236.41 where the 类 add up to 236.11; 款 21004 公共卫生 73.50 where its two 项 add up " +
      "to 64.85 + 8.20 = 73.05 (the 类 above it adding up the 款 as written).",
  },
  classes: ["execution", "final-accounts", "by-function", "lei-kuan-xiang-in-three-columns", "codes-as-text", "parent-codes-repeated", "row-total-column", "two-header-rows", "column-number-row", "total-row-first", "blank-as-nothing", "township-health-centre", "wanyuan-caption", "notes-under-table", "ningxia"],
  sheets: [
    {
      name: "2023年度支出决算",
      widths: [6, 6, 6, 34, 12, 12, 12],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "公开05表"],
        ["部门：海原县高崖乡卫生院", null, null, "2023年度", null, null, "金额单位：万元"],
        ["科目编码", null, null, "科目名称", "本年支出", null, null],
        ["类", "款", "项", null, "小计", "基本支出", "项目支出"],
        ["栏次", null, null, null, 1, 2, 3],
        ["合计", null, null, null, 321.91, 236.41, 85.8],
        ["208", null, null, "社会保障和就业支出", 26.07, 26.07, null],
        ["208", "05", null, "行政事业单位养老支出", 26.07, 26.07, null],
        ["208", "05", "05", "机关事业单位基本养老保险缴费支出", 18.62, 18.62, null],
        ["208", "05", "06", "机关事业单位职业年金缴费支出", 7.45, 7.45, null],
        ["210", null, null, "卫生健康支出", 281.56, 195.76, 85.8],
        ["210", "03", null, "基层医疗卫生机构", 198.7, 186.4, 12.3],
        ["210", "03", "02", "乡镇卫生院", 198.7, 186.4, 12.3],
        ["210", "04", null, "公共卫生", 73.5, null, 73.5],
        ["210", "04", "08", "基本公共卫生服务", 64.85, null, 64.85],
        ["210", "04", "09", "重大公共卫生服务", 8.2, null, 8.2],
        ["210", "11", null, "行政事业单位医疗", 9.36, 9.36, null],
        ["210", "11", "02", "事业单位医疗", 9.36, 9.36, null],
        ["221", null, null, "住房保障支出", 14.28, 14.28, null],
        ["221", "02", null, "住房改革支出", 14.28, 14.28, null],
        ["221", "02", "01", "住房公积金", 14.28, 14.28, null],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A3:C3", "A4:C4", "D4:D5", "E4:G4", "A6:D6", "A7:D7", "A23:G23"],
      numberFormats: { "E7:G22": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "2023年度支出决算",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 22,
        columns: { A: "code", D: "line", E: "actual", F: "actual:基本支出", G: "actual:项目支出" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "F7", why: "合计 基本支出 236.41 where the 类 add up to 26.07 + 195.76 + 14.28 = 236.11 (0.30万元 over)" },
      { rule: "execution.total-mismatch", cell: "E15", why: "款 21004 公共卫生 小计 73.50 where its 项 add up to 64.85 + 8.20 = 73.05" },
      { rule: "execution.total-mismatch", cell: "G15", why: "款 21004 公共卫生 项目支出 73.50 where its 项 add up to 64.85 + 8.20 = 73.05" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "E12", why: "类 210 281.56 = its 款 as written, 198.70 + 73.50 + 9.36; and = 195.76 + 85.80 across" },
      { rule: "execution.total-mismatch", cell: "E7", why: "合计 小计 321.91 = 26.07 + 281.56 + 14.28; a total row's parts are checked by column only (the slip is F7's)" },
      { rule: "execution.total-mismatch", cell: "E9", why: "款 20805 26.07 = 18.62 + 7.45" },
      { rule: "execution.total-mismatch", cell: "E13", why: "款 21003 198.70 = 186.40 + 12.30 and = its one 项" },
      { rule: "execution.total-mismatch", cell: "E6", why: "栏次 1 2 3 are column numbers, no figures" },
      { rule: "execution.overspent", why: "a final account states no budget here" },
      { rule: "execution.behind-schedule", why: "no budget, so no rate and no schedule" },
      { rule: "execution.no-spending", why: "no budget to leave unspent; blank 项目支出 cells are nothing" },
      { rule: "input.unreadable-value", why: "codes are text by nature; blanks are nothing; the note is a note" },
    ],
  },
};
