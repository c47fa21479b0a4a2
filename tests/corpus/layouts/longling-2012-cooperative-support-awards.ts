import type { CorpusLayout } from "../types";

// 云南保山市龙陵县 2012: 《关于实施发展农民专业合作社行动的意见》 — 县财政每年50万元; new co-ops 0.3万元, certification or a 著名商标 1万元 once,
// each fair at most 0.3万元 — as a clause sheet, with a list of our own; 勐糯 paid 0.5 for a fair, 镇安 paid the certification award twice.
export const layout: CorpusLayout = {
  id: "longling-2012-cooperative-support-awards",
  source: {
    title: "云南保山市龙陵县财政加大农民专业合作社扶持力度（扶持条款及补助名单据报道拟）",
    url: "http://m.galtzs.cn/new/184_900_201210/11lv792380610.shtml",
    publisher: "龙陵县财政局（财政部网站地方财政动态转载）",
    date: "2012-10",
    changes:
      "The page is a news report; both tables are ours (表据报道拟). The clause sheet keeps the report's wording of three standards (新组建注册且农户入社达50户以上 " +
      "给予0.3万元补助; 获得无公害、绿色食品、有机食品认证、地理标志产品认证及县级以上著名商标称号 一次性补助1万元; 参加省（市）主办的博览会、展销会 每次给予不高于" +
      "0.3万元的补助); the item names are ours, and the fourth clause (县级示范性合作社 一次性奖励4—6万元, a range) is left out. The list, its co-operatives and " +
      "figures are ours; the towns are 龙陵县's. Planted: 勐糯 0.5 for a fair against at most 0.3; 镇安紫皮石斛 given the certification award a second time.",
  },
  classes: ["catalog", "register", "two-sheets", "catalog-sheet", "prose-caps", "fixed-cap", "max-cap", "conditions-not-caps", "item-column", "support-word-item-heading", "co-operatives", "no-credit-codes", "towns-as-places", "one-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "county-policy", "yunnan"],
  settings: { district: "龙陵县" },
  sheets: [
    {
      name: "扶持条款",
      widths: [6, 18, 56, 30],
      rows: [
        ["龙陵县发展农民专业合作社扶持条款（表据报道拟）", null, null, null],
        ["序号", "扶持项目", "扶持条件", "扶持标准"],
        [1, "新组建合作社补助", "新组建注册且农户入社达50户以上的合作社", "给予0.3万元补助"],
        [2, "认证及商标补助", "获得无公害、绿色食品、有机食品认证，获得地理标志产品认证及获得县级以上著名商标称号的合作社", "给予一次性补助1万元"],
        [3, "展会推介补助", "参加省（市）主办的博览会、展销会等活动，设立专卖摊位推介我县特色农产品的合作社", "每次给予不高于0.3万元的补助"],
        ["注：从2012年开始，每年由县财政安排50万元专项资金扶持农民专业合作社发展，并视财力增长情况逐年增加。", null, null, null],
      ],
      merges: ["A1:D1", "A6:D6"],
    },
    {
      name: "补助名单",
      widths: [6, 32, 12, 18, 16, 14],
      rows: [
        ["2012年龙陵县农民专业合作社扶持资金补助名单（表据报道拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "合作社名称", "所在乡（镇）", "扶持项目", "补助金额（万元）", "备注"],
        [1, "龙陵县龙山石斛种植专业合作社", "龙山镇", "新组建合作社补助", 0.3, "入社农户62户"],
        [2, "龙陵县镇安紫皮石斛专业合作社", "镇安镇", "认证及商标补助", 1, "有机食品认证"],
        [3, "龙陵县勐糯甘蔗种植专业合作社", "勐糯镇", "展会推介补助", 0.5, "昆交会"],
        [4, "龙陵县象达茶叶专业合作社", "象达镇", "认证及商标补助", 1, "县级著名商标"],
        [5, "龙陵县龙江生猪养殖专业合作社", "龙江乡", "新组建合作社补助", 0.3, "入社农户55户"],
        [6, "龙陵县镇安紫皮石斛专业合作社", "镇安镇", "认证及商标补助", 1, "地理标志产品认证"],
        [7, "龙陵县碧寨核桃专业合作社", "碧寨乡", "展会推介补助", 0.3, "保山市农博会"],
        [8, "龙陵县镇安紫皮石斛专业合作社", "镇安镇", "展会推介补助", 0.2, "南博会"],
        ["合计", null, null, null, 4.6, null],
        ["注：截至2012年6月末，全县各类农民专业合作社160家，入社社员18,628户。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A12:D12", "A13:F13"],
      numberFormats: { "E4:E12": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "扶持条款",
        kind: "catalog",
        headerRow: 2,
        lastRow: 5,
        columns: { A: "code", B: "item", D: "standard" },
      },
      {
        sheet: "补助名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "place", D: "item", E: "approved" },
        year: 2012,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "补助名单", cell: "E6", why: "展会推介补助: 每次不高于0.3万元; 勐糯甘蔗 0.5: 0.2万元 over" },
      { rule: "register.duplicate", sheet: "补助名单", cell: "D9", why: "龙陵县镇安紫皮石斛专业合作社 has 认证及商标补助 (一次性) again on row 9, first on row 5, same year" },
    ],
    absent: [
      { rule: "register.duplicate", sheet: "补助名单", cell: "D11", why: "镇安紫皮石斛's third row is 展会推介补助, another item" },
      { rule: "cap.exceeded", sheet: "补助名单", cell: "E5", why: "1 is the fixed 认证及商标补助" },
      { rule: "cap.exceeded", sheet: "补助名单", cell: "E12", why: "the 合计 4.6 is the list's total, not an award" },
      { rule: "composition.total-mismatch", sheet: "补助名单", cell: "E12", why: "0.3 + 1 + 0.5 + 1 + 0.3 + 1 + 0.3 + 0.2 = 4.6" },
      { rule: "register.ineligible-location", why: "龙山镇, 镇安镇, 勐糯镇, 象达镇, 龙江乡, 碧寨乡 are towns of 龙陵县" },
      { rule: "catalog.unreadable-standard", why: "0.3万元, 一次性补助1万元 and 不高于0.3万元 are readable; 50户以上 is a condition in the 扶持条件 column" },
      { rule: "cap.unknown-policy", why: "every row's 扶持项目 is one of the clause sheet's three items" },
      { rule: "cap.exceeded", sheet: "补助名单", cell: "E11", why: "镇安's fair award 0.2 is under the 0.3 maximum" },
    ],
  },
};
