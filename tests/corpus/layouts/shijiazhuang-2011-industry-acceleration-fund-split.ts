import type { CorpusLayout } from "../types";

// 石家庄市《鼓励工业企业加速发展的十条意见》 (河北日报 2011-02): 1亿元 a year of 市 special money, 5000万元 for 对标行动 and 5000万元 for
// 淘汰落后产能 and new 技术装备、研发设计、工艺保障、产品升级 — the money's split by use as 序号 | 资金用途 | 安排资金（万元） | 支持内容, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "shijiazhuang-2011-industry-acceleration-fund-split",
  source: {
    title: "石家庄市出台鼓励工业企业加速发展十条意见（专项资金安排表据正文拟）",
    url: "https://fidreport.com/2011-02/11/content_1608931.htm",
    publisher: "河北新闻网（河北日报）转载",
    date: "2011-02",
    changes:
      "The report gives the yearly 1亿元 and its two parts in prose, with what each supports, and no table: the frame (序号 | 资金用途 | " +
      "安排资金（万元） | 支持内容, 合计 at the foot) is ours, the sums as the report gives them (table-from-prose). The report dates no year " +
      "of account (每年), and neither does the table. Nothing is planted: a clean allocation by use.",
  },
  classes: ["composition", "clean", "allocation-by-use", "description-column", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "no-year", "table-from-prose", "news-report", "city-fund", "hebei"],
  settings: { district: "石家庄市" },
  sheets: [
    {
      name: "资金安排",
      widths: [6, 24, 16, 60],
      rows: [
        ["石家庄市鼓励工业企业加速发展专项资金安排表", null, null, null],
        ["序号", "资金用途", "安排资金（万元）", "支持内容"],
        [1, "对标行动", 5000, "支持和奖励企业争创国际、国内或省内同业专项领域标杆企业、标杆指标"],
        [2, "淘汰落后产能和技术提升", 5000, "对工业企业顺利实施淘汰落后产能和新上技术装备、研发设计、工艺保障、产品升级给予补贴和奖励"],
        ["合计", null, 10000, null],
      ],
      merges: ["A1:D1", "A5:B5"],
    },
  ],
  expect: {
    tables: [
      { sheet: "资金安排", kind: "composition", unit: "万元", headerRow: 2, lastRow: 5, columns: { B: "line", C: "amount" } },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "C5", why: "合计 10000 = 5000 + 5000" },
      { rule: "composition.line-mismatch", why: "no line has a unit amount or quantity to multiply" },
      { rule: "composition.approved-mismatch", why: "no approved budget is stated beside the split" },
      { rule: "input.unreadable-value", why: "支持内容 is text describing the use" },
    ],
  },
};
