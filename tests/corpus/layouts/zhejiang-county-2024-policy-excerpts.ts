import type { CorpusLayout } from "../types";

// A 浙江 county's revised industrial policy as summarised on a policy-information site: caps in
// the forms 再奖励5万元, 奖励20万元（市政策30万）, 每家企业最高0.5万元, 单个企业年度最高奖励不超过200万元.
export const layout: CorpusLayout = {
  id: "zhejiang-county-2024-policy-excerpts",
  source: {
    title: "（浙江某县）推动工业经济高质量发展政策修订条款摘编（查策网转载；标题据正文拟）",
    url: "https://www.chacewang.com/newsdetail/news674922.html",
    publisher: "查策网 (policy-information site quoting a county's policy; the county is not named in the stored copy)",
    date: "2024",
    changes:
      "The stored copy is a run of quoted clauses. Five clauses that name their subject are set out as a table " +
      "(序号/扶持事项/扶持标准/责任单位): 扶持标准 quotes each clause, 扶持事项 takes its subject from the clause, 责任单位 is " +
      "filled only where the clause gives one. Row 6 (一事一议) is ours, added as the clause without an amount.",
  },
  classes: ["catalog", "prose-caps", "second-level-amount-in-brackets", "global-cap", "unreadable-standard"],
  sheets: [
    {
      name: "扶持标准",
      widths: [6, 30, 56, 34],
      rows: [
        ["推动工业经济高质量发展政策（修订）扶持标准一览", null, null, null],
        ["序号", "扶持事项", "扶持标准", "责任单位"],
        [1, "中医药、数字经济企业（加码奖励）", "中医药、数字经济企业在以上基础上再奖励5万元。", "县经商局、县财政局、各企业属地人民政府"],
        [2, "浙江省管理对标提升标杆企业", "通过“浙江省管理对标提升标杆企业”奖励20万元（市政策30万）。", null],
        [3, "市级“美丽工厂”标杆企业", "新认定为市级“美丽工厂”标杆企业的一次性奖励20万元。", null],
        [4, "设备安装单位奖励", "给予设备安装单位每家企业最高0.5万元的奖励。", null],
        [5, "单个企业年度奖励上限", "单个企业年度最高奖励不超过200万元。", null],
        [6, "重大产业项目", "一事一议。", null],
      ],
      merges: ["A1:D1"],
    },
  ],
  expect: {
    tables: [
      { sheet: "扶持标准", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 8, columns: { A: "code", B: "item", C: "standard" } },
    ],
    findings: [{ rule: "catalog.unreadable-standard", cell: "C8", why: "一事一议: decided case by case, no amount, rate or maximum" }],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "C3", why: "再奖励5万元: a fixed 5万元 on top of another award" },
      { rule: "catalog.unreadable-standard", cell: "C4", why: "奖励20万元; （市政策30万） is the city's level in brackets, not this item's cap" },
      { rule: "catalog.unreadable-standard", cell: "C5", why: "一次性奖励20万元" },
      { rule: "catalog.unreadable-standard", cell: "C6", why: "最高0.5万元 per firm" },
      { rule: "catalog.unreadable-standard", cell: "C7", why: "最高不超过200万元 a year per firm" },
    ],
  },
};
