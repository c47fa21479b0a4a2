import type { CorpusLayout } from "../types";

// 陕西 工信厅 / 财政厅 / 统计局: awards to the year's 企业技术改造先进单位 under 《陕西省企业技术改造奖励实施办法》 — one city first (西安), two
// second (宝鸡, 榆林), three third (商洛, 延安, 汉中), ten counties and districts as 县级先进单位, each 各奖励 a sum by its rank. Laid out as the
// award table by rank: the units named in one cell, their number, the standard a unit, the money.
export const layout: CorpusLayout = {
  id: "shaanxi-tech-reform-advanced-units-award",
  source: {
    title: "全省企业技术改造先进单位表彰奖励（陕西发布，转载）：一等奖西安市，二等奖宝鸡市、榆林市，三等奖商洛市、延安市、汉中市，县级先进单位十个",
    url: "http://www1.heihejk.com/rzfs/271.html",
    publisher: "陕西省工业和信息化厅、财政厅、统计局（陕西发布，转载页）",
    changes:
      "As published: the three departments, the 实施办法, the ranks and the units in each (鄠邑区、凤翔县、彬县、耀州区、大荔县、黄陵县、神木市、西乡县、" +
      "旬阳县、商州区 as 县级先进单位), 各奖励 by rank, and the use of the money (企业技术改造项目建设). The stored copy lost the year and every amount " +
      "(奖励万元, 各奖励万元): the standards (300 / 200 / 100 / 50万元), the table's title and columns (等次 | 单位 | 个数 | 奖励标准（万元/个） | " +
      "奖励金额（万元）) are ours. Planted: 三等奖 3 units × 100 = 300 written as 400 (the total, 1,600, carries the slip).",
  },
  classes: ["composition", "allocation-by-rank", "unit-times-quantity", "standard-heading", "count-column", "units-named-in-one-cell", "cities-and-counties-as-lines", "no-year-stated", "total-at-foot", "wanyuan-in-header", "notes-under-table", "shaanxi"],
  sheets: [
    {
      name: "奖励资金表",
      widths: [14, 60, 8, 16, 16],
      rows: [
        ["全省企业技术改造先进单位奖励资金表", null, null, null, null],
        ["等次", "单位", "个数", "奖励标准（万元/个）", "奖励金额（万元）"],
        ["一等奖", "西安市", 1, 300, 300],
        ["二等奖", "宝鸡市、榆林市", 2, 200, 400],
        ["三等奖", "商洛市、延安市、汉中市", 3, 100, 400],
        ["县级先进单位", "鄠邑区、凤翔县、彬县、耀州区、大荔县、黄陵县、神木市、西乡县、旬阳县、商州区", 10, 50, 500],
        ["合计", null, 16, null, 1600],
        ["注：奖励资金要全部用于各市和县（区、市）企业技术改造项目建设，优先用于获奖各市和县（区、市）推荐的省级重点技术改造项目建设。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:E8"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励资金表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 7,
        columns: { A: "category", B: "line", C: "quantity", D: "unitAmount", E: "amount" },
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E5", why: "三等奖: 3 × 100 = 300, written 400 (100万元 too much); a 奖励标准 allows no rounding" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E3", why: "1 × 300 = 300" },
      { rule: "composition.line-mismatch", cell: "E4", why: "2 × 200 = 400" },
      { rule: "composition.line-mismatch", cell: "E6", why: "10 × 50 = 500" },
      { rule: "composition.total-mismatch", cell: "E7", why: "合计 1,600 = 300 + 400 + 400 + 500, the lines as written (the slip is 三等奖's)" },
      { rule: "composition.total-mismatch", cell: "C7", why: "16 = 1 + 2 + 3 + 10 units, a count" },
      { rule: "composition.line-rounded", why: "whole-number standards and counts: nothing rounded" },
      { rule: "input.unreadable-value", why: "the units named in one cell and the note are text" },
    ],
  },
};
