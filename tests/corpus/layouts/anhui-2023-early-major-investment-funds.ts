import type { CorpusLayout } from "../types";

// 安徽省财政厅 via 合肥晚报 2023-02-17: 开年以来下达省以上交通、城乡建设等领域资金超200亿元 — 交通运输专项 182.2亿元 and 城乡建设类 20.2亿元,
// with 车辆购置税收入补助 6.5亿元 and the first batch of bonds 20亿元 beside them. Built as a 亿元 table from the report: a section row
// (一、) over its two numbered lines, two further sections, a 合计 at the foot and a text column of what the money supports.
export const layout: CorpusLayout = {
  id: "anhui-2023-early-major-investment-funds",
  source: {
    title: "快讯：安徽今年已下达重大政府性投资超200亿元（资金情况表据正文拟）",
    url: "http://www.tjbhnews.com/cqsb/2023/0217/82059.html",
    publisher: "合肥晚报（安徽省财政厅）",
    date: "2023-02-17",
    changes:
      "The report gives the sums in prose: 省以上交通运输专项资金182.2亿元 (G50、G237高速公路改扩建), 城乡建设类资金20.2亿元 (17.73万套棚户区改造、" +
      "1246个老旧小区改造、5292户农村危房改造), 车辆购置税收入补助6.5亿元, 2023年第1批政府债券20亿元 (引江济淮安徽段工程), and 超200亿元 for the " +
      "first two. The table, its headings, the section rows and the 合计 are ours (表据正文拟); the figures are the report's. Planted: the " +
      "section 一、 typed 204.2 where its lines give 182.2 + 20.2 = 202.4 (the 合计 228.9 adds the lines).",
  },
  classes: [
    "composition", "section-subtotal-row", "outline-numbering", "yiyuan-unit", "one-decimal", "text-column", "quantities-in-text",
    "total-at-foot", "notes-under-table", "table-from-prose", "province-level", "anhui",
  ],
  settings: { district: "安徽省" },
  sheets: [
    {
      name: "资金情况表",
      widths: [8, 34, 12, 60],
      rows: [
        ["安徽省2023年开年以来下达重大政府性投资资金情况表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["序号", "资金项目", "下达金额", "支持内容"],
        ["一、", "省以上交通、城乡建设等领域资金", 204.2, "加快推进实施重大基础设施建设"],
        [1, "省以上交通运输专项资金（提前下达）", 182.2, "G50、G237高速公路改扩建等交通基础设施项目建设"],
        [2, "城乡建设类资金", 20.2, "17.73万套棚户区改造、1246个老旧小区改造、5292户农村危房改造"],
        ["二、", "车辆购置税收入补助（提前下达）", 6.5, "—"],
        ["三、", "2023年第1批政府债券", 20, "引江济淮安徽段工程等重大水利工程建设"],
        [null, "合计", 228.9, null],
        ["资料来源：安徽省财政厅，2023年2月16日。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "C4:C9": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金情况表",
        kind: "composition",
        unit: "亿元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "code", B: "line", C: "amount" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C4", why: "一、 204.2 where its lines give 182.2 + 20.2 = 202.4 (1.8亿元 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C9", why: "合计 228.9 = 182.2 + 20.2 + 6.5 + 20.0, the lines under the section: the slip is reported once, at the section (C4)" },
      { rule: "composition.total-mismatch", cell: "C6", why: "城乡建设类资金 20.2 is a line: 17.73万套, 1246个, 5292户 are counts of work, not money" },
      { rule: "input.unreadable-value", cell: "D6", why: "支持内容 is text" },
      { rule: "input.unreadable-value", cell: "D7", why: "— in a text column is nothing" },
      { rule: "composition.line-mismatch", why: "no unit price or quantity column" },
      { rule: "cap.unknown-policy", why: "an allocation of money to lines, no register" },
    ],
  },
};
