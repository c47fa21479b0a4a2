import type { CorpusLayout } from "../types";

// 舟山市财政局 舟山市农业农村局 2019-12-12 (舟财农〔2019〕52号): 2019年第三批市级美丽乡村建设专项资金 80万元 to 定海区 and 普陀区 —
// the attachment's small grid 序号 | 单位 | 金额（万元） | 备注 with 合 计 (spaced) at the foot. Clean: the two districts add up to 80.
export const layout: CorpusLayout = {
  id: "zhoushan-2019-beautiful-village-batch3-allocation",
  source: {
    title: "舟山市财政局 舟山市农业农村局关于下达2019年第三批市级美丽乡村建设专项资金的通知（附件：专项资金分配表）",
    url: "http://xxgk.zhoushan.gov.cn/art/2019/12/12/art_1229031487_59102320.html",
    publisher: "舟山市财政局、舟山市农业农村局",
    date: "2019-12-12",
    changes:
      "As published: the 附件 line, the title, the headers 序号 | 单位 | 金额（万元） | 备注, the two districts and the spaced 合 计 merged over 序号 " +
      "and 单位; the total 80万元 as the notice states it. The split between the districts is ours (45 and 35). Nothing planted: a clean layout.",
  },
  classes: ["composition", "allocation-by-county", "districts-as-lines", "remark-column", "spaced-total-label", "wanyuan-in-header", "whole-wanyuan", "total-at-foot", "batch-in-title", "city-fund", "clean", "zhejiang"],
  settings: { district: "舟山市" },
  sheets: [
    {
      name: "分配表",
      widths: [8, 16, 14, 14],
      rows: [
        ["附件", null, null, null],
        ["2019年第三批市级美丽乡村建设专项资金分配表", null, null, null],
        ["序号", "单位", "金额（万元）", "备注"],
        [1, "定海区", 45, null],
        [2, "普陀区", 35, null],
        ["合 计", null, 80, null],
      ],
      merges: ["A2:D2", "A6:B6"],
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 6, columns: { B: "line", C: "amount" }, year: 2019 },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "C6", why: "45 + 35 = 80" },
      { rule: "composition.total-mismatch", cell: "A4", why: "序号 1, 2 number the lines; they are no money" },
      { rule: "register.ineligible-location", why: "定海区 and 普陀区 are districts of 舟山市, and the table is an allocation, not a list of firms" },
    ],
  },
};
