import type { CorpusLayout } from "../types";

// 陕西省工信厅 / 财政厅 / 统计局: awards to the cities and counties named 全省企业技术改造先进单位 under 陕西省企业技术改造奖励实施办法 —
// 一等奖 one city, 二等奖 two cities 各…, 三等奖 three cities 各…, ten 县级先进单位 各…; the money for the winners' technical-upgrade projects.
// Laid out as the award's allocation: 奖项 | 获奖单位 | 个数 | 奖励标准（万元/个） | 奖励金额（万元）, 合计.
export const layout: CorpusLayout = {
  id: "shaanxi-tech-reform-advanced-units-award",
  source: {
    title: "陕西表彰奖励全省企业技术改造先进单位（陕西发布；黄陵县转载；分配表据正文拟）",
    url: "http://www1.heihejk.com/rzfs/271.html",
    publisher: "陕西省工业和信息化厅 陕西省财政厅 陕西省统计局（陕西发布报道）",
    changes:
      "As published: the three offices, the 实施办法, the tiers and the winners in the report's order (一等奖 西安市; 二等奖 宝鸡市、榆林市; 三等奖 " +
      "商洛市、延安市、汉中市; 县级先进单位 鄠邑区 … 商州区, ten), 各奖励 for every tier but the first, and the use of the money. The stored copy " +
      "has lost every figure (年度, 奖励万元, 各奖励万元, 个省级重点技术改造项目), so the year is not stated and the standards (300 / 200 / 100 / 50万元) " +
      "and amounts are ours; the report is prose, the table is laid out from it. Planted: 县级先进单位 written 550 where 10 × 50 = 500, the " +
      "合计 1,500 being right.",
  },
  classes: ["composition", "allocation-by-tier", "unit-times-quantity", "standard-heading", "names-in-one-cell", "count-column", "cities-and-counties-as-lines", "no-year-stated", "news-report", "wanyuan-in-header", "notes-under-table", "shaanxi"],
  sheets: [
    {
      name: "奖励资金分配",
      widths: [16, 60, 8, 18, 16],
      rows: [
        ["全省企业技术改造先进单位奖励资金分配表", null, null, null, null],
        ["奖项", "获奖单位", "个数", "奖励标准（万元/个）", "奖励金额（万元）"],
        ["一等奖", "西安市", 1, 300, 300],
        ["二等奖", "宝鸡市、榆林市", 2, 200, 400],
        ["三等奖", "商洛市、延安市、汉中市", 3, 100, 300],
        ["县级先进单位", "鄠邑区、凤翔县、彬县、耀州区、大荔县、黄陵县、神木市、西乡县、旬阳县、商州区", 10, 50, 550],
        ["合计", null, 16, null, 1500],
        ["注：奖励资金要全部用于各市和县（区、市）企业技术改造项目建设，优先用于获奖各市和县（区、市）推荐的省级重点技术改造项目建设。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:E8"],
      numberFormats: { "E3:E7": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励资金分配",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 7,
        columns: { A: "line", C: "quantity", D: "unitAmount", E: "amount" },
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E6", why: "县级先进单位 10 × 50 = 500, stated 550: 50万元 more (a standard, 奖励标准, allows no rounding)" },
      { rule: "composition.total-mismatch", cell: "E7", why: "合计 1,500 where the tiers add up to 300 + 400 + 300 + 550 = 1,550: 50万元 short" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E3", why: "1 × 300 = 300" },
      { rule: "composition.line-mismatch", cell: "E4", why: "2 × 200 = 400" },
      { rule: "composition.line-mismatch", cell: "E5", why: "3 × 100 = 300" },
      { rule: "composition.total-mismatch", cell: "C7", why: "个数 1 + 2 + 3 + 10 = 16 (a count, and right)" },
      { rule: "cap.unknown-policy", why: "cities and counties are no applicants: an allocation, no register" },
      { rule: "input.unreadable-value", why: "the winners' names and the note are text" },
    ],
  },
};
