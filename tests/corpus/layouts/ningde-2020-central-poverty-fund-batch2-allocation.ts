import type { CorpusLayout } from "../types";

// 福建省 2020: the second batch of 2020 central 财政专项扶贫资金 (52,439万元), 宁德市's share 8,803万元 as the 分配表 gives it county by
// county (宁德晚报 read it off the table). Built as the city's allocation table: 县（市、区） | 分配资金 | 其中 by the fund's directions,
// a merged 其中 over them, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "ningde-2020-central-poverty-fund-batch2-allocation",
  source: {
    title: "福建省下达2020年度第二批中央财政专项扶贫资金 宁德市分配得8803万元（分配表据报道拟）",
    url: "http://www.8d4o.com/show-1-20052.aspx",
    publisher: "宁德晚报（福建省财政厅资金分配表）",
    date: "2020",
    changes:
      "The report is prose: the batch (52,439万元, 一次性补助, for 老区苏区脱贫攻坚), the six directions (产业扶贫、就业扶贫、贫困村提升工程、易地扶贫搬迁后续扶持、" +
      "扶贫改革、国有贫困农场) and each county's share (寿宁县1762万元 … 蕉城区520万元). The table is ours: the counties in the report's order, five " +
      "directions as 其中 columns (宁德 has no 国有贫困农场 line) and our own figures near the published ones. Planted: 屏南县's 分配资金 typed 1,210 " +
      "where its directions add up to 1,120 — so the county's row disagrees across, and the column foot 8,810 disagrees with the counties as typed (8,900).",
  },
  classes: [
    "composition", "allocation-by-county", "row-total-across", "qizhong-merged-header", "direction-columns", "two-header-rows",
    "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "city-fund", "fujian",
  ],
  settings: { district: "宁德市" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 14, 12, 12, 12, 16, 22, 12],
      rows: [
        ["宁德市2020年度第二批中央财政专项扶贫资金分配表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "县（市、区）", "分配资金", "其中", null, null, null, null],
        [null, null, null, "产业扶贫", "就业扶贫", "贫困村提升工程", "易地扶贫搬迁后续扶持", "扶贫改革"],
        [1, "寿宁县", 1780, 1020, 260, 300, 150, 50],
        [2, "霞浦县", 1460, 840, 220, 250, 110, 40],
        [3, "屏南县", 1210, 640, 170, 190, 90, 30],
        [4, "福安市", 1080, 610, 170, 180, 90, 30],
        [5, "古田县", 790, 450, 120, 130, 60, 30],
        [6, "周宁县", 760, 430, 120, 130, 60, 20],
        [7, "福鼎市", 710, 400, 110, 120, 60, 20],
        [8, "柘荣县", 590, 330, 90, 100, 50, 20],
        [9, "蕉城区", 520, 290, 80, 90, 40, 20],
        ["合计", null, 8810, 5010, 1340, 1490, 710, 260],
        ["注：本批资金属一次性补助，重点支持老区苏区脱贫攻坚，实施精准扶贫精准脱贫项目。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:H3", "A14:B14", "A15:H15"],
      numberFormats: { "C5:H14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: {
          A: "code",
          B: "line",
          C: "amount",
          D: "amount:产业扶贫",
          E: "amount:就业扶贫",
          F: "amount:贫困村提升工程",
          G: "amount:易地扶贫搬迁后续扶持",
          H: "amount:扶贫改革",
        },
        year: 2020,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C7", why: "屏南县 分配资金 1,210; its directions 640 + 170 + 190 + 90 + 30 = 1,120 (90万元 apart)" },
      { rule: "composition.total-mismatch", cell: "C14", why: "合计 8,810; the nine counties' 分配资金 as typed add up to 8,900 (屏南's 1,210 carries the 90)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D14", why: "产业扶贫 1,020 + 840 + 640 + 610 + 450 + 430 + 400 + 330 + 290 = 5,010" },
      { rule: "composition.total-mismatch", cell: "E14", why: "就业扶贫 adds up to 1,340; 贫困村提升 to 1,490; 易地搬迁 to 710; 扶贫改革 to 260" },
      { rule: "composition.total-mismatch", cell: "C5", why: "寿宁县 1,020 + 260 + 300 + 150 + 50 = 1,780; every county but 屏南 agrees across" },
      { rule: "composition.line-mismatch", why: "no quantity or standard column: nothing to multiply" },
      { rule: "register.ineligible-location", why: "an allocation among 宁德's own counties is no register; all nine lie in 宁德市" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
