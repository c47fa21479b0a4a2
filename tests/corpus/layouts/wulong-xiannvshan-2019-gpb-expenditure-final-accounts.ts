import type { CorpusLayout } from "../types";

// 重庆市武隆区仙女山旅游度假区管理委员会 2019年度决算: its 一般公共预算财政拨款支出决算表 in the 决算 form — 功能分类科目 编码 | 名称 by 类/款/项,
// 本年支出 合计 | 基本支出 | 项目支出 under one merged head, the 合计 row first, a 栏次 row; no budget column.
export const layout: CorpusLayout = {
  id: "wulong-xiannvshan-2019-gpb-expenditure-final-accounts",
  source: {
    title: "重庆市武隆区仙女山旅游度假区管理委员会2019年度决算公开（一般公共预算财政拨款支出决算表）",
    url: "https://cqwl.gov.cn/bmjz_sites/bm/xgw/zwgk_98942/fdzdgknr_98944/ysjs_98950/jsgk/202008/t20200828_7821523.html",
    publisher: "重庆市武隆区仙女山旅游度假区管理委员会",
    date: "2020-08-28",
    changes:
      "As published: the committee, the year, the table's name in its 决算. The stored copy shows the 单位基本情况 (职能职责, 机构设置) only; the table is " +
      "laid out in the 部门决算 form (科目编码 | 科目名称 | 本年支出: 合计, 基本支出, 项目支出; 合计 row first; 栏次 row), its 类/款/项 lines and figures " +
      "ours. Planted: the 合计 row's 本年支出 合计 typed 1,915.81 where 基本 510.99 + 项目 1,440.82 = 1,951.81 (and its 类 lines add to 1,951.81 too).",
  },
  classes: ["execution", "final-accounts", "actual-only", "function-classification", "lei-kuan-xiang-outline", "total-row-first", "merged-group-header", "column-number-row", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "district-department", "chongqing"],
  sheets: [
    {
      name: "一般公共预算支出决算表",
      widths: [12, 40, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        ["编制单位：重庆市武隆区仙女山旅游度假区管理委员会", null, "2019年度", null, "单位：万元"],
        ["科目编码", "科目名称", "本年支出", null, null],
        [null, null, "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        [null, "合计", 1915.81, 510.99, 1440.82],
        ["201", "一般公共服务支出", 566.96, 410.66, 156.3],
        ["20103", "  政府办公厅（室）及相关机构事务", 566.96, 410.66, 156.3],
        ["2010301", "    行政运行", 312.46, 312.46, 0],
        ["2010350", "    事业运行", 98.2, 98.2, 0],
        ["2010399", "    其他政府办公厅（室）及相关机构事务支出", 156.3, 0, 156.3],
        ["208", "社会保障和就业支出", 46.88, 46.88, 0],
        ["20805", "  行政事业单位养老支出", 46.88, 46.88, 0],
        ["2080505", "    机关事业单位基本养老保险缴费支出", 46.88, 46.88, 0],
        ["210", "卫生健康支出", 21.35, 21.35, 0],
        ["21011", "  行政事业单位医疗", 21.35, 21.35, 0],
        ["2101101", "    行政单位医疗", 21.35, 21.35, 0],
        ["212", "城乡社区支出", 1284.52, 0, 1284.52],
        ["21201", "  城乡社区管理事务", 1284.52, 0, 1284.52],
        ["2120199", "    其他城乡社区管理事务支出", 1284.52, 0, 1284.52],
        ["221", "住房保障支出", 32.1, 32.1, 0],
        ["22102", "  住房改革支出", 32.1, 32.1, 0],
        ["2210201", "    住房公积金", 32.1, 32.1, 0],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:B2", "A3:A4", "B3:B4", "C3:E3", "A5:B5", "A24:E24"],
      numberFormats: { "C6:E23": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 23,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C6", why: "合计 1,915.81 where 基本支出 510.99 + 项目支出 1,440.82 = 1,951.81, and the 类 lines 566.96 + 46.88 + 21.35 + 1,284.52 + 32.10 = 1,951.81: 36.00万元 short" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D6", why: "基本支出 410.66 + 46.88 + 21.35 + 0 + 32.10 = 510.99" },
      { rule: "execution.total-mismatch", cell: "E6", why: "项目支出 156.30 + 1,284.52 = 1,440.82" },
      { rule: "execution.total-mismatch", cell: "C8", why: "款 20103 566.96 = 312.46 + 98.20 + 156.30; the 类/款 rows are not added again into 合计" },
      { rule: "execution.total-mismatch", cell: "C7", why: "类 201 = its 款 20103, 566.96 = 410.66 + 156.30" },
      { rule: "execution.no-spending", why: "no budget column: a 决算 of spending only; zeros under 项目支出 or 基本支出 are a split, not unspent money" },
      { rule: "execution.overspent", why: "no budget to overspend" },
      { rule: "execution.total-mismatch", cell: "C5", why: "栏次 1–3 are column numbers" },
    ],
  },
};
