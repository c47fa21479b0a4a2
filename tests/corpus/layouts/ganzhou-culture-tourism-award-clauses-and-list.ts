import type { CorpusLayout } from "../types";

// 甘州区 (张掖, 甘肃) 文化旅游 award clauses as a compilation prints them: （四） exhibitions — 5% of the actual spending on a
// show held here; 30% of the booth fee for firms exhibiting elsewhere, at most 3万元 a firm a year; （五）引摄入甘 — 1000元 a
// minute of 甘州 on screen, at most 10万元. The clauses laid out as a catalog, with a year's award list (ours) on a second sheet.
export const layout: CorpusLayout = {
  id: "ganzhou-culture-tourism-award-clauses-and-list",
  source: {
    title: "甘州区文化旅游产业发展奖励政策（汇编第150—151页：会展宣传推广奖励、引摄入甘奖励）",
    url: "https://yunzhan365.com/basic/151-200/34474134.html",
    publisher: "张掖市甘州区（政策汇编，转载）",
    date: "2023-09-22",
    changes:
      "As published (the stored page shows pages 150–151 of a policy compilation): the end of a clause rewarding exhibitions " +
      "held here (按实际支出额度的5%予以奖励; its opening and heading cut off — the section and row names 会展奖励 / 举办会展奖励 are " +
      "ours), 2.会展宣传推广奖励 (展位费30%, 单个企业每年补助上限不高于3万元), （五）引摄入甘奖励 1.在甘州区取景拍摄奖励 (每分钟1000元，最高" +
      "不超过10万元); its clause 2 is cut off and left out. Laid out as a catalog (序号 | 奖励事项 | 奖励标准 under the section rows). " +
      "Ours: the 2024 award list (firms, codes with 甘州区's 620702, bases, amounts, remarks, 合计). Planted: 祁连文旅 2.80 against " +
      "30% × 8.00 = 2.40; 七彩丹霞影视 12.00 above the 10万元 maximum; 大佛寺文创's code with a wrong check character.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-award", "rate-and-maximum", "per-minute-standard", "section-rows",
    "conditions-not-caps", "base-column", "remark-column", "credit-codes", "item-per-row", "total-at-foot", "wanyuan-in-header",
    "table-from-prose", "county-level", "gansu",
  ],
  settings: { district: "甘州区" },
  sheets: [
    {
      name: "奖励政策",
      widths: [8, 24, 100],
      rows: [
        ["甘州区文化旅游产业发展奖励政策（摘录）", null, null],
        ["序号", "奖励事项", "奖励标准"],
        ["（四）会展奖励", null, null],
        [1, "举办会展奖励", "对在甘州区举办的集展示文化旅游类产品和技术、拓展销售渠道、传播品牌理念、投资洽谈交流为一体的展览会（不包括书画摄影艺术展、成就成果展等），按实际支出额度的5%予以奖励。"],
        [2, "会展宣传推广奖励", "对文化旅游企业自主赴境内外三线以上城市参加省级以上政府或行业组织举办的各类文化旅游交易会、展销会、博览会、宣传推广会、招商引资会、旅游商品大赛的（不包括统一参展活动），给予展位费30%的补助，单个企业每年补助上限不高于3万元。"],
        ["（五）引摄入甘奖励", null, null],
        [1, "在甘州区取景拍摄奖励", "对已公开发行，以甘州区为主要外景地、显著展现甘州区自然人文景观和城市名称，且作品总时长不少于30分钟、呈现甘州区镜头总时长在10分钟以上的影视作品，给予非政府方的第一出品方每分钟1000元，最高不超过10万元的奖励。"],
      ],
      merges: ["A1:C1", "A3:C3", "A6:C6"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 22, 14, 14, 26],
      rows: [
        ["甘州区2024年度文化旅游奖励资金拟兑现企业名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "奖励事项", "计奖基数（万元）", "奖励金额（万元）", "备注"],
        [1, "张掖丝路会展服务有限公司", "91620702MA74HL2B32", "举办会展奖励", 60, 3, "展会实际支出60万元"],
        [2, "甘州祁连文旅发展有限公司", "91620702MA74QL5C8R", "会展宣传推广奖励", 8, 2.8, "展位费8万元"],
        [3, "张掖七彩丹霞影视文化有限公司", "91620702MA7506DY1P", "在甘州区取景拍摄奖励", "—", 12, "甘州区镜头120分钟"],
        [4, "张掖湿地旅游开发有限公司", "91620702MA74K8GW2Q", "会展宣传推广奖励", 12, 3, "展位费12万元，按上限补助"],
        [5, "甘州区大佛寺文创有限公司", "91620702MA75B3NX6K", "会展宣传推广奖励", 5, 1.5, "展位费5万元"],
        [6, "张掖黑河影视传媒有限公司", "91620702MA74T9RU4E", "在甘州区取景拍摄奖励", "—", 4.5, "甘州区镜头45分钟"],
        ["合计", null, null, null, 85, 26.8, null],
      ],
      merges: ["A1:G1", "A9:D9"],
      numberFormats: { "E3:F9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励政策", kind: "catalog", headerRow: 2, lastRow: 7, columns: { B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F4", why: "会展宣传推广奖励: 30% × 展位费 8.00 = 2.40 (below the 3万元 maximum, so the binding limit); 2.80 proposed, 0.40 over" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F5", why: "在甘州区取景拍摄奖励 at most 10万元; 12.00 proposed (120 minutes × 1000元 = 12万元, above the maximum), 2.00 over" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C7", why: "91620702MA75B3NX6K: the GB 32100-2015 check character of 91620702MA75B3NX6 is Q, not K" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "奖励政策", cell: "C4", why: "a rate of 5% of the actual spending" },
      { rule: "catalog.unreadable-standard", sheet: "奖励政策", cell: "C5", why: "30% of the booth fee, at most 3万元 (上限不高于); 三线以上城市 and 省级以上 are conditions" },
      { rule: "catalog.unreadable-standard", sheet: "奖励政策", cell: "C7", why: "最高不超过10万元 is the maximum; 不少于30分钟 and 10分钟以上 are conditions on the film, not money" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F3", why: "5% × 60.00 = 3.00, as proposed" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F6", why: "30% × 12.00 = 3.60 but the 3万元 maximum binds: 3.00 proposed, within it" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F6", why: "3.00 equals the 3万元 maximum" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F7", why: "30% × 5.00 = 1.50, as proposed" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F8", why: "4.50 (45 minutes × 1000元) within 10万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F9", why: "合计 26.80 = 3 + 2.80 + 12 + 3 + 1.50 + 4.50 is not an award" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "E9", why: "计奖基数 60 + 8 + 12 + 5 = 85.00 (the dashes add nothing)" },
      { rule: "cap.unknown-policy", why: "every 奖励事项 is a row of the sheet's own clauses" },
      { rule: "register.duplicate", why: "three firms share 会展宣传推广奖励, no firm is listed twice" },
      { rule: "input.unreadable-value", sheet: "兑现名单", cell: "E5", why: "a dash means no base" },
      { rule: "register.location-code-mismatch", sheet: "兑现名单", cell: "C3", why: "every code's characters 3–8 are 620702 (甘州区)" },
    ],
  },
};
