import type { CorpusLayout } from "../types";

// 南安市工信局 2023-04: seven 南安 firms awarded 48.9万元 under 泉州's 2022 疫情期间产业集群协作配套专项资金, all for
// 中小微企业为龙头企业配套加工项目 — at most 1% of the 配套加工产值 (or 2.5% of the 加工费), and at most 30万元 a firm.
// The news item gives the terms; the list is laid out from it, with the rate's base beside each award.
export const layout: CorpusLayout = {
  id: "nanan-2022-cluster-supplier-subsidy",
  source: {
    title: "7家南安企业获泉州产业集群协作配套专项金（海丝商报；名单据正文拟）",
    url: "http://www.yinshua.042.cn/headline/2023/0421/2585.html",
    publisher: "南安市工业和信息化局（海丝商报报道）",
    date: "2023-04-21",
    changes:
      "As published: 7家南安企业, 2022年泉州市疫情期间产业集群协作配套专项资金 48.9万元, all of 项目类型 中小微企业为龙头企业配套加工项目, and " +
      "the standard 按不高于配套加工产值的1%或加工费的2.5%给予不超过30万元的补助. The report prints no list, so its columns (序号 | 企业名称 | " +
      "统一社会信用代码 | 项目类型 | 配套加工产值（万元） | 补助金额（万元）), the firms, codes (南安 350583) and figures are ours; every firm " +
      "here is assessed on its 配套加工产值 (the 2.5%-of-加工费 alternative is not used), and the seven awards add up to the report's 48.9. " +
      "The catalog (1% of 配套加工产值, at most 30万元) is written from the report's sentence. Planted: 丰鸿机械 9.8 against 1% × 850 = 8.5; " +
      "振宇五金's code ends 8 where GB 32100 gives 7.",
  },
  classes: [
    "register", "rate-with-cap", "base-column", "item-column-by-values", "credit-codes", "no-place-column", "item-in-title",
    "year-in-title", "one-decimal-wanyuan", "table-from-prose", "news-report", "wanyuan-in-header", "total-at-foot", "notes-under-table",
    "county-level-city", "fujian",
  ],
  catalog: {
    items: [
      {
        name: "中小微企业为龙头企业配套加工项目",
        category: "泉州市疫情期间产业集群协作配套专项资金",
        capType: "rate",
        rate: 0.01,
        capAmount: 30,
        unit: "万元",
        base: "配套加工产值",
        year: 2022,
        document: "泉州市2022年疫情期间产业集群协作配套专项资金申报通知",
      },
    ],
  },
  sheets: [
    {
      name: "补助名单",
      widths: [6, 30, 22, 30, 18, 16],
      rows: [
        ["2022年泉州市疫情期间产业集群协作配套专项资金南安市企业补助名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "项目类型", "配套加工产值（万元）", "补助金额（万元）"],
        [1, "南安铭鑫石材有限公司", "91350583MAAY4CL12A", "中小微企业为龙头企业配套加工项目", 1250, 12.5],
        [2, "南安恒达阀门科技有限公司", "91350583MATH3BJ1X5", "中小微企业为龙头企业配套加工项目", 860, 8.6],
        [3, "南安新泽卫浴配件有限公司", "91350583MAG612DD2N", "中小微企业为龙头企业配套加工项目", 620, 6.2],
        [4, "南安丰鸿机械制造有限公司", "91350583MA72HD1TJT", "中小微企业为龙头企业配套加工项目", 850, 9.8],
        [5, "南安佳源包装材料有限公司", "91350583MA3Y7LLJY8", "中小微企业为龙头企业配套加工项目", 430, 4.3],
        [6, "南安振宇五金制品有限公司", "91350583MA1JJC1718", "中小微企业为龙头企业配套加工项目", 370, 3.7],
        [7, "南安润晟塑胶有限公司", "91350583MAHU49D4H2", "中小微企业为龙头企业配套加工项目", 380, 3.8],
        ["合计", null, null, null, 4760, 48.9],
        ["注：按不高于配套加工产值的1%或加工费的2.5%给予补助，每家企业不超过30万元。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A10:D10", "A11:F11"],
      numberFormats: { "E3:E10": "#,##0", "F3:F10": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "补助名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "F6", why: "丰鸿机械: 1% × 配套加工产值 850 = 8.5万元 allowed (the 30万元 maximum does not bind), 9.8 proposed: 1.3万元 over" },
      { rule: "register.invalid-credit-code", cell: "C8", why: "91350583MA1JJC1718: the GB 32100 check character of 91350583MA1JJC171 is 7, not 8" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "F3", why: "铭鑫石材: 1% × 1,250 = 12.5, exactly the award" },
      { rule: "cap.rate-exceeded", cell: "F8", why: "振宇五金: 1% × 370 = 3.7, exactly the award" },
      { rule: "cap.rate-exceeded", cell: "F9", why: "润晟塑胶: 1% × 380 = 3.8, exactly the award" },
      { rule: "cap.exceeded", why: "no award reaches the 30万元 maximum" },
      { rule: "cap.exceeded", cell: "F10", why: "合计 48.9 = 12.5 + 8.6 + 6.2 + 9.8 + 4.3 + 3.7 + 3.8 is not an award (nor is 4,760 a base)" },
      { rule: "cap.unknown-policy", why: "every 项目类型 is the catalog's item word for word" },
      { rule: "register.duplicate", why: "seven different firms under one item" },
      { rule: "register.ineligible-location", why: "the list has no place column" },
      { rule: "input.unreadable-value", why: "the note under the table is text, not a value" },
    ],
  },
};
