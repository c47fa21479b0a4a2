import type { CorpusLayout } from "../types";

// 临沂市罗庄区发改局 2017-11-24: three of the district's projects entered the 省区域战略推进专项资金 plan — 山东国际科技模具产业园孵化中心,
// 迷隆谷旅游度假区 and 雅鸣盆景文化产业开发基地 tourism infrastructure — 650万元 in all. The news item is prose; set out as a project plan
// table with 总投资 and its 其中 split.
export const layout: CorpusLayout = {
  id: "luozhuang-2017-regional-strategy-fund-projects",
  source: {
    title: "我区3个项目获省区域战略推进专项资金扶持（扶持项目表据正文拟）",
    url: "http://luozhuang.gov.cn/info/1016/2252.htm",
    publisher: "临沂市罗庄区发展和改革局",
    date: "2017-11-24",
    changes:
      "The item names the three projects and the 650万元 total, not each project's share or investment. The table (序号 | 项目名称 | 项目单位 | " +
      "总投资 | 其中：省区域战略推进专项资金 | 地方及企业自筹, 合计 at the foot) is ours, as are the units, investments and shares (they keep 650). " +
      "Planted: 雅鸣 project's 总投资 typed 3,450 where 150 + 3,200 = 3,350; so the 合计 row's 17,250 (the 总投资 lines as typed) is not " +
      "650 + 16,500 = 17,150 across.",
  },
  classes: [
    "composition", "allocation-by-project", "row-total-column", "qizhong-columns", "two-header-rows", "whole-wanyuan", "wanyuan-caption",
    "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "district-fund", "shandong",
  ],
  settings: { district: "罗庄区" },
  sheets: [
    {
      name: "扶持项目表",
      widths: [6, 44, 28, 12, 16, 16],
      rows: [
        ["2017年省区域战略推进专项资金罗庄区扶持项目表", null, null, null, null, null],
        ["单位：万元", null, null, null, null, null],
        ["序号", "项目名称", "项目单位", "总投资", "其中", null],
        [null, null, null, null, "省区域战略推进专项资金", "地方及企业自筹"],
        [1, "山东国际科技模具产业园孵化中心建设项目", "临沂国际科技模具产业园管理有限公司", 8600, 300, 8300],
        [2, "迷隆谷旅游度假区旅游基础设施建设项目", "山东迷隆谷旅游开发有限公司", 5200, 200, 5000],
        [3, "山东雅鸣旅游开发有限公司雅鸣盆景文化产业开发基地旅游基础设施建设项目", "山东雅鸣旅游开发有限公司", 3450, 150, 3200],
        ["合计", null, null, 17250, 650, 16500],
        ["资料来源：罗庄区发展和改革局", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "A8:C8", "A9:F9"],
      numberFormats: { "D5:F8": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "扶持项目表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { B: "line", D: "amount", E: "amount:省区域战略推进专项资金", F: "amount:地方及企业自筹" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D7", why: "雅鸣 project: 总投资 3,450, but 150 + 3,200 = 3,350 (100 apart)" },
      { rule: "composition.total-mismatch", cell: "D8", why: "合计 row: 总投资 17,250 (= 8,600 + 5,200 + 3,450 as typed), but its parts across are 650 + 16,500 = 17,150" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E8", why: "省专项 300 + 200 + 150 = 650, the published total" },
      { rule: "composition.total-mismatch", cell: "F8", why: "自筹 8,300 + 5,000 + 3,200 = 16,500" },
      { rule: "composition.total-mismatch", cell: "D5", why: "300 + 8,300 = 8,600; row 6: 200 + 5,000 = 5,200" },
      { rule: "composition.line-mismatch", why: "no unit or quantity columns" },
      { rule: "input.unreadable-value", cell: "A9", why: "the source line under the table" },
    ],
  },
};
