import type { CorpusLayout } from "../types";

// 鄂州市鄂城区 2023-11-17: 2022年一般公共预算“三公”经费决算执行情况说明 — prose only: the district's 三公 (and 会议费, 培训费) final
// figures against 2021, then the 区直 departments' 决算数 against 预算数 line by line ((1) 因公出国（境）费 决算数…比预算数减少…). Laid
// out here as the 区直 table the prose reads from: 项目 | 预算数 | 决算数 | 决算数比预算数增减.
export const layout: CorpusLayout = {
  id: "echeng-2022-three-public-final-accounts",
  source: {
    title: "2022年一般公共预算“三公”经费决算执行情况说明（区直决算表据正文拟）",
    url: "https://www.echeng.gov.cn/ecqxxgk/xxgkml/czgk1/bmyjs/202312/t20231212_599416.html",
    publisher: "鄂州市鄂城区财政局",
    date: "2023-11-17",
    changes:
      "The page is prose; the table, its title and headings are ours, built on its 区直 paragraph (决算数 against 预算数 for 因公出国（境）费, " +
      "公务用车购置费, 公务用车运行维护费 and 公务接待费, and the difference). Every figure is ours. Planted: 公务用车购置费 决算 268.40 above its " +
      "预算 260.00; the 合计 决算 typed 621.45 where 0.00 + 569.65 + 41.80 = 611.45 (its 增减 −17.05 worked from the slip).",
  },
  classes: ["execution", "three-public", "final-accounts", "budget-vs-final", "variance-column", "its-parts-lines", "table-from-prose", "notes-under-table", "wanyuan-caption", "district-fund", "hubei"],
  settings: { district: "鄂州市鄂城区", asOf: "2023-11-17" },
  sheets: [
    {
      name: "区直三公决算",
      widths: [30, 12, 12, 20],
      rows: [
        ["鄂城区2022年区直财政拨款“三公”经费决算执行情况表（表据正文拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "预算数", "决算数", "决算数比预算数增减"],
        ["“三公”经费合计", 638.5, 621.45, -17.05],
        ["1.因公出国（境）费", 0, 0, 0],
        ["2.公务用车购置及运行维护费", 590, 569.65, -20.35],
        ["  其中：公务用车购置费", 260, 268.4, 8.4],
        ["        公务用车运行维护费", 330, 301.25, -28.75],
        ["3.公务接待费", 48.5, 41.8, -6.7],
        ["注：区直部门严格落实过“紧日子”要求，从严控制和压缩“三公”经费支出；会议费、培训费不在“三公”经费之内，未列入本表。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:D9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "区直三公决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C7", why: "公务用车购置费 决算 268.40 above its 预算 260.00 by 8.40 (a ceiling: spending above it still counts)" },
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 决算 621.45 ≠ 0.00 + 569.65 + 41.80 = 611.45" },
    ],
    absent: [
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: 运行维护费 301.25 of 330.00 (91.3%) and 接待费 41.80 of 48.50 (86.2%) are economy, not slowness" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 has no budget (0): nothing to spend" },
      { rule: "execution.overspent", cell: "C6", why: "购置及运行维护费 569.65 under 590.00: its 其中 line's overspending is reported on that line" },
      { rule: "execution.total-mismatch", cell: "C6", why: "569.65 = 268.40 + 301.25" },
      { rule: "execution.total-mismatch", cell: "B4", why: "预算 638.50 = 0 + 590.00 + 48.50" },
      { rule: "execution.rate-mismatch", why: "增减 is a variance, no rate" },
    ],
  },
};
