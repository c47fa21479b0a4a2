import type { CorpusLayout } from "../types";

// 无棣县 (山东 滨州) 县级外经贸发展奖励办法: growth awards by band of trade volume (每增加2000万元奖励1万元，最高30万元; 1000 → 20; 500 → 10),
// one-off awards for firms new to trade (1 / 2 / 3万元 by band), 分别 20 / 10万元 for national / provincial titles, 1万元 a fair, and training
// paid for with no amount. Laid out as the clause table an office keeps of it: 序号 | 支持方向 (merged down its clauses) | 奖励事项 | 奖励标准.
export const layout: CorpusLayout = {
  id: "wudi-foreign-trade-development-awards",
  source: {
    title: "无棣县县级外经贸发展奖励办法",
    url: "https://www.wusiwangluo.com/19394.html",
    publisher: "无棣县 (measures as reposted on a web page)",
    changes:
      "As published: the five headings (一、支持进出口企业做大做强 … 五、支持外贸企业经理人业务水平提升) and every clause under them, quoted in 奖励标准 as " +
      "written. The page is prose: the table, its 序号 and the 奖励事项 names (each taken from its clause) are ours; nothing is planted — the one " +
      "clause without an amount (training paid by the county) is the publication's own.",
  },
  classes: ["catalog", "prose-caps", "max-cap", "fixed-cap", "per-increment-award", "thresholds-not-caps", "bands-as-rows", "sub-items-in-one-cell", "unreadable-standard", "category-merged-down", "shandong"],
  sheets: [
    {
      name: "奖励标准",
      widths: [6, 24, 28, 70],
      rows: [
        ["无棣县县级外经贸发展奖励标准", null, null, null],
        ["序号", "支持方向", "奖励事项", "奖励标准"],
        [1, "支持进出口企业做大做强", "进出口额10亿元以上企业增长奖励", "对当年度进出口额10亿元以上（含10亿元）、增幅在5%以上的企业，进出口额比上年度每增加2000万元，给予奖励1万元，最高奖励30万元。"],
        [2, null, "进出口额1亿元-10亿元企业增长奖励", "对当年度进出口额1亿元-10亿元（含1亿元）、增幅在10%以上的企业，进出口额比上年度每增加1000万元，给予奖励1万元，最高奖励20万元。"],
        [3, null, "进出口额3000万元-1亿元企业增长奖励", "对当年度进出口额3000万元-1亿元（含3000万元）、增幅在15%以上的企业，进出口额比上年度每增加500万元，给予奖励1万元，最高奖励10万元。"],
        [4, "支持“新开壶”企业开展进出口业务", "“新开壶”企业奖励（100万元-300万元）", "对当年实现自营进出口额100万元-300万元（含300万元）的“新开壶”企业给予一次性奖励1万元。"],
        [5, null, "“新开壶”企业奖励（300万元-500万元）", "对当年实现自营进出口额300万元-500万元（含500万元）的“新开壶”企业一次性奖励2万元。"],
        [6, null, "“新开壶”企业奖励（500万元以上）", "对当年实现自营进出口额500万元以上的“新开壶”企业一次性奖励3万元。"],
        [7, "支持外贸综合服务企业发展", "外经贸主体称号奖励", "对获得国家级、省级外经贸综合服务平台、出口基地、跨境电子商务基地等主体称号的，分别奖励20万元、10万元。"],
        [8, "支持企业参加境内国际性展会", "境内国际性展会补助", "对参加广交会、华交会、中食展等境内国际性展会以及市确定的重点国内展会，每个展会每期补助1万元。"],
        [9, "支持外贸企业经理人业务水平提升", "重点外贸企业负责人培训", "由县财政出资，每年组织一批重点外贸企业负责人到国内知名高校进行素质培训。"],
      ],
      merges: ["A1:D1", "B3:B5", "B6:B8"],
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励标准", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 11, columns: { A: "code", B: "category", C: "item", D: "standard" } },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "D11", why: "training paid for by the county: no amount, rate or maximum" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "D3", why: "最高奖励30万元; 10亿元以上 and 增幅在5%以上 are conditions, never the cap or the rate" },
      { rule: "catalog.unreadable-standard", cell: "D4", why: "最高奖励20万元; 1亿元-10亿元 and 10%以上 are conditions" },
      { rule: "catalog.unreadable-standard", cell: "D5", why: "最高奖励10万元" },
      { rule: "catalog.unreadable-standard", cell: "D6", why: "一次性奖励1万元; the band 100万元-300万元 is a condition" },
      { rule: "catalog.unreadable-standard", cell: "D7", why: "一次性奖励2万元" },
      { rule: "catalog.unreadable-standard", cell: "D8", why: "一次性奖励3万元; 500万元以上 is a condition" },
      { rule: "catalog.unreadable-standard", cell: "D9", why: "分别奖励20万元、10万元: one cap per title level, the item at most 20" },
      { rule: "catalog.unreadable-standard", cell: "D10", why: "每个展会每期补助1万元: a fixed 1万元 a fair" },
    ],
  },
};
