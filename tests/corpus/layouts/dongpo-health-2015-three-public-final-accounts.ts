import type { CorpusLayout } from "../types";

// 眉山市东坡区卫生和计划生育局 (四川) 2015年度部门决算 (2016-12-15): the 三公 part states 公务接待费 345,950元 and 公务用车购置及运行维护费
// 2,376,994元, none abroad, 40 vehicles. Laid out as the national 一般公共预算财政拨款“三公”经费支出决算表: 预算数 and 决算数 side by side, each
// over 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, 栏次 1–12, one row, in 元.
export const layout: CorpusLayout = {
  id: "dongpo-health-2015-three-public-final-accounts",
  source: {
    title: "眉山市东坡区卫生和计划生育局2015年度部门决算（“三公”经费支出决算表据正文拟）",
    url: "https://www.dp.gov.cn/info/3050/117298.htm",
    publisher: "眉山市东坡区卫生和计划生育局",
    date: "2016-12-15",
    changes:
      "As published: the 决算 of 公务接待费 (345,950元) and 公务用车购置及运行维护费 (2,376,994元), no 因公出国（境） spending, 376批次 / 3,314人次 " +
      "of receptions and 40 vehicles at year end. The stored copy is prose: the table is laid out in the national 决算 form, in 元, and the budget, " +
      "the car line's split into 购置 / 运行 and the 合计 are ours. Planted: 公务用车运行费 spent 1,956,994 against a budget of 1,950,000; the " +
      "决算 合计 typed 2,722,494 where 0 + 2,376,994 + 345,950 = 2,722,944 (two digits swapped).",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "budget-and-actual-side-by-side", "merged-header-over-three", "three-header-rows", "column-number-row", "one-row-table", "zero-as-nothing", "yuan-caption", "notes-under-table", "table-from-prose", "health", "sichuan"],
  settings: { district: "眉山市东坡区" },
  sheets: [
    {
      name: "三公经费决算表",
      widths: [12, 12, 14, 12, 14, 12, 12, 12, 14, 12, 14, 12],
      rows: [
        ["一般公共预算财政拨款“三公”经费支出决算表", null, null, null, null, null, null, null, null, null, null, null],
        ["编制单位：眉山市东坡区卫生和计划生育局", null, null, null, null, null, null, null, null, null, null, "2015年度"],
        [null, null, null, null, null, null, null, null, null, null, null, "单位：元"],
        ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [2750000, 0, 2400000, 450000, 1950000, 350000, 2722494, 0, 2376994, 420000, 1956994, 345950],
        ["注：决算含区计划生育服务站、3个社区卫生服务中心和23个乡镇卫生院；全年国内公务接待376批次、3314人次，年末公务用车保有量40辆。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A2:K2", "A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6", "A9:L9"],
      numberFormats: { "A8:L8": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费决算表",
        kind: "execution",
        unit: "元",
        headerRow: 4,
        lastRow: 8,
        columns: { A: "adjustedBudget", G: "actual" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "K8", why: "公务用车运行费: 1,956,994元 spent against its budget of 1,950,000元, 6,994元 over" },
      { rule: "execution.total-mismatch", cell: "G8", why: "决算 合计 2,722,494 where 因公出国 0 + 公务用车 2,376,994 + 公务接待 345,950 = 2,722,944: 450元 short" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A8", why: "预算 合计 2,750,000 = 0 + 2,400,000 + 350,000" },
      { rule: "execution.total-mismatch", cell: "C8", why: "预算 小计 2,400,000 = 450,000 + 1,950,000" },
      { rule: "execution.total-mismatch", cell: "I8", why: "决算 小计 2,376,994 = 420,000 + 1,956,994" },
      { rule: "execution.overspent", cell: "I8", why: "公务用车购置及运行费 in all 2,376,994 of 2,400,000 (the 运行 half over, the 购置 half under)" },
      { rule: "execution.overspent", cell: "J8", why: "公务用车购置费 420,000 of 450,000" },
      { rule: "execution.overspent", cell: "L8", why: "公务接待费 345,950 of 350,000" },
      { rule: "execution.no-spending", cell: "H8", why: "因公出国（境）费 had a budget of 0" },
      { rule: "execution.behind-schedule", why: "三公 budgets are ceilings, and 2015 is a past year" },
      { rule: "execution.rate-mismatch", why: "no rate is stated; 1–12 are column numbers" },
    ],
  },
};
