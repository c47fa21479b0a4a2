import type { CorpusLayout } from "../types";

// 吉林省 (a city's 工信局, to its 城区工信局、开发区经发局) 2023: 省级工业和信息化高质量发展专项资金因素法（稳增长增量奖补部分）, 吉工信运行〔2023〕275号 —
// two awards: (一) 2022年四季度稳增长奖补 (产值同比增长10%以上且净增量2000万以上) and (二) 2023年一季度稳增长奖补 (零部件企业 10%以上且净增5000万元;
// 其它企业 6%以上且净增量3000万元以上); 两项稳增长奖补资金同一企业不可重复申报. Laid out as the list of firms put forward, the award named per row.
export const layout: CorpusLayout = {
  id: "jilin-city-2023-steady-growth-increment-two-quarters",
  source: {
    title: "关于组织申报2023年工业和信息化高质量发展专项资金因素法（稳增长增量奖补部分）的通知 — 拟奖补企业名单（据申报通知拟）",
    url: "http://268862.cn/Index/show/catid/14/id/28590.html",
    publisher: "吉林省某市工业和信息化局（镜像站转载，城市名未存）",
    date: "2023",
    changes:
      "As published: the fund and its part, the province's document (吉工信运行〔2023〕275号), the two awards and their conditions, the firm types " +
      "(零部件企业, 其它企业) and the rule that one firm may not apply for both. The stored copy is the call, on a mirror that drops the city's name; the " +
      "list (序号 | 企业名称 | 统一社会信用代码 | 奖补类别 | 企业类型 | 产值同比增长 | 产值净增量 | 拟奖补金额), firms, codes and figures are ours, with no " +
      "place column (the city is not known) and no cap (the province's amounts are not on the page). Planted: one firm twice under 2022年四季度稳增长奖补; " +
      "a code with a wrong check character.",
  },
  classes: ["register", "item-column", "two-items-one-list", "one-firm-two-items", "condition-figures-beside-award", "growth-rate-column", "category-column", "year-in-title", "no-catalog", "no-place-column", "credit-codes", "wanyuan-in-header", "total-at-foot", "mirror-site", "jilin"],
  sheets: [
    {
      name: "拟奖补企业",
      widths: [6, 32, 22, 24, 12, 12, 16, 16],
      rows: [
        ["2023年省级工业和信息化高质量发展专项资金因素法（稳增长增量奖补部分）拟奖补企业名单", null, null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "奖补类别", "企业类型", "产值同比增长", "产值净增量（万元）", "拟奖补金额（万元）"],
        [1, "吉林江城化工新材料有限公司", "91220201MA14K7D3X2", "2022年四季度稳增长奖补", "其它企业", 0.125, 2350, 20],
        [2, "吉林昌邑碳纤维制品有限公司", "91220202MA15T2N8QX", "2022年四季度稳增长奖补", "其它企业", 0.152, 3100, 25],
        [3, "吉林龙潭汽车零部件有限公司", "91220203MA13W6P1LM", "2023年一季度稳增长奖补", "零部件企业", 0.11, 5620, 40],
        [4, "吉林船营食品加工有限公司", "91220204MA17C9R4HD", "2023年一季度稳增长奖补", "其它企业", 0.072, 3380, 25],
        [5, "吉林江城化工新材料有限公司", "91220201MA14K7D3X2", "2023年一季度稳增长奖补", "其它企业", 0.08, 3050, 25],
        [6, "吉林丰满电力设备有限公司", "91220211MA16F3K7UT", "2022年四季度稳增长奖补", "其它企业", 0.108, 2210, 20],
        [7, "吉林江城底盘部件有限公司", "91220201MA15X8B2EE", "2023年一季度稳增长奖补", "零部件企业", 0.134, 6400, 45],
        [8, "吉林昌邑碳纤维制品有限公司", "91220202MA15T2N8QX", "2022年四季度稳增长奖补", "其它企业", 0.152, 3100, 25],
        [9, "吉林船营医药包装有限公司", "91220204MA14Q5T9N8", "2023年一季度稳增长奖补", "其它企业", 0.065, 3020, 20],
        [10, "吉林昌邑冶金辅料有限公司", "91220202MA17H1W6C1", "2022年四季度稳增长奖补", "其它企业", 0.181, 4560, 30],
        ["合计", null, null, null, null, null, 36790, 275],
      ],
      merges: ["A1:H1", "A13:F13"],
      numberFormats: { "F3:F12": "0.0%", "G3:H13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟奖补企业",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "category", H: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "H10", why: "吉林昌邑碳纤维制品有限公司 (91220202MA15T2N8QX) again on row 10 under 2022年四季度稳增长奖补 in 2023, as on row 4" },
      { rule: "register.invalid-credit-code", cell: "C11", why: "91220204MA14Q5T9N8: the check character for the first 17 is 0, not 8" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "H7", why: "江城化工新材料 is under 2023年一季度稳增长奖补 here and 2022年四季度稳增长奖补 on row 3: two items, no duplicate by the rule (the notice's ban on applying for both is a condition, not a cap)" },
      { rule: "register.ineligible-location", why: "no place column" },
      { rule: "cap.exceeded", why: "no catalog: the province's award amounts are not on the page" },
      { rule: "input.unreadable-value", why: "产值同比增长 is a percentage and 企业类型 is text: conditions, not amounts" },
      { rule: "register.unpaid", why: "no as-of date; a list of awards to be made" },
    ],
  },
};
