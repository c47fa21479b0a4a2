import type { CorpusLayout } from "../types";

// 北京市 2023: 工业和软件信息服务业企业一季度稳运行奖励 (as reposted by a policy site) — 申报条件 1–4 and 支持方式及标准 in three
// levels (产值净增量 2亿–10亿元 and 增速 15%: 最高奖励200万元; 10亿–20亿元 and 10%: 400万元; 20亿元以上 and 10%: 600万元).
// The three levels are set out as the policy's own grid, one row each, the conditions beside each cap.
export const layout: CorpusLayout = {
  id: "beijing-2023-q1-stable-operation-award-tiers",
  source: {
    title: "工业和软件信息服务业企业一季度稳运行奖励（申报条件、支持方式及标准）",
    url: "http://zhchw.com.cn/Index/show/catid/16/id/20874.html",
    publisher: "政策汇编网站转载（原发布机关未在存稿中显示；内容为北京市工业和软件信息服务业支持政策）",
    date: "2023",
    changes:
      "As published: the item's name, the four 申报条件 (规模以上工业企业 of 国民经济行业大类 06-46, 首都城市战略定位, 产值净增量和增速, 在京稳定生产经营) " +
      "and the three levels of 支持方式及标准 with their thresholds and caps (200 / 400 / 600万元). Set out by us as a grid: 序号 | 支持事项 | " +
      "申报条件 | 支持方式及标准, one row a level, the level's thresholds in its item name; the general conditions as a note. Nothing planted: a clean catalog.",
  },
  classes: ["catalog", "policy-catalog", "tiered-caps", "prose-caps", "thresholds-in-conditions", "percent-thresholds", "notes-under-table", "table-from-prose", "clean", "beijing"],
  settings: { district: "北京市" },
  sheets: [
    {
      name: "支持标准",
      widths: [6, 40, 52, 24],
      rows: [
        ["工业和软件信息服务业企业一季度稳运行奖励", null, null, null],
        ["序号", "支持事项", "申报条件", "支持方式及标准"],
        [1, "一季度稳运行奖励（产值净增量2亿元（含）-10亿元）", "2023年一季度与2022年一季度相比，产值净增量2亿元（含）-10亿元，且产值增速15%（含）以上", "最高奖励200万元"],
        [2, "一季度稳运行奖励（产值净增量10亿元（含）-20亿元）", "2023年一季度与2022年一季度相比，产值净增量10亿元（含）-20亿元，且产值增速10%（含）以上", "最高奖励400万元"],
        [3, "一季度稳运行奖励（产值净增量20亿元（含）以上）", "2023年一季度与2022年一季度相比，产值净增量20亿元（含）以上，且产值增速10%（含）以上", "最高奖励600万元"],
        ["申报条件：1.申报单位应为纳入统计部门规模以上统计范围的工业企业（国民经济行业大类代码06-46）；2.申报单位生产经营范围符合首都城市战略定位和国际科技创新中心建设要求；3.申报单位产值净增量和增速达到一定要求；4.申报单位在京稳定生产经营，其在京关联企业（存在股权关系或同属集团内的企业）产值不出现非正常波动。", null, null, null],
      ],
      merges: ["A1:D1", "A6:D6"],
    },
  ],
  expect: {
    tables: [{ sheet: "支持标准", kind: "catalog", headerRow: 2, lastRow: 5, columns: { B: "item", D: "standard" } }],
    findings: [],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "D3", why: "最高奖励200万元: a maximum of 200万元" },
      { rule: "catalog.unreadable-standard", cell: "D4", why: "最高奖励400万元: a maximum of 400万元" },
      { rule: "catalog.unreadable-standard", cell: "D5", why: "最高奖励600万元: a maximum of 600万元" },
      { rule: "catalog.unreadable-standard", cell: "C3", why: "2亿元 / 10亿元 and 15% are thresholds a firm must reach, not the award" },
      { rule: "cap.rate-exceeded", why: "15% / 10% are growth thresholds, not a rate of a base" },
      { rule: "input.unreadable-value", cell: "A6", why: "the general conditions are a note under the table; 06-46 is an industry code range" },
    ],
  },
};
