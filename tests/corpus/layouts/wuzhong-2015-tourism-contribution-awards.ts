import type { CorpusLayout } from "../types";

// 吴忠市人民政府办公室 2017-10: awards for units that furthered the city's tourism in 2015 — 30万元 to each newly rated 国家3A级景区
// (吴党办发〔2012〕106号), and 10% of what a scenic area spent on promoting itself under 引客入吴 (吴政办发〔2015〕8号: 投入10万元,
// 奖励1万元 …). Built as the award table the notice describes; the two standards as the catalog.
export const layout: CorpusLayout = {
  id: "wuzhong-2015-tourism-contribution-awards",
  source: {
    title: "关于兑现2015年度促进全市旅游产业发展奖励的通知（奖励兑现表据通知拟）",
    url: "https://www.wuzhong.gov.cn/xxgk/gz/szdwj/201710/t20171016_520875.html",
    publisher: "吴忠市人民政府办公室",
    date: "2017-10-16",
    changes:
      "As published: 吴忠博物馆 and 宁夏移民博物馆 rated 国家3A级景区, 30万元 each (the second paid by 红寺堡区); 中华黄河坛景区's eight " +
      "promotions (10, 5, 6.5, 4.4, 10, 8, 15, 4万元, each rewarded 10%: 1, 0.5, 0.65, 0.44, 1, 0.8, 1.5, 0.4), here on one row " +
      "(62.9 → 6.29). The stored copy breaks off after them: the 青铜峡 and 盐池 rows are ours. The table (受奖励单位 | 奖励事项 | 具体内容 | " +
      "宣传投入 | 奖励金额 | 资金落实), caption and names of the items are ours; the catalog holds the two standards. Planted: " +
      "青铜峡黄河大峡谷景区 awarded 2.5 on 20万元 spent (10% is 2.0); the 奖励金额 合计 typed 68.99 where the lines add to 69.99.",
  },
  classes: [
    "register", "catalog-json", "fixed-award", "rate-of-base", "base-column", "dash-for-no-base", "rewarded-bodies-column",
    "payer-column", "counties-in-city", "wanyuan-caption", "total-at-foot", "table-from-prose", "city-notice", "ningxia",
  ],
  sheets: [
    {
      name: "奖励兑现",
      widths: [6, 24, 18, 50, 10, 10, 16],
      rows: [
        ["吴忠市2015年度促进旅游产业发展奖励兑现表", null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null],
        ["序号", "受奖励单位", "奖励事项", "具体内容", "宣传投入", "奖励金额", "资金落实"],
        [1, "吴忠博物馆", "国家3A级景区奖励", "经评定为国家3A级旅游景区", "—", 30, "市财政"],
        [2, "宁夏移民博物馆", "国家3A级景区奖励", "经评定为国家3A级旅游景区", "—", 30, "红寺堡区人民政府"],
        [3, "中华黄河坛景区", "旅游形象宣传奖励", "列车、火车站灯箱、109国道广告墙及擎天柱、滨河大道龙门架广告，MV《走咧走咧去宁夏》，微电影《宁静的夏天》等8项", 62.9, 6.29, "市财政"],
        [4, "青铜峡黄河大峡谷景区", "旅游形象宣传奖励", "银川河东机场及高速公路广告牌、网络平台宣传", 20, 2.5, "市财政"],
        [5, "盐池县哈巴湖景区", "旅游形象宣传奖励", "区内电视台、报纸形象广告", 12, 1.2, "市财政"],
        ["合计", null, null, null, 94.9, 68.99, null],
      ],
      merges: ["A1:G1", "A2:G2", "A9:D9"],
      numberFormats: { "E6:F9": "0.00" },
    },
  ],
  settings: { district: "吴忠市" },
  catalog: {
    items: [
      { name: "国家3A级景区奖励", capType: "fixed", capAmount: 30, unit: "万元", document: "吴党办发〔2012〕106号" },
      { name: "旅游形象宣传奖励", capType: "rate", rate: 0.1, base: "宣传投入", document: "吴政办发〔2015〕8号" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "奖励兑现",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "item", D: "project", E: "base", F: "approved" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "F7", why: "旅游形象宣传奖励 is 10% of 宣传投入: 10% × 20 = 2.00; 2.50 awarded, 0.50万元 over" },
      { rule: "composition.total-mismatch", cell: "F9", why: "奖励金额 合计 68.99; the lines 30 + 30 + 6.29 + 2.5 + 1.2 = 69.99: 1.00万元 apart" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F4", why: "30 is the fixed 3A award" },
      { rule: "cap.exceeded", cell: "F5", why: "30 is the fixed 3A award (paid by 红寺堡区)" },
      { rule: "cap.rate-exceeded", cell: "F6", why: "6.29 = 10% × 62.9 exactly" },
      { rule: "cap.rate-exceeded", cell: "F8", why: "1.20 = 10% × 12" },
      { rule: "composition.total-mismatch", cell: "E9", why: "宣传投入 62.9 + 20 + 12 = 94.9 (the 3A rows have none)" },
      { rule: "register.duplicate", cell: "F5", why: "two museums, each its own 3A award" },
      { rule: "register.ineligible-location", why: "红寺堡区, 青铜峡, 盐池县 all lie in 吴忠市" },
      { rule: "input.unreadable-value", cell: "E4", why: "a dash: no promotion spending for a 3A award" },
      { rule: "cap.unknown-policy", why: "both 奖励事项 are catalog items" },
    ],
  },
};
