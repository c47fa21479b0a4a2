import type { CorpusLayout } from "../types";

// 方山县人民政府 2020-08-30 (方政发〔2020〕35号): 方山县2020年统筹整合资金调整方案 — the year's integrated agricultural funds under 国办发〔2016〕22号,
// 晋政办发〔2016〕101号 and 吕政办发〔2016〕105号, re-planned by class. Laid out as the adjusted plan's summary: 序号 | 项目类别 | 项目个数 | 资金规模
// over 合计 | 中央 | 省级 | 市级 | 县级, each class a 小计 row over its sub-classes, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "fangshan-sx-2020-integration-fund-adjusted-plan",
  source: {
    title: "关于印发《方山县2020年统筹整合资金调整方案》的通知（调整后统筹整合资金项目汇总表据正文拟）",
    url: "http://www.fangshan.gov.cn/xxgk/zfwj/202010/t20201020_1442271.html",
    publisher: "方山县人民政府（方山县扶贫办）",
    date: "2020-08-30",
    changes:
      "As published: the notice (方政发〔2020〕35号), the documents the plan follows, the aims (巩固脱贫成果, 基础设施) and the scope of integration " +
      "(中央、省、市、县纳入整合范围的项目, 大类间统筹、大类内打通). The stored copy stops before the plan's figures: the summary table, its classes, " +
      "counts and every amount are ours. Planted: 二、农村基础设施类's 小计 typed 4,135.60 where its lines give 2,056.40 + 1,329.20 + 930.00 = " +
      "4,315.60 (and its sources 2,500 + 1,060 + 300 + 455.60 = 4,315.60); the 合计 8,815.60 adds the lines.",
  },
  classes: [
    "composition", "class-subtotal-rows", "chinese-numbered-classes", "count-column", "sources-as-columns", "merged-money-heading",
    "two-header-rows", "row-total-column", "dashes-as-nothing", "total-at-foot", "digits-transposed", "two-decimal-wanyuan", "wanyuan-caption",
    "table-from-prose", "integrated-agri-funds", "county-fund", "shanxi",
  ],
  settings: { district: "方山县" },
  sheets: [
    {
      name: "调整后项目汇总表",
      widths: [6, 30, 10, 12, 12, 12, 12, 12],
      rows: [
        ["方山县2020年统筹整合资金项目汇总表（调整后）", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：个、万元"],
        ["序号", "项目类别", "项目个数", "资金规模", null, null, null, null],
        [null, null, null, "合计", "中央资金", "省级资金", "市级资金", "县级资金"],
        ["一", "农业生产发展类小计", 12, 3860, 2100, 980, 300, 480],
        [1, "特色种植（小杂粮、中药材）", 5, 1420, 800, 380, 100, 140],
        [2, "畜禽养殖", 4, 1240, 700, 300, 100, 140],
        [3, "村级光伏电站运维", 3, 1200, 600, 300, 100, 200],
        ["二", "农村基础设施类小计", 15, 4135.6, 2500, 1060, 300, 455.6],
        [1, "农村道路硬化", 6, 2056.4, 1200, 500, 150, 206.4],
        [2, "农村安全饮水巩固提升", 5, 1329.2, 800, 300, 100, 129.2],
        [3, "农村人居环境整治", 4, 930, 500, 260, 50, 120],
        ["三", "其他类小计", 2, 640, 300, 140, "—", 200],
        [1, "雨露计划", 1, 240, 100, 40, "—", 100],
        [2, "扶贫小额信贷贴息", 1, 400, 200, 100, "—", 100],
        ["合计", null, 29, 8815.6, 4900, 2180, 600, 1135.6],
        ["注：整合资金按“大类间统筹、大类内打通、跨类别使用”的原则安排，具体项目由行业主管部门另行下达。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:H3", "A16:B16", "A17:H17"],
      numberFormats: { "D5:H16": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "调整后项目汇总表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: {
          B: "line",
          D: "amount",
          E: "amount:中央资金",
          F: "amount:省级资金",
          G: "amount:市级资金",
          H: "amount:县级资金",
        },
        year: 2020,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D9",
        why: "农村基础设施类小计 4,135.60 where 2,056.40 + 1,329.20 + 930.00 = 4,315.60 (180.00 short); across, 2,500 + 1,060 + 300 + 455.60 = 4,315.60 is the same slip, reported once",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D16", why: "合计 8,815.60 = 3,860 + 4,315.60 + 640, the 小计's lines as typed: the slip is the 小计's alone" },
      { rule: "composition.total-mismatch", cell: "D5", why: "农业生产发展类 3,860 = 1,420 + 1,240 + 1,200; across 2,100 + 980 + 300 + 480" },
      { rule: "composition.total-mismatch", cell: "E16", why: "中央资金 4,900 = 2,100 + 2,500 + 300" },
      { rule: "composition.total-mismatch", cell: "H16", why: "县级资金 1,135.60 = 480 + 455.60 + 200" },
      { rule: "composition.total-mismatch", cell: "C16", why: "项目个数 29 = 12 + 15 + 2, a count, never money" },
      { rule: "input.unreadable-value", why: "— in 市级资金 means nothing; the note is no row" },
    ],
  },
};
