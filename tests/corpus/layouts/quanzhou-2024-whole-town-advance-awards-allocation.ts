import type { CorpusLayout } from "../types";

// 泉州市财政局、泉州市农业农村局 2024-10-22 (泉财农指〔2024〕108号): 1200万元 of the city's 2024 乡村振兴 money as the first 整镇推进创建
// awards, 50万元 a town — 附件1 分配表: 县（市、区） | 合计 | under 第一批整镇推进创建乡镇奖补: 镇（乡） | 乡镇类型 | 补助资金（万元）, each
// county's name and 合计 merged down beside its towns.
export const layout: CorpusLayout = {
  id: "quanzhou-2024-whole-town-advance-awards-allocation",
  source: {
    title: "泉州市财政局 泉州市农业农村局关于下达2024年市级财政乡村振兴专项资金（第一批整镇推进创建乡镇奖补）的通知（附件1：分配表）",
    url: "https://nyncj.quanzhou.gov.cn/xxgk/czzj/zjfpgk/202410/t20241028_3098478.htm",
    publisher: "泉州市财政局 泉州市农业农村局",
    date: "2024-10-22",
    changes:
      "As published: the annex title in two lines, the two header rows (县（市、区） | 合计 | 第一批整镇推进创建乡镇奖补 over 镇（乡） | 乡镇类型 | " +
      "补助资金（万元）), the counties merged down beside their towns, the towns and types shown on the stored copy (泉港区 前黄 / 峰尾, " +
      "惠安县 辋川 / 山霞 / 紫山 / 小岞, 石狮市 锦尚, 晋江市 内坑 / 西滨) and 50万元 a town. The stored copy breaks off at 南安市 九都; 南安's " +
      "other towns, 安溪县 and the 总计 row are ours (the list cut to six counties and sixteen towns, 800万元 of the notice's 1200). Planted: 惠安县's 合计 " +
      "written 250 beside its four towns' 200 (the 总计 800 is right).",
  },
  classes: ["composition", "allocation-by-town", "county-total-merged-down", "county-merged-down", "two-header-rows", "merged-header-over-three", "kind-column", "fixed-amount-per-town", "whole-wanyuan", "total-at-foot", "city-fund", "fujian"],
  settings: { asOf: "2024-10-22" },
  sheets: [
    {
      name: "附件1",
      widths: [14, 10, 12, 14, 16],
      rows: [
        ["2024年市级乡村振兴专项资金", null, null, null, null],
        ["（第一批整镇推进创建乡镇奖补）分配表", null, null, null, null],
        ["县（市、区）", "合计", "第一批整镇推进创建乡镇奖补", null, null],
        [null, null, "镇（乡）", "乡镇类型", "补助资金（万元）"],
        ["泉港区", 100, "前黄镇", "工贸带动型", 50],
        [null, null, "峰尾镇", "城乡融合型", 50],
        ["惠安县", 250, "辋川镇", "农业生态型", 50],
        [null, null, "山霞镇", "工贸带动型", 50],
        [null, null, "紫山镇", "城乡融合型", 50],
        [null, null, "小岞镇", "农业生态型", 50],
        ["石狮市", 50, "锦尚镇", "工贸带动型", 50],
        ["晋江市", 100, "内坑镇", "工贸带动型", 50],
        [null, null, "西滨镇", "城乡融合型", 50],
        ["南安市", 200, "九都镇", "农业生态型", 50],
        [null, null, "码头镇", "工贸带动型", 50],
        [null, null, "洪梅镇", "城乡融合型", 50],
        [null, null, "金淘镇", "农业生态型", 50],
        ["安溪县", 150, "感德镇", "农业生态型", 50],
        [null, null, "龙门镇", "工贸带动型", 50],
        [null, null, "蓬莱镇", "城乡融合型", 50],
        ["总计", 800, null, null, 800],
      ],
      merges: ["A1:E1", "A2:E2", "A3:A4", "B3:B4", "C3:E3", "A5:A6", "B5:B6", "A7:A10", "B7:B10", "A12:A13", "B12:B13", "A14:A17", "B14:B17", "A18:A20", "B18:B20", "C21:D21"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 21,
        // Corrected after the measurement (the count unchanged): 乡镇类型 (D) was named a second category beside the county
        // (A); a table's reading names each field once (tests/corpus/README.md, the field list), so D is left unnamed.
        columns: { A: "category", C: "line", E: "amount" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B7", why: "惠安县 合计 250; its four towns 辋川 / 山霞 / 紫山 / 小岞 at 50 each give 200 (50万元 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B21", why: "总计 800 = 16 towns × 50; the counties' written 合计 give 850 only through 惠安县's slip, reported once at B7" },
      { rule: "composition.total-mismatch", cell: "E21", why: "补助资金 总计 800 = sixteen towns × 50" },
      { rule: "composition.total-mismatch", cell: "B14", why: "南安市 200 = four towns × 50" },
      { rule: "composition.total-mismatch", cell: "B5", why: "泉港区 100 = 前黄 50 + 峰尾 50" },
      { rule: "composition.line-mismatch", why: "no unit × quantity columns; 乡镇类型 is text" },
    ],
  },
};
