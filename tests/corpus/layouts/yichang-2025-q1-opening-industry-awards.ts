import type { CorpusLayout } from "../types";

// 宜昌市 2025-04: 首季“开门红”若干政策措施, its industry clauses (一)–(三): awards by band of new output (5 / 10 / 20万元, the
// bands and the 15%以上 growth being conditions), a one-off 5万元 on electricity, output and growth thresholds, an extra 1万元 for a
// firm first entering the statistics, and the note that (一) and (二) are paid 就高不重复. The awards paid under them on a second sheet.
export const layout: CorpusLayout = {
  id: "yichang-2025-q1-opening-industry-awards",
  source: {
    title: "宜昌市出台2025年首季“开门红”若干政策措施（（一）激励龙头企业满产达产 —（三）推动工业企业投产进规）",
    url: "http://news.cjn.cn/hbpd_19912/yc_19929/202504/t5117228.htm",
    publisher: "三峡日报（长江网转载）",
    date: "2025-04-11",
    changes:
      "The three clauses and the closing note are the published wording, each clause one row of a table (序号 | 政策措施 | 支持内容) whose title " +
      "and layout are ours. The award list on the second sheet is ours (firms, codes of 宜昌's districts, output figures, amounts). Planted: " +
      "宜昌猇亭新材料 paid 25 under (一), whose top band is 20万元; 宜昌夷陵机电 paid 8 under (二), a one-off 5万元. 宜昌西陵精细化工 is paid " +
      "under both (一) and (二) against the 就高不重复 note: two items, which the rules do not treat as a duplicate.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "bands-in-one-sentence", "conditions-not-caps", "fixed-awards", "extra-award", "one-of-two-note", "item-column", "credit-codes", "districts-as-places", "dash-as-nothing", "wanyuan-caption", "total-at-foot", "city-policy", "hubei"],
  settings: { asOf: "2025-06-30", district: "宜昌市" },
  sheets: [
    {
      name: "政策措施",
      widths: [8, 26, 100],
      rows: [
        ["宜昌市2025年首季“开门红”若干政策措施（工业企业部分）", null, null],
        ["序号", "政策措施", "支持内容"],
        ["（一）", "激励龙头企业满产达产", "对城区2025年一季度产值同比增长15%以上的规上工业企业分档给予奖励：新增产值5000万元至1亿元（不含）奖励5万元、新增产值1亿元至2亿元（不含）奖励10万元、新增产值2亿元及以上奖励20万元。"],
        ["（二）", "促进中小企业加快发展", "对城区2025年一季度“开门红”期间用电量同比正增长，且一季度完成产值2000万元以上、同比增长20%以上的规上工业企业，给予一次性5万元奖励。"],
        ["（三）", "推动工业企业投产进规", "对城区2025年一季度首次纳入规模以上统计管理的工业企业，在市委市政府现有奖励政策基础上再额外奖励1万元。"],
        ["上述第（一）、（二）条政策，符合条件的企业按“就高不重复”原则享受奖补。", null, null],
      ],
      merges: ["A1:C1", "A6:C6"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 12, 24, 14, 14, 12],
      rows: [
        ["宜昌市城区2025年首季“开门红”工业企业奖励兑现名单", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在区", "奖励政策", "一季度产值", "新增产值", "奖励金额"],
        [1, "宜昌西陵精细化工有限公司", "91420502MA49H3K2XH", "西陵区", "激励龙头企业满产达产", 42600, 8600, 5],
        [2, "湖北伍家岗船舶配件有限公司", "91420503MA49J7L5CQ", "伍家岗区", "激励龙头企业满产达产", 68300, 15200, 10],
        [3, "宜昌猇亭新材料股份有限公司", "91420505MA49K2M8D5", "猇亭区", "激励龙头企业满产达产", 121500, 26800, 25],
        [4, "宜昌高新光电子有限公司", "91420500MA49L6N1E3", "宜昌高新区", "激励龙头企业满产达产", 95400, 21500, 20],
        [5, "宜昌点军食品有限公司", "91420504MA49M9P4F6", "点军区", "促进中小企业加快发展", 2650, 520, 5],
        [6, "宜昌夷陵机电设备有限公司", "91420506MA49N3Q7GB", "夷陵区", "促进中小企业加快发展", 4180, 910, 8],
        [7, "宜昌伍家岗包装材料有限公司", "91420503MA49P8R2HF", "伍家岗区", "推动工业企业投产进规", 1860, "—", 1],
        [8, "宜昌高新智造装备有限公司", "91420500MA49Q1T5J5", "宜昌高新区", "推动工业企业投产进规", 2240, "—", 1],
        [9, "宜昌西陵印务有限公司", "91420502MA49R5U9KK", "西陵区", "促进中小企业加快发展", 3320, 640, 5],
        [10, "宜昌西陵精细化工有限公司", "91420502MA49H3K2XH", "西陵区", "促进中小企业加快发展", 42600, 8600, 5],
        ["合计", null, null, null, null, null, null, 85],
      ],
      merges: ["A1:H1", "A14:G14"],
      numberFormats: { "F4:G13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策措施", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", C: "standard" }, year: 2025 },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", H: "approved" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "H6", why: "宜昌猇亭新材料: (一) gives 5 / 10 / 20万元 by band, at most 20; 25 paid: 5万元 over" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "H9", why: "宜昌夷陵机电: (二) is a one-off 5万元; 8 paid: 3万元 over" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C3", why: "three fixed awards by band; 15%以上 and 2亿元及以上 are conditions, not caps or rates" },
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C4", why: "a one-off 5万元; 2000万元以上 and 20%以上 are conditions" },
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C5", why: "a fixed extra 1万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "H7", why: "宜昌高新光电子 20: the top band exactly" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "H14", why: "合计 85 is not an award" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "H13", why: "宜昌西陵精细化工 under (二) after (一): two items, no duplicate (the 就高不重复 note is not a rule the checks apply)" },
      { rule: "register.ineligible-location", why: "西陵, 伍家岗, 点军, 猇亭, 夷陵 and 宜昌高新区 are all 宜昌市's" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
      { rule: "register.unpaid", why: "a plain award list records no payments" },
      { rule: "input.unreadable-value", sheet: "兑现名单", why: "— under 新增产值 for firms newly in the statistics means nothing" },
    ],
  },
};
