import type { CorpusLayout } from "../types";

// 慈溪市人民政府办公室 2025-09-16 (慈政办发〔2025〕20号): 2025年慈溪市推进产业高质量发展的政策意见, 一（一）2 — the software and data clauses
// in prose (营收增量 最高5% 总额不超过50万元; 首版次软件 每个产品最高10万元; 省数商 每家最高20万元) laid out as a catalog of clauses, beside a
// list of firms to be paid under them (序号 | 企业名称 | 统一社会信用代码 | 所在镇（街道） | 奖励事项 | 奖励金额（万元）, 合计 at the foot).
export const layout: CorpusLayout = {
  id: "cixi-2025-digital-economy-awards",
  source: {
    title: "慈溪市人民政府办公室关于印发2025年慈溪市推进产业高质量发展的政策意见的通知（数字产业化条款与拟兑现名单表据正文拟）",
    url: "http://www.cixi.gov.cn/art/2025/9/17/art_1229039849_1815866.html",
    publisher: "慈溪市人民政府办公室",
    date: "2025-09-17",
    changes:
      "The page is prose. The catalog keeps clause 一（一）2 (1)–(3) in the document's words, one sub-clause a row, under its heading 加快推进数字产业化发展; " +
      "clause 1 (每增100万元最高奖励500元) and 2 (4), cut short in the stored copy, are left out. The list is ours (firms, codes, towns, amounts). " +
      "Planted: 慈溪市云启数据服务有限公司 awarded 25 as a 省数商 (每家最高20万元); 宁波逍林数智科技有限公司 listed twice as a 省数商.",
  },
  classes: ["register", "catalog", "catalog-in-workbook", "prose-caps", "rate-and-max-caps", "per-product-cap", "category-merged-down", "credit-codes", "duplicate-firm", "towns-as-places", "total-at-foot", "whole-wanyuan", "wanyuan-in-header", "table-from-prose", "county-city-policy", "zhejiang"],
  settings: { district: "慈溪市" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 22, 24, 70, 12],
      rows: [
        ["2025年慈溪市推进产业高质量发展政策条款（数字产业化部分，表据正文拟）", null, null, null, null],
        ["序号", "支持方向", "奖励事项", "奖励标准", "责任单位"],
        [1, "加快推进数字产业化发展", "软件和信息服务业营收增量奖励", "对近两年营收平均增长率为正且当年度营收增速达到15%以上的规上软件信息服务业企业，按其较上一年度营收增量部分给予最高5%奖励，总额不超过50万元。", "市经信局"],
        [2, null, "软件首版次产品奖励", "对当年度新列入宁波市软件首版次目录的软件产品，按每个产品最高10万元对企业予以奖励。", "市经信局"],
        [3, null, "省数商奖励", "对列入省数商的，给予每家最高20万元的奖励。", "市经信局"],
      ],
      merges: ["A1:E1", "B3:B5"],
    },
    {
      name: "拟兑现名单",
      widths: [6, 30, 22, 14, 24, 16],
      rows: [
        ["2025年慈溪市数字产业化政策奖励拟兑现名单（表据正文拟）", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在镇（街道）", "奖励事项", "奖励金额（万元）"],
        [1, "慈溪市甬联信息技术有限公司", "91330282MA2H7KQ4X8", "宗汉街道", "软件首版次产品奖励", 10],
        [2, "慈溪市智研数控软件有限公司", "91330282MA2CJ8N510", "观海卫镇", "软件首版次产品奖励", 8],
        [3, "宁波逍林数智科技有限公司", "91330282MABY3P6T2C", "逍林镇", "省数商奖励", 20],
        [4, "慈溪市云启数据服务有限公司", "91330282MA7E9W1R4M", "白沙路街道", "省数商奖励", 25],
        [5, "慈溪市恒拓信息科技有限公司", "91330282MAC4LD8U6K", "坎墩街道", "软件首版次产品奖励", 9],
        [6, "宁波逍林数智科技有限公司", "91330282MABY3P6T2C", "逍林镇", "省数商奖励", 20],
        ["合计", null, null, null, null, 92],
      ],
      merges: ["A1:F1", "A9:E9"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "code", B: "category", C: "item", D: "standard" } },
      { sheet: "拟兑现名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 9, columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" }, year: 2025 },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F6", why: "省数商奖励 is 每家最高20万元; 慈溪市云启数据服务有限公司 is awarded 25 (5 over)" },
      { rule: "register.duplicate", sheet: "拟兑现名单", cell: "F8", why: "宁波逍林数智科技有限公司 (91330282MABY3P6T2C) again as a 省数商 (first at row 5): one firm, one recognition, one award" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F3", why: "软件首版次 10, at its 最高10万元 a product" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F5", why: "省数商 20, at its cap" },
      { rule: "composition.total-mismatch", sheet: "拟兑现名单", cell: "F9", why: "合计 10 + 8 + 20 + 25 + 9 + 20 = 92" },
      { rule: "register.ineligible-location", sheet: "拟兑现名单", why: "宗汉, 观海卫, 逍林, 白沙路, 坎墩 are towns and streets of 慈溪市" },
      { rule: "register.invalid-credit-code", sheet: "拟兑现名单", why: "every code's check character is right" },
      { rule: "cap.unknown-policy", sheet: "拟兑现名单", why: "both 奖励事项 are catalog items word for word" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "D3", why: "最高5% of the 营收增量, at most 50万元: a rate with its maximum; 15%以上 is a condition" },
      { rule: "register.unpaid", why: "a list of awards to be paid records no payments" },
    ],
  },
};
