import type { CorpusLayout } from "../types";

// 辽宁省自然资源厅 / 财政厅 / 科技厅 2021-11: 省级促进海洋经济发展项目 — 直接补助 at most 30% of the project's total input and
// 200万元 to 800万元 a time, 贷款贴息 at most 500万元 a project (辽宁日报 2021-12-06). Laid out as the province's list of projects
// supported, by city, the way of support in a column of its own.
export const layout: CorpusLayout = {
  id: "liaoning-2021-marine-economy-projects",
  source: {
    title: "辽宁省对促进海洋经济发展项目给予补助（辽宁日报；新选择网转载）— 拟支持项目名单（据申报通知拟）",
    url: "http://yc.xinxuanze.com.cn/jujiao/2021/1206/51848.html",
    publisher: "辽宁省自然资源厅 辽宁省财政厅 辽宁省科技厅（辽宁日报报道）",
    date: "2021-12-06",
    changes:
      "As published: the fields, the two ways of support and their limits (直接补助的，单个项目补助额一般不超过项目总投入的30%，单次补助额度为" +
      "200万元至800万元；贷款贴息的，单个项目贴息额不超过500万元). The report announces the call; the list (序号 | 所在市 | 项目单位 | 统一社会信用代码 | " +
      "项目名称 | 扶持类型 | 项目总投入 | 支持金额), units, codes and figures are ours; the catalog holds the two limits. Planted: 大连海洋生物制药 " +
      "600 where 30% × 1,800 = 540; 盘锦辽河口渔港 贴息 560 above the 500万元 maximum; one code with a wrong check character.",
  },
  classes: ["register", "item-column", "support-type-as-item", "rate-with-cap", "floor-not-a-cap", "base-column", "max-cap", "credit-codes", "cities-as-places", "province-wide-list", "wanyuan-caption", "total-at-foot", "news-report", "liaoning"],
  settings: { district: "辽宁省" },
  catalog: {
    items: [
      {
        name: "直接补助",
        capType: "rate",
        rate: 0.3,
        capAmount: 800,
        unit: "万元",
        base: "项目总投入",
        year: 2021,
        document: "2021年度省级促进海洋经济发展项目（单个项目补助额一般不超过项目总投入的30%，单次补助额度为200万元至800万元）",
      },
      {
        name: "贷款贴息",
        capType: "max",
        capAmount: 500,
        unit: "万元",
        year: 2021,
        document: "2021年度省级促进海洋经济发展项目（单个项目贴息额不超过500万元）",
      },
    ],
  },
  sheets: [
    {
      name: "拟支持项目",
      widths: [6, 10, 30, 22, 34, 10, 12, 12],
      rows: [
        ["2021年度省级促进海洋经济发展项目拟支持项目名单", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "所在市", "项目单位", "统一社会信用代码", "项目名称", "扶持类型", "项目总投入", "支持金额"],
        [1, "大连市", "大连长兴岛船舶配套有限公司", "91210200MA0UB7K24A", "LNG运输船关键配套件生产线技术改造", "直接补助", 2400, 700],
        [2, "大连市", "大连海洋生物制药有限公司", "91210200MA10E3W68Q", "海洋多糖类药物中试及产业化", "直接补助", 1800, 600],
        [3, "营口市", "营口鲅鱼圈冷链物流有限公司", "91210800MA0XP2T41P", "水产品冷链物流中心建设", "贷款贴息", 9600, 420],
        [4, "锦州市", "锦州渤海风电装备有限公司", "91210700MA1Q4D8J99", "海上风电塔筒及导管架制造", "直接补助", 5200, 800],
        [5, "丹东市", "丹东鸭绿江水产食品有限公司", "91210600MA0UH5L37Q", "贝类精深加工生产线", "直接补助", 1500, 450],
        [6, "盘锦市", "盘锦辽河口渔港建设有限公司", "91211100MA10C6N25N", "渔港经济区基础设施提升", "贷款贴息", 12000, 560],
        [7, "葫芦岛市", "葫芦岛兴城海洋信息科技有限公司", "91211400MA0YF8R13W", "“智慧海洋”5G渔船监管服务平台", "直接补助", 900, 250],
        [8, "沈阳市", "沈阳新松海工机器人有限公司", "91210100MA10K2Y567", "水下作业机器人研发及应用", "直接补助", 3000, 800],
        ["合计", null, null, null, null, null, 36400, 4580],
      ],
      merges: ["A1:H1", "A12:F12"],
      numberFormats: { "G4:H12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟支持项目",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "item", G: "base", H: "approved" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "H5", why: "直接补助: 30% × 1,800 = 540万元 allowed (below the 800 maximum), 600 proposed: 60万元 over" },
      { rule: "cap.exceeded", cell: "H9", why: "贷款贴息: at most 500万元 a project, 560 proposed: 60万元 over" },
      { rule: "register.invalid-credit-code", cell: "D8", why: "91210600MA0UH5L37Q: the check character for the first 17 is Y, not Q" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "H7", why: "30% × 5,200 = 1,560, so the 800 maximum binds and 800 meets it" },
      { rule: "cap.exceeded", cell: "H11", why: "30% × 3,000 = 900, so the 800 maximum binds and 800 meets it" },
      { rule: "cap.rate-exceeded", cell: "H4", why: "700 is below 30% × 2,400 = 720" },
      { rule: "cap.rate-exceeded", cell: "H10", why: "250 is below 30% × 900 = 270; 200万元至800万元 sets a floor of 200, which 250 meets" },
      { rule: "cap.rate-exceeded", cell: "H6", why: "贷款贴息 is a maximum, not a rate of the project's total input" },
      { rule: "register.duplicate", why: "no unit appears twice" },
      { rule: "register.ineligible-location", why: "大连, 营口, 锦州, 丹东, 盘锦, 葫芦岛, 沈阳 are cities of 辽宁" },
      { rule: "cap.unknown-policy", why: "every 扶持类型 is a catalog item" },
      { rule: "composition.total-mismatch", why: "a register's 合计 (36,400 input, 4,580 support: the rows added) is not a composition" },
    ],
  },
};
