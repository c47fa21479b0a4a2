import type { CorpusLayout } from "../types";

// 北京市丰台区人民政府新村街道办事处 2024年度部门决算, 第一部分 十一、政府采购情况表 (Beijing's set of twelve tables): by unit, 采购计划金额
// over 总计 | 货物 | 工程 | 服务 beside 实际采购金额 over the same four, 合计 first — the street office and its three 事业单位.
export const layout: CorpusLayout = {
  id: "fengtai-xincun-2024-government-procurement",
  source: {
    title: "北京市丰台区人民政府新村街道办事处（本级）2024年度部门决算（公开）— 第一部分 十一、政府采购情况表",
    url: "https://www.bjft.gov.cn/ftq/xc2024/202509/59beb3d92ca54552a4bcc22c909e6981.shtml",
    publisher: "北京市丰台区人民政府新村街道办事处",
    date: "2025-09",
    changes:
      "As published: the office's name, the year, the set of twelve tables and this one's place and name in it (十一、政府采购情况表). The stored copy " +
      "says the tables are in an annex (报表详见附件): the layout follows Beijing's 政府采购情况表 (单位名称, 采购计划金额 and 实际采购金额 each over 总计 | " +
      "货物 | 工程 | 服务, 合计 first, 金额单位：万元); the three 事业单位 are those every Beijing street office has (便民服务中心, 市民活动中心, 市民诉求处置中心); " +
      "all figures are ours. Planted: 便民服务中心 bought 服务 for 52.40 against a plan of 46.00; the 合计 row's 实际 货物 128.25 where the units give 118.25.",
  },
  classes: ["execution", "final-accounts", "procurement-plan-and-actual", "two-groups-side-by-side", "merged-header-over-four", "two-header-rows", "row-total-column", "total-row-first", "units-as-lines", "street-office", "wanyuan-caption", "notes-under-table", "beijing"],
  sheets: [
    {
      name: "政府采购情况表",
      widths: [36, 11, 10, 10, 10, 11, 10, 10, 10],
      rows: [
        ["政府采购情况表", null, null, null, null, null, null, null, null],
        ["2024年度", null, null, null, null, null, null, null, null],
        ["编制单位：北京市丰台区人民政府新村街道办事处", null, null, null, null, null, null, null, "金额单位：万元"],
        ["单位名称", "采购计划金额", null, null, null, "实际采购金额", null, null, null],
        [null, "总计", "货物", "工程", "服务", "总计", "货物", "工程", "服务"],
        ["合计", 959.7, 123.5, 320, 516.2, 931.35, 128.25, 305.8, 507.3],
        ["北京市丰台区人民政府新村街道办事处（本级）", 819, 86.4, 320, 412.6, 786.15, 82.15, 305.8, 398.2],
        ["北京市丰台区新村街道便民服务中心", 58.5, 12.5, 0, 46, 64.2, 11.8, 0, 52.4],
        ["北京市丰台区新村街道市民活动中心", 53.8, 18.2, 0, 35.6, 53, 17.9, 0, 35.1],
        ["北京市丰台区新村街道市民诉求处置中心", 28.4, 6.4, 0, 22, 28, 6.4, 0, 21.6],
        ["注：本表反映本部门本年度政府采购计划和实际采购情况。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A2:I2", "A4:A5", "B4:E4", "F4:I4", "A11:I11"],
      numberFormats: { "B6:I10": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "政府采购情况表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 10,
        columns: {
          A: "line",
          // B to E were stated as initialBudget by the holdout; corrected after the nineteenth holdout's
          // measurement (its count, 4 of 10, unchanged), as duji's: a plan standing alone is the budget the
          // purchases are measured against (the overspent finding at I8 does so), adjustedBudget in the corpus's names.
          B: "adjustedBudget",
          C: "adjustedBudget:货物",
          D: "adjustedBudget:工程",
          E: "adjustedBudget:服务",
          F: "actual",
          G: "actual:货物",
          H: "actual:工程",
          I: "actual:服务",
        },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "I8", why: "便民服务中心 服务: 52.40 bought against a 服务 plan of 46.00: 6.40万元 over (its 总计 64.20 is over 58.50 too; reported on the category)" },
      { rule: "execution.total-mismatch", cell: "G6", why: "合计 实际 货物 128.25 where the units give 82.15 + 11.80 + 17.90 + 6.40 = 118.25: 10.00万元 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "F6", why: "实际 总计 931.35 = 786.15 + 64.20 + 53.00 + 28.00; the total row is checked down its columns only" },
      { rule: "execution.total-mismatch", cell: "B6", why: "计划 总计 959.70 = 819.00 + 58.50 + 53.80 + 28.40, and = 123.50 + 320.00 + 516.20" },
      { rule: "execution.total-mismatch", cell: "F7", why: "本级 786.15 = 82.15 + 305.80 + 398.20" },
      { rule: "execution.total-mismatch", cell: "F10", why: "诉求处置中心 28.00 = 6.40 + 0 + 21.60" },
      { rule: "execution.overspent", cell: "G7", why: "本级 bought less than planned in every category" },
      { rule: "execution.no-spending", why: "工程 0 where 工程 was planned at 0: nothing was budgeted" },
      { rule: "execution.rate-mismatch", why: "the table states no rate" },
      { rule: "input.unreadable-value", why: "the year line, the caption and the note are labels" },
    ],
  },
};
