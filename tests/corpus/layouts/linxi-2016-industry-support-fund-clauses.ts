import type { CorpusLayout } from "../types";

// 临西县 (邢台) 2016-03: 关于扶持企业发展激励招商引资的暂行规定 — numbered clauses: 第一条 by investment band (5000万元至1亿元 150—300万元,
// 1—2亿元 350—750万元, 2—3亿元 800—1300万元, 3亿元以上 一事一议) and 第四条 轴承 技改 (设备购置额 3% / 6%). Laid out as a catalog one band a row
// under its section heading, then a 拟兑现名单 (ours) paying firms under those items, investment and equipment bases beside the awards.
export const layout: CorpusLayout = {
  id: "linxi-2016-industry-support-fund-clauses",
  source: {
    title: "临西县关于扶持企业发展激励招商引资的暂行规定（第一条、第四条；兑现名单据规定拟）",
    url: "http://lpjpk.com/linxidongtai/1.html",
    publisher: "临西县人民政府（招商动态转载）",
    date: "2016-03-30",
    changes:
      "As published: the section heading 一、扶持企业发展, 第一条's four investment bands and their ranges (150—300, 350—750, 800—1300万元, " +
      "3亿元以上 一事一议) and 第四条's two 技改 rates on 设备购置额 (3%, 6%), in the clauses' own words. Ours: one row per band with a short " +
      "扶持事项 name (the regulation writes each clause as one sentence), 第二条 (tax-share support) and 第三条 left out, and the whole " +
      "兑现名单 sheet (firms, valid 临西县 codes 130535, bases, amounts). Planted: a 1—2亿元 project paid 780 (band top 750); a 技改 award of " +
      "18.5 on 设备购置额 450 (3% = 13.5).",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "clause-column", "section-rows", "range-awards", "banded-items", "yishiyiyi",
    "rate-items", "base-column", "two-base-columns", "dash-as-nothing", "credit-codes", "one-decimal-wanyuan", "wanyuan-caption",
    "total-at-foot", "notes-under-table", "county-policy", "hebei",
  ],
  settings: { district: "临西县" },
  sheets: [
    {
      name: "扶持规定",
      widths: [6, 10, 40, 80],
      rows: [
        ["临西县关于扶持企业发展激励招商引资的暂行规定（摘录）", null, null, null],
        ["序号", "条款", "扶持事项", "扶持标准"],
        ["一、扶持企业发展", null, null, null],
        [1, "第一条", "投资5000万元至1亿元（含）项目扶持", "对新建、续建的工业、物流企业，按协议约定建成投产并经验收后，凡固定资产投资强度在200万元/亩以上，投资额度达到5000万元至1亿元（含）的项目，给予150万元—300万元的产业发展专项扶持资金支持。"],
        [2, "第一条", "投资1亿元以上至2亿元（含）项目扶持", "固定资产投资在1亿元以上至2亿元（含）的项目，给予350万元—750万元的专项扶持资金支持。"],
        [3, "第一条", "投资2亿元以上至3亿元（含）项目扶持", "固定资产投资在2亿元以上至3亿元（含）的项目，给予800万元—1300万元的专项扶持资金支持。"],
        [4, "第一条", "投资3亿元以上项目扶持", "3亿元以上的项目，实行“一事一议”。"],
        [5, "第四条", "轴承企业技术改造补贴（一次性投入100万元以上500万元以下）", "支持入统规模轴承企业技术改造，对企业更新、升级生产设备，经有关部门审验和资产评估后，一次性投入100万元以上500万元以下的，给予设备购置额3%的扶持资金补贴。"],
        [6, "第四条", "轴承企业技术改造补贴（一次性投入500万元以上）", "一次性投入500万元以上的，给予设备购置额6%的扶持资金补贴。"],
      ],
      merges: ["A1:D1", "A3:D3"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 44, 14, 12, 12],
      rows: [
        ["临西县2016年度产业发展专项扶持资金拟兑现企业名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "扶持事项", "固定资产投资", "设备购置额", "扶持资金"],
        [1, "临西县恒宇轴承制造有限公司", "91130535RRHCD3JT4N", "投资5000万元至1亿元（含）项目扶持", 8600, "—", 260],
        [2, "临西县运通物流有限公司", "91130535XEXM5C9A02", "投资1亿元以上至2亿元（含）项目扶持", 15200, "—", 780],
        [3, "临西县精工轴承有限公司", "911305355554QXXU5Y", "轴承企业技术改造补贴（一次性投入100万元以上500万元以下）", "—", 380, 11.4],
        [4, "临西县鑫达轴承有限公司", "9113053574THQK7649", "轴承企业技术改造补贴（一次性投入500万元以上）", "—", 920, 55.2],
        [5, "临西县天宏轴承配件有限公司", "91130535R351THKXXJ", "轴承企业技术改造补贴（一次性投入100万元以上500万元以下）", "—", 450, 18.5],
        [6, "临西县博远新材料有限公司", "91130535LA2JAUCR4L", "投资2亿元以上至3亿元（含）项目扶持", 26800, "—", 1100],
        ["合计", null, null, null, null, null, 2225.1],
        ["注：固定资产投资、设备购置额经有关部门审验和资产评估核定；扶持资金按规定分期拨付。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A10:F10", "A11:G11"],
      numberFormats: { "G4:G10": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "扶持规定", kind: "catalog", headerRow: 2, lastRow: 9, columns: { A: "code", B: "document", C: "item", D: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "item", F: "base", G: "approved" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "扶持规定", cell: "D7", why: "3亿元以上的项目，实行“一事一议”: no money stated (3亿元以上 is the condition)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G5", why: "投资1亿元以上至2亿元（含）项目扶持 gives 350万元—750万元: at most 750; 780 paid, 30 over" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G8", why: "技改 (100—500万元) is 3% of 设备购置额: 3% × 450 = 13.5; 18.5 paid, 5.0 over" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "扶持规定", cell: "D4", why: "5000万元至1亿元（含） is the band of the investment (a condition); 给予150万元—300万元 is the award, at most 300" },
      { rule: "catalog.unreadable-standard", sheet: "扶持规定", cell: "D8", why: "给予设备购置额3%的扶持资金补贴: a rate of 设备购置额; 100万元以上500万元以下 is the band (a condition)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G4", why: "260 within the 150—300 range" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G9", why: "1,100 within the 800—1300 range" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G6", why: "3% × 380 = 11.4 = the award" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G7", why: "6% × 920 = 55.2 = the award" },
      { rule: "cap.no-cap", sheet: "兑现名单", cell: "G4", why: "a fixed-range item needs no base: the — under 设备购置额 is nothing, and 固定资产投资 is the band's measure, no base" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "G10", why: "260 + 780 + 11.4 + 55.2 + 18.5 + 1,100 = 2,225.1" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "every 扶持事项 is a catalog item word for word" },
      { rule: "register.duplicate", sheet: "兑现名单", why: "six firms, six codes; 技改 paid to two different firms" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", why: "all six codes carry their GB 32100 check character" },
      { rule: "input.unreadable-value", sheet: "兑现名单", cell: "A11", why: "the note under the table is no data" },
    ],
  },
};
