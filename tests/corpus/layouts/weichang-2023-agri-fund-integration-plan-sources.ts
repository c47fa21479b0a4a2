import type { CorpusLayout } from "../types";

// 围场满族蒙古族自治县人民政府 2023-08-20 (围政通〔2023〕48号): 2023年度财政涉农整合资金统筹整合使用方案. The stored copy holds the
// plan's opening (总体要求, the documents it rests on); the amounts integrated are in its later sections and annexes, not shown. Laid out
// as the plan's 整合资金来源 table: 合计 first, 中央 / 省级 / 县级 sections with their 小计 and lines; figures ours.
export const layout: CorpusLayout = {
  id: "weichang-2023-agri-fund-integration-plan-sources",
  source: {
    title: "围场满族蒙古族自治县2023年度财政涉农资金统筹整合使用方案（整合资金来源表据方案拟）",
    url: "https://weichang.gov.cn/art/2023/8/28/art_10507_977487.html",
    publisher: "围场满族蒙古族自治县人民政府",
    date: "2023-08-28",
    changes:
      "As published: the plan and the funds it integrates by level (中央, 省级, 县级: 衔接推进乡村振兴补助资金 and the other 涉农 funds). The stored copy stops before the amounts; " +
      "the table and all figures are ours. Planted: 省级资金 小计 typed 6240 over lines of 5380 + 680 = 6060; the 合计 29416 adds the 小计 as their lines give them.",
  },
  classes: ["composition", "fund-sources", "section-subtotals", "subtotal-slip-once", "total-row-first", "outline-numbering", "remark-column", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "county-fund", "hebei"],
  settings: { district: "围场满族蒙古族自治县" },
  sheets: [
    {
      name: "整合资金来源",
      widths: [8, 40, 12, 24],
      rows: [
        ["围场满族蒙古族自治县2023年度统筹整合财政涉农资金来源表", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "资金名称", "整合金额", "备注"],
        ["合计", null, 29416, null],
        ["一", "中央资金小计", 19856, null],
        [1, "中央财政衔接推进乡村振兴补助资金", 15620, "含提前下达"],
        [2, "农田建设补助资金", 3150, null],
        [3, "林业草原生态保护恢复资金", 1086, null],
        ["二", "省级资金小计", 6240, null],
        [1, "省级财政衔接推进乡村振兴补助资金", 5380, "含提前下达"],
        [2, "省级农业生产发展资金", 680, null],
        ["三", "县级资金小计", 3500, null],
        [1, "县本级财政衔接推进乡村振兴补助资金", 3500, null],
        ["注：整合资金按照“因需而整、应整尽整”的原则统筹使用，具体项目见附件。", null, null, null],
      ],
      merges: ["A1:D1", "A4:B4", "A14:D14"],
      numberFormats: { "C4:C13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "整合资金来源", kind: "composition", unit: "万元", headerRow: 3, lastRow: 13, columns: { A: "code", B: "line", C: "amount" }, year: 2023 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C9", why: "省级资金小计 6240, but 5380 + 680 = 6060: 180万元 over" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "合计 29416 = 19856 + 6060 + 3500 with 省级 as its lines give it: the slip is reported once, at the 小计" },
      { rule: "composition.total-mismatch", cell: "C5", why: "中央资金小计 15620 + 3150 + 1086 = 19856" },
      { rule: "composition.total-mismatch", cell: "C12", why: "县级资金小计 = its one line 3500" },
      { rule: "input.unreadable-value", cell: "D6", why: "含提前下达 is a remark" },
    ],
  },
};
