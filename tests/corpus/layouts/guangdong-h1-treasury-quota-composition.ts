import type { CorpusLayout } from "../types";

// 广东省财政厅 1-6月份省级财政国库集中支付资金执行情况 附表: one quota broken down twice, by budget type
// (基本支出/项目支出) and by payment method (直接支付/授权支付), side labels in a merged first column,
// whole-percent shares. Clean: the two breakdowns are not to be added together.
export const layout: CorpusLayout = {
  id: "guangdong-h1-treasury-quota-composition",
  source: {
    title: "1-6月份省级财政国库集中支付资金执行情况（附表：用款计划额度构成）",
    url: "http://czt.gd.gov.cn/cstzgg/content/post_165886.html",
    publisher: "广东省财政厅",
    changes:
      "Header (用款计划额度构成 | 额 度（万元） | 比 例（%）), the two merged group labels (按预算项目分类, 按支付方式分类) and " +
      "the four lines as published, with their spacing; the published amounts (total 823,667万元) replaced by ours " +
      "(756,420万元) and the shares recomputed to whole percent. A title line added above the header. Nothing planted.",
  },
  classes: ["composition", "clean", "two-breakdowns-of-one-total", "whole-percent-shares", "spaced-headers", "wanyuan-in-header"],
  sheets: [
    {
      name: "附表",
      widths: [16, 12, 16, 12],
      rows: [
        ["1-6月份省级财政用款计划额度构成", null, null, null],
        ["用款计划额度构成", null, "额 度（万元）", "比 例（%）"],
        ["按预算项目分类", "基本支出", 201380, 27],
        [null, "项目支出", 555040, 73],
        ["按支付方式分类", "直接支付", 372150, 49],
        [null, "授权支付", 384270, 51],
      ],
      merges: ["A1:D1", "A2:B2", "A3:A4", "A5:A6"],
      numberFormats: { "C3:C6": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "附表", kind: "composition", unit: "万元", headerRow: 2, lastRow: 6, columns: { A: "category", B: "line", C: "amount" } },
    ],
    findings: [],
    absent: [
      {
        rule: "composition.total-mismatch",
        why: "there is no stated total; 201,380 + 555,040 = 372,150 + 384,270 = 756,420: two breakdowns of one quota, not four lines to add (1,512,840)",
      },
      { rule: "composition.line-mismatch", why: "比例 is a share of the quota, not a quantity: 201,380 / 756,420 = 26.62% → 27" },
      { rule: "composition.approved-mismatch", why: "no approved budget is given" },
      { rule: "input.unreadable-value", cell: "A3", why: "按预算项目分类 is a group label" },
    ],
  },
};
