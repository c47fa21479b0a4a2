import type { CorpusLayout } from "../types";

// 昌都市 (主办: 市人民政府; 承办: 市农业农村局、市商务局): a 500万元 subsidy for buying local beef and mutton, 满1000减100 to
// 满10000减1000 in four bands, open to consumers in the eleven 县（区）. The notice gives the whole and the bands in prose; laid out as
// the allocation by 县（区） such a campaign annexes: 序号 | 县（区） | 定点销售网点（个） | 补贴资金, 合计 at the foot, bands as notes.
export const layout: CorpusLayout = {
  id: "changdu-local-beef-mutton-consumption-subsidy-allocation",
  source: {
    title: "昌都市本地牛羊肉促消费补贴活动（分县区资金分配表据正文拟）",
    url: "https://wxredian.com/art?id=d5ec1daa892579363923f4c3f2a626f8",
    publisher: "昌都市人民政府（昌都市农业农村局、昌都市商务局承办）",
    changes:
      "As published: the 500万元 for the whole city, the eleven 县（区）, the four bands (满1000元减100元 … 满10000元减1000元, once per band per " +
      "consumer) and that firms buying for processing are excluded. The stored copy is prose with no year or allocation: the table, the outlet " +
      "counts and each county's share are ours. Planted: the eleven counties' shares add to 505 against the stated 合计 500.",
  },
  classes: ["composition", "allocation-by-county", "whole-wanyuan", "count-column", "count-and-money-caption", "total-at-foot", "notes-under-table", "table-from-prose", "prefecture-fund", "xizang"],
  settings: { district: "昌都市" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 14, 18, 16, 20],
      rows: [
        ["昌都市本地牛羊肉促消费补贴资金分配表", null, null, null, null],
        [null, null, null, null, "单位：个、万元"],
        ["序号", "县（区）", "定点销售网点", "补贴资金", "备注"],
        [1, "卡若区", 12, 100, "含市区集中销售点"],
        [2, "江达县", 5, 40, null],
        [3, "贡觉县", 4, 35, null],
        [4, "类乌齐县", 5, 40, null],
        [5, "丁青县", 6, 45, null],
        [6, "察雅县", 5, 40, null],
        [7, "八宿县", 5, 40, null],
        [8, "左贡县", 5, 40, null],
        [9, "芒康县", 6, 50, null],
        [10, "洛隆县", 5, 40, null],
        [11, "边坝县", 4, 35, null],
        ["合计", null, 62, 500, null],
        ["注：1.个人消费昌都本地牛羊肉，满1000元减100元，满2000元减200元，满5000元减500元，满10000元减1000元，每名消费者每个档次仅享受1次。", null, null, null, null],
        ["2.机关、企事业单位、部队、学校等食堂参照执行；企业（合作社）收购用于生产加工的牛羊肉不享受补贴。", null, null, null, null],
      ],
      merges: ["A1:E1", "A15:B15", "A16:E16", "A17:E17"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { B: "line", C: "quantity", D: "amount" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D15", why: "合计 500; the eleven counties add to 100 + 40 + 35 + 40 + 45 + 40 + 40 + 40 + 50 + 40 + 35 = 505 (5万元 more)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C15", why: "网点 62 = 12 + 5 + 4 + 5 + 6 + 5 + 5 + 5 + 6 + 5 + 4, a count summed as a count" },
      { rule: "composition.line-mismatch", why: "no unit amount: 网点 is a count beside the money, not a quantity the money is a multiple of" },
      { rule: "input.unreadable-value", cell: "E4", why: "备注 is a remark" },
      { rule: "composition.total-mismatch", cell: "D16", why: "the band figures (1000元, 100元 …) are in a note row, not lines" },
    ],
  },
};
