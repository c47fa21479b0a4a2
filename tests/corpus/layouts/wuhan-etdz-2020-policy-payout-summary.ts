import type { CorpusLayout } from "../types";

// 武汉经开区（汉南区）科经局 2021-04-23: the 2020 payout under 武经开规〔2019〕32号 — seventeen policy items,
// each with firms applying, firms rewarded, firms turned down and the money, 277家次 and 7,816.18万元 in all.
// Laid out as the summary table behind the notice's numbered list.
export const layout: CorpusLayout = {
  id: "wuhan-etdz-2020-policy-payout-summary",
  source: {
    title: "2020年武汉经济技术开发区（汉南区）促进产业高质量发展政策兑现情况（表据正文拟）",
    url: "http://www.autobey.com/jRXIlBHjoU/xxgk/fdzdgk/qtzdgk/zczxjlsqk/202104/t20210423_1673808.html",
    publisher: "武汉经开区（汉南区）科经局",
    date: "2021-04-23",
    changes:
      "The notice lists the seventeen items in prose (1、支持工业企业扩大规模奖励申报38家，实际奖励23家391万元，15家审核未通过 …) and " +
      "gives the whole (共向277家次企业拨付奖励资金7816.18万元). Set out as a table (序号 | 政策事项 | 申报企业 | 实际奖励企业 | 审核未通过 | " +
      "奖励资金, counts in 家, money in 万元, a 合计 row): item names, counts and amounts as published, the 申报 and 未通过 totals ours " +
      "(added up). Planted: 两化融合奖励 written 2,758.51 (digits swapped from the published 2,785.51), so the items add up to 7,789.18 " +
      "against the stated 7,816.18.",
  },
  classes: ["composition", "allocation-by-item", "count-columns", "two-decimal-wanyuan", "wanyuan-caption", "table-from-prose", "hubei"],
  sheets: [
    {
      name: "兑现情况",
      widths: [6, 32, 10, 12, 12, 14],
      rows: [
        ["2020年武汉经济技术开发区（汉南区）促进产业高质量发展政策兑现情况表", null, null, null, null, null],
        ["依据：武经开规〔2019〕32号", null, null, null, null, "单位：家、万元"],
        ["序号", "政策事项", "申报企业（家）", "实际奖励企业（家）", "审核未通过（家）", "奖励资金（万元）"],
        [1, "支持工业企业扩大规模奖励", 38, 23, 15, 391],
        [2, "标准研制奖励", 10, 10, null, 200],
        [3, "工业企业首次进规奖励", 42, 38, 4, 380],
        [4, "服务业企业首次进规奖励", 20, 20, null, 200],
        [5, "支持服务业企业扩大规模奖励", 25, 25, null, 398],
        [6, "银行贷款和担保贷款补贴", 37, 37, null, 617.15],
        [7, "2018年高管奖励", 38, 38, null, 513.35],
        [8, "厂房租赁奖励", 10, 10, null, 333.59],
        [9, "隐形冠军奖励", 5, 5, null, 75],
        [10, "工业投资和技术改造", 32, 14, 18, 1502.67],
        [11, "产业联盟", 1, 1, null, 30],
        [12, "质量奖", 1, 1, null, 100],
        [13, "2019年服务业企业高管奖励", 10, 8, 2, 78.49],
        [14, "2019年工业企业高管奖励", 5, 5, null, 92.36],
        [15, "2019年批零住餐企业高管奖励", 3, 3, null, 19.06],
        [16, "支持企业上市奖励", 1, 1, null, 100],
        [17, "两化融合奖励", 39, 38, 1, 2758.51],
        ["合计", null, 317, 277, 40, 7816.18],
      ],
      merges: ["A1:F1", "A2:E2", "A21:B21"],
      numberFormats: { "F4:F21": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "兑现情况",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 21,
        columns: { A: "code", B: "line", F: "amount" },
        year: 2020,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "F21",
        why: "391 + 200 + 380 + 200 + 398 + 617.15 + 513.35 + 333.59 + 75 + 1,502.67 + 30 + 100 + 78.49 + 92.36 + 19.06 + 100 + 2,758.51 = 7,789.18万元; 合计 states 7,816.18 (27.00 more)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C21", why: "the 申报 counts add up to 317" },
      { rule: "composition.total-mismatch", cell: "D21", why: "the 实际奖励 counts add up to 277 (the published 277家次)" },
      { rule: "composition.total-mismatch", cell: "E21", why: "the 未通过 counts add up to 40" },
      { rule: "composition.line-mismatch", why: "counts of firms are no unit price × quantity: the money is not per firm" },
      { rule: "input.unreadable-value", why: "blank 未通过 cells mean none; 依据 line above the header is not a row" },
      { rule: "cap.unknown-policy", why: "a summary by item, not a register of firms" },
    ],
  },
};
