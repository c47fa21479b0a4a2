import type { CorpusLayout } from "../types";

// 重庆市沙坪坝区人民检察院 2016年度部门决算情况说明: 支出 6,954.57万元, 基本支出 2,657.28, 项目支出 4,297.28, the rise put down to buying the
// 中心办案工作区. Laid out as the 一般公共预算财政拨款支出决算表 of the set — 功能分类科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 by 类 / 款 / 项,
// codes in one column, the 合计 at the foot.
export const layout: CorpusLayout = {
  id: "shapingba-procuratorate-2016-gpb-expenditure-final",
  source: {
    title: "重庆市沙坪坝区人民检察院2016年度部门决算情况说明（一般公共预算财政拨款支出决算表，表据正文拟）",
    url: "https://www.cqspb.gov.cn/zwgk_235/xxgk_19662/fdzdgknr/ysjs/js/bm/202004/t20200427_7196266.html",
    publisher: "重庆市沙坪坝区人民检察院",
    date: "2017",
    changes:
      "The stored page is the explanation in prose: the totals (支出 6,954.57万元 = 基本支出 2,657.28 + 项目支出 4,297.28, the published split one fen " +
      "short), the 财政拨款 share and the reasons. The table is laid out in the 2016 form of the 一般公共预算财政拨款支出决算表 (code and name by 类 / 款 / 项, " +
      "合计 | 基本支出 | 项目支出, 合计 at the foot); the 科目 fit a district procuratorate (204 04 检察, 208 05, 210 05, 221 02), the 合计 keeps the " +
      "published 6,954.57 and 2,657.28, 项目支出 made 4,297.29 so the split adds up; the lines are ours. Planted: 款 20404 检察 typed 6,559.75 in 合计 " +
      "where its 项 give 2,298.46 + 612.35 + 3,520.00 + 164.94 = 6,595.75 (digits swapped); the 类 204 above it keeps 6,595.75.",
  },
  classes: ["execution", "final-accounts", "by-function", "class-section-item-outline", "codes-as-text", "basic-and-project-split", "row-total-column", "total-at-foot", "two-header-rows", "wanyuan-caption", "two-decimals", "table-from-prose", "district-department", "chongqing"],
  sheets: [
    {
      name: "一般公共预算财政拨款支出决算表",
      widths: [16, 36, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        ["编制单位：重庆市沙坪坝区人民检察院", null, "2016年度", null, "单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["功能分类科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["204", "公共安全支出", 6595.75, 2298.46, 4297.29],
        ["20404", "检察", 6559.75, 2298.46, 4297.29],
        ["2040401", "行政运行", 2298.46, 2298.46, 0],
        ["2040402", "一般行政管理事务", 612.35, 0, 612.35],
        ["2040404", "“两房”建设", 3520, 0, 3520],
        ["2040499", "其他检察支出", 164.94, 0, 164.94],
        ["208", "社会保障和就业支出", 168.52, 168.52, 0],
        ["20805", "行政事业单位离退休", 168.52, 168.52, 0],
        ["2080501", "归口管理的行政单位离退休", 168.52, 168.52, 0],
        ["210", "医疗卫生与计划生育支出", 86.1, 86.1, 0],
        ["21005", "医疗保障", 86.1, 86.1, 0],
        ["2100501", "行政单位医疗", 86.1, 86.1, 0],
        ["221", "住房保障支出", 104.2, 104.2, 0],
        ["22102", "住房改革支出", 104.2, 104.2, 0],
        ["2210201", "住房公积金", 104.2, 104.2, 0],
        ["合计", null, 6954.57, 2657.28, 4297.29],
        ["注：本表反映本年度一般公共预算财政拨款实际支出情况，含以前年度结转资金安排的支出。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:B2", "A3:B3", "C3:E3", "A20:B20", "A21:E21"],
      numberFormats: { "C5:E20": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算财政拨款支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 20,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2016,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C6",
        why: "款 20404 检察 6,559.75 where its 项 add up to 2,298.46 + 612.35 + 3,520.00 + 164.94 = 6,595.75, as do its 基本 2,298.46 + 项目 4,297.29 across: 36.00万元 short, reported once",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C5", why: "类 204 6,595.75 = its 项 all the way down, and = 2,298.46 + 4,297.29 across; the slip is the 款's" },
      { rule: "execution.total-mismatch", cell: "C20", why: "合计 6,954.57 = 6,595.75 + 168.52 + 86.10 + 104.20 (the 类), and = 2,657.28 + 4,297.29 across" },
      { rule: "execution.total-mismatch", cell: "D20", why: "基本支出 2,657.28 = 2,298.46 + 168.52 + 86.10 + 104.20" },
      { rule: "execution.total-mismatch", cell: "E20", why: "项目支出 4,297.29 = 612.35 + 3,520.00 + 164.94" },
      { rule: "execution.total-mismatch", cell: "C11", why: "208 168.52 = its one 款 = its one 项" },
      { rule: "execution.overspent", why: "a final account with no budget column" },
      { rule: "execution.no-spending", why: "no budget column; the 0 cells are nothing spent under that head, not a budget unspent" },
      { rule: "input.unreadable-value", why: "codes are text; the note is a note" },
    ],
  },
};
