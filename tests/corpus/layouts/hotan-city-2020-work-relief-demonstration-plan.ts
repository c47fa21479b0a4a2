import type { CorpusLayout } from "../types";

// 和田市发展和改革委员会 2020-03-30: the 2020 中央预算内以工代赈示范 money, 494万元 (劳务报酬 74万元) of an 847万元 canal-lining project at
// 阿克恰勒乡 (托甫恰村 9.304 km, 阿克塔什村 5.304 km). The notice points to an annex 项目计划表; laid out here with the project split by village:
// 序号 | 项目名称 | 建设地点 | 建设内容及规模 | 总投资 | 中央预算内以工代赈资金 (小计 | 其中：劳务报酬) | 实施单位 | 项目责任人, 合计 first.
export const layout: CorpusLayout = {
  id: "hotan-city-2020-work-relief-demonstration-plan",
  source: {
    title: "和田市2020年中央预算内以工代赈示项目资金计划公示公告（附表：项目计划表，表据正文拟）",
    url: "https://hts.gov.cn/xinxigongkai/show.php?itemid=5122",
    publisher: "和田市发展和改革委员会",
    date: "2020-03-30",
    changes:
      "As published: the fund, its document (和发改农经〔2020〕28号), 总投资 847万元, 494万元 arrived with 劳务报酬 74万元, the 14.608 km of lined canal " +
      "(托甫恰村 9.304, 阿克塔什村 5.304), the flow and the 9643亩 irrigated, 和田市水利局 as implementer, the person in charge masked (孙**), the " +
      "telephone numbers and the signature. Ours: the table form (the annex was not in the stored copy) and the split of the money between the two " +
      "villages. Planted: 阿克塔什村's 以工代赈 money typed 186 where the 合计 494 leaves it 180, so the two lines add up to 500.",
  },
  classes: [
    "composition", "allocation-by-project", "qizhong-column", "labour-remuneration-share", "two-header-rows", "split-under-merged-header",
    "total-row-first", "total-investment-column", "text-column", "whole-wanyuan", "wanyuan-caption", "notes-under-table",
    "table-from-prose", "county-fund", "xinjiang",
  ],
  settings: { district: "和田市" },
  sheets: [
    {
      name: "项目计划表",
      widths: [6, 36, 20, 36, 10, 10, 12, 14, 10],
      rows: [
        ["和田市2020年中央预算内以工代赈示范资金项目计划表", null, null, null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null, null, null],
        ["序号", "项目名称", "建设地点", "建设内容及规模", "总投资", "中央预算内以工代赈资金", null, "实施单位", "项目责任人"],
        [null, null, null, null, null, "小计", "其中：劳务报酬", null, null],
        ["", "合计", null, null, 847, 494, 74, null, null],
        [1, "和田市阿克恰勒乡托甫恰村斗渠防渗改造工程", "阿克恰勒乡托甫恰村", "改造防渗斗渠9.304公里，设计引水流量0.3-0.5m³/s", 539, 314, 47, "和田市水利局", "孙**"],
        [2, "和田市阿克恰勒乡阿克塔什村斗渠防渗改造工程", "阿克恰勒乡阿克塔什村", "改造防渗斗渠5.304公里，设计引水流量0.3-0.5m³/s", 308, 186, 27, "和田市水利局", "孙**"],
        ["注：项目控制灌溉面积9643亩；劳务报酬的50%用于支付脱贫户工资。", null, null, null, null, null, null, null, null],
        ["监督电话：12317　0903-2523158", null, null, null, null, null, null, null, null],
        ["和田市发展和改革委员会　2020年3月30日", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3", "H3:H4", "I3:I4", "A8:I8", "A9:I9", "A10:I10"],
      numberFormats: { "E5:G7": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "项目计划表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 7, columns: { B: "line", F: "amount" }, year: 2020 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F5", why: "合计 以工代赈资金 494 but the two projects add up to 314 + 186 = 500 (阿克塔什村 typed 186 for 180); whole 万元, no rounding" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E5", why: "总投资 847 = 539 + 308" },
      { rule: "composition.total-mismatch", cell: "G5", why: "劳务报酬 74 = 47 + 27, a share of the 以工代赈 money (其中), never added into it" },
      { rule: "composition.total-mismatch", cell: "E6", why: "总投资 539 above 以工代赈 314: the fund the title names pays part of it, no source is the rest" },
      { rule: "composition.line-mismatch", why: "no unit × quantity: 9.304公里 is a size, not a count priced by a standard" },
      { rule: "composition.total-mismatch", cell: "A8", why: "the 9643亩 and 50% of the note are prose under the table" },
    ],
  },
};
