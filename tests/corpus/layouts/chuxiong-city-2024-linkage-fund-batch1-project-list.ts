import type { CorpusLayout } from "../types";

// 楚雄市农业农村局 2024-10-28: 公示 of the use of the first 2024 batch of 州级财政衔接资金 (233.44万元, 楚财农〔2024〕72号): 151.64 for the 紫溪镇
// and 西舍路镇 planting bases, 81.8 for 吕合镇 and 三街镇 infrastructure, with the annex 项目清单 headed 单位：万元、户、人 and 序号 | 项目类别和项目名称 |
// 乡镇 | 村社区 | 建… (the stored copy breaks off there). Laid out with the 合计 first and the two 项目类别 as sections carrying their 小计.
export const layout: CorpusLayout = {
  id: "chuxiong-city-2024-linkage-fund-batch1-project-list",
  source: {
    title: "关于2024年第一批州级财政衔接资金使用计划的公示（附件：楚雄市2024年度第一批州级衔接资金巩固脱贫攻坚推进乡村振兴项目清单）",
    url: "https://www.cxs.gov.cn/info/egovinfo/1016/xxgkcontent/cxsncj-/2024-1121214.htm",
    publisher: "楚雄市农业农村局（楚雄市乡村振兴局）",
    date: "2024-10-28",
    changes:
      "As published: the notice (233.44万元 under 楚财农〔2024〕72号; 151.64 for 紫溪镇 and 西舍路镇 bases, 81.8 for 吕合镇 and 三街镇), the annex's title, " +
      "its caption 单位：万元、户、人 and its first four headings. The stored copy breaks off in the header: the remaining columns (建设内容及规模, " +
      "资金规模, 受益户数, 受益人口), the five projects, their villages, contents and split of the two sums are ours. Planted: section 二's 小计 typed " +
      "82.80 where 44.30 + 37.50 = 81.80 (the 合计 233.44 agrees with the lines).",
  },
  classes: [
    "composition", "allocation-by-project", "project-list", "numbered-sections-with-subtotal", "subtotal-slip", "total-row-first",
    "towns-and-villages-columns", "content-column", "count-columns", "mixed-unit-caption", "two-decimal-wanyuan", "notes-under-table",
    "header-cut-in-stored-copy", "county-fund", "yunnan",
  ],
  settings: { district: "楚雄市" },
  sheets: [
    {
      name: "项目清单",
      widths: [6, 40, 10, 10, 34, 12, 10, 10],
      rows: [
        ["楚雄市2024年度第一批州级衔接资金巩固脱贫攻坚推进乡村振兴项目清单", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元、户、人"],
        ["序号", "项目类别和项目名称", "乡镇", "村社区", "建设内容及规模", "资金规模", "受益户数", "受益人口"],
        ["合计", null, null, null, null, 233.44, 669, 2448],
        ["一", "产业发展项目", null, null, null, 151.64, 294, 1078],
        [1, "紫溪镇经济作物种植基地配套设施建设项目", "紫溪镇", "紫溪村", "新建机耕路1.2公里，铺设灌溉管网3000米", 58.2, 120, 436],
        [2, "西舍路镇有机芒果种植基地配套设施建设项目（一期）", "西舍路镇", "朵苴村", "新建生产便道2公里，蓄水池2个", 52.44, 96, 352],
        [3, "西舍路镇有机芒果种植基地配套设施建设项目（二期）", "西舍路镇", "达诺村", "铺设滴灌管网4500米，新建蓄水池1个", 41, 78, 290],
        ["二", "基础设施建设项目", null, null, null, 82.8, 375, 1370],
        [4, "吕合镇村内户外道路硬化项目", "吕合镇", "中屯村", "硬化村内户外道路2.1公里，宽3.5米", 44.3, 210, 768],
        [5, "三街镇灌溉沟渠建设项目", "三街镇", "三街村", "新建三面光沟渠2.6公里", 37.5, 165, 602],
        ["注：资金依据《楚雄州财政局关于下达2024年第一批州级财政衔接推进乡村振兴补助资金的通知》（楚财农〔2024〕72号）安排。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A4:E4", "B5:E5", "B9:E9", "A12:H12"],
      numberFormats: { "F4:F11": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目清单",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "line", F: "amount", G: "quantity" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F9", why: "基础设施建设项目 小计 typed 82.80; its lines 44.30 + 37.50 = 81.80 (1.00 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F4", why: "合计 233.44 = 58.20 + 52.44 + 41.00 + 44.30 + 37.50, the lines; the 小计's slip is reported once, at the 小计" },
      { rule: "composition.total-mismatch", cell: "F5", why: "产业发展项目 151.64 = 58.20 + 52.44 + 41.00" },
      { rule: "composition.total-mismatch", cell: "G4", why: "受益户数 669 = 294 + 375 (120 + 96 + 78 + 210 + 165): households, not money" },
      { rule: "register.ineligible-location", cell: "C6", why: "紫溪镇, 西舍路镇, 吕合镇, 三街镇 are towns of 楚雄市" },
      { rule: "input.unreadable-value", cell: "E6", why: "建设内容及规模 is text by nature" },
    ],
  },
};
