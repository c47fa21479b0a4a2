import type { CorpusLayout } from "../types";

// 云霄县农业农村局 2023-07-24: 2023年第一批茶产业发展县级专项资金拟补助名单 公示 — 3 entities' tea-garden reservoirs (4965.3 m³, 139.022万元)
// and 5 entities' (farmers') new tea gardens (316.06亩, 31.606万元), each in an annex. The annexes are not in the stored copy: set out as a
// county's 拟补助名单 — 序号 | 乡（镇） | 经营主体名称 | 建设地点 | 容积（面积） | 补助标准 | 拟补助资金（元）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "yunxiao-2023-tea-industry-batch1-subsidy-lists",
  source: {
    title: "云霄县2023年第一批茶产业发展县级专项资金补助项目拟补助名单公示（附件1 茶园蓄水池、附件2 新种植茶园）",
    url: "https://www.chacewang.com/newsdetail/news384920.html",
    publisher: "云霄县农业农村局",
    date: "2023-07-24",
    changes:
      "As published: the two annexes' titles, the counts (3 entities' reservoirs, 4965.3 m³; 5 entities' new gardens, 316.06亩, 31.606万元) and the " +
      "documents (云委发〔2018〕10号, 云茶〔2018〕1号). The annexes' grids are not in the stored copy: entities (invented), towns, places and the " +
      "standards (280元/m³, 1000元/亩) are ours; the garden list adds up to the published 316.06亩 and 316,060元, the reservoir list to 4965.3 m³ " +
      "(its money is ours, not the published 139.022万元). Planted: 漳江源农业's reservoir paid 364,144 where 1,214.8 × 280 = 340,144; the garden " +
      "list's 合计 typed 326,060 where its lines add up to 316,060.",
  },
  classes: ["composition", "two-sheets", "quantity-times-standard", "standard-column", "cubic-metres", "mu-area", "farmers-as-lines", "towns-column", "annex-title-row", "total-at-foot", "yuan-in-header", "line-slip", "table-not-in-stored-copy", "county-fund", "fujian"],
  settings: { district: "云霄县" },
  sheets: [
    {
      name: "茶园蓄水池",
      widths: [6, 10, 34, 20, 16, 16, 18],
      rows: [
        ["附件1", null, null, null, null, null, null],
        ["云霄县2023年第一批茶产业发展县级专项资金补助项目（茶园蓄水池）拟补助名单", null, null, null, null, null, null],
        ["序号", "乡（镇）", "经营主体名称", "建设地点", "蓄水池容积（m³）", "补助标准（元/m³）", "拟补助资金（元）"],
        [1, "火田镇", "云霄县峰顶生态茶业有限公司", "火田镇岳坑村", 2100.0, 280, 588000],
        [2, "马铺乡", "云霄县马铺乡溪源茶叶专业合作社", "马铺乡客寮村", 1650.5, 280, 462140],
        [3, "下河乡", "福建漳江源农业发展有限公司", "下河乡下坂村", 1214.8, 280, 364144],
        ["合计", null, null, null, 4965.3, null, 1414284],
        ["注：蓄水池容积以验收核定数为准。", null, null, null, null, null, null],
      ],
      merges: ["A2:G2", "A7:D7", "A8:G8"],
      numberFormats: { "E4:E7": "#,##0.0", "G4:G7": "#,##0" },
    },
    {
      name: "新种植茶园",
      widths: [6, 10, 34, 20, 16, 16, 18],
      rows: [
        ["附件2", null, null, null, null, null, null],
        ["云霄县2023年第一批茶产业发展县级专项资金补助项目（新种植茶园）拟补助名单", null, null, null, null, null, null],
        ["序号", "乡（镇）", "经营主体（农户）名称", "种植地点", "新种植面积（亩）", "补助标准（元/亩）", "拟补助资金（元）"],
        [1, "火田镇", "云霄县峰顶生态茶业有限公司", "火田镇岳坑村", 120.5, 1000, 120500],
        [2, "马铺乡", "云霄县马铺乡溪源茶叶专业合作社", "马铺乡客寮村", 80.26, 1000, 80260],
        [3, "马铺乡", "林*华", "马铺乡坪水村", 60, 1000, 60000],
        [4, "下河乡", "陈*山", "下河乡车头村", 35.3, 1000, 35300],
        [5, "和平乡", "云霄县和平乡仙峰茶场", "和平乡棪树村", 20, 1000, 20000],
        ["合计", null, null, null, 316.06, null, 326060],
      ],
      merges: ["A2:G2", "A9:D9"],
      numberFormats: { "E4:E9": "#,##0.00", "G4:G9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "茶园蓄水池",
        kind: "composition",
        unit: "元",
        headerRow: 3,
        lastRow: 7,
        columns: { C: "line", E: "quantity", F: "unitAmount", G: "amount" },
        year: 2023,
      },
      {
        sheet: "新种植茶园",
        kind: "composition",
        unit: "元",
        headerRow: 3,
        lastRow: 9,
        columns: { C: "line", E: "quantity", F: "unitAmount", G: "amount" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", sheet: "茶园蓄水池", cell: "G6", why: "漳江源农业 1,214.8 m³ × 280元/m³ = 340,144元; 364,144 typed: 24,000元 over" },
      { rule: "composition.total-mismatch", sheet: "新种植茶园", cell: "G9", why: "120,500 + 80,260 + 60,000 + 35,300 + 20,000 = 316,060; 合计 typed 326,060: 10,000元 over" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "茶园蓄水池", cell: "G7", why: "588,000 + 462,140 + 364,144 = 1,414,284, the lines as typed (the slip is the line's, reported once)" },
      { rule: "composition.total-mismatch", sheet: "茶园蓄水池", cell: "E7", why: "2,100.0 + 1,650.5 + 1,214.8 = 4,965.3 m³" },
      { rule: "composition.line-mismatch", sheet: "茶园蓄水池", cell: "G5", why: "1,650.5 × 280 = 462,140" },
      { rule: "composition.line-mismatch", sheet: "茶园蓄水池", cell: "G4", why: "2,100.0 × 280 = 588,000" },
      { rule: "composition.line-mismatch", sheet: "新种植茶园", cell: "G5", why: "80.26 × 1000 = 80,260" },
      { rule: "composition.line-mismatch", sheet: "新种植茶园", cell: "G7", why: "35.3 × 1000 = 35,300" },
      { rule: "composition.total-mismatch", sheet: "新种植茶园", cell: "E9", why: "120.50 + 80.26 + 60.00 + 35.30 + 20.00 = 316.06亩" },
      { rule: "composition.total-mismatch", sheet: "新种植茶园", cell: "F9", why: "补助标准 is a standard, no money to add up" },
      { rule: "input.unreadable-value", sheet: "茶园蓄水池", cell: "A8", why: "the note under the table is no line" },
      { rule: "input.unreadable-value", sheet: "新种植茶园", cell: "A1", why: "附件2 is the annex label, no figure" },
    ],
  },
};
