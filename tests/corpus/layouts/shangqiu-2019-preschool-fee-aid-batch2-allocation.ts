import type { CorpusLayout } from "../types";

// 商丘市财政局 2019-07-12: the second 2019 batch of 省级 aid for 建档立卡 families' pre-school fees, shown as the page shows it — a
// one-line title, 县区名称 | 省级资金（万元） | 备注 (贫困县 against five counties), 市直 first with 0.0, 睢 县 spelled with a space, 合计 at the
// foot, then the 监督电话 line and the date under the table.
export const layout: CorpusLayout = {
  id: "shangqiu-2019-preschool-fee-aid-batch2-allocation",
  source: {
    title: "关于下达2019年第二批建档立卡贫困家庭学生资助省级资金情况公告公示（四、下达2019年第二批建档立卡贫困家庭儿童学前教育保教费省级补助资金预算明细表）",
    url: "http://henan.kjzch.com/shangqiu/2019-07-12/735961.html",
    publisher: "商丘市财政局",
    date: "2019-07-12",
    changes:
      "Kept as published: the table's title, the three headings, the nine 县区 in their order (市直 first at 0.0, 睢 县 with its space, 示范区), " +
      "贫困县 in 备注 against the five counties, 合计 at the foot, the 监督电话 line and the date under the table. Figures are ours (the notice's " +
      "109.9万元 is not reproduced). Planted: 合计 typed 111.0 over lines adding up to 110.0.",
  },
  classes: ["composition", "allocation-by-county", "remark-column", "zero-line", "space-in-place-name", "mixed-decimals", "wanyuan-in-header", "total-at-foot", "notes-under-table", "date-under-table", "city-finance-bureau", "henan"],
  settings: { district: "商丘市" },
  sheets: [
    {
      name: "分配情况表",
      widths: [16, 18, 12],
      rows: [
        ["下达2019年第二批建档立卡贫困家庭儿童学前教育保教费省级补助资金预算明细表", null, null],
        ["县区名称", "省级资金（万元）", "备注"],
        ["市直", 0, null],
        ["梁园区", 3.15, null],
        ["睢阳区", 2.4, null],
        ["示范区", 0.85, null],
        ["柘城县", 28.6, "贫困县"],
        ["民权县", 19.3, "贫困县"],
        ["睢 县", 17.45, "贫困县"],
        ["宁陵县", 16.2, "贫困县"],
        ["虞城县", 22.05, "贫困县"],
        ["合计", 111, null],
        ["五、监督电话：0370-2697836", null, null],
        ["2019年7月12日", null, null],
      ],
      merges: ["A1:C1", "A13:C13", "A14:C14"],
      numberFormats: { "B3:B12": "0.0#" },
    },
  ],
  expect: {
    tables: [
      { sheet: "分配情况表", kind: "composition", unit: "万元", headerRow: 2, lastRow: 12, columns: { A: "line", B: "amount" }, year: 2019 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B12", why: "合计 111.0; 0.0 + 3.15 + 2.40 + 0.85 + 28.6 + 19.3 + 17.45 + 16.2 + 22.05 = 110.0 (1.0 apart)" },
    ],
    absent: [
      { rule: "composition.line-rounded", cell: "B9", why: "17.45 is a two-decimal 万元 figure as typed, not a rounding slip" },
      { rule: "input.unreadable-value", cell: "C7", why: "贫困县 in 备注 is a remark, not a figure" },
      { rule: "input.unreadable-value", cell: "A13", why: "the 监督电话 line and the date under the table are no data" },
      { rule: "register.ineligible-location", why: "市直, 梁园区, 睢阳区, 示范区 and the five counties are all 商丘市's; 睢 县 is 睢县 with a space" },
      { rule: "composition.total-mismatch", cell: "B3", why: "市直 0.0 is a line with nothing allocated, not a subtotal" },
    ],
  },
};
