import type { CorpusLayout } from "../types";

// 内蒙古自治区人民政府 2024-01-21 (内政发〔2024〕6号): the 2024 policy list's first clauses on grain — hold the 粮油 area and
// raise yields, win 710万亩 of 高标准农田 projects or more, 2130万亩 of 黑土地保护性耕作 — laid out as a goals table (ours).
export const layout: CorpusLayout = {
  id: "neimenggu-2024-policy-list-grain-targets",
  source: {
    title: "内蒙古自治区2024年坚持稳中求进以进促稳推动产业高质量发展政策清单 — 一、（一）增强粮食综合生产能力（第1—2条；目标表据清单拟）",
    url: "https://nmgotc.com/info/detail/164464.html",
    publisher: "内蒙古自治区人民政府",
    date: "2024-01-21",
    changes:
      "The list gives clauses 1–2 as prose, each closing with its 责任单位. We lay their quantities out as a goals table (一级指标 | 二级指标 | 三级指标 | 指标值 | 责任单位) " +
      "with the list's own wording and figures (710万亩以上, 2130万亩, 稳定); no money is named in these clauses and nothing is planted: the layout is clean.",
  },
  classes: ["targets", "clean", "three-level-indicators", "text-targets", "at-least-target", "no-weights", "responsible-unit-column", "table-from-prose", "policy-list", "region-level", "inner-mongolia"],
  sheets: [
    {
      name: "绩效目标",
      widths: [12, 14, 26, 14, 40],
      rows: [
        ["2024年增强粮食综合生产能力政策绩效目标表（表据政策清单第1—2条拟）", null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值", "责任单位"],
        ["产出指标", "数量指标", "争取高标准农田建设项目", "≥710万亩", "自治区农牧厅（乡村振兴局）、发展改革委"],
        ["产出指标", "数量指标", "黑土地保护性耕作面积（呼伦贝尔市、兴安盟、通辽市、赤峰市）", "2130万亩", "自治区农牧厅（乡村振兴局）"],
        ["效益指标", "经济效益指标", "粮油播种面积", "稳定", "自治区农牧厅（乡村振兴局）、财政厅"],
        ["效益指标", "经济效益指标", "粮油等主要作物单产水平", "提高", "自治区农牧厅（乡村振兴局）、财政厅"],
        ["注：据内政发〔2024〕6号政策清单第1、2条整理。", null, null, null, null],
      ],
      merges: ["A1:E1", "A7:E7"],
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标", kind: "targets", headerRow: 2, lastRow: 6, columns: { A: "type", C: "name", D: "target" }, year: 2024 },
    ],
    findings: [],
    absent: [
      { rule: "selfeval.weights", why: "a goals table with no weights column: nothing to add up" },
      { rule: "selfeval.target-missed-full-score", why: "no completion or score columns" },
      { rule: "input.unreadable-value", sheet: "绩效目标", cell: "D3", why: "≥710万亩 is a target in words and figures, not a money cell" },
    ],
  },
};
