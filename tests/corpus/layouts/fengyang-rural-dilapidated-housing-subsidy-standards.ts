import type { CorpusLayout } from "../types";

// 滁州市委宣传部 news page: 凤阳县 农村危房改造全县动员会 (3月25日) — 1,796 households this year; 五保户、低保户、贫困残疾户 重建 2万元 / 修缮加固
// 6,000元 per household, 其他贫困户 重建 1万元 / 修缮加固 4,000元. Laid out as the four standards (catalog) and a town's 补助发放名单 of our own.
export const layout: CorpusLayout = {
  id: "fengyang-rural-dilapidated-housing-subsidy-standards",
  source: {
    title: "凤阳县农村危房改造全面铺开（补助标准表与补助名单据正文拟）",
    url: "https://www.czswxcb.gov.cn/content-15-2979-1.shtml",
    publisher: "中共滁州市委宣传部",
    changes:
      "As published: the four per-household standards (20,000 / 6,000 / 10,000 / 4,000元) and whom they are for, and the 1,796 households. The " +
      "stored copy is prose and states no year: no year is given in the workbook. The standards table's layout, the 补助名单 (households, towns, " +
      "amounts) and its title are ours. Planted: 其他贫困户重建房屋 paid 12,000元 to one household, above the 10,000元 standard; 王德胜 of 武店镇 listed " +
      "twice for 五保户、低保户、贫困残疾户修缮加固.",
  },
  classes: ["catalog", "register", "two-sheets", "per-household-standards", "item-column", "households", "town-column", "whole-yuan", "yuan-in-header", "total-at-foot", "table-from-prose", "news-report", "county-level", "anhui"],
  settings: { district: "凤阳县" },
  sheets: [
    {
      name: "补助标准",
      widths: [6, 36, 30, 18],
      rows: [
        ["凤阳县农村危房改造补助标准", null, null, null],
        ["序号", "补助项目", "补助对象", "补助标准（元/户）"],
        [1, "五保户、低保户、贫困残疾户重建房屋", "农村分散供养五保户、低保户、贫困残疾户", 20000],
        [2, "五保户、低保户、贫困残疾户修缮加固", "农村分散供养五保户、低保户、贫困残疾户", 6000],
        [3, "其他贫困户重建房屋", "其他农村贫困户", 10000],
        [4, "其他贫困户修缮加固", "其他农村贫困户", 4000],
      ],
      merges: ["A1:D1"],
      numberFormats: { "D3:D6": "#,##0" },
    },
    {
      name: "补助名单",
      widths: [6, 12, 12, 36, 16],
      rows: [
        ["凤阳县农村危房改造补助资金发放名单（第一批）", null, null, null, null],
        ["序号", "户主姓名", "所在乡镇", "补助项目", "补助金额（元）"],
        [1, "王德胜", "武店镇", "五保户、低保户、贫困残疾户修缮加固", 6000],
        [2, "李秀兰", "府城镇", "五保户、低保户、贫困残疾户重建房屋", 20000],
        [3, "张洪亮", "大庙镇", "其他贫困户重建房屋", 10000],
        [4, "陈桂芳", "刘府镇", "其他贫困户修缮加固", 4000],
        [5, "赵长友", "殷涧镇", "其他贫困户重建房屋", 12000],
        [6, "孙玉梅", "总铺镇", "五保户、低保户、贫困残疾户重建房屋", 20000],
        [7, "周宝山", "临淮关镇", "其他贫困户修缮加固", 4000],
        [8, "王德胜", "武店镇", "五保户、低保户、贫困残疾户修缮加固", 6000],
        ["合计", null, null, null, 82000],
      ],
      merges: ["A1:E1", "A11:D11"],
      numberFormats: { "E3:E11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "补助标准", kind: "catalog", unit: "元", headerRow: 2, lastRow: 6, columns: { A: "code", B: "item", C: "category", D: "capAmount" } },
      { sheet: "补助名单", kind: "register", unit: "元", headerRow: 2, lastRow: 11, columns: { B: "enterprise", C: "place", D: "item", E: "approved" } },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "补助名单", cell: "E7", why: "其他贫困户重建房屋 12,000元 > the 10,000元 per-household standard (2,000元 over)" },
      { rule: "register.duplicate", sheet: "补助名单", cell: "E10", why: "王德胜 (武店镇) listed again for 五保户、低保户、贫困残疾户修缮加固, first at row 3" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "补助名单", cell: "E4", why: "20,000 = the 重建 standard for 五保户、低保户、贫困残疾户, not above it" },
      { rule: "cap.unknown-policy", why: "every row's 补助项目 is one of the four standards word for word" },
      { rule: "register.ineligible-location", sheet: "补助名单", why: "武店镇, 府城镇, 大庙镇, 刘府镇, 殷涧镇, 总铺镇, 临淮关镇 are 凤阳县's own towns" },
      { rule: "register.duplicate", sheet: "补助名单", cell: "E11", why: "合计 is not a household" },
      { rule: "register.unpaid", why: "a list of amounts with no payment columns records no payments" },
      { rule: "catalog.unreadable-standard", sheet: "补助标准", why: "each standard is a figure per household" },
    ],
  },
};
