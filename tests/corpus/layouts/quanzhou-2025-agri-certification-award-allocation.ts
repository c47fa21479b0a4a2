import type { CorpusLayout } from "../types";

// 泉州市农业农村局 2025-06-17 公示: 69万元 of the 2025 特色现代农业发展专项资金 (优质特色农产品认证奖励项目) to the counties — 附件1 分配表,
// 县（市、区） | 小计 | 绿色食品认证奖励 | 全国名特优新农产品认证奖励 | 特质农品认证奖励, blank cells where a county gets none of a kind, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "quanzhou-2025-agri-certification-award-allocation",
  source: {
    title: "关于拟下达2025年特色现代农业发展专项资金（优质特色农产品认证奖励项目）的公示（附件1：2025年特色现代农业发展资金分配表）",
    url: "http://www.cgwebsite.net/./xxgk/czzj/zjfpgk/202506/t20250617_3180835.htm",
    publisher: "泉州市农业农村局",
    date: "2025-06-17",
    changes:
      "As published: the 附件1 label, the table's title, its 万元 caption, the five headings, the nine counties in the notice's order and the blank cells " +
      "for kinds a county does not get. The figures are ours (the notice's 合计 is 69; ours is 72). The 任务清单 (附件2) and 绩效目标表 (附件3) that follow " +
      "are left out. Planted: 南安市's 小计 typed 14 where 8 + 5 = 13, so the 小计 column's lines as typed add up to 73 against its 合计 72.",
  },
  classes: ["composition", "allocation-by-county", "total-column-first", "kind-columns", "blank-cells", "annex-label-row", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "city-fund", "fujian"],
  settings: { district: "泉州市" },
  sheets: [
    {
      name: "分配表",
      widths: [16, 10, 18, 26, 18],
      rows: [
        ["附件1", null, null, null, null],
        ["2025年特色现代农业发展资金分配表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["县（市、区）", "小计", "绿色食品认证奖励", "全国名特优新农产品认证奖励", "特质农品认证奖励"],
        ["洛江区", 5, null, 5, null],
        ["泉港区", 4, 4, null, null],
        ["石狮市", 5, null, 5, null],
        ["晋江市", 6, 6, null, null],
        ["南安市", 14, 8, 5, null],
        ["惠安县", 5, null, 5, null],
        ["安溪县", 10, 10, null, null],
        ["永春县", 6, 6, null, null],
        ["德化县", 18, 4, 4, 10],
        ["合计", 72, 38, 24, 10],
      ],
      merges: ["A2:E2"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表", kind: "composition", unit: "万元", headerRow: 4, lastRow: 14,
        columns: { A: "line", B: "amount", C: "amount:绿色食品认证奖励", D: "amount:全国名特优新农产品认证奖励", E: "amount:特质农品认证奖励" }, year: 2025,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B9", why: "南安市 小计 14 where its kinds add up to 8 + 5 = 13 (whole figures: exact)" },
      { rule: "composition.total-mismatch", cell: "B14", why: "小计 column 合计 72 where its lines as typed add up to 5 + 4 + 5 + 6 + 14 + 5 + 10 + 6 + 18 = 73" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C14", why: "绿色食品认证奖励 4 + 6 + 8 + 10 + 6 + 4 = 38" },
      { rule: "composition.total-mismatch", cell: "D14", why: "全国名特优新 5 + 5 + 5 + 5 + 4 = 24" },
      { rule: "composition.total-mismatch", cell: "E14", why: "特质农品 10, 德化县 alone" },
      { rule: "composition.total-mismatch", cell: "B13", why: "德化县 18 = 4 + 4 + 10" },
      { rule: "input.unreadable-value", why: "blank cells are kinds a county does not get: nothing" },
    ],
  },
};
