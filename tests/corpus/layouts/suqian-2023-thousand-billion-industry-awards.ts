import type { CorpusLayout } from "../types";

// 宿迁市人民政府 2023-03: 政策措施 第8条 (千亿级产业攻坚: 升规入统 15万元, 关键环节 20% 最高200万元, 上市 300万元 …) and 第9条 (“5321”工程:
// 清洁生产、循环经济 6% 最高200万元, 绿色工厂 50 / 40万元 …), each a paragraph of several awards; laid out one award a row, with a year's
// award list on a second sheet.
export const layout: CorpusLayout = {
  id: "suqian-2023-thousand-billion-industry-awards",
  source: {
    title: "宿迁市人民政府政策措施（2023年3月）第8、9条（千亿级产业攻坚、“5321”工程）（表据正文拟）",
    url: "http://w396471.com/cnsq/tdjjzcdh/202303/b4299fa62eaf449986fe5c871d30e50b.shtml",
    publisher: "宿迁市人民政府（转载）",
    date: "2023-03",
    changes:
      "The stored copy begins at clause 8, so the document's own title is not shown; the sheet names it by its clauses. The clauses are prose: we lay them " +
      "out one award a row (序号 | 支持事项 | 支持标准 | 责任单位), the standard quoted word for word from the clause, the 支持事项 named by us after its " +
      "words. Kept: 升规入统 15万元, 关键环节 ≤20% 最高200万元, 上市 300万元, 清洁生产、循环经济 500万元以上 6% 最高200万元, 绿色工厂 国家 / 省 50 / 40万元; " +
      "the stepped revenue awards, 独角兽 / 瞪羚, 融资, 人才 and 技改 bands are left out. The award list is ours. Planted: 泗洪锦纶高端纺织 20万元 for a " +
      "15万元 award; 宿迁经开区储能电池 180万元 where 6% × 2,500 = 150; 宿迁瑞昇新能源 twice under 升规入统.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "fixed-cap", "rate-with-cap", "max-binds", "conditions-not-caps", "levels-cap",
    "responsible-office-column", "base-column", "dash-base", "credit-codes", "counties-and-zones-as-places", "item-per-row", "wanyuan-in-header",
    "total-at-foot", "built-from-prose", "city-policy", "jiangsu",
  ],
  settings: { district: "宿迁市" },
  sheets: [
    {
      name: "政策条款",
      widths: [8, 30, 90, 22],
      rows: [
        ["宿迁市政策措施第8、9条奖补事项（表据正文拟）", null, null, null],
        ["序号", "支持事项", "支持标准", "责任单位"],
        ["8-1", "千亿级产业企业首次升规入统奖励", "对符合新能源、高端纺织、绿色食品三大千亿级产业发展方向的企业，首次升规入统的奖励15万元。", "市工业和信息化局"],
        ["8-2", "产业培育关键环节项目奖补", "梳理制定产业培育关键环节清单，对清单内的项目，给予不超过实际投入20%的奖补，单个项目最高不超过200万元。", "市工业和信息化局"],
        ["8-3", "企业上市奖励", "加大企业上市财税支持力度，在境内外成功上市的奖励300万元。", "市地方金融监管局"],
        ["9-1", "清洁生产、循环经济项目奖励", "对企业实施清洁生产、循环经济项目，且设备投资500万元以上的，按照6%奖励，最高200万元。", "市工业和信息化局"],
        ["9-2", "绿色工厂和绿色供应链管理示范企业奖励", "获批国家、省绿色工厂和绿色供应链管理示范企业的，分别奖励50万元、40万元。", "市工业和信息化局"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "2023年兑现",
      widths: [6, 30, 22, 20, 30, 18, 14],
      rows: [
        ["宿迁市2023年度千亿级产业政策奖补资金拟兑现名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在县区", "支持事项", "实际投入或设备投资（万元）", "奖补金额（万元）"],
        [1, "宿迁瑞昇新能源科技有限公司", "91321302MA1YK8T3C8", "宿城区", "千亿级产业企业首次升规入统奖励", "—", 15],
        [2, "泗洪锦纶高端纺织有限公司", "91321324MA20N6QH53", "泗洪县", "千亿级产业企业首次升规入统奖励", "—", 20],
        [3, "沭阳禾丰绿色食品有限公司", "91321322MA1X7RB2JY", "沭阳县", "产业培育关键环节项目奖补", 1000, 200],
        [4, "宿迁宿豫光伏材料有限公司", "91321311MA21D4KW8Y", "宿豫区", "产业培育关键环节项目奖补", 650, 130],
        [5, "泗阳膜科新材料有限公司", "91321323MA1W9FE6PN", "泗阳县", "清洁生产、循环经济项目奖励", 1800, 108],
        [6, "宿迁经开区储能电池有限公司", "91321391MA1YQ3NL4R", "宿迁经济技术开发区", "清洁生产、循环经济项目奖励", 2500, 180],
        [7, "宿迁洋河绿色酿造有限公司", "91321300MA20C7GT1K", "洋河新区", "清洁生产、循环经济项目奖励", 4000, 200],
        [8, "宿迁瑞昇新能源科技有限公司", "91321302MA1YK8T3C8", "宿城区", "千亿级产业企业首次升规入统奖励", "—", 15],
        [9, "宿迁运河数字科技有限公司", "91321302MA25HK0Y6K", "宿城区", "企业上市奖励", "—", 300],
        ["合计", null, null, null, null, null, 1168],
      ],
      merges: ["A1:G1", "A12:F12"],
      numberFormats: { "F3:G12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 7, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "2023年兑现",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { sheet: "2023年兑现", rule: "cap.exceeded", cell: "G4", why: "泗洪锦纶高端纺织: 20万元 for 首次升规入统, whose clause gives 15万元 (5 over)" },
      { sheet: "2023年兑现", rule: "cap.rate-exceeded", cell: "G8", why: "宿迁经开区储能电池: 180 against 6% × 2,500 = 150 (30 over; the 200 maximum does not bind)" },
      { sheet: "2023年兑现", rule: "register.duplicate", cell: "G10", why: "宿迁瑞昇新能源 (91321302MA1YK8T3C8) a second time under 首次升规入统 in 2023 (first at row 3)" },
    ],
    absent: [
      { sheet: "2023年兑现", rule: "cap.exceeded", cell: "G5", why: "200 = 20% × 1,000 and the 200 maximum" },
      { sheet: "2023年兑现", rule: "cap.rate-exceeded", cell: "G6", why: "130 = 20% × 650" },
      { sheet: "2023年兑现", rule: "cap.rate-exceeded", cell: "G9", why: "6% × 4,000 = 240, but the 200 maximum binds and the award equals it" },
      { sheet: "2023年兑现", rule: "cap.rate-exceeded", cell: "G7", why: "108 = 6% × 1,800" },
      { sheet: "2023年兑现", rule: "cap.no-cap", cell: "G3", why: "a fixed award needs no base: the dash is no missing base" },
      { sheet: "2023年兑现", rule: "composition.total-mismatch", cell: "G12", why: "15 + 20 + 200 + 130 + 108 + 180 + 200 + 15 + 300 = 1,168, as typed" },
      { sheet: "2023年兑现", rule: "register.ineligible-location", cell: "D8", why: "宿迁经济技术开发区 and 洋河新区 are 宿迁's own zones" },
      { sheet: "政策条款", rule: "catalog.unreadable-standard", cell: "C6", why: "设备投资500万元以上 is a condition; the standard is 6% with a 200万元 maximum" },
      { rule: "cap.unknown-policy", why: "every row names an award of the catalog sheet" },
      { rule: "register.unpaid", why: "a list proposed for payment records no payments" },
    ],
  },
};
