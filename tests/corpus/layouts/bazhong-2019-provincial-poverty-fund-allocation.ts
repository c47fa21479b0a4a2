import type { CorpusLayout } from "../types";

// 四川 巴中市财政局、巴中市扶贫开发局 2019-02: 下达2019年省级财政专项扶贫资金26428万元 — one line per 县（区） (巴州区 2405、恩阳区 1956、
// 南江县 4150、通江县 8594、平昌县 9208、巴中经济开发区 115) and the 资金用途 in a paragraph. Laid out as an allocation table, 合计 first.
export const layout: CorpusLayout = {
  id: "bazhong-2019-provincial-poverty-fund-allocation",
  source: {
    title: "巴中市2019年省级财政专项扶贫资金下达公告（分配表据公告拟）",
    url: "https://jxsyczj.com/egovjxsyczjcom/t.aspx$i=20190327164043-119333-00-000.htm",
    publisher: "巴中市财政局、巴中市扶贫开发局",
    date: "2019-02-18",
    changes:
      "As published: the six 县（区） and their amounts (which add up to the 26,428万元 announced), the 资金用途 paragraph and the sign-off. " +
      "The table and its headings are ours (表据公告拟), as is the 备注. Planted: 通江县 typed 8,954 for 8,594 (two digits swapped), so the lines add " +
      "up to 26,788 against the 合计 26,428.",
  },
  classes: ["composition", "allocation-by-county", "development-zone-line", "whole-wanyuan", "wanyuan-caption", "total-row-first", "notes-under-table", "signoff-line", "table-from-prose", "city-fund", "sichuan"],
  settings: { district: "巴中市" },
  sheets: [
    {
      name: "分配表",
      widths: [8, 20, 16, 20],
      rows: [
        ["巴中市2019年省级财政专项扶贫资金分配表", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "县（区）", "分配金额", "备注"],
        ["合计", null, 26428, null],
        [1, "巴州区", 2405, null],
        [2, "恩阳区", 1956, null],
        [3, "南江县", 4150, null],
        [4, "通江县", 8954, null],
        [5, "平昌县", 9208, null],
        [6, "巴中经济开发区", 115, "经开区"],
        ["资金用途：按照“四到县”制度要求，由各地结合当地脱贫攻坚实际，围绕脱贫攻坚目标任务精准使用资金，主要用于农业生产发展和农村基础设施建设。", null, null, null],
        [null, null, "巴中市财政局　巴中市扶贫开发局", null],
        [null, null, "2019年2月18日", null],
      ],
      merges: ["A1:D1", "A4:B4", "A11:D11", "C12:D12", "C13:D13"],
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 10, columns: { B: "line", C: "amount" }, year: 2019 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C4", why: "2,405 + 1,956 + 4,150 + 8,954 + 9,208 + 115 = 26,788, not the 26,428 stated (360 off: 通江县's 8,594 typed 8,954)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C10", why: "巴中经济开发区 115 is a line like the counties, no subtotal" },
      { rule: "register.ineligible-location", why: "an allocation among the city's own districts, counties and zone; no register" },
      { rule: "input.unreadable-value", why: "the 资金用途 paragraph and the sign-off under the table are no rows" },
    ],
  },
};
