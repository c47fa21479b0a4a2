import type { CorpusLayout } from "../types";

// 大连市人民政府 (2024-11, 大政发〔2024〕23号): 进一步支持科技创新若干政策措施 — the first part (科技创新平台) as a policy list:
// 一事一议, 1亿元 and 5000万元 a year, 500万元 once, 50万元 once in 3 years, 30% of R&D up to a cap. The 一事一议 line has no readable cap.
export const layout: CorpusLayout = {
  id: "dalian-2024-tech-innovation-platform-measures",
  source: {
    title: "大连市人民政府关于印发大连市进一步支持科技创新若干政策措施的通知（一、支持科技创新平台建设）",
    url: "http://wfdscxh.com/info_Show.asp?ClassId=27&InfoId=65100&Topid=40",
    publisher: "大连市人民政府",
    date: "2024-11-26",
    changes:
      "The measures are prose (1. … 6.); the grid (序号 | 支持对象 | 支持标准 | 责任单位) is built from them with the page's wording, " +
      "title suffixed （政策清单据正文拟）. Only part 一 (支持科技创新平台建设) is kept; the stored copy breaks off in item 6, whose cap " +
      "(最高300万元) is ours. Nothing planted: the 一事一议 line is the document's own and has no readable cap.",
  },
  classes: ["catalog", "prose-caps", "yiyuan-and-wanyuan-caps", "annual-caps", "one-off-awards", "rate-with-max", "one-matter-one-discussion", "responsible-unit-column", "table-from-prose", "city-policy", "liaoning"],
  settings: { district: "大连市" },
  sheets: [
    {
      name: "政策清单",
      widths: [6, 44, 56, 30],
      rows: [
        ["大连市进一步支持科技创新若干政策措施——支持科技创新平台建设（政策清单据正文拟）", null, null, null],
        ["序号", "支持对象", "支持标准", "责任单位"],
        [1, "在连布局的国家实验室（基地）", "按照“一事一议”方式，给予经费支持", "市科技局"],
        [2, "获批组建的辽宁实验室", "第一年安排1亿元启动资金支持，之后年度根据年度工作任务和考核情况，给予每年最高1亿元的补助资金支持", "市科技局"],
        [3, "获批组建的大连实验室", "第一年安排5000万元启动资金支持，之后年度根据年度工作任务和考核情况，给予每年最高5000万元的补助资金支持", "市科技局"],
        [4, "新获批组建的全国重点实验室、国家技术创新中心、国家大学科技园等14类国家级科技创新平台", "给予一次性500万元奖励补助", "市科技局、市发展改革委、市工业和信息化局等"],
        [5, "获批3年以上、年度绩效评估优秀的市级重点实验室、技术创新中心、制造业创新中心等", "给予50万元奖励补助，且3年内不重复进行支持", "市科技局、市发展改革委、市工业和信息化局等"],
        [6, "新认定的市级新型研发机构", "按照前三年实际研发投入的30%给予补助，最高不超过300万元", "市科技局"],
        ["注：同一事项符合多项政策的，按照就高原则给予支持，不重复享受。", null, null, null],
      ],
      merges: ["A1:D1", "A9:D9"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 8, columns: { B: "item", C: "standard" } },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "C3", why: "按照“一事一议”方式 states no amount or rate: no cap can be read" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "C4", why: "每年最高1亿元 is a maximum of 10,000万元 a year (the start-up 1亿元 the same figure)" },
      { rule: "catalog.unreadable-standard", cell: "C7", why: "50万元 is the award; 3年内不重复 is a condition, not a second figure" },
      { rule: "catalog.unreadable-standard", cell: "C8", why: "30% of the R&D spending, at most 300万元: a rate with a maximum" },
      { rule: "catalog.unreadable-standard", cell: "A9", why: "the note under the list is no standard" },
      { rule: "cap.no-cap", cell: "C6", why: "一次性500万元 is a fixed award" },
    ],
  },
};
