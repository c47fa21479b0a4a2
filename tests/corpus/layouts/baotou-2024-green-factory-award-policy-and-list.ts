import type { CorpusLayout } from "../types";

// 包头市人民政府 2024: 包头市2024年坚持稳中求进以进促稳推动产业高质量发展政策清单 — among its clauses, 对新认定为国家级、自治区级绿色工厂的给予
// 100万元、50万元一次性奖励. Laid out as the clause's catalog (one level a row: 序号 | 支持方向 | 支持事项 | 支持标准 | 责任单位) beside a list of
// the year's awards (序号 | 企业名称 | 统一社会信用代码 | 所在旗县区 | 认定级别 | 支持事项 | 奖励金额（万元）, 合计 at the foot).
export const layout: CorpusLayout = {
  id: "baotou-2024-green-factory-award-policy-and-list",
  source: {
    title: "包头市2024年坚持稳中求进以进促稳推动产业高质量发展政策清单（绿色工厂奖励条款与拟奖励名单表据正文拟）",
    url: "https://www.lsjcrzzx.com/wdoc_28945402.html",
    publisher: "包头市人民政府（转载）",
    date: "2024",
    changes:
      "The page is prose: the stored copy shows the list's preamble and its farming clauses; its title states the green-factory award (国家级 " +
      "100万元, 自治区级 50万元). The catalog splits that award by level, one row each, in the list's words; the award list and every firm are ours. " +
      "Planted: 土默特右旗蒙源乳业有限公司, an 自治区级 green factory, given 80 (cap 50万元); 包头青山装备制造股份有限公司's code ends 7 where its " +
      "check character is 1.",
  },
  classes: ["register", "catalog", "catalog-in-workbook", "prose-caps", "fixed-award-by-level", "policy-list", "credit-codes", "invalid-credit-code", "level-as-category", "banners-and-districts-as-places", "total-at-foot", "whole-wanyuan", "wanyuan-in-header", "table-from-prose", "city-policy", "neimenggu"],
  settings: { district: "包头市" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 18, 24, 54, 14],
      rows: [
        ["包头市2024年推动产业高质量发展政策清单（绿色工厂奖励条款摘录，表据正文拟）", null, null, null, null],
        ["序号", "支持方向", "支持事项", "支持标准", "责任单位"],
        [1, "推动工业绿色低碳发展", "国家级绿色工厂奖励", "对新认定为国家级绿色工厂的，给予100万元一次性奖励。", "市工信局、财政局"],
        [2, "推动工业绿色低碳发展", "自治区级绿色工厂奖励", "对新认定为自治区级绿色工厂的，给予50万元一次性奖励。", "市工信局、财政局"],
      ],
      merges: ["A1:E1"],
    },
    {
      name: "拟奖励名单",
      widths: [6, 32, 22, 12, 10, 22, 14],
      rows: [
        ["2024年包头市绿色工厂奖励资金拟兑现名单（表据正文拟）", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在旗县区", "认定级别", "支持事项", "奖励金额（万元）"],
        [1, "包头昆仑特钢精密制品有限公司", "91150203MA0QH7R2XM", "昆都仑区", "国家级", "国家级绿色工厂奖励", 100],
        [2, "包头九原稀土新材料有限公司", "91150207MA0N4T6B9E", "九原区", "自治区级", "自治区级绿色工厂奖励", 50],
        [3, "包头青山装备制造股份有限公司", "91150204MA0RL3K587", "青山区", "自治区级", "自治区级绿色工厂奖励", 50],
        [4, "土默特右旗蒙源乳业有限公司", "91150221MA0P8D2W1C", "土默特右旗", "自治区级", "自治区级绿色工厂奖励", 80],
        [5, "包头石拐新型建材有限公司", "91150205MA13CKX464", "石拐区", "国家级", "国家级绿色工厂奖励", 100],
        [6, "包头东河铝业科技有限公司", "91150202MA0YT9F3HX", "东河区", "自治区级", "自治区级绿色工厂奖励", 50],
        ["合计", null, null, null, null, null, 430],
      ],
      merges: ["A1:G1", "A9:F9"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 4, columns: { A: "code", B: "category", C: "item", D: "standard" } },
      { sheet: "拟奖励名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 9, columns: { B: "enterprise", C: "creditCode", D: "place", E: "category", F: "item", G: "approved" }, year: 2024 },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "G6", why: "自治区级绿色工厂奖励 is 50万元; 土默特右旗蒙源乳业有限公司 is given 80 (30 over)" },
      { rule: "register.invalid-credit-code", sheet: "拟奖励名单", cell: "C5", why: "91150204MA0RL3K587: the check character for 91150204MA0RL3K58 is 1, not 7" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "G3", why: "国家级 100, its own level's fixed sum (not the 自治区级 50)" },
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "G7", why: "国家级 100 = its cap" },
      { rule: "composition.total-mismatch", sheet: "拟奖励名单", cell: "G9", why: "100 + 50 + 50 + 80 + 100 + 50 = 430" },
      { rule: "register.ineligible-location", sheet: "拟奖励名单", why: "昆都仑区, 九原区, 青山区, 土默特右旗, 石拐区, 东河区 are all of 包头市" },
      { rule: "register.location-code-mismatch", sheet: "拟奖励名单", why: "characters 3–8 (150203, 150207, 150204, 150221, 150205, 150202) are each firm's own district or banner" },
      { rule: "cap.unknown-policy", sheet: "拟奖励名单", cell: "E3", why: "认定级别 is the level (a category); 支持事项 names the catalog's items" },
      { rule: "register.duplicate", sheet: "拟奖励名单", why: "six different firms" },
      { rule: "register.unpaid", why: "a list of awards to be paid records no payments" },
    ],
  },
};
