import type { CorpusLayout } from "../types";

// 达川区乡村振兴局 2024-03-04: an allocation in outline numbering (一、（一）…), each source's
// amount stated on its heading line, a grand total of the two sources.
export const layout: CorpusLayout = {
  id: "dachuan-2024-linkage-allocation",
  source: {
    title: "关于达川区2024年第一批中央和省级财政衔接推进乡村振兴补助资金分配结果的公告",
    url: "http://www.dachuan.gov.cn/news-show-155664.html",
    publisher: "达州市达川区乡村振兴局",
    date: "2024-03-04",
    changes:
      "The publication gives the allocation as an outline in text (一、中央财政衔接资金（5273万元）（一）…（七）; 二、省级…（一）…（六）). " +
      "Laid out here as the table such a 分配表 takes: 序号 holds the outline numbers, each source's heading row " +
      "carries its stated subtotal, a 合计 row and a 注 under the table. Line names as published; amounts " +
      "invented. Planted: the 省级 lines add up to 5,110.00 while its heading states 5,120.00.",
  },
  classes: ["composition", "outline-numbering", "subtotals", "wanyuan-caption", "notes-under-table"],
  sheets: [
    {
      name: "资金分配",
      widths: [8, 34, 14, 24],
      rows: [
        ["达川区2024年第一批中央和省级财政衔接推进乡村振兴补助资金分配表", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "资金类别及用途", "金额", "备注"],
        ["一", "中央财政衔接资金", 4860, null],
        ["（一）", "支持产业发展", 2716.4, null],
        ["（二）", "易地扶贫搬迁后续扶持项目", 968, null],
        ["（三）", "支持数字乡村建设项目", 55, null],
        ["（四）", "支持乡村建设行动项目", 452, null],
        ["（五）", "支持以工代赈任务", 372, null],
        ["（六）", "支持欠发达国有林场提升任务", 248, null],
        ["（七）", "按1%提取项目管理费", 48.6, "4,860.00 × 1%"],
        ["二", "省级财政衔接资金", 5120, null],
        ["（一）", "支持巩固脱贫攻坚成果项目", 1712.3, null],
        ["（二）", "支持产业发展", 2478.5, null],
        ["（三）", "支持数字乡村建设项目", 30, null],
        ["（四）", "支持乡村建设行动项目", 800, null],
        ["（五）", "支持乡村治理项目", 38, null],
        ["（六）", "按1%提取项目管理费", 51.2, "5,120.00 × 1%"],
        ["合计", null, 9980, null],
        ["注：资金依据《关于提前下达2024年中央和省级财政衔接推进乡村振兴补助资金预算的通知》（达市财农﹝2024﹞3号）分配。", null, null, null],
      ],
      merges: ["A1:D1", "A19:B19", "A20:D20"],
      numberFormats: { "C4:C19": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金分配",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 19,
        columns: { A: "code", B: "line", C: "amount" },
        year: 2024,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "C12",
        why: "二、省级财政衔接资金 states 5,120.00; its lines 1,712.30 + 2,478.50 + 30.00 + 800.00 + 38.00 + 51.20 = 5,110.00: 10.00万元 short",
      },
    ],
    absent: [
      {
        rule: "composition.total-mismatch",
        cell: "C4",
        why: "一: 2,716.40 + 968.00 + 55.00 + 452.00 + 372.00 + 248.00 + 48.60 = 4,860.00, as stated",
      },
      {
        rule: "composition.total-mismatch",
        cell: "C19",
        why: "合计 = 一 + 二 as stated (4,860.00 + 5,120.00 = 9,980.00); the subtotals are not added again with their lines (that would give 19,970.00); the error inside 二 is reported once, at C12",
      },
      { rule: "composition.line-mismatch", why: "the lines have no unit price or quantity; 备注's '× 1%' is a note, not a quantity" },
      { rule: "input.unreadable-value", cell: "D11", why: "备注 text, not an amount" },
    ],
  },
};
