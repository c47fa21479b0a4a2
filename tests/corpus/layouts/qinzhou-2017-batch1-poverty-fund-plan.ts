import type { CorpusLayout } from "../types";

// 天水市秦州区 2017-06-13: 2017年第一批财政专项扶贫资金项目计划公示 — village collective economy, roads, flood works, bridges and culverts,
// 乡村舞台, 产业脱贫培训, “两后生”培训, 贫困村信息化. Laid out as the 资金安排计划 table such a 公示 carries: 乡镇 | 村 | 项目名称 | 单位 | 数量 |
// 补助标准 | 扶贫资金, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "qinzhou-2017-batch1-poverty-fund-plan",
  source: {
    title: "秦州区2017年第一批财政专项扶贫资金项目计划公示（资金安排计划表据正文拟）",
    url: "http://www.qinzhouqu.gov.cn/info/8460/86055.htm",
    publisher: "天水市秦州区人民政府",
    date: "2017-06-13",
    changes:
      "Kept from the notice: the batch, the documents (甘脱贫领办发[2016]42号, 秦脱贫领发[2017]6号), the 五个突出 principles as a note, and the kinds " +
      "of project it names (村集体经济, 道路, 防洪工程, 桥涵, 乡村舞台, 产业脱贫培训, “两后生”培训, 贫困村信息化). The stored copy stops at “二、资金安排计划”: " +
      "the table (乡镇 | 村 | 项目名称 | 单位 | 数量 | 补助标准 | 扶贫资金), its villages, quantities, standards and amounts are ours (表据正文拟). " +
      "Planted: the 乡村舞台 line typed 25 where 4 个 × 5万元 = 20 (the 合计 adds the line as typed).",
  },
  classes: ["composition", "project-plan", "unit-times-quantity", "standard-column", "town-column", "village-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "district-fund", "gansu"],
  settings: { district: "天水市秦州区" },
  sheets: [
    {
      name: "资金安排计划",
      widths: [6, 10, 12, 28, 8, 8, 12, 14],
      rows: [
        ["秦州区2017年第一批财政专项扶贫资金项目计划表（表据正文拟）", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "乡镇", "村", "项目名称", "单位", "数量", "补助标准", "财政专项扶贫资金"],
        [1, "中梁镇", "何家湾村", "村集体经济发展项目", "个", 1, 50, 50],
        [2, "杨家寺镇", "白崖村", "村组道路硬化", "公里", 3.5, 40, 140],
        [3, "华岐镇", "金沟村", "河道防洪工程", "公里", 1.2, 60, 72],
        [4, "大门镇", "高崖村", "桥涵建设", "座", 2, 15, 30],
        [5, "平南镇", "孙集村等4村", "乡村舞台建设", "个", 4, 5, 25],
        [6, "全区", "贫困村", "产业脱贫培训", "人次", 600, 0.05, 30],
        [7, "全区", "贫困村", "“两后生”培训", "人", 120, 0.3, 36],
        [8, "全区", "贫困村", "贫困村信息化建设", "村", 30, 0.8, 24],
        ["合计", null, null, null, null, null, null, 407],
        ["注：计划按“突出脱贫质量、突出对象精准、突出补齐短板、突出要素分配、突出资金整合”原则编制，经区政府第七次常务会议审议通过，以秦脱贫领发[2017]6号报市脱贫攻坚领导小组办公室备案。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A12:G12", "A13:H13"],
      numberFormats: { "H4:H12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金安排计划",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { D: "line", F: "quantity", G: "unitAmount", H: "amount" },
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "H8", why: "乡村舞台建设: 4 个 × 5万元 = 20, typed 25 (5.0万元 over)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "H12", why: "合计 407 = 50 + 140 + 72 + 30 + 25 + 30 + 36 + 24, the lines as typed" },
      { rule: "composition.line-mismatch", cell: "H5", why: "3.5 × 40 = 140" },
      { rule: "composition.line-mismatch", cell: "H6", why: "1.2 × 60 = 72" },
      { rule: "composition.line-mismatch", cell: "H9", why: "600 × 0.05 = 30" },
      { rule: "composition.line-mismatch", cell: "H10", why: "120 × 0.3 = 36" },
      { rule: "composition.line-mismatch", cell: "H11", why: "30 × 0.8 = 24" },
      { rule: "register.ineligible-location", cell: "B4", why: "中梁镇, 杨家寺镇, 华岐镇, 大门镇, 平南镇 are towns of 秦州区; 全区 is the district itself" },
      { rule: "input.unreadable-value", cell: "C8", why: "“孙集村等4村” is a village name, not a quantity" },
    ],
  },
};
