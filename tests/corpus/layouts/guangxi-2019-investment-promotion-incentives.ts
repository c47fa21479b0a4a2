import type { CorpusLayout } from "../types";

// 广西壮族自治区人民政府 2019: 《广西招商引资激励办法》 as 中新社 reported it (2019-06-04) — awards to project owners and to the agents who
// bring them: 1% of the money actually in for foreign projects of 1,500万美元 or more, 0.5% to agents bringing 高新技术企业 or 总部企业, 20—50万元
// a year of 前期经费 for the 广西投资促进代表处 agents. Laid out as such 激励标准 are tabled: 序号 | 激励事项 | 适用条件 | 激励标准.
export const layout: CorpusLayout = {
  id: "guangxi-2019-investment-promotion-incentives",
  source: {
    title: "广西重金吸引海内外投资 扩大对外开放步伐（《广西招商引资激励办法》激励标准，表据报道拟）",
    url: "https://big5.cri.cn/gate/big5/gx.cri.cn/2019-06-04/255ee9eb-f683-79f7-111b-75b6d9be7adf.html",
    publisher: "中国新闻网（转载：国际在线广西频道）",
    date: "2019-06-04",
    changes:
      "The stored copy is a news report in prose: the three awards it states (1%, 0.5%, 20—50万元 前期经费) with their conditions, the 设区市 绩效考核 " +
      "激励 and the totals paid since 2016. The table is ours (table-from-prose): one clause per row, the report's words for condition and award. " +
      "The 设区市 激励 (no figure in the report) is left out. Planted: a fourth row of our own for 新兴产业重大项目 whose standard is “一事一议”.",
  },
  classes: [
    "catalog", "table-from-prose", "rate-of-base", "range-award", "conditions-not-caps", "one-matter-one-discussion", "condition-column",
    "dollar-threshold", "provincial-policy", "guangxi",
  ],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "激励标准",
      widths: [6, 22, 40, 48],
      rows: [
        ["《广西招商引资激励办法》主要激励标准", null, null, null],
        ["序号", "激励事项", "适用条件", "激励标准"],
        [1, "重大招商引资项目业主激励", "新引进国（境）外合同金额1500万美元以上的重大招商引资项目", "按项目当年实际到位资金的1%给予业主一次性奖励"],
        [2, "招商中介机构激励", "成功引进经认定的高新技术企业、总部企业的中介机构", "按项目实际到位资金的0.5%给予一次性奖励"],
        [3, "投资促进代表处前期经费", "受自治区投资促进局委托，以广西投资促进代表处名义开展工作的招商引资中介机构", "每年可申请20—50万元人民币不等的前期经费"],
        [4, "新兴产业重大项目激励", "投资额10亿元及以上的新兴产业招商引资重大项目", "按“一事一议”方式给予激励"],
        ["注：同一项目不得重复享受本办法同类激励；招商项目和中介机构可同时获得激励。", null, null, null],
      ],
      merges: ["A1:D1", "A7:D7"],
    },
  ],
  expect: {
    tables: [{ sheet: "激励标准", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "code", B: "item", D: "standard" } }],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "D6", why: "按“一事一议”方式给予激励 states no cap; 10亿元及以上 is a condition, in the condition column" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "D3", why: "1% of 当年实际到位资金 is a rate; 1500万美元以上 is a condition in its own column" },
      { rule: "catalog.unreadable-standard", cell: "D4", why: "0.5% of 实际到位资金 is a rate" },
      { rule: "catalog.unreadable-standard", cell: "D5", why: "20—50万元 is a range given: the award, at most 50万元" },
      { rule: "input.unreadable-value", cell: "A7", why: "the note is text under the table" },
    ],
  },
};
