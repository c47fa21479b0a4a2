import type { CorpusLayout } from "../types";

// 广西工信厅、财政厅 2023: 工业提速增效攻坚行动政策支持资金. For wind, solar and storage firms buying from firms inside the region, the
// award is at most 2% of the September–December monthly invoiced purchases above the April–August monthly average, and at most
// 200万元 a firm. Laid out as the clause sheet and the list of firms such a call leads to: 序号 | 企业名称 | 统一社会信用代码 | 所在市 |
// 奖励项目 | 采购开票额增量 | 拟奖励金额.
export const layout: CorpusLayout = {
  id: "guangxi-2023-new-energy-local-sourcing-awards",
  source: {
    title: "关于组织申报工业提速增效攻坚行动政策支持资金的通知（新能源企业区内配套采购奖励拟奖励名单据正文拟）",
    url: "https://m.solarbe.com/21-0-372540-1.html",
    publisher: "广西壮族自治区工业和信息化厅、广西壮族自治区财政厅",
    date: "2023",
    changes:
      "As published: the clause (风电、光伏、储能等新能源企业, 2023年9—12月, 增量部分不超过2%, 每家企业最高不超过200万元) and the scheme's name. " +
      "The stored copy is the call: the list, firms, codes, bases and awards are ours. Planted: 北海光伏玻璃 awarded 75.00 on a 3,100.00 base " +
      "(2% is 62.00); 玉林储能 awarded 230.00, above the 200万元 ceiling; 百色铝储能's code has a wrong check character.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-ceiling", "base-column", "item-per-row", "credit-codes", "cities-as-places", "wanyuan-in-header", "total-at-foot", "provincial-fund", "guangxi"],
  settings: { district: "广西壮族自治区", asOf: "2024-01-31" },
  sheets: [
    {
      name: "支持标准",
      widths: [8, 30, 90],
      rows: [
        ["工业提速增效攻坚行动政策支持资金（摘录）", null, null],
        ["条款", "政策项目", "支持标准"],
        ["二（一）", "新能源企业区内配套采购奖励", "风电、光伏、储能等新能源企业，2023年9—12月，对符合申报条件的企业，按当月采购开票额环比4—8月月均采购开票额增量部分不超过2%的比例给予奖励，每家企业最高不超过200万元。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "拟奖励名单",
      widths: [6, 30, 22, 10, 26, 18, 16],
      rows: [
        ["2023年9—12月新能源企业区内配套采购拟奖励企业名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在市", "奖励项目", "采购开票额增量（万元）", "拟奖励金额（万元）"],
        [1, "广西南宁风电装备制造有限公司", "91450100XWB70QNPQX", "南宁市", "新能源企业区内配套采购奖励", 4200, 84],
        [2, "柳州光伏储能科技有限公司", "91450200B9MK20RBR6", "柳州市", "新能源企业区内配套采购奖励", 6850, 137],
        [3, "钦州新能源电池材料有限公司", "91450700363D3KC2YD", "钦州市", "新能源企业区内配套采购奖励", 12600, 200],
        [4, "北海光伏玻璃有限公司", "914505000M00J1YD9E", "北海市", "新能源企业区内配套采购奖励", 3100, 75],
        [5, "玉林储能设备有限公司", "914509000WGFKFPXCA", "玉林市", "新能源企业区内配套采购奖励", 15000, 230],
        [6, "百色铝储能材料有限公司", "91451000GTK6DR1XTE", "百色市", "新能源企业区内配套采购奖励", 2480.5, 49.61],
        ["合计", null, null, null, null, 44230.5, 775.61],
      ],
      merges: ["A1:G1", "A9:E9"],
      numberFormats: { "F3:G9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支持标准", kind: "catalog", headerRow: 2, lastRow: 3, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "拟奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "拟奖励名单", cell: "G6", why: "2% × 3,100.00 = 62.00 allowed; 75.00 proposed, 13.00万元 over" },
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "G7", why: "at most 200万元 a firm (2% × 15,000.00 = 300.00, the ceiling binds first); 230.00 proposed, 30.00万元 over" },
      { rule: "register.invalid-credit-code", sheet: "拟奖励名单", cell: "C8", why: "91451000GTK6DR1XTE: the check character should be D" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "G5", why: "200.00 is the ceiling itself (2% × 12,600.00 = 252.00 capped at 200)" },
      { rule: "cap.rate-exceeded", sheet: "拟奖励名单", cell: "G5", why: "200.00 is below 2% × 12,600.00 = 252.00" },
      { rule: "cap.rate-exceeded", sheet: "拟奖励名单", cell: "G8", why: "2% × 2,480.50 = 49.61 exactly" },
      { rule: "cap.rate-exceeded", sheet: "拟奖励名单", cell: "G9", why: "合计 is no award" },
      { rule: "cap.unknown-policy", why: "every row's 奖励项目 is the clause on the sheet 支持标准" },
      { rule: "register.ineligible-location", why: "南宁、柳州、钦州、北海、玉林、百色 are cities of 广西" },
      { rule: "register.duplicate", why: "six firms, each once" },
      { rule: "catalog.unreadable-standard", sheet: "支持标准", cell: "C3", why: "a rate of 2% with a 200万元 maximum; 9—12月 and 4—8月 are periods, not amounts" },
    ],
  },
};
