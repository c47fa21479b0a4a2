import type { CorpusLayout } from "../types";

// 吴堡县脱贫攻坚领导小组 2020-01-19 (吴脱贫发〔2020〕2号): the first batch of 2020 整合扶贫资金, 931.409198万元, by 主管单位 and task —
// 扶贫办 43.499198 (小额信贷贴息 27.149198 + 雨露计划 16.35), 交通局 110 (道路工程), 水利局 777.91 (饮水工程) — and by source (中央 496,
// 省级 300 + 26.18, 县级 109.229198), figures to six decimals as the notice gives them.
export const layout: CorpusLayout = {
  id: "wubu-2020-integrated-poverty-fund-batch1-plan",
  source: {
    title: "吴堡县脱贫攻坚领导小组关于下达2020年整合扶贫资金第一批项目计划的通知（项目计划表、资金来源表据正文拟）",
    url: "http://wubu.gov.cn/xxgk/tzgg/tzgg/47369.htm",
    publisher: "吴堡县脱贫攻坚领导小组",
    date: "2020-01-19",
    changes:
      "The notice is prose with the plan attached (the stored copy shows no attachment). We built two tables from its 一、 and its opening " +
      "paragraph (title suffix 表据正文拟): 序号 | 主管单位 | 项目类别 | 下达资金, 合计 first, the 扶贫办 小计 over its two lines; and the sources " +
      "with their documents. Figures as the notice gives them (six decimals). Planted: 水利局 饮水工程 typed 787.91 (777.91), so the lines " +
      "add up to 941.409198 against the 合计 931.409198.",
  },
  classes: [
    "composition", "allocation-by-department", "allocation-by-task", "two-tables-two-sheets", "subtotal-row", "total-row-first", "outline-numbering",
    "six-decimal-wanyuan", "wanyuan-caption", "sources-table", "document-column", "table-from-prose", "county-fund", "shaanxi",
  ],
  settings: { district: "吴堡县" },
  sheets: [
    {
      name: "项目计划",
      widths: [8, 14, 20, 18],
      rows: [
        ["吴堡县2020年整合扶贫资金第一批项目计划表（表据正文拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "主管单位", "项目类别", "下达资金"],
        ["合计", null, null, 931.409198],
        ["一", "扶贫办", "小计", 43.499198],
        [1, null, "小额信贷贴息", 27.149198],
        [2, null, "雨露计划", 16.35],
        ["二", "交通局", "道路工程", 110],
        ["三", "水利局", "饮水工程", 787.91],
        ["注：此次下达的到户项目和50万元以下基础设施项目统一由各镇（街道）组织实施。", null, null, null],
      ],
      merges: ["A1:D1", "A4:C4", "A10:D10"],
      numberFormats: { "D4:D9": "#,##0.000000" },
    },
    {
      name: "资金来源",
      widths: [8, 22, 30, 18],
      rows: [
        ["吴堡县2020年整合扶贫资金第一批资金来源表（表据正文拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "资金来源", "文号", "金额"],
        [1, "中央整合资金", "榆政财农发〔2019〕154号", 496],
        [2, "省级整合资金", "榆政财农发〔2019〕158号", 300],
        [3, "省级整合资金", "榆政财农综发〔2019〕4号", 26.18],
        [4, "县级整合资金（2019年结余资金）", "吴政财预发〔2020〕17号", 109.229198],
        ["合计", null, null, 931.409198],
      ],
      merges: ["A1:D1", "A8:C8"],
      numberFormats: { "D4:D8": "#,##0.000000" },
    },
  ],
  expect: {
    tables: [
      { sheet: "项目计划", kind: "composition", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "code", B: "category", C: "line", D: "amount" }, year: 2020 },
      { sheet: "资金来源", kind: "composition", unit: "万元", headerRow: 3, lastRow: 8, columns: { A: "code", B: "line", D: "amount" }, year: 2020 },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "项目计划", cell: "D4", why: "合计 931.409198 where 43.499198 + 110 + 787.91 = 941.409198: 10万元 apart (饮水工程 typed 787.91)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "项目计划", cell: "D5", why: "扶贫办 小计 43.499198 = 27.149198 + 16.35" },
      { rule: "composition.total-mismatch", sheet: "资金来源", cell: "D8", why: "931.409198 = 496 + 300 + 26.18 + 109.229198" },
      { rule: "composition.line-rounded", why: "six-decimal 万元 figures are the notice's own, exact to the 元 fraction" },
      { rule: "composition.total-mismatch", sheet: "项目计划", cell: "D9", why: "the slip is reported once, at the 合计, not at the line" },
    ],
  },
};
