import type { CorpusLayout } from "../types";

// 兰州市经合局 2018-12: 《兰州招商引资鼓励政策》 rewards non-assessed teams and individuals who bring in projects; for industrial projects by
// investment band (30 / 20 / 10亿元 and up) the 引资团队 gets 30 / 20 / 10万元, plus 10万元 more for 世界500强、国内100强 or 高新技术企业 projects.
// Sheet 1 holds the team clauses as published (prose caps); sheet 2 is an award list of ours checked against them.
export const layout: CorpusLayout = {
  id: "lanzhou-2018-investment-attraction-team-awards",
  source: {
    title: "兰州招商引资放大招：引进世界500强项目获重奖（《兰州招商引资鼓励政策》；兑现名单为本库拟）",
    url: "http://gs.ifeng.com/a/20181207/7083202_0.shtml",
    publisher: "兰州晨报（兰州市经济合作服务局）",
    date: "2018-12-07",
    changes:
      "The report quotes the 工业项目 bands (the stored copy breaks off in the 10亿元 band); the team clauses are kept as the catalog sheet " +
      "(the individuals' sums left out: they are persons, not firms). The 兑现名单 is ours: teams, 6201xx credit codes (a 商会 with 51…), projects, " +
      "investment and sums. Planted: 兰州金城产业顾问 given 15 under the 10亿元 band (a fixed 10万元); 兰州河湾招商服务's code with a wrong " +
      "check character (3; A is right).",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "fixed-awards-by-band", "top-up-award", "catalog-in-workbook", "item-column", "project-column", "investment-column-not-amount", "credit-codes", "social-organisation-code", "total-at-foot", "whole-wanyuan", "wanyuan-in-header", "news-report", "city-policy", "gansu"],
  settings: { district: "兰州市" },
  sheets: [
    {
      name: "鼓励政策",
      widths: [6, 36, 80],
      rows: [
        ["兰州招商引资鼓励政策（工业项目引资团队奖励，摘录）", null, null],
        ["序号", "奖励类别", "奖励标准"],
        [1, "投资30亿元以上工业项目引资团队奖励", "对于新引进投资总额在30亿元（含30亿元）以上，且按合同约定期建设投产的工业项目，奖励项目引资团队30万元。"],
        [2, "投资20亿元以上工业项目引资团队奖励", "新引进投资总额在20亿元（含20亿元）以上，且按合同约定期建设投产的工业项目，奖励项目引资团队20万元。"],
        [3, "投资10亿元以上工业项目引资团队奖励", "新引进投资总额在10亿元（含10亿元）以上，且按合同约定期建设投产的工业项目，奖励项目引资团队10万元。"],
        [4, "世界500强等企业投资项目引资团队追加奖励", "对属于世界500强企业、国内100强企业和高新技术企业投资的项目，引资团队奖励再增加10万元。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 28, 22, 32, 14, 34, 14],
      rows: [
        ["2018年度兰州市招商引资引资团队奖励兑现名单", null, null, null, null, null, null],
        ["序号", "引资团队（单位）", "统一社会信用代码", "引进项目", "投资总额（亿元）", "奖励类别", "奖励金额（万元）"],
        [1, "兰州陇上招商咨询有限公司", "91620102MA73QH5L8T", "高性能铝合金精深加工项目", 35, "投资30亿元以上工业项目引资团队奖励", 30],
        [2, "甘肃丝路投资促进服务有限公司", "91620103MA72WN3R47", "锂电池正极材料生产线项目", 22, "投资20亿元以上工业项目引资团队奖励", 20],
        [3, "兰州市浙江商会", "51620100MJX45712XR", "精细化工中间体项目", 12, "投资10亿元以上工业项目引资团队奖励", 10],
        [4, "兰州金城产业顾问有限公司", "91620104MA71PD6K33", "石化装备制造基地项目", 13, "投资10亿元以上工业项目引资团队奖励", 15],
        [5, "兰州黄河招商服务有限公司", "91620105MA74BT9G5E", "高性能铝合金精深加工项目", 35, "世界500强等企业投资项目引资团队追加奖励", 10],
        [6, "兰州河湾招商服务有限公司", "91620111MA73HF2U73", "生物医药原料药项目", 24, "投资20亿元以上工业项目引资团队奖励", 20],
        ["合计", null, null, null, 141, null, 105],
      ],
      merges: ["A1:G1", "A9:D9", "E9:F9"],
      numberFormats: { "E3:E9": "0", "G3:G9": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "鼓励政策", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "project", F: "item", G: "approved" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G6", why: "投资10亿元以上工业项目引资团队奖励 is a fixed 10万元; 15 given: 5万元 over" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C8", why: "91620111MA73HF2U73: the check character of 91620111MA73HF2U7 is A, not 3" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G3", why: "30 is exactly the 30亿元 band's award" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G7", why: "10 is exactly the 追加奖励" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "E3", why: "投资总额 (亿元) is the project's size, not an award" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "G7", why: "兰州黄河招商 brings the same project as row 3 but is another team, under another clause" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C5", why: "51620100MJX45712XR is a valid 社会团体 code (51…)" },
      { rule: "register.location-code-mismatch", why: "no place column; every code carries a 兰州 6201xx area" },
      { rule: "cap.unknown-policy", why: "every 奖励类别 of the list is a clause of the first sheet" },
      { rule: "catalog.unreadable-standard", sheet: "鼓励政策", cell: "C6", why: "再增加10万元: a fixed 10万元 top-up" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "G9", why: "30 + 20 + 10 + 15 + 10 + 20 = 105" },
    ],
  },
};
