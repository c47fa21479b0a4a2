import type { CorpusLayout } from "../types";

// 天津市财政局 津财基指〔2021〕109号 (2021-11-30): 2022年大气污染防治资金 sent down in advance for the 2021-2022 采暖期 农村清洁取暖运营市级补贴,
// 项目编码 12000021P34569010001A, 科目 2300312, with an annexed 资金明细表 by district. Laid out as that annex: 序号 | 区 | 合计 | 其中 (煤改电运营补贴 |
// 煤改气运营补贴), the 项目编码 and 科目 in a line over the header, 合计 at the foot, a note under it.
export const layout: CorpusLayout = {
  id: "tianjin-2022-rural-clean-heating-operation-advance-by-district",
  source: {
    title: "关于提前下达2022年大气污染防治资金预算的通知（津财基指〔2021〕109号）附件：提前下达各有关区2021-2022采暖期农村清洁取暖运营市级补贴资金明细表（表据通知拟）",
    url: "http://www.tyc-yl.com/zwgk_53713/ysgk_59783/czjzxzj/202201/t20220130_5795461.html",
    publisher: "天津市财政局",
    date: "2021-11-30",
    changes:
      "As published: the notice (the fund, its use for the 2021-2022 采暖期 农村清洁取暖运营市级补贴, 项目编码, 专项资金 name, 科目 2300312) and " +
      "the annex's title; the stored copy blanks the sum and does not show the annex. Ours: the ten districts with rural clean heating, the " +
      "煤改电 / 煤改气 split and every figure. Planted: the foot's 煤改气运营补贴 typed 4,250.16 where the districts add up to 4,240.16.",
  },
  classes: [
    "composition", "allocation-by-district", "total-column-first", "qizhong-columns", "two-header-rows", "merged-header", "two-decimals",
    "wanyuan-caption", "code-line-over-header", "total-at-foot", "notes-under-table", "annex-not-shown", "table-from-prose", "city-fund",
    "tianjin",
  ],
  sheets: [
    {
      name: "资金明细表",
      widths: [6, 14, 14, 16, 16],
      rows: [
        ["提前下达各有关区2021-2022采暖期农村清洁取暖运营市级补贴资金明细表", null, null, null, null],
        ["项目编码：12000021P34569010001A　支出功能分类科目：2300312", null, null, null, "单位：万元"],
        ["序号", "区", "合计", "其中", null],
        [null, null, null, "煤改电运营补贴", "煤改气运营补贴"],
        [1, "滨海新区", 1286.4, 742.15, 544.25],
        [2, "东丽区", 412.8, 236.5, 176.3],
        [3, "西青区", 538.62, 301.27, 237.35],
        [4, "津南区", 466.35, 288.1, 178.25],
        [5, "北辰区", 395.7, 210.45, 185.25],
        [6, "武清区", 1842.56, 1015.3, 827.26],
        [7, "宝坻区", 1620.18, 936.72, 683.46],
        [8, "宁河区", 708.94, 402.6, 306.34],
        [9, "静海区", 1354.27, 760.85, 593.42],
        [10, "蓟州区", 1196.48, 688.2, 508.28],
        ["合计", null, 9822.3, 5582.14, 4250.16],
        ["注：列2022年政府预算支出功能分类科目“2300312 反映上级政府对下级政府的城乡社区专项补助支出”；专项资金：北方地区冬季清洁取暖资金（大气污染防治资金）。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:D2", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "A15:B15", "A16:E16"],
      numberFormats: { "C5:E15": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金明细表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { B: "line", C: "amount", D: "amount:煤改电运营补贴", E: "amount:煤改气运营补贴" },
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        sheet: "资金明细表",
        cell: "E15",
        why: "煤改气运营补贴: 544.25 + 176.30 + 237.35 + 178.25 + 185.25 + 827.26 + 683.46 + 306.34 + 593.42 + 508.28 = 4,240.16; the foot says 4,250.16 (10.00 more)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "资金明细表", cell: "C15", why: "the districts' 合计 add up to 9,822.30" },
      { rule: "composition.total-mismatch", sheet: "资金明细表", cell: "D15", why: "煤改电 adds up to 5,582.14" },
      { rule: "composition.total-mismatch", sheet: "资金明细表", cell: "C15", why: "across the foot 9,822.30 = 5,582.14 + 4,240.16, the 煤改气 foot as its lines add up: the slip is reported once, down its column" },
      { rule: "composition.total-mismatch", sheet: "资金明细表", cell: "C5", why: "each district's 合计 = its 煤改电 + 煤改气 (滨海新区 742.15 + 544.25 = 1,286.40 …)" },
      { rule: "input.unreadable-value", sheet: "资金明细表", cell: "A2", why: "the 项目编码 / 科目 line over the header is no data" },
      { rule: "input.unreadable-value", sheet: "资金明细表", cell: "A16", why: "the note under the table is no data" },
      { rule: "register.ineligible-location", sheet: "资金明细表", why: "districts given money are an allocation's lines, not applicants" },
    ],
  },
};
