import type { CorpusLayout } from "../types";

// 绵阳市经信局 2024-07 (征求意见稿): 新型储能 stations with 500万元+ fixed investment get a one-off 100元/千瓦时 on installed capacity,
// at most 100万元 a project. Set as a 测算表: 项目名称 | 建设地点 | 装机容量（千瓦时） | 补贴标准（元/千瓦时） | 补贴金额（万元）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "mianyang-2024-new-energy-storage-one-off-subsidy",
  source: {
    title: "绵阳市推进新型工业化高质量发展若干政策措施（征求意见稿）——新型储能项目一次性补贴测算表（表据正文拟）",
    url: "http://baixuncn.com/article/94045.html",
    publisher: "绵阳市经济和信息化局（转载）",
    date: "2024-07-11",
    changes:
      "The page quotes the draft's rule in prose (100元/千瓦时, 每个项目不超过100万元, 固定资产投资500万元及以上). The allocation table, projects, " +
      "places and capacities are ours, every subsidy kept under the 100 万元 maximum. Planted: 安州区 8,600 千瓦时 × 100元 = 86.00 万元 typed 68.00; " +
      "the 合计 typed 333.00 where the lines as typed add to 323.00.",
  },
  classes: [
    "composition", "unit-times-quantity", "standard-heading", "yuan-standard-wanyuan-amount", "capacity-quantity", "projects-as-lines",
    "place-column", "counties-and-districts-as-places", "total-at-foot", "two-decimal-wanyuan", "unit-in-header", "notes-under-table",
    "table-from-prose", "consultation-draft", "city-policy", "sichuan",
  ],
  settings: { district: "绵阳市" },
  sheets: [
    {
      name: "测算表",
      widths: [6, 36, 12, 16, 18, 16],
      rows: [
        ["绵阳市新型储能项目一次性补贴测算表", null, null, null, null, null],
        ["序号", "项目名称", "建设地点", "装机容量（千瓦时）", "补贴标准（元/千瓦时）", "补贴金额（万元）"],
        [1, "绵阳高新区工业园用户侧储能电站", "涪城区", 5000, 100, 50],
        [2, "游仙经开区磷酸铁锂储能电站", "游仙区", 7200, 100, 72],
        [3, "安州区工业园区共享储能项目", "安州区", 8600, 100, 68],
        [4, "江油市钢铁园区用户侧储能项目", "江油市", 3500, 100, 35],
        [5, "三台县芦溪工业园储能电站", "三台县", 9800, 100, 98],
        ["合计", null, null, 34100, null, 333],
        ["注：1.所列项目固定资产投资总额均在500万元及以上；2.每个项目补贴不超过100万元。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A8:C8", "A9:F9"],
      numberFormats: { "D3:D8": "#,##0", "F3:F8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "测算表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 8,
        columns: { B: "line", D: "quantity", E: "unitAmount", F: "amount" },
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "F5", why: "安州区: 8,600 千瓦时 × 100元 = 860,000元 = 86.00 万元; 68.00 typed" },
      { rule: "composition.total-mismatch", cell: "F8", why: "合计 333.00 where 50 + 72 + 68 + 35 + 98 = 323.00 as typed" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "F7", why: "9,800 × 100元 = 98.00 万元, under the 100 maximum" },
      { rule: "composition.line-rounded", cell: "F3", why: "5,000 × 100元 = 50.00 exactly" },
      { rule: "composition.total-mismatch", cell: "D8", why: "capacity 34,100 = 5,000 + 7,200 + 8,600 + 3,500 + 9,800: a quantity, never money" },
      { rule: "register.ineligible-location", why: "涪城区, 游仙区, 安州区, 江油市, 三台县 are 绵阳市's" },
      { rule: "input.unreadable-value", sheet: "测算表", cell: "A9", why: "the note's 500万元 and 100万元 are conditions, not lines" },
    ],
  },
};
