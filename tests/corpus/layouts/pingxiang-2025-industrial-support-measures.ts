import type { CorpusLayout } from "../types";

// 萍乡市人民政府办公室 2025-05 (announced at the 5-27 press conference): 2025年萍乡市工业经济高质量发展支持政策, its clauses on equipment
// renewal, service-oriented manufacturing and digital transformation — a rate of the equipment investment with a maximum, and three
// maxima — and, on a second sheet, a first batch of awards under them.
export const layout: CorpusLayout = {
  id: "pingxiang-2025-industrial-support-measures",
  source: {
    title: "新政策来袭！萍乡工业经济发展有何新动向？（《2025年萍乡市工业经济高质量发展支持政策》新闻发布会）",
    url: "http://www.zhangzihao.top/a/83.html",
    publisher: "大江网/萍乡头条客户端（转载）",
    date: "2025-05-27",
    changes:
      "The four clauses are the report's wording, lightly completed (设备投资额 named as the 10%'s base), each one row of a catalog " +
      "(序号 | 支持方向 | 政策措施 | 支持内容) whose layout and item names are ours; the 微技改 clause (garbled in the stored copy: 50万——20万元) and " +
      "the digital-transformation project clause (a rate not stated) are left out. The award list on the second sheet is ours (firms, codes of " +
      "萍乡's districts and counties, investments, amounts). Planted: 萍乡莲花机械 given 120 on 960 of equipment (10% is 96); 萍乡上栗花炮材料 " +
      "given 60 under 发展服务型制造, whose maximum is 50.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-maximum", "conditions-not-caps", "max-awards", "base-column", "dash-as-nothing", "item-column", "credit-codes", "districts-as-places", "wanyuan-caption", "total-at-foot", "city-policy", "jiangxi"],
  settings: { district: "萍乡市" },
  sheets: [
    {
      name: "支持政策",
      widths: [6, 18, 20, 90],
      rows: [
        ["2025年萍乡市工业经济高质量发展支持政策（设备更新、服务型制造和数字化转型部分）", null, null, null],
        ["序号", "支持方向", "政策措施", "支持内容"],
        [1, "支持企业设备更新", "设备更新升级", "对设备投资额200万元以上的项目，按不高于设备投资额10%的比例给予资金激励，单个企业最高不超过200万元。"],
        [2, "支持企业设备更新", "发展服务型制造", "对制造业企业开展定制化、检验检测认证等提升对外服务能力的项目进行资金激励，单个企业最高50万元。"],
        [3, "支持数字化转型", "两化融合成效激励", "对两化融合等成效明显的企业给予最高10万元激励。"],
        [4, "支持数字化转型", "工业互联网平台建设", "对工业互联网平台建设按“先建设后补助”方式给予最高100万元激励。"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "拟奖励名单",
      widths: [6, 30, 22, 10, 20, 12, 12],
      rows: [
        ["2025年萍乡市工业经济高质量发展支持政策第一批拟奖励企业名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在县区", "政策措施", "设备投资额", "拟奖励金额"],
        [1, "萍乡安源电瓷有限公司", "91360302MA3B1C2D4J", "安源区", "设备更新升级", 1850, 185],
        [2, "萍乡湘东化工填料股份有限公司", "91360313MA3B2E5F60", "湘东区", "设备更新升级", 2600, 200],
        [3, "萍乡莲花机械制造有限公司", "91360321MA3B3G7H8C", "莲花县", "设备更新升级", 960, 120],
        [4, "萍乡上栗花炮材料有限公司", "91360322MA3B4J9K1Q", "上栗县", "发展服务型制造", "—", 60],
        [5, "萍乡芦溪电瓷检测有限公司", "91360323MA3B5L2M3X", "芦溪县", "发展服务型制造", "—", 45],
        [6, "萍乡安源数字科技有限公司", "91360302MA3B6N4P5A", "安源区", "两化融合成效激励", "—", 10],
        [7, "萍乡湘东工业互联网有限公司", "91360313MA3B7Q6R85", "湘东区", "工业互联网平台建设", "—", 100],
        [8, "萍乡上栗烟花智能制造有限公司", "91360322MA3B8T1U2F", "上栗县", "设备更新升级", 1320, 132],
        ["合计", null, null, null, null, null, 852],
      ],
      merges: ["A1:G1", "A12:F12"],
      numberFormats: { "F4:F11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支持政策", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "code", B: "category", C: "item", D: "standard" }, year: 2025 },
      {
        sheet: "拟奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "拟奖励名单", cell: "G6", why: "萍乡莲花机械: 10% × 960 = 96 (below the 200 maximum, so it binds); 120 given: 24万元 over" },
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "G7", why: "萍乡上栗花炮材料: 发展服务型制造 at most 50万元 a firm; 60 given: 10万元 over" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "G5", why: "萍乡湘东化工填料: 10% × 2600 = 260, held to the 200 maximum; 200 given" },
      { rule: "cap.rate-exceeded", sheet: "拟奖励名单", cell: "G4", why: "185 = 10% × 1850" },
      { rule: "cap.rate-exceeded", sheet: "拟奖励名单", cell: "G11", why: "132 = 10% × 1320" },
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "G10", why: "工业互联网平台建设 100: the maximum exactly" },
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "G12", why: "合计 852 is not an award" },
      { rule: "composition.total-mismatch", sheet: "拟奖励名单", cell: "G12", why: "185 + 200 + 120 + 60 + 45 + 10 + 100 + 132 = 852" },
      { rule: "catalog.unreadable-standard", sheet: "支持政策", cell: "D3", why: "200万元以上 is a condition; the rate is 10% with a 200万元 maximum" },
      { rule: "cap.unknown-policy", why: "every 政策措施 in the list is a catalog item word for word" },
      { rule: "register.ineligible-location", why: "安源区、湘东区、莲花县、上栗县、芦溪县 are all 萍乡市's" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
      { rule: "input.unreadable-value", sheet: "拟奖励名单", why: "— under 设备投资额 for the non-rate items means nothing" },
    ],
  },
};
