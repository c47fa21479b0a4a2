import type { CorpusLayout } from "../types";

// 昌都市人民政府 2024-02-11: 昌都市招商引资优惠政策若干规定（试行）, 第四条 — the city and its counties (区) fund the 招商引资扶持奖励
// 专项资金 together, 8000万元 a year, 市 : 县（区） = 6 : 4. Laid out as the year's sharing table: 合计 first, the city's line, the
// counties' 小计 over the eleven 县（区）.
export const layout: CorpusLayout = {
  id: "changdu-2024-investment-award-fund-city-county-shares",
  source: {
    title: "昌都市招商引资优惠政策若干规定（试行）第四条 — 招商引资扶持奖励专项资金市、县（区）分担表（表据正文拟）",
    url: "http://www.changdu.gov.cn/cdrmzf/c100680/202402/d0d3b53cf74446f4856a27239828528e.shtml",
    publisher: "昌都市人民政府",
    date: "2024-02-11",
    changes:
      "Built from the prose (table from prose): 第四条's 8000万元 and the 6:4 split give the 合计, the city's 4800 and the counties' 3200; the " +
      "eleven 县（区） shares are ours (the 规定 does not divide the 40%). Planted: the county lines add up to 3,230 against their 小计 3,200 " +
      "(边坝县 typed 410 where 380 would close it).",
  },
  classes: ["composition", "allocation-by-county", "total-row-first", "subtotal-row", "share-column", "percent-text", "outline-numbering", "whole-wanyuan", "wanyuan-caption", "remark-column", "notes-under-table", "table-from-prose", "prefecture-fund", "xizang"],
  settings: { district: "昌都市" },
  sheets: [
    {
      name: "分担表",
      widths: [6, 16, 10, 12, 24],
      rows: [
        ["昌都市招商引资扶持奖励专项资金分担表（2024年）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "承担级次", "分担比例", "金额", "备注"],
        ["合计", null, "100%", 8000, "市、县（区）两级财政预算保障"],
        ["一", "市级", "60%", 4800, "市财政预算安排"],
        ["二", "县（区）级", "40%", 3200, "各县（区）财政预算安排"],
        [1, "卡若区", null, 480, null],
        [2, "江达县", null, 260, null],
        [3, "贡觉县", null, 240, null],
        [4, "类乌齐县", null, 250, null],
        [5, "丁青县", null, 260, null],
        [6, "察雅县", null, 250, null],
        [7, "八宿县", null, 260, null],
        [8, "左贡县", null, 240, null],
        [9, "芒康县", null, 330, null],
        [10, "洛隆县", null, 250, null],
        [11, "边坝县", null, 410, null],
        ["注：专项资金实行预算管理，逐级审批、财政拨付，用于兑现招商引资扶持奖励。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:B4", "A18:E18"],
    },
  ],
  expect: {
    tables: [
      { sheet: "分担表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 17, columns: { B: "line", D: "amount" }, year: 2024 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D6", why: "县（区）级 小计 3,200 against its eleven lines 480 + 260 + 240 + 250 + 260 + 250 + 260 + 240 + 330 + 250 + 410 = 3,230" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "合计 8,000 = 市级 4,800 + 县（区）级 3,200 as typed: the slip is reported once, at the 小计" },
      { rule: "composition.total-mismatch", cell: "C4", why: "分担比例 are shares (60% + 40% = 100%), no money" },
      { rule: "register.ineligible-location", why: "an allocation to the counties of 昌都市, no register" },
      { rule: "cap.unknown-policy", why: "an allocation of money to lines, no register" },
    ],
  },
};
