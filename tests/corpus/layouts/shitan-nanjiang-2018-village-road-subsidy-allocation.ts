import type { CorpusLayout } from "../types";

// 南江县石滩乡人民政府 (巴中, 四川) 2018年部门决算编制说明: 农村幸福路 20.78公里 built in five villages (碾子咀村7, 雪花寺村3.1, 档头岭村3.5,
// 赵家河村0.8, 石河寨村6.38公里). Laid out as a township's 项目资金安排表 by village: 序号 | 村名 | 建设里程（公里） | 补助标准（万元/公里） |
// 补助资金（万元） | 备注, the 合计 last and the office's sign-off under it.
export const layout: CorpusLayout = {
  id: "shitan-nanjiang-2018-village-road-subsidy-allocation",
  source: {
    title: "石滩乡人民政府2018年部门决算编制说明（农村幸福路建设资金安排表据正文拟）",
    url: "https://www.scnj.gov.cn/public/6599231/12505721.html",
    publisher: "南江县石滩乡人民政府",
    date: "2019-09-04",
    changes:
      "As published: the five villages and their road lengths (7, 3.1, 3.5, 0.8 and 6.38公里, 20.78公里 in all) from the 2018 重点工作完成情况. " +
      "The stored copy is prose: the table, its headings, the standard (35万元/公里) and the money are ours. Planted: 雪花寺村 typed 118.50 where " +
      "3.1公里 × 35 = 108.50; the 合计 typed 727.30 (the lines as they should be) where the lines as typed add up to 737.30.",
  },
  classes: ["composition", "allocation", "villages", "unit-times-quantity", "standard-column", "line-slip", "total-slip", "total-row-last", "sign-off-under-table", "wanyuan-caption", "table-from-prose", "township", "sichuan"],
  settings: { district: "南江县" },
  sheets: [
    {
      name: "幸福路资金",
      widths: [6, 14, 16, 18, 16, 20],
      rows: [
        ["石滩乡2018年农村幸福路建设项目资金安排表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "村名", "建设里程（公里）", "补助标准（万元/公里）", "补助资金（万元）", "备注"],
        [1, "碾子咀村", 7, 35, 245, "已完工"],
        [2, "雪花寺村", 3.1, 35, 118.5, "已完工"],
        [3, "档头岭村", 3.5, 35, 122.5, "已完工"],
        [4, "赵家河村", 0.8, 35, 28, "已完工"],
        [5, "石河寨村", 6.38, 35, 223.3, "已完工"],
        ["合计", null, 20.78, "—", 727.3, null],
        [null, null, null, null, "石滩乡人民政府", null],
        [null, null, null, null, "2019年9月", null],
      ],
      merges: ["A1:F1", "A9:B9"],
      numberFormats: { "C4:C9": "0.00", "E4:E9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "幸福路资金",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E5", why: "雪花寺村: 3.1公里 × 35万元/公里 = 108.50; typed 118.50 (a standard allows no rounding)" },
      { rule: "composition.total-mismatch", cell: "E9", why: "合计 727.30; the lines as typed add up to 245.00 + 118.50 + 122.50 + 28.00 + 223.30 = 737.30: 10.00万元 apart" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E8", why: "石河寨村: 6.38 × 35 = 223.30" },
      { rule: "composition.line-mismatch", cell: "E4", why: "碾子咀村: 7 × 35 = 245.00" },
      { rule: "composition.line-rounded", why: "every amount but 雪花寺村's is its length × 35 exactly" },
      { rule: "composition.total-mismatch", cell: "C9", why: "20.78公里 = 7 + 3.1 + 3.5 + 0.8 + 6.38, a length, no money" },
      { rule: "input.unreadable-value", cell: "D9", why: "the dash in the 合计's standard cell means no standard" },
      { rule: "input.unreadable-value", cell: "E10", why: "the office and month under the 合计 are the sign-off, not rows of the table" },
      { rule: "register.ineligible-location", why: "an allocation to the township's own villages, no list of firms" },
    ],
  },
};
