import type { CorpusLayout } from "../types";

// 湖南 衡阳县促进工业加快发展的奖励办法 (2021): standards in prose — 30% of the new county-retained tax with the
// growth thresholds as conditions, three levels in one sentence (分别奖励5万元、10万元、15万元), investment tiers
// (5000万元以上 15万元 … 500万元至1000万元 5万元), a clause without an amount — set out as a list of awards, and the
// year's awards under them on a second sheet.
export const layout: CorpusLayout = {
  id: "hengyangxian-2021-industry-award-measures",
  source: {
    title: "衡阳县促进工业加快发展的奖励办法",
    url: "http://5511mu.com/gaoqi/6941.html",
    publisher: "衡阳县人民政府（转载）",
    date: "2021",
    changes:
      "The standards of 税收贡献奖, 上台阶奖 and the 技改 award and their 牵头考核单位 are quoted as published (二、三); the award " +
      "names are the text's own (“税收贡献奖”“上台阶奖”) or taken from the clause's subject (技改投入奖, 用电增量奖). The fourth " +
      "clause is cut off in the stored copy after “三个时间段累计工业用电量同比增幅”: its ending (给予适当奖励，具体奖励标准由牵头考核单位" +
      "另行制定) is ours. The layout as a four-column list (序号 | 奖项 | 奖励标准 | 牵头考核单位) and the second sheet (序号 | 企业名称 | " +
      "统一社会信用代码 | 奖项 | 计算基数（万元） | 奖励金额（万元）) are ours: firms, codes (衡阳县 430421) and figures invented. " +
      "Planted: 界牌陶瓷 given 15.00 where 30% of 40.00 is 12.00; 西渡机械's 税收贡献奖 listed twice; the clause without an amount.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-without-maximum", "conditions-not-caps", "levels-in-one-sentence",
    "tiered-awards", "unreadable-standard", "base-column", "credit-codes", "no-place-column",
  ],
  settings: { district: "衡阳县" },
  sheets: [
    {
      name: "奖励办法",
      widths: [6, 14, 80, 18],
      rows: [
        ["衡阳县促进工业加快发展奖励项目及标准", null, null, null],
        ["序号", "奖项", "奖励标准", "牵头考核单位"],
        [
          1,
          "税收贡献奖",
          "对上年度纳税200万元至500万元、500万元至1000万元、1000万元以上的企业，本年度上缴税收同比增幅分别达到30%以上、20%以上、15%以上的给予奖励，奖励额度为新增县级留成部分的30%。",
          "财政局、税务局",
        ],
        [2, "上台阶奖", "对入规企业设立“上台阶奖”，年内首次上缴税收达200万元、500万元、1000万元的企业分别奖励5万元、10万元、15万元。", "财政局、税务局"],
        [
          3,
          "技改投入奖",
          "对当年工业技改投入5000万元以上的企业奖补15万元，技改投入3000万元至5000万元的企业奖补10万元，技改投入1000万元至3000万元的企业奖补8万元，技改投入500万元至1000万元的企业奖补5万元。",
          "科工信局",
        ],
        [
          4,
          "用电增量奖",
          "对上年度工业用电量排名前20位的企业，根据企业本年度1-3月、4-6月、7-12月三个时间段累计工业用电量同比增幅，给予适当奖励，具体奖励标准由牵头考核单位另行制定。",
          "发改局、供电公司",
        ],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "奖励名单",
      widths: [6, 30, 22, 14, 16, 16],
      rows: [
        ["衡阳县2021年度促进工业加快发展奖励资金拟奖励企业名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "奖项", "计算基数（万元）", "奖励金额（万元）"],
        [1, "衡阳县西渡机械制造有限公司", "91430421MA4L2Q8T1L", "税收贡献奖", 86.4, 25.92],
        [2, "衡阳县界牌陶瓷有限公司", "91430421MA4PXC6N7R", "税收贡献奖", 40, 15],
        [3, "衡阳县演陂茶业有限公司", "91430421MA4T0KD5EF", "税收贡献奖", 133.33, 40],
        [4, "衡阳县西渡机械制造有限公司", "91430421MA4L2Q8T1L", "税收贡献奖", 96, 28.8],
        [5, "湖南衡阳县金兰电子有限公司", "91430421MA4R7HF2BK", "技改投入奖", 6200, 15],
        [6, "衡阳县三湖建材有限公司", "91430421MA4QWE3L96", "技改投入奖", 1800, 8],
        ["合计", null, null, null, null, 132.72],
      ],
      merges: ["A1:F1", "A9:E9"],
      numberFormats: { "E3:F9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励办法", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "奖励办法", cell: "C6", why: "给予适当奖励，具体奖励标准由牵头考核单位另行制定: no amount, rate or maximum" },
      { rule: "cap.rate-exceeded", sheet: "奖励名单", cell: "F4", why: "30% × 40.00 = 12.00万元 allowed, 15.00 proposed: 3.00万元 over" },
      { rule: "register.duplicate", sheet: "奖励名单", cell: "F6", why: "西渡机械 (91430421MA4L2Q8T1L) has a 税收贡献奖 in 2021 at row 3 already" },
    ],
    absent: [
      {
        rule: "catalog.unreadable-standard",
        sheet: "奖励办法",
        cell: "C3",
        why: "30% of the new county-retained tax; 200万元/500万元/1000万元 and the growth rates 30%/20%/15% are conditions, not caps",
      },
      { rule: "catalog.unreadable-standard", sheet: "奖励办法", cell: "C4", why: "three levels in one sentence: 5万元, 10万元, 15万元" },
      { rule: "catalog.unreadable-standard", sheet: "奖励办法", cell: "C5", why: "four investment tiers, 15 / 10 / 8 / 5万元; at most 15万元" },
      { rule: "cap.rate-exceeded", sheet: "奖励名单", cell: "F3", why: "30% × 86.40 = 25.92, exactly the amount" },
      { rule: "cap.rate-exceeded", sheet: "奖励名单", cell: "F5", why: "30% × 133.33 = 39.999, 40.00 at two decimals: rounding" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F7", why: "技改投入 6,200万元 is in the 5000万元以上 tier: 15.00万元, the clause's highest amount" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F8", why: "技改投入 1,800万元 is in the 1000万元至3000万元 tier: 8.00万元" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "F9", why: "合计 is not an award" },
      { rule: "cap.no-cap", sheet: "奖励名单", why: "税收贡献奖's rate (30%) is its cap, and every row gives its base" },
      { rule: "cap.unknown-policy", why: "both 奖项 of the list are in the sheet's own list of awards" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.ineligible-location", why: "no place column; every code is issued in 衡阳县 (430421)" },
    ],
  },
};
