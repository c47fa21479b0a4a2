import type { CorpusLayout } from "../types";

// 临汾市财政局 2018-05-09: 山西师范大学临汾学院2018年度部门预算, 第二部分 一、2018年预算收支总表 (单位：万元) — 收入 (项目 | 本年预算) beside
// 支出 (项目 | 本年预算): 财政拨款（补助）, 纳入预算管理的非税收入拨款 and its kinds indented, beside 基本支出 with its economic kinds indented
// and 项目支出; 收入合计 / 支出合计 at the foot.
export const layout: CorpusLayout = {
  id: "linfen-college-2018-budget-income-expenditure-summary",
  source: {
    title: "山西师范大学临汾学院2018年度部门预算（一、2018年预算收支总表）",
    url: "http://yjs.czj.linfen.gov.cn:99/contents/2976/5640.html",
    publisher: "山西师范大学临汾学院（临汾市财政局预决算公开平台）",
    date: "2018-05-09",
    changes:
      "As published: the title, 单位：万元, the 收入 | 支出 heads over 项目 | 本年预算 twice, the income lines 一、财政拨款（补助）, 二、纳入预算管理的非税收入拨款 " +
      "with 预算管理的行政事业性收费收入拨款 and 罚没收入拨款 indented, and 一、基本支出 with 工资福利支出 and 商品和服务支出 indented. The stored copy " +
      "breaks off there: 专项收入拨款, 三、财政专户管理资金, 四、其他收入, 对个人和家庭的补助, 二、项目支出 and the 合计 row are laid out as the " +
      "template has them, and every figure is ours (the published: 5,302.35 财政拨款, 5,014.45 基本支出, 4,591.15 工资福利, 301.46 商品和服务). " +
      "Planted: 基本支出 typed 5,120.60 where its three kinds add up to 5,129.60 (9.00 short); 支出合计 5,376.35 adds the kinds right.",
  },
  classes: [
    "execution", "budget-only", "balance-two-halves", "income-and-spending-side-by-side", "indented-sub-lines", "economic-classification",
    "blank-lines", "two-decimal-wanyuan", "thousands-separators", "wanyuan-caption", "total-at-foot", "college", "provincial-unit-in-city", "shanxi",
  ],
  settings: { district: "临汾市" },
  sheets: [
    {
      name: "预算收支总表",
      widths: [36, 12, 30, 12],
      rows: [
        ["山西师范大学临汾学院2018年预算收支总表", null, null, null],
        [null, null, null, "单位：万元"],
        ["收入", null, "支出", null],
        ["项目", "本年预算", "项目", "本年预算"],
        ["一、财政拨款（补助）", 5376.35, "一、基本支出", 5120.6],
        ["二、纳入预算管理的非税收入拨款", null, "    工资福利支出", 4688.2],
        ["    预算管理的行政事业性收费收入拨款", null, "    商品和服务支出", 312.58],
        ["    罚没收入拨款", null, "    对个人和家庭的补助", 128.82],
        ["    专项收入拨款", null, "二、项目支出", 246.75],
        ["三、财政专户管理资金", null, null, null],
        ["四、其他收入", null, null, null],
        ["收入合计", 5376.35, "支出合计", 5376.35],
      ],
      merges: ["A1:D1", "A3:B3", "C3:D3"],
      numberFormats: { "B5:B12": "#,##0.00", "D5:D12": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "预算收支总表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 12, columns: { A: "line", B: "initialBudget" }, year: 2018 },
      { sheet: "预算收支总表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 12, columns: { C: "line", D: "initialBudget" }, year: 2018 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D5", why: "基本支出 5,120.60 against 工资福利支出 4,688.20 + 商品和服务支出 312.58 + 对个人和家庭的补助 128.82 = 5,129.60 (9.00 short)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D12", why: "支出合计 5,376.35 = 5,129.60 (基本支出 as its kinds add up) + 246.75: the slip is D5's, reported there" },
      { rule: "execution.total-mismatch", cell: "B12", why: "收入合计 5,376.35 = 财政拨款（补助） 5,376.35, the only income budgeted" },
      { rule: "execution.total-mismatch", cell: "B6", why: "纳入预算管理的非税收入拨款 and its kinds are all blank: nothing budgeted, nothing to add" },
      { rule: "execution.overspent", why: "a budget: no spending column (支出 names what the money is for)" },
      { rule: "execution.no-spending", why: "a budget, not an outcome; the blank lines are budgeted nothing" },
      { rule: "execution.rate-mismatch", why: "no rate column" },
    ],
  },
};
