import type { CorpusLayout } from "../types";

// 云南省人民政府办公厅: 20 counties named 云南省“一县一业”示范县 by industry (茶叶, 花卉, 蔬菜 …), each given 3000万元 a year by
// the province's finance for three years, with 20% of them dropped each year. The support by county: a yearly standard × years.
export const layout: CorpusLayout = {
  id: "yunnan-2020-one-county-one-industry-demo-county-support",
  source: {
    title: "云南公布“一县一业”示范县和特色县名单（省财政每年分别给予20个示范县3000万元支持，连续支持3年；安排表据正文拟）",
    url: "http://www.dhybim.net/news/show.php?itemid=74",
    publisher: "云南省人民政府办公厅（转载）",
    date: "2019-12",
    changes:
      "As published: the 示范县 by industry (茶叶: 勐海县、思茅区、双江县; 花卉: 开远市、晋宁区、红塔区; 蔬菜: 元谋县、通海县、陆良县、砚山县 — " +
      "the first ten of the twenty kept, the rest cut), 3000万元 a year for three years, and the yearly 20% elimination. The report " +
      "gives no table and no date: the frame (序号 | 产业 | 示范县 | 每年支持标准（万元/年） | 支持年限（年） | 支持资金（万元）), the title's " +
      "2020 (the first year of support) and the layout are ours. Planted: 陆良县 6000 where 3000 × 3 = 9000 (the 合计 87000 adds the " +
      "lines as written).",
  },
  classes: ["composition", "allocation-by-county", "unit-times-quantity", "standard-heading", "category-merged-down", "years-as-quantity", "whole-wanyuan", "total-at-foot", "notes-under-table", "province-wide-list", "table-from-prose", "yunnan"],
  sheets: [
    {
      name: "安排表",
      widths: [6, 10, 12, 20, 14, 16],
      rows: [
        ["2020年云南省“一县一业”示范县省级财政支持资金安排表", null, null, null, null, null],
        ["序号", "产业", "示范县", "每年支持标准（万元/年）", "支持年限（年）", "支持资金（万元）"],
        [1, "茶叶产业", "勐海县", 3000, 3, 9000],
        [2, null, "思茅区", 3000, 3, 9000],
        [3, null, "双江县", 3000, 3, 9000],
        [4, "花卉产业", "开远市", 3000, 3, 9000],
        [5, null, "晋宁区", 3000, 3, 9000],
        [6, null, "红塔区", 3000, 3, 9000],
        [7, "蔬菜产业", "元谋县", 3000, 3, 9000],
        [8, null, "通海县", 3000, 3, 9000],
        [9, null, "陆良县", 3000, 3, 6000],
        [10, null, "砚山县", 3000, 3, 9000],
        ["合计", null, null, null, null, 87000],
        ["注：对示范县进行年度综合评价，按照20%的比例实行末位淘汰，即每年淘汰4个，空缺名额从其他县、市、区中择优递补。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "B3:B5", "B6:B8", "B9:B12", "A13:E13", "A14:F14"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "安排表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "category", C: "line", D: "unitAmount", E: "quantity", F: "amount" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "F11", why: "陆良县: 3000万元/年 × 3年 = 9000, written 6000 (3000 short); whole 万元 under a standard heading, so exact" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F13", why: "合计 87000 = 9 × 9000 + 6000, the lines as written; the slip is reported at its line" },
      { rule: "composition.line-mismatch", cell: "F3", why: "勐海县: 3000 × 3 = 9000" },
      { rule: "composition.line-rounded", why: "every other line is exactly 3000 × 3" },
      { rule: "composition.approved-mismatch", why: "no approved budget is stated" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
