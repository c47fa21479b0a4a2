import type { CorpusLayout } from "../types";

// 南昌市政府办公室 2021-03-19, 做大全市工业经济总量的若干政策措施 第3条: an above-scale industrial firm paying 100万元+ of local
// revenue and using more power than the year before is paid 0.1元 for each new 千瓦时, at most 100万元 a firm, nothing under 3万元.
// The list of firms such a clause pays: each firm's power use in both years beside the subsidy.
export const layout: CorpusLayout = {
  id: "nanchang-2021-power-use-growth-subsidy",
  source: {
    title: "南昌市人民政府办公室关于印发做大全市工业经济总量等五个若干政策措施的通知 — 新增用电量补贴拟补贴企业名单（表据政策拟）",
    url: "http://fangchan.com/policy/28/2021-03-25/6780660798995108311.html",
    publisher: "南昌市政府办公室（中国房地产网转载）",
    date: "2021-03-19",
    changes:
      "As published: 第3条's terms (年地方财政贡献100万元及以上且同比有增长; 按每千瓦时0.1元的标准给予补贴; 单户企业补贴额不超过100万元; " +
      "补贴额3万元以下的企业不予安排). The notice prints no list: the list's title and columns (序号 | 企业名称 | 统一社会信用代码 | 所在县区（开发区） | " +
      "2021年用电量 | 2020年用电量 | 新增用电量 (万千瓦时) | 补贴金额（万元）), the firms, codes (3601xx) and figures are ours; the catalog states the " +
      "item with its 100万元 maximum. Planted: 江西新建光电 paid 126.00 for 1,260万千瓦时 — the rate's figure, above the 100万元 a firm may get; " +
      "南昌经开区 firm's code with a wrong check character.",
  },
  classes: [
    "register", "item-in-title", "year-in-title", "max-cap", "per-unit-standard", "quantity-columns-beside-award", "two-header-rows",
    "credit-codes", "invalid-credit-code", "counties-and-zones-as-places", "wanyuan-in-header", "total-at-foot", "notes-under-table",
    "table-from-prose", "city-fund", "jiangxi",
  ],
  settings: { district: "南昌市", asOf: "2022-03-31" },
  sheets: [
    {
      name: "拟补贴名单",
      widths: [6, 30, 22, 20, 14, 14, 14, 16],
      rows: [
        ["南昌市2021年度工业企业新增用电量补贴拟补贴企业名单", null, null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在县区（开发区）", "用电量（万千瓦时）", null, null, "补贴金额（万元）"],
        [null, null, null, null, "2021年", "2020年", "新增", null],
        [1, "江西洪城精密机械有限公司", "91360121MA35K8TQ25", "南昌县", 3420, 2860, 560, 56],
        [2, "南昌进贤医疗器械有限公司", "91360124MA38PN4U1F", "进贤县", 1980, 1605, 375, 37.5],
        [3, "江西新建光电科技有限公司", "91360112MA39CX7F54", "新建区", 5210, 3950, 1260, 126],
        [4, "南昌青山湖电子科技有限公司", "91360111MA38R2LW0C", "青山湖区", 2640, 2310, 330, 33],
        [5, "江西小蓝汽车零部件有限公司", "91360121MA39GM2K8B", "南昌小蓝经济技术开发区", 4100, 3380, 720, 72],
        [6, "南昌经开新材料有限公司", "91360100MA35YB3H6A", "南昌经济技术开发区", 1850, 1420, 430, 43],
        ["合计", null, null, null, 19200, 15525, 3675, 367.5],
        ["注：补贴标准为每千瓦时0.1元；单户企业补贴额不超过100万元，补贴额3万元以下的企业不予安排。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "A10:D10", "A11:H11"],
      numberFormats: { "H4:H10": "0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "新增用电量补贴",
        capType: "max",
        capAmount: 100,
        unit: "万元",
        year: 2021,
        document: "做大全市工业经济总量的若干政策措施 第3条",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟补贴名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", H: "approved" },
        year: 2021,
        item: "新增用电量补贴",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "H6", why: "江西新建光电: 1,260万千瓦时 × 0.1元 = 126.00万元, above the 100.00万元 a firm may get: 26.00万元 over" },
      { rule: "register.invalid-credit-code", cell: "C9", why: "91360100MA35YB3H6A: the GB 32100 check character for 91360100MA35YB3H6 is 5, not A" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "H10", why: "合计 367.50 = 56 + 37.5 + 126 + 33 + 72 + 43 is not an award" },
      { rule: "cap.exceeded", cell: "G6", why: "新增用电量 1,260 is in 万千瓦时, not money" },
      { rule: "register.ineligible-location", why: "南昌县, 进贤县, 新建区, 青山湖区 and the two development zones are all in 南昌市" },
      { rule: "register.location-code-mismatch", why: "every code carries 3601xx, 南昌市" },
      { rule: "register.duplicate", why: "every firm appears once" },
      { rule: "cap.unknown-policy", why: "the title's 新增用电量补贴 is in the catalog" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
