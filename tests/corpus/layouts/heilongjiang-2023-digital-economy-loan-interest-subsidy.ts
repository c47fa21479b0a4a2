import type { CorpusLayout } from "../types";

// 黑龙江省发展改革委 2023-12 draft 实施细则 of the digital-economy measures (黑政办规〔2022〕12号): 5-year interest subsidies on new loans for
// brought-in projects, at most 500万元 a year for a project of 2亿—5亿元 and 1000万元 above 5亿元; the year's subsidies (ours) on a second sheet.
export const layout: CorpusLayout = {
  id: "heilongjiang-2023-digital-economy-loan-interest-subsidy",
  source: {
    title: "关于公开征求《黑龙江省支持数字经济加快发展若干政策措施实施细则》意见的通知（引进龙头企业贷款贴息；表据细则拟）",
    url: "https://freewechat.com/a/MzUwOTkwNzEwNg==/2247501692/7",
    publisher: "黑龙江省发展和改革委员会（转载）",
    date: "2023-12",
    changes:
      "The draft gives the measure in one sentence (对引进企业总投资在2亿—5亿元和5亿元以上的项目，…分别不超过500万元和1000万元); we write it as " +
      "two catalog rows, one band each, with the measure's words kept and the document cited beside. The 支持事项 names are ours. The subsidy " +
      "list on the second sheet is ours (firms, codes, projects, investments, amounts). Planted: 大庆油城智能传感 560万元 against the 500万元 " +
      "maximum of its band; one credit code with a wrong check character.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "max-cap", "bands-as-conditions", "document-column", "project-column",
    "investment-column", "credit-codes", "cities-as-places", "item-per-row", "whole-wanyuan", "wanyuan-caption", "total-at-foot",
    "notes-under-table", "table-from-prose", "province-policy", "heilongjiang",
  ],
  settings: { district: "黑龙江省" },
  sheets: [
    {
      name: "贴息政策",
      widths: [6, 28, 86, 22],
      rows: [
        ["黑龙江省支持数字经济加快发展若干政策措施实施细则 — 引进龙头企业新增贷款贴息（表据细则拟）", null, null, null],
        ["序号", "支持事项", "支持标准", "政策依据"],
        [1, "2亿—5亿元项目新增贷款贴息", "对引进企业总投资在2亿—5亿元的项目，按照同期市场报价利率，给予新增贷款5年期限贴息，每年单个项目贴息额度不超过500万元。", "黑政办规〔2022〕12号"],
        [2, "5亿元以上项目新增贷款贴息", "对引进企业总投资在5亿元以上的项目，按照同期市场报价利率，给予新增贷款5年期限贴息，每年单个项目贴息额度不超过1000万元。", "黑政办规〔2022〕12号"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "贴息安排",
      widths: [6, 30, 22, 12, 24, 14, 28, 14],
      rows: [
        ["2023年度数字经济引进项目新增贷款贴息资金拟安排表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目单位", "统一社会信用代码", "所在市", "项目名称", "项目总投资", "支持事项", "本年度贴息金额"],
        [1, "哈尔滨松北云数科技有限公司", "91230100MA1C4F7N3X", "哈尔滨市", "寒地数据中心一期", 32000, "2亿—5亿元项目新增贷款贴息", 420],
        [2, "大庆油城智能传感有限公司", "91230600MA1BN2Q81E", "大庆市", "智能传感器产线建设", 45000, "2亿—5亿元项目新增贷款贴息", 560],
        [3, "齐齐哈尔鹤城机器人有限公司", "91230200MA1D8K5T6K", "齐齐哈尔市", "工业机器人整机制造", 68000, "5亿元以上项目新增贷款贴息", 860],
        [4, "哈尔滨冰城集成电路封测有限公司", "91230100MA7FQ3L28K", "哈尔滨市", "集成电路封测基地", 120000, "5亿元以上项目新增贷款贴息", 1000],
        [5, "哈尔滨太阳岛软件有限公司", "91230100MA1BX6R4P7", "哈尔滨市", "工业软件产业园", 26000, "2亿—5亿元项目新增贷款贴息", 310],
        ["合计", null, null, null, null, 291000, null, 3150],
        ["注：贴息按项目立项后至投产前到位的新增固定资产投资贷款计算，每个项目贴息期限不超过5年。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A9:E9", "A10:H10"],
      numberFormats: { "F4:F9": "#,##0", "H4:H9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "贴息政策", kind: "catalog", headerRow: 2, lastRow: 4, columns: { A: "code", B: "item", C: "standard", D: "document" } },
      {
        sheet: "贴息安排",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "project", G: "item", H: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "贴息安排", cell: "H5", why: "2亿—5亿元项目新增贷款贴息: at most 500万元 a year, 560 proposed: 60万元 over" },
      { rule: "register.invalid-credit-code", sheet: "贴息安排", cell: "C8", why: "91230100MA1BX6R4P7: the check character for the first 17 is D, not 7" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "贴息政策", cell: "C3", why: "不超过500万元 is the maximum; 2亿—5亿元 is the band of the project's investment, a condition" },
      { rule: "catalog.unreadable-standard", sheet: "贴息政策", cell: "C4", why: "不超过1000万元 is the maximum; 5亿元以上 is a condition" },
      { rule: "cap.exceeded", sheet: "贴息安排", cell: "H6", why: "860 is above the other band's 500 but within its own 1,000万元" },
      { rule: "cap.exceeded", sheet: "贴息安排", cell: "H7", why: "1,000 meets the 1,000万元 maximum exactly" },
      { rule: "cap.exceeded", sheet: "贴息安排", cell: "F7", why: "项目总投资 120,000 is the project's size, not an award" },
      { rule: "composition.total-mismatch", sheet: "贴息安排", cell: "H9", why: "420 + 560 + 860 + 1,000 + 310 = 3,150, as typed" },
      { rule: "cap.unknown-policy", why: "both 支持事项 are rows of the first sheet" },
      { rule: "register.ineligible-location", why: "哈尔滨, 大庆, 齐齐哈尔 are cities of 黑龙江" },
      { rule: "register.duplicate", why: "哈尔滨 appears three times as a place, each a different firm and project" },
    ],
  },
};
