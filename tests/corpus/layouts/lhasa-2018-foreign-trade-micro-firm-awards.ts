import type { CorpusLayout } from "../types";

// 拉萨市 附件1 拉萨市外经贸小微企业“两创”资金管理办法（暂行） (拉委厅发〔2017〕40号, 拉政发〔2017〕13号 under it), 第三条 奖励标准:
// 综合型和专业型示范基地 一次性60万元, 企业型示范基地 30万元, 海关高级认证和国际AEO认证 10万元, 海关一般认证 5万元, (三) 进出口额突破 ….
// Laid out as a clause table (one row per award, the standard in words) beside an award list of our own.
export const layout: CorpusLayout = {
  id: "lhasa-2018-foreign-trade-micro-firm-awards",
  source: {
    title: "拉萨市外经贸小微企业“两创”资金管理办法（暂行）（第三条奖励标准；条款表与奖励名单据正文拟）",
    url: "http://www.lssmes.cn/PolicyList1_3.html",
    publisher: "拉萨市小微企业创业创新基地城市示范（拉萨市中小企业公共服务平台转载）",
    date: "2017",
    changes:
      "Built from the prose (table from prose): 第三条 （一）（二） split into one row per award, each standard quoted with its amount as published " +
      "(60, 60, 30, 10, 5万元); （三） on import-export growth is cut (the stored copy breaks off inside it). The award list on the second sheet " +
      "(firms, codes 5401xx, places, amounts, its 2018 title) is ours: the publication has none. Planted: a 企业型示范基地 awarded 60万元 (the clause " +
      "gives 30万元); one credit code with a wrong check character. One firm under 企业型示范基地 and 海关高级认证 is no duplicate.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "section-row", "credit-codes", "item-per-row", "same-firm-two-items",
    "counties-as-places", "whole-wanyuan", "wanyuan-in-header", "table-from-prose", "city-policy", "tibet",
  ],
  settings: { district: "拉萨市" },
  sheets: [
    {
      name: "奖励标准",
      widths: [6, 30, 64],
      rows: [
        ["拉萨市外经贸小微企业“两创”资金奖励标准", null, null],
        ["序号", "奖励事项", "奖励标准"],
        ["（一）评选为自治区及以上外贸转型升级示范基地的，按照类别给予一定奖励", null, null],
        [1, "综合型示范基地", "综合型示范基地，一次性给予60万元奖励"],
        [2, "专业型示范基地", "专业型示范基地，一次性给予60万元奖励"],
        [3, "企业型示范基地", "企业型示范基地，一次性给予30万元奖励"],
        ["（二）通过海关认证的企业", null, null],
        [4, "通过海关高级认证和国际AEO认证", "通过海关高级认证和国际AEO认证的企业一次性给予10万元奖励"],
        [5, "通过海关一般认证", "对通过海关一般认证的企业一次性给予5万元奖励"],
      ],
      merges: ["A1:C1", "A3:C3", "A7:C7"],
    },
    {
      name: "奖励名单",
      widths: [6, 32, 24, 14, 30, 16],
      rows: [
        ["拉萨市2018年外经贸小微企业“两创”资金拟奖励企业名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在县（区）", "奖励事项", "奖励金额（万元）"],
        [1, "拉萨雪域进出口贸易有限公司", "91540102MA6T1K3P23", "城关区", "综合型示范基地", 60],
        [2, "西藏堆龙圣源商贸有限公司", "91540103MA6T4N8Q55", "堆龙德庆区", "企业型示范基地", 60],
        [3, "西藏达孜高原天然饮品有限公司", "91540104MA6T7R2W16", "达孜区", "通过海关高级认证和国际AEO认证", 10],
        [4, "曲水净土农产品外贸有限公司", "91540124MA6T2C9X4J", "曲水县", "通过海关一般认证", 5],
        [5, "拉萨八廊国际贸易有限公司", "91540102MA6T8D5L7A", "城关区", "企业型示范基地", 30],
        [6, "林周县唐古拉外贸有限公司", "91540121MA6T3H6M86", "林周县", "通过海关一般认证", 5],
        [7, "西藏堆龙圣源商贸有限公司", "91540103MA6T4N8Q55", "堆龙德庆区", "通过海关高级认证和国际AEO认证", 10],
        [8, "拉萨净土藏药外贸有限公司", "91540103MA6T5G2B9E", "堆龙德庆区", "专业型示范基地", 60],
      ],
      merges: ["A1:F1"],
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励标准", kind: "catalog", headerRow: 2, lastRow: 9, columns: { B: "item", C: "standard" } },
      {
        sheet: "奖励名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" }, year: 2018,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F4", why: "企业型示范基地: 60 > the clause's 30万元" },
      { rule: "register.invalid-credit-code", sheet: "奖励名单", cell: "C7", why: "91540102MA6T8D5L7A: the check character for 91540102MA6T8D5L7 is M, not A" },
    ],
    absent: [
      { rule: "register.duplicate", sheet: "奖励名单", cell: "F9", why: "the same firm under two different items (企业型示范基地, then 通过海关高级认证和国际AEO认证)" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F3", why: "综合型示范基地 60 = its 60万元" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F10", why: "专业型示范基地 60 = its 60万元 (not the 30万元 of 企业型)" },
      { rule: "register.ineligible-location", sheet: "奖励名单", why: "城关区, 堆龙德庆区, 达孜区 are districts of 拉萨市; 曲水县 and 林周县 its counties" },
      { rule: "register.location-code-mismatch", sheet: "奖励名单", why: "every code's characters 3–8 name 拉萨 (540102, 540103, 540104, 540121, 540124)" },
      { rule: "cap.unknown-policy", sheet: "奖励名单", why: "every 奖励事项 is a row of the clause sheet" },
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", why: "each standard states one fixed amount" },
    ],
  },
};
