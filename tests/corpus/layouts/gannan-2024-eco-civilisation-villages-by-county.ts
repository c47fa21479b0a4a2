import type { CorpusLayout } from "../types";

// 夏河县 2024-01-25 (甘南发改): 州生态文明小康村建设工作领导小组 approved the 2024 list — 200 new villages in the seven counties and
// cities, 5.82亿元 of investment. Laid out as the county summary of such a 建设名单: 序号 | 县（市） | 新建村数（个） | 计划投资（万元） | 备注,
// the 合计 first, a note under the table.
export const layout: CorpusLayout = {
  id: "gannan-2024-eco-civilisation-villages-by-county",
  source: {
    title: "名单确定！夏河52个→（甘南州2024年生态文明小康村建设名单分县市汇总表据正文拟）",
    url: "http://www.xiahe.gov.cn/info/1040/25285.htm",
    publisher: "夏河县人民政府办公室（来源：甘南发改）",
    date: "2024-01-25",
    changes:
      "Kept from the notice: the seven counties and cities with their village counts (合作市 22, 夏河县 52, 临潭县 25, 卓尼县 26, 玛曲县 28, 迭部县 22, " +
      "舟曲县 25; 200 in all) and the total investment 5.82亿元 (58,200万元). The split of the money by county is ours (表据正文拟), about 290万元 a " +
      "village. Planted: 卓尼县 typed 7,450 where our split gives 7,540, so the seven lines add up to 58,110 against the 合计 58,200.",
  },
  classes: ["composition", "allocation-by-county", "count-column", "total-row-first", "remark-column", "whole-wanyuan", "wanyuan-in-header", "counties-as-lines", "notes-under-table", "table-from-prose", "prefecture-plan", "gansu"],
  settings: { district: "甘南藏族自治州" },
  sheets: [
    {
      name: "分县市汇总",
      widths: [6, 12, 16, 16, 24],
      rows: [
        ["甘南州2024年生态文明小康村建设名单（分县市汇总）", null, null, null, null],
        ["序号", "县（市）", "新建村数（个）", "计划投资（万元）", "备注"],
        ["合计", null, 200, 58200, null],
        [1, "合作市", 22, 6380, null],
        [2, "夏河县", 52, 15080, "含2个乡（镇）整镇推进"],
        [3, "临潭县", 25, 7300, null],
        [4, "卓尼县", 26, 7450, null],
        [5, "玛曲县", 28, 8260, null],
        [6, "迭部县", 22, 6380, null],
        [7, "舟曲县", 25, 7260, null],
        ["注：中央预算内资金重点用于村庄村道、巷道硬化及排水、防洪堤等公共基础设施建设；各县市2024年3月底前全面开工。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:B3", "A11:E11"],
      numberFormats: { "D3:D10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分县市汇总",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "line", C: "quantity", D: "amount" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D3", why: "合计 58,200 where 6,380 + 15,080 + 7,300 + 7,450 + 8,260 + 6,380 + 7,260 = 58,110: the lines fall 90 short" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C3", why: "villages 22 + 52 + 25 + 26 + 28 + 22 + 25 = 200" },
      { rule: "register.ineligible-location", cell: "B5", why: "夏河县 and the other six are counties and cities of 甘南藏族自治州" },
      { rule: "input.unreadable-value", cell: "E5", why: "备注 is text" },
      { rule: "composition.total-mismatch", cell: "A4", why: "序号 is numbering" },
    ],
  },
};
