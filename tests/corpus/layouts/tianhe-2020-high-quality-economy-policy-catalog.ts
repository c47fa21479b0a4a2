import type { CorpusLayout } from "../types";

// 广州市天河区人民政府 2020-11-13: 《天河区促进经济高质量发展若干政策意见》 (the stored English rendering numbers it STFG No. 3 (2020)), six areas —
// 主导产业, 创新策源, 空间载体, 服务供给, 人才激励, 需求满足. Laid out as the policy's 扶持事项清单 a district publishes beside it: section rows
// merged across, 序号 | 扶持事项 | 扶持标准 (the award in words) | 政策条款.
export const layout: CorpusLayout = {
  id: "tianhe-2020-high-quality-economy-policy-catalog",
  source: {
    title: "广州市天河区人民政府关于印发天河区促进经济高质量发展若干政策意见的通知（扶持事项清单据正文拟）",
    url: "http://sugarmusicstudio.com/attachment/6/6740/6740975/6935324.doc",
    publisher: "广州市天河区人民政府",
    date: "2020-11-13",
    changes:
      "As published: the issuing government, the date (November 13, 2020), the policy's name and its areas (Chapter I 支持主导产业发展，构建现代产业" +
      "体系, then innovation sources, space carriers, talent incentives). The stored copy is an English rendering of the prose; the list, its " +
      "items and every standard's wording and sum are ours, in the way such district policies state them. Planted: two standards with no readable " +
      "cap — 重大产业项目 (投资2亿元及以上…“一事一议”) and 人才租房补贴 (a floor only: 不低于每月2000元).",
  },
  classes: ["catalog", "prose-caps", "section-rows-as-category", "rate-with-maximum", "fixed-awards-by-band", "instalment-award", "condition-amounts", "floor-not-cap", "one-by-one-negotiation", "clause-column", "table-from-prose", "district-policy", "guangdong"],
  settings: { district: "广州市天河区" },
  sheets: [
    {
      name: "扶持事项清单",
      widths: [6, 22, 70, 12],
      rows: [
        ["天河区促进经济高质量发展若干政策意见扶持事项清单", null, null, null],
        ["序号", "扶持事项", "扶持标准", "政策条款"],
        ["一、支持主导产业发展，构建现代产业体系", null, null, null],
        [1, "金融机构落户奖励", "对新落户天河区的持牌金融机构法人总部，按其实缴注册资本的1%给予一次性落户奖励，最高不超过1000万元。", "第一条"],
        [2, "商贸企业上规模奖励", "对年销售额首次突破100亿元的商贸企业，给予一次性奖励200万元。", "第二条"],
        [3, "专业服务业增长奖励", "营业收入在2000万元（含）至5000万元的，给予10万元奖励；营业收入在5000万元（含）至1亿元的，给予20万元奖励；营业收入在1亿元（含）以上的，给予30万元奖励。", "第三条"],
        ["二、强化创新策源，提升创新能级", null, null, null],
        [4, "高新技术企业认定奖励", "对首次认定的国家高新技术企业给予最高20万元奖励。", "第四条"],
        [5, "重大产业项目支持", "投资2亿元及以上的项目，按“一事一议”方式给予支持。", "第五条"],
        ["三、优化空间载体，拓展发展空间", null, null, null],
        [6, "商务楼宇改造提升补贴", "对经认定的老旧商务楼宇改造提升项目，按改造投资额的30%给予补贴，最高不超过300万元。", "第六条"],
        ["四、强化人才激励，集聚高端人才", null, null, null],
        [7, "高层次人才奖励", "对新引进的高层次人才，分三年累计奖励20万元，第一年10万元，第二年5万元，第三年5万元。", "第七条"],
        [8, "人才租房补贴", "对在区内无自有住房的重点企业人才，给予不低于每月2000元的租房补贴。", "第八条"],
      ],
      merges: ["A1:D1", "A3:D3", "A7:D7", "A10:D10", "A12:D12"],
    },
  ],
  expect: {
    tables: [
      { sheet: "扶持事项清单", kind: "catalog", headerRow: 2, lastRow: 14, columns: { B: "item", C: "standard", D: "document" } },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "C9", why: "投资2亿元及以上 is a condition and “一事一议” states no sum: no cap can be read" },
      { rule: "catalog.unreadable-standard", cell: "C14", why: "不低于每月2000元 is a floor, never a cap: the standard gives only a floor" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "C4", why: "1% of 实缴注册资本, at most 1,000万元" },
      { rule: "catalog.unreadable-standard", cell: "C5", why: "a fixed 200万元; 突破100亿元 is the condition" },
      { rule: "catalog.unreadable-standard", cell: "C6", why: "fixed awards by band: at most 30万元, the bands' bounds (2000万元, 5000万元, 1亿元) being conditions" },
      { rule: "catalog.unreadable-standard", cell: "C8", why: "最高20万元" },
      { rule: "catalog.unreadable-standard", cell: "C11", why: "30% of 改造投资额, at most 300万元" },
      { rule: "catalog.unreadable-standard", cell: "C13", why: "instalments 10 + 5 + 5 adding up to one fixed 20万元" },
      { rule: "input.unreadable-value", cell: "A3", why: "section rows group the items; they are not items" },
    ],
  },
};
