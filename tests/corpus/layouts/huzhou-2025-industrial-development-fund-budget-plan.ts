import type { CorpusLayout } from "../types";

// 湖州市经信局 2025-02-24: 2025年工业发展专项资金预算方案 — the fund (湖政办发〔2023〕23号, 2023—2025) and the policies it pays for, as a plan
// of money by direction: 序号 | 支持方向 | 分配依据 | 预算金额 | 备注, the first direction a numbered section stating its 小计 over its three
// lines, 合计 at the foot, the document numbers beside every line.
export const layout: CorpusLayout = {
  id: "huzhou-2025-industrial-development-fund-budget-plan",
  source: {
    title: "湖州市经济和信息化局关于2025年工业发展专项资金预算方案的报告（资金安排表据正文拟）",
    url: "http://hzjx.huzhou.gov.cn/art/2025/2/24/art_1229513434_3999527.html",
    publisher: "湖州市经济和信息化局",
    date: "2025-02-24",
    changes:
      "As published (prose): the fund's basis and term (湖政办发〔2023〕23号, 2023-01-01 to 2025-12-31), its goals, the documents money is " +
      "distributed by (湖政办发〔2023〕52号 绿色金融, 湖政办发〔2022〕1号 上市, 湖政办发〔2022〕10号 建筑业, 湖政发〔2021〕21号 质量认证, the " +
      "稳生产拼经济 policy) and the 申报 / 审核 / 公示 procedure. Ours: the table and every amount (the stored copy stops before the money). " +
      "Planted: section 一's 小计 typed 9,800 over lines of 5,200 + 2,400 + 2,000 = 9,600; the 合计 15,600 agrees with every line.",
  },
  classes: [
    "composition", "allocation-by-direction", "numbered-sections-with-subtotal", "subtotal-slip", "document-column", "remark-column",
    "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "city-fund", "zhejiang",
  ],
  settings: { district: "湖州市" },
  sheets: [
    {
      name: "预算安排",
      widths: [6, 34, 30, 16, 24],
      rows: [
        ["2025年湖州市工业发展专项资金预算安排表", null, null, null, null],
        ["序号", "支持方向", "分配依据", "预算金额（万元）", "备注"],
        ["一", "推动制造业高质量发展", "湖政办发〔2023〕23号", 9800, null],
        [1, "技术改造和设备更新", "湖政办发〔2023〕23号", 5200, "含“两新”设备更新"],
        [2, "数字化改造和智能工厂", "湖政办发〔2023〕23号", 2400, null],
        [3, "企业梯队培育和专精特新", "湖政办发〔2023〕23号", 2000, null],
        ["二", "深化绿色金融改革", "湖政办发〔2023〕52号", 1500, null],
        ["三", "支持企业上市", "湖政办发〔2022〕1号", 1200, null],
        ["四", "建筑业改革创新", "湖政办发〔2022〕10号", 600, null],
        ["五", "质量认证体系建设", "湖政发〔2021〕21号", 300, null],
        ["六", "稳生产拼经济促生产政策", "“开新局、开门红”政策意见", 2400, "含稳工稳产奖励"],
        ["合计", null, null, 15600, null],
        ["注：具体项目按《2025年湖州市工业发展专项资金政策（市经信局）实施细则》组织申报、审核并网上公示后下达。", null, null, null, null],
      ],
      merges: ["A1:E1", "A12:C12", "A13:E13"],
    },
  ],
  expect: {
    tables: [
      { sheet: "预算安排", kind: "composition", unit: "万元", headerRow: 2, lastRow: 12, columns: { A: "code", B: "line", D: "amount" }, year: 2025 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D3", why: "一、推动制造业高质量发展 小计 9,800 over its lines 5,200 + 2,400 + 2,000 = 9,600: 200 over" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D12", why: "合计 15,600 = 9,600 (section 一's lines) + 1,500 + 1,200 + 600 + 300 + 2,400: the slip is reported once, at the 小计" },
      { rule: "composition.total-mismatch", cell: "C3", why: "湖政办发〔2023〕23号 is a document number, no amount" },
      { rule: "input.unreadable-value", cell: "E4", why: "the remark column holds words, no figures" },
    ],
  },
};
