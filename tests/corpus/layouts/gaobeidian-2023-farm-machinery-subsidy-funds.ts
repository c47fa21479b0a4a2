import type { CorpusLayout } from "../types";

// 高碑店市农业农村局 (河北 保定) 2023-06-29: the year's 农机购置补贴 as of 6月29日 — where the money came from (中央 640, 省 147, 2022's carry-over
// 0.0484万元, "全年实际可用 1115.0484万元") and what it has paid (2022's fifth batch settled, 299 machines, 639.966万元 = 主机 184.684 + 机具
// 455.282; 103.987万元 of 2022 still unpaid; 343.76万元 entered in 2023). Laid out as the two small tables behind the notice.
export const layout: CorpusLayout = {
  id: "gaobeidian-2023-farm-machinery-subsidy-funds",
  source: {
    title: "高碑店市2023年农机购置补贴实施情况公告（表据正文拟）",
    url: "http://www.sm358.cn/xxgkcontent-888888026-34824.html",
    publisher: "高碑店市农业农村局",
    date: "2023-06-29",
    changes:
      "As published: every figure — 中央资金640万元, 省补贴资金147万元, 2022年结转0.0484万元, 全年实际可用1115.0484万元 (the three sources add up to " +
      "787.0484: the notice's own slip, kept as the problem); 结算2022年第五批 299台 639.966万元, 其中 主机88台 184.684, 机具211台 455.282; 2022年未补贴 " +
      "36台 103.987万元 (34户); 2023年新录入 247台 343.76万元 (167户). Ours: the two tables' form, headings and captions; the machine kinds of 2023 " +
      "(动力机械52台 …) are left out.",
  },
  classes: ["composition", "two-tables-one-sheet", "sources-of-funds", "total-at-foot", "four-decimal-wanyuan", "qizhong-lines", "count-column", "count-and-money-caption", "as-of-in-title", "published-slip", "table-from-prose", "signoff-line", "county-level-city", "hebei"],
  settings: { asOf: "2023-06-29", district: "高碑店市" },
  sheets: [
    {
      name: "实施情况",
      widths: [30, 14, 14],
      rows: [
        ["高碑店市2023年农机购置补贴资金实施情况表（截至2023年6月29日）", null, null],
        ["一、补贴资金来源", null, null],
        ["单位：万元", null, null],
        ["项目", "金额", null],
        ["中央财政补贴资金", 640, null],
        ["省级财政补贴资金", 147, null],
        ["2022年结转补贴资金", 0.0484, null],
        ["全年实际可用补贴资金合计", 1115.0484, null],
        [null, null, null],
        ["二、补贴资金使用情况", null, null],
        ["单位：台（套）、万元", null, null],
        ["项目", "机具数量", "补贴资金"],
        ["结算2022年第五批补贴机具", 299, 639.966],
        ["其中：主机", 88, 184.684],
        ["　　　机具", 211, 455.282],
        ["2022年因资金不足未补贴机具", 36, 103.987],
        ["2023年新录入补贴机具", 247, 343.76],
        ["注：2022年未补贴机具涉及受益农户34户；2023年新录入机具受益农户167户。", null, null],
        ["高碑店市农业农村局　　2023年06月29日", null, null],
      ],
      merges: ["A1:C1", "A2:C2", "A3:C3", "A10:C10", "A11:C11", "A18:C18", "A19:C19"],
      numberFormats: { "B5:B8": "0.0000", "C13:C17": "0.000" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "实施情况",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 8,
        columns: { A: "line", B: "amount" },
        year: 2023,
      },
      {
        sheet: "实施情况",
        kind: "composition",
        unit: "万元",
        headerRow: 12,
        lastRow: 17,
        columns: { A: "line", C: "amount" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B8", why: "全年实际可用 1,115.0484; the sources give 640 + 147 + 0.0484 = 787.0484: 328万元 apart (as published)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C13", why: "639.966 = 主机 184.684 + 机具 455.282" },
      { rule: "composition.total-mismatch", cell: "B13", why: "299台 = 88 + 211, a count" },
      { rule: "composition.line-mismatch", why: "机具数量 counts machines; no unit price stands beside it" },
      { rule: "composition.total-mismatch", cell: "C17", why: "the usage table states no total: 2023's entries are no sum of the lines above" },
      { rule: "input.unreadable-value", why: "the note and sign-off are text" },
    ],
  },
};
