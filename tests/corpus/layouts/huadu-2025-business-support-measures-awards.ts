import type { CorpusLayout } from "../types";

// 广州市花都区 2025-07: the “扶商” measures for manufacturing and services — an award as a share of new fixed-asset investment capped at
// 300万元, a share of revenue growth capped at 200万元, a 最高50万元, two fixed tiers (50 / 100万元), a per-1000万元 award, a 最高100万元 — as
// a catalog of prose clauses (序号 | 奖励事项 | 支持内容), and on a second sheet the awards paid under them, with the base each was figured on.
export const layout: CorpusLayout = {
  id: "huadu-2025-business-support-measures-awards",
  source: {
    title: "广州花都出台“扶商”新政，奖励扶持全面升级",
    url: "https://reportify.cn/news/1142023156488343552",
    publisher: "中国产业经济信息网 (reposted)",
    date: "2025-07-14",
    changes:
      "The six clauses' wording (rates, caps and tiers) is as the report summarises them, each clause one row of a table whose title, " +
      "numbering and item names are ours. The award list on the second sheet is ours (firms, codes of 花都区 440114, towns and streets of " +
      "花都, bases and amounts). Planted: 广州花都汽车部件 paid 150 under 扩能提级, whose 5% of its 2,600 new investment is 130; 广州花都智造科技 " +
      "paid 120 under 数字领航, at most 100万元.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "fixed-tiers", "per-unit-award", "base-column", "item-column", "credit-codes", "towns-as-places", "dash-as-nothing", "unit-in-headings", "total-at-foot", "district-policy", "guangdong"],
  settings: { asOf: "2025-12-31", district: "花都区" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 24, 100],
      rows: [
        ["花都区2025年“扶商”政策奖励事项", null, null],
        ["序号", "奖励事项", "支持内容"],
        [1, "先进制造业扩能提级奖励", "对当年营业收入突破亿元且同比增长10%的工业企业，按不超过年度新增实际固定资产投资额的5%给予奖励，最高300万元。"],
        [2, "营收增量奖励", "对营业收入同比增量突破亿元的企业，按不超过增量部分的1%给予奖励，最高200万元。"],
        [3, "委外加工奖励", "鼓励企业通过委外加工实现规模扩张，对符合条件的企业给予最高50万元奖励。"],
        [4, "批发零售突破奖励", "对年销售额首次突破10亿元、20亿元的限额以上批发零售企业，分别给予50万元、100万元一次性奖励。"],
        [5, "住宿餐饮增量奖励", "限额以上住宿餐饮业企业年营业收入每增加1000万元，给予5万元奖励。"],
        [6, "数字领航奖励", "对入选国家级“数字领航”企业、智能制造示范工厂的企业，以及国家级工业互联网平台企业，给予最高100万元奖励。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 12, 24, 18, 16],
      rows: [
        ["花都区2025年度“扶商”政策奖励兑现名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在镇街", "奖励事项", "计算基数（万元）", "奖励金额（万元）"],
        [1, "广州花都精密模具有限公司", "91440114MA5CK3R1X0", "狮岭镇", "先进制造业扩能提级奖励", 4200, 210],
        [2, "广州花都新能源汽车零部件有限公司", "91440114MA5CL8T2YM", "花东镇", "先进制造业扩能提级奖励", 7800, 300],
        [3, "广州花都汽车部件有限公司", "91440114MA5CM4U3A9", "秀全街道", "先进制造业扩能提级奖励", 2600, 150],
        [4, "广州花都皮具制造有限公司", "91440114MA5CN9W4BY", "狮岭镇", "营收增量奖励", 16500, 165],
        [5, "广州炭步服装有限公司", "91440114MA5CP5X5CK", "炭步镇", "委外加工奖励", "—", 50],
        [6, "广州花城商贸有限公司", "91440114MA5CQ1Y6D8", "花城街道", "批发零售突破奖励", "—", 100],
        [7, "广州花都智造科技有限公司", "91440114MA5CR6A7EN", "新华街道", "数字领航奖励", "—", 120],
        [8, "广州赤坭电子有限公司", "91440114MA5CT2B8FB", "赤坭镇", "营收增量奖励", 23800, 200],
        ["合计", null, null, null, null, null, 1295],
      ],
      merges: ["A1:G1", "A11:F11"],
      numberFormats: { "F3:F10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 8, columns: { A: "code", B: "item", C: "standard" }, year: 2025 },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G5", why: "广州花都汽车部件: 5% of 2,600 = 130 (under the 300 cap); 150 paid, 20 over" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G9", why: "广州花都智造科技: 数字领航奖励 is at most 100万元; 120 paid, 20 over" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G3", why: "5% of 4,200 = 210, paid 210" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G4", why: "5% of 7,800 = 390, capped at 300: 300 paid is the cap exactly" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "G6", why: "1% of 16,500 = 165, paid 165" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G10", why: "1% of 23,800 = 238, capped at 200: 200 paid" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G8", why: "批发零售突破奖励's top tier is 100" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G11", why: "合计 1,295 is not an award" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "G11", why: "1,295 = 210 + 300 + 150 + 165 + 50 + 100 + 120 + 200" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C3", why: "5% of new investment, at most 300万元; 突破亿元 and 10% are conditions" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C6", why: "two fixed tiers, 50 and 100万元; 10亿元 and 20亿元 are conditions" },
      { rule: "register.ineligible-location", why: "狮岭, 花东, 炭步, 赤坭 and the 秀全, 花城, 新华 streets are all 花都区's" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
      { rule: "input.unreadable-value", sheet: "兑现名单", why: "— under 计算基数 for fixed awards means no base" },
    ],
  },
};
