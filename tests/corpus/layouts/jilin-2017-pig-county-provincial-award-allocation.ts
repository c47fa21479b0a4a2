import type { CorpusLayout } from "../types";

// 吉林省财政厅 2017-05 (吉财粮[2017]299号): the province's pooled share of the 2017 生猪调出大县 award, 599万元 among eleven
// counties (three next after the twelve the centre rewards, eight national poverty counties), as the annex prints it: 单位：万元 over
// 县(市) | 金 额, the 合 计 first, the counties under it.
export const layout: CorpusLayout = {
  id: "jilin-2017-pig-county-provincial-award-allocation",
  source: {
    title: "2017年生猪调出大县奖励资金省级统筹部分分配方案（吉财粮[2017]299号，附件：2017年生猪调出大县省级统筹奖励资金分配表）",
    url: "http://njhante.com/html/.zwczfggfxwj.201705t20170518_54866.html",
    publisher: "吉林省财政厅、吉林省畜牧业管理局",
    date: "2017-05-05",
    changes:
      "As published: the annex's label and title, the caption 单位：万元, the two headings (县(市) | 金 额), the 合 计 row first and the " +
      "eleven counties in the published order (伊通县 … 汪清县). The amounts are ours (the published ones add up). Planted: the 合 计 typed " +
      "596 over counties adding up to 586.",
  },
  classes: [
    "composition", "allocation-by-county", "total-row-first", "whole-wanyuan", "wanyuan-caption", "annex-label-row", "spaced-heading-words",
    "province-fund", "jilin",
  ],
  settings: { district: "吉林省" },
  sheets: [
    {
      name: "分配表",
      widths: [18, 14],
      rows: [
        ["附件", null],
        ["2017年生猪调出大县省级统筹奖励资金分配表", null],
        [null, "单位：万元"],
        ["县(市)", "金 额"],
        ["合 计", 596],
        ["伊通县", 95],
        ["磐石市", 88],
        ["桦甸市", 52],
        ["大安市", 50],
        ["镇赉县", 50],
        ["通榆县", 48],
        ["靖宇县", 45],
        ["和龙市", 40],
        ["龙井市", 40],
        ["安图县", 40],
        ["汪清县", 38],
      ],
      merges: ["A2:B2"],
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 4, lastRow: 16, columns: { A: "line", B: "amount" } },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "B5",
        why: "合 计 596; the eleven counties 95 + 88 + 52 + 50 + 50 + 48 + 45 + 40 + 40 + 40 + 38 = 586: 10万元 apart (whole figures)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B6", why: "the 合 计 stands first: 伊通县 is a line, not a subtotal of the lines under it" },
      { rule: "input.unreadable-value", cell: "B3", why: "单位：万元 is the caption, not a figure" },
      { rule: "cap.unknown-policy", why: "an allocation among counties names no one rewarded: a composition, no register" },
    ],
  },
};
