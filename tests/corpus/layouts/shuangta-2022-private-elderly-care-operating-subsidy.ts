import type { CorpusLayout } from "../types";

// 朝阳市双塔区民政局 2022-12-29: 养老扶持补贴信息 — the operating subsidy for private elderly-care homes for 2021 H2 and 2022 H1: two homes,
// 550 approved beds, 3,815 eligible bed-months at 130元/床/月 = 495,950元. Built as the payout table the notice summarises.
export const layout: CorpusLayout = {
  id: "shuangta-2022-private-elderly-care-operating-subsidy",
  source: {
    title: "养老扶持补贴信息20221229（民办养老机构运营补贴发放表据公开信息拟）",
    url: "http://www.lnst.gov.cn/html/CYSTQ/202212/0167230978428676.html",
    publisher: "朝阳市双塔区民政局",
    date: "2022-12-29",
    changes:
      "As published: two private homes approved, 550 beds, 3,815 eligible bed-months (床/次), 130元/床/月, 495,950元 in all, for 2021年下半年 " +
      "and 2022年上半年. The homes' names, the split of beds and bed-months between them (300 / 250 beds; 2,105 / 1,710 bed-months), the " +
      "table and the note are ours. Planted: the second home's subsidy typed 223,200 where 1,710 × 130 = 222,300, so the 合计 495,950 " +
      "(the published figure) misses the lines as typed (496,850).",
  },
  classes: [
    "composition", "unit-times-quantity", "standard-heading", "standard-per-bed-month", "capacity-beside-count",
    "yuan-amounts", "yuan-in-header", "total-at-foot", "period-across-two-years", "notes-under-table", "table-from-prose",
    "district-fund", "elderly-care", "liaoning",
  ],
  sheets: [
    {
      name: "运营补贴",
      widths: [6, 30, 14, 22, 18, 16],
      rows: [
        ["双塔区2021年下半年和2022年上半年民办养老机构运营补贴发放表", null, null, null, null, null],
        ["序号", "机构名称", "核准床位数（张）", "符合补贴标准床位数（床/次）", "补贴标准（元/床/月）", "补贴金额（元）"],
        [1, "朝阳市双塔区福寿康养老院", 300, 2105, 130, 273650],
        [2, "朝阳市双塔区夕阳红老年公寓", 250, 1710, 130, 223200],
        ["合计", null, 550, 3815, null, 495950],
        ["注：补贴期间为2021年7月至2022年6月，按实际入住且符合条件的床位按月计算。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A5:B5", "A6:F6"],
    },
  ],
  settings: { district: "朝阳市双塔区" },
  expect: {
    tables: [
      {
        sheet: "运营补贴",
        kind: "composition",
        unit: "元",
        headerRow: 2,
        lastRow: 5,
        columns: { B: "line", D: "quantity", E: "unitAmount", F: "amount" },
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "F4", why: "夕阳红老年公寓: 1,710 bed-months × 130元 = 222,300; typed 223,200: 900元 apart" },
      { rule: "composition.total-mismatch", cell: "F5", why: "合计 495,950; the lines as typed 273,650 + 223,200 = 496,850: 900元 apart" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "F3", why: "2,105 × 130 = 273,650; the 300 approved beds are capacity, not the count paid (元/床/月 multiplies bed-months)" },
      { rule: "composition.line-rounded", why: "130元 is a stated standard and every amount is exact" },
      { rule: "composition.total-mismatch", cell: "C5", why: "beds 300 + 250 = 550 and bed-months 2,105 + 1,710 = 3,815 are counts that add up" },
    ],
  },
};
