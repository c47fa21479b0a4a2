import type { CorpusLayout } from "../types";

// 云南省招商合作局 2016: the revised 云南省招商引资中介奖励办法（试行）(云招商委办发〔2016〕4号) — an intermediary who brings a project with
// 5000万元 or more of outside money in place is paid 0.5‰ of that money, at most 150万元 a project. Laid out as a one-row catalog in words
// beside an award list of our own (intermediary | code | project | 州（市） | money in place | award).
export const layout: CorpusLayout = {
  id: "yunnan-2016-investment-intermediary-awards",
  source: {
    title: "云南省招商引资中介奖励办法（试行）修订：奖励标准提高（政策标准与拟兑现名单据正文拟）",
    url: "https://invest.yn.gov.cn/ZWPublicInfo.aspx?id=10830",
    publisher: "云南省投资促进局（云南省招商合作局）",
    date: "2016",
    changes:
      "Built from the prose (table from prose): the standard is quoted as the page gives it — 5000万元以上 money in place as the condition, 0.5‰ " +
      "of the money in place as the award, 150万元 a project at most — with the document number. The award list is ours (intermediaries, " +
      "codes of 云南, projects, money in place, awards): the page has none. Planted: an award of 38 against 0.5‰ × 64,000 = 32; an award of 180 " +
      "against the 150万元 maximum (0.5‰ × 360,000 would be 180: the maximum binds).",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "per-mille-rate", "rate-with-cap", "condition-not-cap", "base-column", "credit-codes", "prefectures-as-places", "item-in-title", "one-decimal-wanyuan", "wanyuan-in-header", "total-at-foot", "table-from-prose", "province-policy", "yunnan"],
  settings: { district: "云南省" },
  sheets: [
    {
      name: "奖励标准",
      widths: [6, 20, 70, 24],
      rows: [
        ["云南省招商引资中介奖励标准（据正文拟）", null, null, null],
        ["序号", "奖励事项", "奖励标准", "文件依据"],
        [1, "招商引资中介奖励", "引进项目实际外来投资到位资金5000万元以上的，按实际外来投资到位资金的0.5‰给予奖励，单个项目奖励最高不得超过150万元", "云招商委办发〔2016〕4号"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "拟兑现名单",
      widths: [6, 30, 24, 34, 14, 18, 14],
      rows: [
        ["云南省2016年度招商引资中介奖励拟兑现名单", null, null, null, null, null, null],
        ["序号", "引资人（中介机构）", "统一社会信用代码", "引进项目", "项目所在州（市）", "实际外来投资到位资金（万元）", "奖励金额（万元）"],
        [1, "昆明滇商投资咨询有限公司", "91530102MA6K8N3P2Q", "曲靖光伏组件生产基地项目", "曲靖市", 86000, 43],
        [2, "云南彩云招商服务有限公司", "91530402MA6L2Q7R5W", "玉溪高原特色农产品加工园项目", "玉溪市", 120000, 60],
        [3, "大理苍洱商务咨询有限公司", "91532901MA6M5T1W8K", "大理绿色硅材料产业园项目", "大理白族自治州", 420000, 150],
        [4, "红河南疆投资顾问有限公司", "91532501MA6N9U4X3A", "蒙自冷链物流中心项目", "红河哈尼族彝族自治州", 64000, 38],
        [5, "昆明春城产业促进有限公司", "91530111MA6P3W6Y1X", "安宁石化配套新材料项目", "昆明市", 360000, 180],
        [6, "西双版纳澜沧江商务咨询有限公司", "91532801MA6Q7X2A42", "景洪热带水果精深加工项目", "西双版纳傣族自治州", 9800, 4.9],
        ["合计", null, null, null, null, 1059800, 475.9],
      ],
      merges: ["A1:G1", "A9:E9"],
      numberFormats: { "F3:F9": "#,##0", "G3:G9": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励标准", kind: "catalog", headerRow: 2, lastRow: 3, columns: { B: "item", C: "standard" } },
      {
        sheet: "拟兑现名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "project", E: "place", F: "base", G: "approved" }, year: 2016, item: "招商引资中介奖励",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G6", why: "红河南疆: 0.5‰ × 64,000 = 32 < 38 (the maximum 150 does not bind)" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G7", why: "昆明春城: 180 > 150, the maximum, which binds before 0.5‰ × 360,000 = 180" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G5", why: "大理苍洱: 150 = the maximum (0.5‰ × 420,000 = 210 is above it)" },
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G3", why: "0.5‰ × 86,000 = 43" },
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G8", why: "0.5‰ × 9,800 = 4.9" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F7", why: "360,000 is the money in place (the base), no award" },
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", why: "5000万元以上 is a condition; 0.5‰ is the rate, 150万元 its maximum" },
      { rule: "register.ineligible-location", why: "every 州（市） named is in 云南省" },
      { rule: "cap.unknown-policy", why: "the title names the catalog's 招商引资中介奖励" },
    ],
  },
};
