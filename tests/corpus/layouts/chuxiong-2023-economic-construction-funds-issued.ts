import type { CorpusLayout } from "../types";

// 楚雄州财政局 2023: the money the prefecture's finance offices raised and sent down for economic construction, built from the notice's prose as
// 序号 | 资金类别 | 下达金额 | 支持方向 in 亿元, a 合计 row at the foot and a note naming the resettlement money raised apart.
export const layout: CorpusLayout = {
  id: "chuxiong-2023-economic-construction-funds-issued",
  source: {
    title: "楚雄州财政多措并举支持经济建设（2023年筹集下达经济建设资金情况表（表据正文拟））",
    url: "https://czj.cxz.gov.cn/info/1096/8052.htm",
    publisher: "楚雄州财政局",
    date: "2024",
    changes:
      "The page is prose only (no grid found): the table is built from it — one line per kind of money the text names (项目前期费, 中央和省预算内基建投资, " +
      "综合交通发展专项资金, 奖补资金, 助企纾困资金) with what each supports, its 合计 the headline sum, and the 移民后期扶持资金 the text names in a " +
      "sentence of its own kept as a note (table-from-prose). Figures are ours. " +
      "Planted: the 合计 typed 34.77 where the lines add up to 34.85.",
  },
  classes: ["composition", "kinds-of-money-as-lines", "remark-column", "yiyuan-unit", "total-at-foot", "notes-under-table", "table-from-prose", "prefecture-fund", "yunnan"],
  settings: { district: "楚雄彝族自治州" },
  sheets: [
    {
      name: "Sheet1",
      widths: [6, 26, 12, 44],
      rows: [
        ["2023年楚雄州筹集下达经济建设资金情况表（表据正文拟）", null, null, null],
        [null, null, null, "单位：亿元"],
        ["序号", "资金类别", "下达金额", "支持方向"],
        [1, "项目前期费", 4.26, "支持推进重大项目前期工作"],
        [2, "中央和省预算内基建投资", 19.38, "支持推进重大项目建设"],
        [3, "综合交通发展专项资金", 7.7, "高速公路、农村公路、铁路、机场、水道航运建设和客货邮融合发展"],
        [4, "奖补资金", 1.15, "支持打造千亿级、百亿级产业"],
        [5, "助企纾困资金", 2.36, "扶持企业发展壮大"],
        ["合计", null, 34.77, null],
        ["注：另筹措下达移民后期扶持资金3.05亿元，保障移民基本生活，未列入上表。", null, null, null],
      ],
      merges: ["A1:D1", "A9:B9", "A10:D10"],
      numberFormats: { "C4:C9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "Sheet1",
        kind: "composition",
        unit: "亿元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "code", B: "line", C: "amount" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C9", why: "合计 34.77 where 4.26 + 19.38 + 7.70 + 1.15 + 2.36 = 34.85 (0.08 short)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "no unit amount or count column: the 支持方向 text is a remark" },
      { rule: "input.unreadable-value", cell: "A10", why: "the note (移民后期扶持资金 3.05, raised apart) is no data row and no line of the 合计" },
      { rule: "composition.approved-mismatch", why: "no approved budget is stated apart from the 合计" },
    ],
  },
};
