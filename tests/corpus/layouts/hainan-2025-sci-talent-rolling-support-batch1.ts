import type { CorpusLayout } from "../types";

// 海南省科学技术厅 2025-06-19: 公示 of the 2025 科技人才创新项目“滚动支持” projects — 26 projects, 6,898万元 (first batch 18 projects,
// 5,300万元; second 8, 1,598万元), annexed as 拟立项项目和经费安排表. The stored copy shows the notice only: set out as the bureau's
// 经费安排表 run — 序号 | 项目编号 | 项目名称 | 承担单位 | 项目负责人, then 拟支持经费（万元） merged over 合计 | 2025年 | 2026年.
export const layout: CorpusLayout = {
  id: "hainan-2025-sci-talent-rolling-support-batch1",
  source: {
    title: "关于2025年度海南省科技人才创新项目“滚动支持”项目拟立项项目和经费安排的公示（附件1：第一批次拟立项项目和经费安排表）",
    url: "https://www.chacewang.com/newsdetail/news820086.html",
    publisher: "海南省科学技术厅 (notice mirrored on chacewang.com)",
    date: "2025-06-19",
    changes:
      "As published: the annex title, the batch and its totals in the notice (18 projects, 5,300万元). The annex grid is not in the stored " +
      "copy: columns as the bureau's 经费安排表 run, rows cut to 8, project numbers, names, leaders and amounts ours (the 承担单位 are " +
      "Hainan's universities and institutes). Planted: project 5's 合计 typed 330 where 200 + 150 = 350; so the 合计 column's foot 2,350 " +
      "(= 1,200 + 1,150 across) misses its lines as typed (2,330).",
  },
  classes: ["register", "project-column", "leader-column", "project-code-column", "money-split-by-year", "merged-money-heading", "two-header-rows", "same-body-several-projects", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "annex-label-row", "table-not-in-stored-copy", "province-fund", "hainan"],
  settings: { district: "海南省" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 14, 36, 26, 10, 10, 10, 10],
      rows: [
        ["附件1", null, null, null, null, null, null, null],
        ["2025年度海南省科技人才创新项目“滚动支持”项目第一批次拟立项项目和经费安排表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目编号", "项目名称", "承担单位", "项目负责人", "拟支持经费（万元）", null, null],
        [null, null, null, null, null, "合计", "2025年", "2026年"],
        [1, "KJRC2025GD01", "热带作物抗逆基因编辑育种技术研究", "海南大学", "林海川", 300, 150, 150],
        [2, "KJRC2025GD02", "深海原位探测传感器关键技术攻关", "中国科学院深海科学与工程研究所", "周启航", 400, 200, 200],
        [3, "KJRC2025GD03", "南繁种质资源表型组学平台构建", "中国热带农业科学院", "陈雨桐", 250, 150, 100],
        [4, "KJRC2025GD04", "热带海岛常见传染病快速检测技术研究", "海南医科大学", "王思远", 300, 150, 150],
        [5, "KJRC2025GD05", "椰子全产业链高值化利用技术研究", "海南大学", "黄振宇", 330, 200, 150],
        [6, "KJRC2025GD06", "海岛型微电网协同调控技术研究", "海南师范大学", "吴嘉宁", 200, 100, 100],
        [7, "KJRC2025GD07", "珊瑚礁生态修复关键技术集成示范", "海南热带海洋学院", "郑晓岚", 300, 150, 150],
        [8, "KJRC2025GD08", "天然橡胶绿色加工新工艺研究", "中国热带农业科学院", "刘文博", 250, 100, 150],
        ["合计", null, null, null, null, 2350, 1200, 1150],
      ],
      merges: ["A2:H2", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:H4", "A14:E14"],
      numberFormats: { "F6:H14": "#,##0" },
    },
  ],
  // Corrected after measurement (counted failed): stated a register of the 承担单位; docs/rules.md reads a body named after
  // its project (实施单位, 承担单位) as the project's, not an applicant, under a plan title (…经费安排表): an allocation by project.
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 14,
        columns: { C: "line", F: "amount" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F10", why: "project 5's 合计 330; its 2025年 200 + 2026年 150 = 350" },
      { rule: "composition.total-mismatch", cell: "F14", why: "合计 column foot 2,350; its lines as typed 300 + 400 + 250 + 300 + 330 + 200 + 300 + 250 = 2,330" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "G14", why: "150 + 200 + 150 + 150 + 200 + 100 + 150 + 100 = 1,200" },
      { rule: "composition.total-mismatch", cell: "H14", why: "150 + 200 + 100 + 150 + 150 + 100 + 150 + 150 = 1,150" },
      { rule: "register.duplicate", cell: "D10", why: "海南大学 again, with another project" },
      { rule: "register.duplicate", cell: "D13", why: "中国热带农业科学院 again, with another project" },
      { rule: "register.invalid-credit-code", cell: "B6", why: "a project number, no credit code" },
    ],
  },
};
