import type { CorpusLayout } from "../types";

// 石柱土家族自治县应急管理局 2021-12: 重庆市因灾倒塌住房恢复重建补助资金管理工作规程 (the 补助资金 is paid per 户 through the
// towns). Laid out as the county's payment table by 乡镇（街道）: 户数 × 补助标准 = 补助资金, in 元; households and standard ours.
export const layout: CorpusLayout = {
  id: "shizhu-cq-2021-collapsed-housing-rebuild-subsidy-by-town",
  source: {
    title: "重庆市因灾倒塌住房恢复重建补助资金管理工作规程（石柱县2021年因灾倒塌住房恢复重建补助资金拨付表据正文拟）",
    url: "http://cqszx.gov.cn/bm/xyjglj/zwgk_66727/jczwgk_yjj/jzlyxxgk_yjj/zhjz/zfhfzj/202112/t20211213_10154388.html",
    publisher: "石柱土家族自治县应急管理局",
    date: "2021-12-13",
    changes:
      "As published: the 规程 (prose: money paid per household, through the 乡镇 to the 户, after 核查 and 公示). " +
      "Ours: the payment table by town (8 towns of 石柱县), the household counts, a single 20,000元/户 standard and the note. " +
      "Planted: 黄水镇 4 户 × 20,000 typed 90,000 (80,000), so the 补助资金 lines as typed add up to 530,000 against the 合计 520,000.",
  },
  classes: ["composition", "payment-summary", "allocation-by-town", "count-columns", "unit-amount-column", "yuan-unit", "unit-in-headings", "total-at-foot", "notes-under-table", "signoff-line", "table-from-prose", "county-fund", "chongqing"],
  settings: { district: "石柱土家族自治县" },
  sheets: [
    {
      name: "拨付表",
      widths: [6, 16, 14, 18, 16],
      rows: [
        ["石柱县2021年因灾倒塌住房恢复重建补助资金拨付表", null, null, null, null],
        ["序号", "乡镇（街道）", "重建户数（户）", "补助标准（元/户）", "补助资金（元）"],
        [1, "南宾街道", 3, 20000, 60000],
        [2, "下路街道", 2, 20000, 40000],
        [3, "西沱镇", 5, 20000, 100000],
        [4, "黄水镇", 4, 20000, 90000],
        [5, "悦崃镇", 2, 20000, 40000],
        [6, "中益乡", 6, 20000, 120000],
        [7, "桥头镇", 3, 20000, 60000],
        [8, "冷水镇", 1, 20000, 20000],
        ["合计", null, 26, null, 520000],
        ["注：补助资金经乡镇（街道）核查、村（社区）公示无异议后，通过“一卡通”直接发放到户。", null, null, null, null],
        ["石柱土家族自治县应急管理局　石柱土家族自治县财政局　2021年12月", null, null, null, null],
      ],
      merges: ["A1:E1", "A11:B11", "A12:E12", "A13:E13"],
      numberFormats: { "D3:E11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "拨付表", kind: "composition", unit: "元", headerRow: 2, lastRow: 11, columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" }, year: 2021 },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E6", why: "黄水镇 4 户 × 20,000 = 80,000元, typed 90,000" },
      { rule: "composition.total-mismatch", cell: "E11", why: "合计 520,000; the lines as typed 60,000 + 40,000 + 100,000 + 90,000 + 40,000 + 120,000 + 60,000 + 20,000 = 530,000 (10,000元 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C11", why: "户数 3 + 2 + 5 + 4 + 2 + 6 + 3 + 1 = 26" },
      { rule: "composition.line-mismatch", cell: "E8", why: "every other town's 户数 × 20,000 equals its 补助资金" },
      { rule: "register.ineligible-location", why: "南宾、下路街道 and the six 乡镇 are all of 石柱县" },
      { rule: "input.unreadable-value", cell: "A13", why: "the sign-off line under the note is not data" },
    ],
  },
};
