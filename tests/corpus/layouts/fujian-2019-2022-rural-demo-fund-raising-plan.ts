import type { CorpusLayout } from "../types";

// 福建省财政厅、省委实施乡村振兴战略领导小组办公室: the notice on raising and using the 2019-2022 乡村振兴试点示范 money — the provincial
// budget's 5亿元 a year (1亿 for 重点特色乡（镇）, 4亿 for 实绩突出村) and 11亿元 a year pooled from ten provincial departments, each
// named with its share, in prose. Laid out as a two-section plan: per year and over four years, a 小计 on each section's row.
export const layout: CorpusLayout = {
  id: "fujian-2019-2022-rural-demo-fund-raising-plan",
  source: {
    title: "福建省财政厅、中共福建省委实施乡村振兴战略领导小组办公室关于全省乡村振兴试点示范资金筹措使用管理有关工作的通知（一、资金筹措方案；筹措表据正文拟）",
    url: "https://haixiaxiangcun.com/newsinfo/2166712.html",
    publisher: "福建省财政厅、中共福建省委实施乡村振兴战略领导小组办公室 (mirrored on haixiaxiangcun.com)",
    date: "2019",
    changes:
      "Built from the prose (table from prose): the channels 1 (省级财政预算安排, 5亿元 a year: 1.1 乡（镇）1亿, 1.2 村 4亿) and 2 (省级部门统筹整合, " +
      "11亿元 a year, the ten departments' shares 2 / 1 / 1.5 / 1 / 1.5 / 1 / 1 / 0.5 / 0.5 / 1) as published; the four-year column " +
      "derived (×4), the other channels of the 102.32亿元 cut. Planted: 省商务厅's four-year figure typed 2.5 (0.5 × 4 = 2), so the ten " +
      "departments add up to 44.5 under a 小计 of 44 (the 合计 64 = 20 + 44 agrees with its 小计s).",
  },
  classes: ["composition", "section-subtotal-rows", "subtotal-on-section-row", "per-year-and-multi-year", "departments-as-lines", "remark-column", "decimal-outline-numbering", "yiyuan-caption", "total-at-foot", "table-from-prose", "province-fund", "fujian"],
  settings: { district: "福建省" },
  sheets: [
    {
      name: "资金筹措",
      widths: [6, 30, 12, 12, 30],
      rows: [
        ["2019-2022年全省乡村振兴试点示范资金筹措表（省级财政预算和省级部门统筹整合部分）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["序号", "资金渠道", "每年安排", "4年合计", "备注"],
        ["一", "省级财政预算安排", 5, 20, "小计"],
        ["1.1", "重点特色乡（镇）奖补", 1, 4, "每年评定10个，每个奖励1000万元"],
        ["1.2", "乡村振兴实绩突出村奖补", 4, 16, "每年评定100个村，每村一次性奖励400万元"],
        ["二", "省级部门统筹整合资金", 11, 44, "小计；2020-2023年切块下达县级"],
        [1, "省农业农村厅", 2, 8, null],
        [2, "省水利厅", 1, 4, null],
        [3, "省住建厅", 1.5, 6, null],
        [4, "省交通运输厅", 1, 4, null],
        [5, "省发改委", 1.5, 6, null],
        [6, "省生态环境厅", 1, 4, null],
        [7, "省自然资源厅", 1, 4, null],
        [8, "省文旅厅", 0.5, 2, null],
        [9, "省商务厅", 0.5, 2.5, null],
        [10, "省林业局", 1, 4, null],
        ["合计", null, 16, 64, null],
        ["注：统筹整合资金每年10月31日前提前下达下一年度资金。", null, null, null, null],
      ],
      merges: ["A1:E1", "A18:B18", "A19:E19"],
      numberFormats: { "C4:D18": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金筹措",
        kind: "composition",
        unit: "亿元",
        headerRow: 3,
        lastRow: 18,
        columns: { A: "code", B: "line", C: "amount", D: "amount:4年合计" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D7", why: "二 小计 44; its ten departments 8 + 4 + 6 + 4 + 6 + 4 + 4 + 2 + 2.5 + 4 = 44.5 (省商务厅 0.5 × 4 = 2 typed 2.5)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D18", why: "合计 64 = 一 20 + 二 44 as typed: the slip is reported once, at the 小计" },
      { rule: "composition.total-mismatch", cell: "C7", why: "2 + 1 + 1.5 + 1 + 1.5 + 1 + 1 + 0.5 + 0.5 + 1 = 11" },
      { rule: "composition.total-mismatch", cell: "C18", why: "5 + 11 = 16" },
      { rule: "composition.total-mismatch", cell: "D4", why: "4 + 16 = 20" },
      { rule: "composition.line-mismatch", cell: "D6", why: "the 每村400万元 in the remark is a standard in words, not a unit price column" },
      { rule: "input.unreadable-value", cell: "A19", why: "the note under the table is no line" },
    ],
  },
};
