import type { CorpusLayout } from "../types";

// 吉林市农业农村局 2022-11-07: 关于拨付2021年度吉林市本级黑土地保护利用项目资金的公示 — 200万元 from the province for a
// 1万亩 demonstration, paid 先建后补 through the districts to the farms and villages that carry it (each named with its 亩 and
// 万元: 1400亩 28万元 …, 200元 an 亩). Laid out as the payment's detail by implementer: area × standard = money.
export const layout: CorpusLayout = {
  id: "jilin-city-2021-black-soil-protection-allocation",
  source: {
    title: "关于拨付2021年度吉林市本级黑土地保护利用项目资金的公示 — 资金拨付明细（表据正文拟）",
    url: "http://xxgk.jlcity.gov.cn/gzbm/nywyh_1/xbgkml/202211/t20221107_1084578.html",
    publisher: "吉林市农业农村局",
    date: "2022-11-07",
    changes:
      "The notice names, in one sentence, five implementers with their district, 亩 and 万元 (200元 an 亩) out of 200万元 for 1万亩, and says the " +
      "money goes first to the districts and is paid 先建后补 after acceptance. Laid out as the table behind that sentence (序号 | 县（区） | " +
      "实施主体 | 示范面积（亩） | 补助标准（元/亩） | 补助资金（元）); the districts (船营区, 昌邑区, 龙潭区, 经开区, 丰满区) and the 200元 standard are as " +
      "published, the implementers' names and figures ours, three rows added to reach the 1万亩. Planted: 经开区 2,600亩 × 200 = 520,000 written " +
      "540,000, and the 合计 of 2,000,000 left as planned, so the lines add to 2,020,000.",
  },
  classes: ["composition", "allocation-by-implementer", "unit-times-quantity", "standard-column", "yuan-in-headers", "districts-as-groups", "total-at-foot", "notes-under-table", "city-government", "jilin"],
  sheets: [
    {
      name: "拨付明细",
      widths: [6, 10, 38, 14, 16, 16],
      rows: [
        ["2021年度吉林市本级黑土地保护利用项目资金拨付明细表", null, null, null, null, null],
        ["序号", "县（区）", "实施主体", "示范面积（亩）", "补助标准（元/亩）", "补助资金（元）"],
        [1, "船营区", "船营区雪岭生态家庭农场", 1400, 200, 280000],
        [2, "昌邑区", "昌邑区鑫丰家庭农场", 1400, 200, 280000],
        [3, "昌邑区", "昌邑区春禾生态家庭农场", 1000, 200, 200000],
        [4, "龙潭区", "龙潭区江北乡东山村股份经济合作社", 1000, 200, 200000],
        [5, "经开区", "吉林经开区海川家庭农场", 2600, 200, 540000],
        [6, "丰满区", "丰满区旺起镇丰收农机专业合作社", 1000, 200, 200000],
        [7, "船营区", "船营区大绥河镇绿野家庭农场", 800, 200, 160000],
        [8, "龙潭区", "龙潭区金珠镇黑土地种植专业合作社", 800, 200, 160000],
        ["合计", null, null, 10000, null, 2000000],
        ["注：项目采取“先建后补”方式实施，资金先行下达到各区，待项目实施完成并验收后，由各区将资金按额度拨付给实施主体。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A11:C11", "A12:F12"],
      numberFormats: { "D3:D11": "#,##0", "F3:F11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拨付明细",
        kind: "composition",
        unit: "元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "category", C: "line", D: "quantity", E: "unitAmount", F: "amount" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "F7", why: "2,600亩 × 200元/亩 = 520,000元, written 540,000: 20,000元 over; 200元/亩 is the standard, so no rounding is allowed" },
      { rule: "composition.total-mismatch", cell: "F11", why: "280,000 + 280,000 + 200,000 + 200,000 + 540,000 + 200,000 + 160,000 + 160,000 = 2,020,000, stated 2,000,000" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "F3", why: "1,400 × 200 = 280,000 exactly; every other line agrees too" },
      { rule: "composition.total-mismatch", cell: "D11", why: "1,400 + 1,400 + 1,000 + 1,000 + 2,600 + 1,000 + 800 + 800 = 10,000亩" },
      { rule: "composition.total-mismatch", cell: "E11", why: "补助标准 is a standard, not summed; the 合计 row leaves it empty" },
      { rule: "register.duplicate", why: "an allocation by implementer, not an award list; the districts repeat as groups" },
      { rule: "input.unreadable-value", why: "the note under the table is text, not data" },
    ],
  },
};
