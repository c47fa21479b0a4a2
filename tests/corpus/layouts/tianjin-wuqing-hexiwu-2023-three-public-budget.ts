import type { CorpusLayout } from "../types";

// 天津市武清区河西务镇人民政府 2023年部门预算 (2023-02-06), 表七 一般公共预算“三公”经费支出情况表: the Tianjin template lays the year's
// 三公 budget across one row — 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费 —
// under one merged 2023年预算数 heading.
export const layout: CorpusLayout = {
  id: "tianjin-wuqing-hexiwu-2023-three-public-budget",
  source: {
    title: "天津市武清区河西务镇人民政府2023年部门预算（七、一般公共预算“三公”经费支出情况表）",
    url: "https://www.tjwq.gov.cn/zwgk/zfxxgk/zj2/hxwzrmzf/fdzdgknr61/czyjs61/bmys83382/2023n/202302/t20230206_6097271.html",
    publisher: "天津市武清区河西务镇人民政府",
    date: "2023-02-06",
    changes:
      "As published: the table's name and place among the ten 2023年部门预算表 (七), the unit 万元 and the body (天津市武清区河西务镇人民政府本级, " +
      "no subordinate units). The stored copy shows the notes and the list of tables, not the table's grid: its headings are the Tianjin " +
      "template's and the figures are ours. Planted: 公务用车购置及运行费's 小计 typed 12.40 where 购置费 0 + 运行费 11.40 = 11.40; the 合计 " +
      "18.60 adds that 小计 as typed (0 + 12.40 + 6.20).",
  },
  classes: [
    "execution", "budget-only", "three-public", "laid-across-one-row", "subtotal-in-row", "merged-year-heading", "three-header-rows",
    "two-decimal-wanyuan", "wanyuan-caption", "department-line", "notes-under-table", "annex-not-shown", "township", "tianjin",
  ],
  settings: { district: "天津市武清区" },
  sheets: [
    {
      name: "表七",
      widths: [12, 16, 12, 16, 16, 12],
      rows: [
        ["七、一般公共预算“三公”经费支出情况表", null, null, null, null, null],
        ["部门：天津市武清区河西务镇人民政府", null, null, null, null, "单位：万元"],
        ["2023年预算数", null, null, null, null, null],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        [18.6, 0, 12.4, 0, 11.4, 6.2],
        ["说明：本单位2023年未安排因公出国（境）费和公务用车购置费预算。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:D2", "A3:F3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "A7:F7"],
      numberFormats: { "A6:F6": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "表七", kind: "execution", unit: "万元", headerRow: 3, lastRow: 6, year: 2023 }],
    findings: [
      { rule: "execution.total-mismatch", cell: "C6", why: "公务用车购置及运行费 小计 12.40; its parts 购置费 0.00 + 运行费 11.40 = 11.40" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "A6", why: "合计 18.60 = 0.00 + 12.40 + 6.20: the office adds the 小计 as typed, so the slip is reported once, at the 小计" },
      { rule: "execution.no-spending", why: "a budget-only table: nothing is spent in it, and the zero lines have no budget" },
      { rule: "execution.behind-schedule", why: "budget-only, and 三公 lines are ceilings" },
      { rule: "execution.overspent", why: "no spending column" },
    ],
  },
};
