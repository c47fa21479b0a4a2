import type { CorpusLayout } from "../types";

// 长城网 2018-09-17: at the 双创活动周 policy briefing 石家庄高新区科技局 read out the zone's awards for 孵化器（加速器）, 众创空间 and
// 入库培育 高新技术企业 (500 / 100万元 一次性奖励, 年度考核 一类 30万元 / 二类 20万元, 每家10万元以上). Laid out as a catalog one award a row,
// then a 拟兑现名单 (ours) paying the zone's incubators under those awards.
export const layout: CorpusLayout = {
  id: "shijiazhuang-hitech-2018-incubator-award-clauses",
  source: {
    title: "石家庄高新区科技政策解读：孵化器（加速器）、众创空间及高新技术企业奖励（奖励标准表及拟兑现名单据报道拟）",
    url: "http://m.helpdeskcms.com/news/hydt/2233.html",
    publisher: "长城网（石家庄高新区科技局政策解读会报道）",
    date: "2018-09-17",
    changes:
      "As published: the five awards in the briefing's words — 新认定国家级孵化器（加速器）省、市财政分别给予500万元, 省级孵化器（加速器）100万元, " +
      "年度考核 一类 30万元 / 二类 20万元, 新认定省级众创空间 100万元, 入库培育认定高企 每家10万元以上. Ours: the grid (序号 | 奖励事项 | 奖励标准), " +
      "the short item names, and the whole 拟兑现名单 sheet (firms, valid 石家庄高新区 codes 130171, amounts). Planted: an incubator paid 35 for " +
      "年度考核 (at most 30); one code's check character changed (…FYHQ typed …FYHR). The 高企 award states only a floor (10万元以上): unreadable.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "fixed-cap", "several-fixed-awards", "floor-not-cap", "item-column", "credit-codes",
    "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "development-zone-policy", "hebei",
  ],
  settings: { district: "石家庄市" },
  sheets: [
    {
      name: "奖励标准",
      widths: [6, 36, 80],
      rows: [
        ["石家庄高新区科技创新平台及高新技术企业奖励标准", null, null],
        ["序号", "奖励事项", "奖励标准"],
        [1, "新认定国家级孵化器（加速器）奖励", "对新认定的国家级孵化器（加速器），省、市财政分别给予500万元的一次性奖励。"],
        [2, "新认定省级孵化器（加速器）奖励", "对新认定的省级孵化器（加速器），省、市财政分别给予100万元的一次性奖励。"],
        [3, "孵化器年度考核奖励", "年度考核为一类的给予30万元奖励，二类的给予20万元奖励。"],
        [4, "新认定省级众创空间奖励", "对新认定的省级众创空间，财政给予100万元的一次性奖励。"],
        [5, "入库培育认定高新技术企业奖励", "对通过入库培育，成功认定为高新技术企业的给予一次性奖励后补助资金，每家10万元以上。"],
        ["注：根据石家庄高新区科技局在双创活动周河北主场第二场政策解读会上的解读整理。", null, null],
      ],
      merges: ["A1:C1", "A8:C8"],
    },
    {
      name: "拟兑现名单",
      widths: [6, 40, 22, 36, 14],
      rows: [
        ["石家庄高新区2018年度科技创新平台奖励资金拟兑现名单", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "单位名称", "统一社会信用代码", "奖励事项", "奖励金额"],
        [1, "石家庄高新区创新谷科技企业孵化器有限公司", "91130171E71PJNRNG6", "新认定省级孵化器（加速器）奖励", 100],
        [2, "河北中科智造加速器运营有限公司", "9113017168KU2FGTFN", "孵化器年度考核奖励", 30],
        [3, "石家庄启航众创孵化器管理有限公司", "91130171EQ18QPK5UN", "孵化器年度考核奖励", 35],
        [4, "石家庄高新区蓝海众创空间运营有限公司", "91130171UTHQ95FYHR", "新认定省级众创空间奖励", 100],
        [5, "河北博睿科技企业孵化器有限公司", "91130171EEYQBK6EBB", "孵化器年度考核奖励", 20],
        ["合计", null, null, null, 285],
        ["注：奖励资金由区财政一次性拨付；年度考核等次以区科技局考核结果为准。", null, null, null, null],
      ],
      merges: ["A1:E1", "A9:D9", "A10:E10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励标准", kind: "catalog", headerRow: 2, lastRow: 7, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "拟兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", cell: "C7", why: "每家10万元以上: an amount followed by 以上 is a floor/condition, no cap; the standard states no other money" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "E6", why: "孵化器年度考核奖励: 一类 30万元, 二类 20万元 — at most 30; 35 approved, 5 over" },
      { rule: "register.invalid-credit-code", sheet: "拟兑现名单", cell: "C7", why: "91130171UTHQ95FYH + check character: GB 32100 gives Q, typed R" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", cell: "C3", why: "省、市财政分别给予500万元: one fixed award of 500万元 (the two levels each pay the same sum)" },
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", cell: "C5", why: "一类 30万元 / 二类 20万元: one award per level, at most 30" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "E4", why: "100 = the 省级孵化器 award of 100" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "E5", why: "30 = the 一类 award, the item's largest" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "E7", why: "100 = the 众创空间 award of 100" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "E8", why: "20 = the 二类 award, within 30" },
      { rule: "register.duplicate", sheet: "拟兑现名单", why: "three firms under 孵化器年度考核奖励, each its own code and name" },
      { rule: "cap.unknown-policy", sheet: "拟兑现名单", why: "every 奖励事项 is a catalog item word for word" },
      { rule: "composition.total-mismatch", sheet: "拟兑现名单", cell: "E9", why: "100 + 30 + 35 + 100 + 20 = 285" },
      { rule: "input.unreadable-value", sheet: "拟兑现名单", cell: "A10", why: "the note under the table is no data" },
    ],
  },
};
