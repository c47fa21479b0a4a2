import type { CorpusLayout } from "../types";

// 北京市通州区中仓街道办事处 2024年度部门决算, 五、一般公共预算财政拨款支出决算表: a street office's spending by function, the
// subject code split into 类 | 款 | 项 columns under 功能分类科目编码, 本年支出 合计 | 基本支出 | 项目支出 under a merged header, 栏次, 合计 first.
export const layout: CorpusLayout = {
  id: "tongzhou-zhongcang-2024-gpb-expenditure",
  source: {
    title: "北京市通州区中仓街道办事处2024年度部门决算（第一部分 五、一般公共预算财政拨款支出决算表）",
    url: "https://zhengfu.bjtzh.gov.cn/bjtz/xxfb/202509/1767849.shtml",
    publisher: "北京市通州区中仓街道办事处",
    changes:
      "As published: the table's title and place among the twelve tables (… 四、财政拨款收入支出决算总表, 五、一般公共预算财政拨款支出决算表, 六、" +
      "一般公共预算财政拨款基本支出决算表 …) and the office's six 内设机构 and three 事业单位. The stored copy says 报表详见附件 and does not show " +
      "the tables, so the columns (功能分类科目编码 类 / 款 / 项 | 科目名称 | 本年支出 合计 / 基本支出 / 项目支出), the 栏次 row, the 合计-first order, " +
      "the caption, the subjects (from the 2024 功能分类 a street office spends under) and every amount are ours. Planted: 212 城乡社区支出 " +
      "stated 1,810.50 (合计 and 项目支出) where its 款 add up to 320.50 + 1,480.00 = 1,800.50.",
  },
  classes: ["execution", "final-accounts", "street-office", "lei-kuan-xiang-in-three-columns", "codes-as-text", "total-row-first", "column-number-row", "merged-header-over-three", "basic-and-project-columns", "two-header-rows", "wanyuan-caption", "beijing"],
  settings: { asOf: "2025-09-30" },
  sheets: [
    {
      name: "公开05表",
      widths: [6, 6, 6, 40, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "公开05表"],
        ["部门：北京市通州区中仓街道办事处", null, null, null, "2024年度", null, "金额单位：万元"],
        ["功能分类科目编码", null, null, "科目名称", "本年支出", null, null],
        ["类", "款", "项", null, "合计", "基本支出", "项目支出"],
        [null, null, null, "栏次", 1, 2, 3],
        ["合计", null, null, null, 3418.9, 1561.6, 1857.3],
        ["201", null, null, "一般公共服务支出", 1297.2, 1250.4, 46.8],
        ["201", "03", null, "政府办公厅（室）及相关机构事务", 1297.2, 1250.4, 46.8],
        ["201", "03", "01", "行政运行", 980.2, 980.2, null],
        ["201", "03", "50", "事业运行", 270.2, 270.2, null],
        ["201", "03", "99", "其他政府办公厅（室）及相关机构事务支出", 46.8, null, 46.8],
        ["208", null, null, "社会保障和就业支出", 222.5, 222.5, null],
        ["208", "05", null, "行政事业单位养老支出", 210.5, 210.5, null],
        ["208", "05", "05", "机关事业单位基本养老保险缴费支出", 150.36, 150.36, null],
        ["208", "05", "06", "机关事业单位职业年金缴费支出", 60.14, 60.14, null],
        ["208", "08", null, "抚恤", 12, 12, null],
        ["208", "08", "01", "死亡抚恤", 12, 12, null],
        ["212", null, null, "城乡社区支出", 1810.5, null, 1810.5],
        ["212", "01", null, "城乡社区管理事务", 320.5, null, 320.5],
        ["212", "01", "04", "城管执法", 320.5, null, 320.5],
        ["212", "05", null, "城乡社区环境卫生", 1480, null, 1480],
        ["212", "05", "01", "城乡社区环境卫生", 1480, null, 1480],
        ["221", null, null, "住房保障支出", 88.7, 88.7, null],
        ["221", "02", null, "住房改革支出", 88.7, 88.7, null],
        ["221", "02", "01", "住房公积金", 88.7, 88.7, null],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A4:C4", "D4:D5", "E4:G4", "A6:C6", "A7:D7", "A27:G27"],
      numberFormats: { "E7:G26": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开05表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 26,
        columns: { A: "code", B: "code", C: "code", D: "line", E: "actual", F: "actual:基本支出", G: "actual:项目支出" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "E19", why: "212 城乡社区支出 合计 1,810.50 where its 款 add up to 320.50 (21201) + 1,480.00 (21205) = 1,800.50: 10.00万元 too much" },
      { rule: "execution.total-mismatch", cell: "G19", why: "212 项目支出 1,810.50 where its 款's 项目支出 add up to 320.50 + 1,480.00 = 1,800.50" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "E7", why: "合计 3,418.90 = the 类 as stated: 1,297.20 + 222.50 + 1,810.50 + 88.70" },
      { rule: "execution.total-mismatch", cell: "F7", why: "1,561.60 = 1,250.40 + 222.50 + 88.70" },
      { rule: "execution.total-mismatch", cell: "G7", why: "1,857.30 = 46.80 + 1,810.50 (the 类 as stated)" },
      { rule: "execution.total-mismatch", cell: "E8", why: "201 = its one 款 20103 = 980.20 + 270.20 + 46.80 = 1,297.20" },
      { rule: "execution.total-mismatch", cell: "E13", why: "208: 210.50 + 12.00 = 222.50; 20805: 150.36 + 60.14 = 210.50" },
      { rule: "execution.overspent", why: "a final-accounts table of spending with no budget column" },
      { rule: "execution.no-spending", why: "no budget column; every line has spent" },
      { rule: "execution.rate-mismatch", why: "no rate column" },
      { rule: "input.unreadable-value", why: "the codes are text, 栏次 and the note are labels" },
    ],
  },
};
