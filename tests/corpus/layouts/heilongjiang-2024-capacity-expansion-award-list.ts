import type { CorpusLayout } from "../types";

// 黑龙江省工信厅 2024: the “支持增产扩能” rule of 黑政办规〔2023〕4号 (10% of 生产性固定资产投资额（不含土建等费用）, 单个项目最高
// 不超过1000万元; 5000万元 of such investment, 2000万元 for soybean processing, as the threshold) set as a one-row policy table, and a list
// of projects proposed for payment (ours) with the investment each award is measured on.
export const layout: CorpusLayout = {
  id: "heilongjiang-2024-capacity-expansion-award-list",
  source: {
    title: "黑龙江省工信厅组织开展2024年度“支持增产扩能”政策兑现申报工作（政策表据通知拟；拟兑现项目名单为本库拟）",
    url: "http://cargogcs.com/news/xingyezixun/299.html",
    publisher: "黑龙江省工业和信息化厅（转载）",
    date: "2024-03",
    changes:
      "As published (prose): the rule's name 支持增产扩能, its documents (黑政办规〔2023〕4号, 黑工信食品联规〔2023〕17号), its conditions " +
      "(2022年1月1日以后开工, 生产性固定资产投资 5000万元 / 大豆精深加工 2000万元 以上, 2023年12月31日前投产并纳入规上统计) and its standard " +
      "(按生产性固定资产投资额（不含土建等费用）给予10%补贴，单个项目最高补贴不超过1000万元), the deadline 2024年4月10日. Ours: the rule set as a " +
      "table (序号 | 政策名称 | 支持对象及条件 | 支持标准 | 政策依据) and the whole second sheet (cities, firms, codes, projects, investments, awards). " +
      "Planted: 绥化 900 on an investment of 8,600 (10% = 860); 佳木斯 1,150 on 12,800 (10% = 1,280, held to the 1,000 ceiling); 黑河's code " +
      "with a wrong check character.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-and-cap", "max-cap", "base-column", "condition-in-catalog", "item-in-title",
    "credit-codes", "cities-as-places", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "province-policy",
    "heilongjiang",
  ],
  settings: { district: "黑龙江省" },
  sheets: [
    {
      name: "政策标准",
      widths: [6, 16, 56, 50, 36],
      rows: [
        ["黑龙江省支持农产品精深加工业高质量发展“增产扩能”政策", null, null, null, null],
        ["序号", "政策名称", "支持对象及条件", "支持标准", "政策依据"],
        [
          1,
          "支持增产扩能",
          "2022年1月1日以后开工建设并纳入《农产品精深加工产品指导目录》的增产扩能项目，生产性固定资产投资（不含土建等费用）5000万元（大豆精深加工项目2000万元）以上，在2023年12月31日前完成投资正式投产运营并纳入规模以上工业统计范围的企业",
          "省级按照生产性固定资产投资额（不含土建等费用）给予10%补贴，单个项目最高补贴不超过1000万元。",
          "《黑龙江省支持农产品精深加工业高质量发展若干政策措施》（黑政办规〔2023〕4号）",
        ],
        ["注：同一项目已获得过同一方向省级财政资金支持的，不再支持。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:E4"],
    },
    {
      name: "拟兑现名单",
      widths: [6, 12, 32, 22, 34, 20, 14],
      rows: [
        ["2024年度“支持增产扩能”政策拟兑现项目名单", null, null, null, null, null, null],
        ["序号", "市（地）", "企业名称", "统一社会信用代码", "项目名称", "生产性固定资产投资额（不含土建等费用）（万元）", "拟补贴金额（万元）"],
        [1, "哈尔滨市", "哈尔滨金谷穗玉米制品有限公司", "91230102L03A4DYB9D", "年产10万吨玉米淀粉糖扩能项目", 9200, 920],
        [2, "齐齐哈尔市", "齐齐哈尔北豆源蛋白科技有限公司", "91230202HC7NNT600T", "大豆分离蛋白生产线扩建项目", 2600, 260],
        [3, "绥化市", "绥化寒地稻香米业有限公司", "91231202R1XCXD2D7E", "寒地大米精深加工扩能项目", 8600, 900],
        [4, "大庆市", "大庆雪原乳品有限公司", "912306048DN1NKJE38", "高端乳制品增产扩能项目", 15000, 1000],
        [5, "佳木斯市", "佳木斯三江薯业有限公司", "912308031D5WAK4B2E", "马铃薯全粉及变性淀粉扩能项目", 12800, 1150],
        [6, "黑河市", "黑河兴安岭森林食品有限公司", "91231102XTTDNEHP92", "蓝莓饮品生产线扩能项目", 6400, 640],
        ["合计", null, null, null, null, 54600, 4870],
        ["注：生产性固定资产投资额以审计报告确认数为准，不含土建等费用；公示期5个工作日。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A9:E9", "A10:G10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策标准", kind: "catalog", headerRow: 2, lastRow: 3, columns: { A: "code", B: "item", D: "standard", E: "document" } },
      {
        sheet: "拟兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "base", G: "approved" },
        year: 2024,
        item: "支持增产扩能",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G5", why: "10% × 8,600 = 860 (under the 1,000 ceiling, so the rate binds); 900 proposed, 40 over" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G7", why: "10% × 12,800 = 1,280 is held to 单个项目最高不超过1000万元; 1,150 proposed, 150 over" },
      { rule: "register.invalid-credit-code", sheet: "拟兑现名单", cell: "D8", why: "91231102XTTDNEHP92: the GB 32100 check character of the first 17 characters is 1, not 2" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G4", why: "大豆精深加工 2,600 passes its own 2000万元 threshold: 260 = 10% × 2,600 exactly; the 5000万元 threshold is a condition, no cap" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G6", why: "10% × 15,000 = 1,500 held to 1,000; 1,000 is exactly the ceiling" },
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G7", why: "1,150 is below 10% × 12,800 = 1,280: only the binding ceiling is reported" },
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G3", why: "920 = 10% × 9,200" },
      { rule: "composition.total-mismatch", sheet: "拟兑现名单", cell: "G9", why: "4,870 = 920 + 260 + 900 + 1,000 + 1,150 + 640" },
      { rule: "composition.total-mismatch", sheet: "拟兑现名单", cell: "F9", why: "54,600 = 9,200 + 2,600 + 8,600 + 15,000 + 12,800 + 6,400" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G9", why: "the 合计 is no award" },
      { rule: "cap.unknown-policy", sheet: "拟兑现名单", why: "the title's 支持增产扩能 is the catalog's item" },
      { rule: "register.ineligible-location", sheet: "拟兑现名单", cell: "B3", why: "all six cities lie in 黑龙江省" },
      { rule: "catalog.unreadable-standard", sheet: "政策标准", cell: "D3", why: "a rate of 10% of a named base with a 1,000 maximum; the 5000万元 / 2000万元 amounts are conditions (以上), in their own column" },
    ],
  },
};
