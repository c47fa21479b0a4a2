import type { CorpusLayout } from "../types";

// 西充县人民政府 2023-03-01 支持制造业高质量发展的若干政策措施（试行）: matching grants as a share of the
// higher level's grant with a maximum, levels in one sentence (国家级、省级、市级 … 分别给予50万元、20万元、5万元),
// a per-increment award paid to banks.
export const layout: CorpusLayout = {
  id: "xichong-2023-manufacturing-policy",
  source: {
    title: "西充县支持制造业高质量发展的若干政策措施（试行）",
    url: "https://www.chacewang.com/newsdetail/news276466.html",
    publisher: "西充县人民政府（查策网转载）",
    date: "2023-03-01",
    changes:
      "The stored copy quotes the measures' standards as a run of clauses. Six clauses are set out as a 政策清单 " +
      "(序号/支持事项/支持标准): 支持标准 quotes the clause; 支持事项 is taken from the clause where it names its subject and " +
      "is ours where it does not (rows 1, 2, 4). Row 7 (按“一企一策”方式给予支持) is ours, added as the clause without an amount.",
  },
  classes: ["catalog", "prose-caps", "matching-grant-rate", "levels-in-one-sentence", "per-increment-award", "unreadable-standard"],
  sheets: [
    {
      name: "政策清单",
      widths: [6, 30, 70],
      rows: [
        ["西充县支持制造业高质量发展若干政策措施（试行）兑现标准", null, null],
        ["序号", "支持事项", "支持标准"],
        [1, "获国家级、省级专项资金支持项目配套", "按上级补助资金的50%、30%给予最高不超过500万元的配套补助。"],
        [2, "获市级专项资金支持项目配套", "按照上级补助资金的30%给予最高不超过300万元的配套补助。"],
        [3, "首次纳入规模以上工业企业", "对首次纳入规模以上工业企业的给予30万元奖励。"],
        [4, "高新技术企业认定", "按照首次认定、重新认定分别给予一次性20万元、10万元的奖励。"],
        [5, "绿色建材产品认证", "对首次通过绿色建材产品认证的工业企业给予一次性奖励10万元。"],
        [
          6,
          "重点（工程）实验室、企业技术中心、工业设计中心、工程（技术）中心",
          "对新获批和认定的国家级、省级、市级重点（工程）实验室和企业技术中心、工业设计中心、工程（技术）中心分别给予50万元、20万元、5万元的一次性奖励。",
        ],
        [7, "重大招商引资制造业项目", "按“一企一策”方式给予支持。"],
        [8, "中小微工业企业贷款增长（奖励银行）", "对中小微工业企业年度贷款每增加1亿元给予银行10万元奖励。"],
      ],
      merges: ["A1:C1"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 10, columns: { A: "code", B: "item", C: "standard" } },
    ],
    findings: [{ rule: "catalog.unreadable-standard", cell: "C9", why: "一企一策: no amount, rate or maximum" }],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "C3", why: "two sub-items: 国家级 50%, 省级 30% of the higher-level grant, each at most 500万元" },
      { rule: "catalog.unreadable-standard", cell: "C4", why: "30% of the higher-level grant, at most 300万元" },
      { rule: "catalog.unreadable-standard", cell: "C6", why: "two sub-items: 首次认定 20万元, 重新认定 10万元" },
      { rule: "catalog.unreadable-standard", cell: "C8", why: "three sub-items by level: 50 / 20 / 5万元" },
      { rule: "catalog.unreadable-standard", cell: "C10", why: "10万元 per 1亿元 of loan growth: a rate of 0.1% of the increase" },
    ],
  },
};
