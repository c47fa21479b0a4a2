import type { CorpusLayout } from "../types";

// 禄劝彝族苗族自治县财政局 (昆明, 云南) 2025-06-13, 禄财农兴〔2025〕9号: the second batch of 2025 central 衔接 money sent on
// to two bureaus — 县农业农村局 2665万元 for 巩固拓展脱贫攻坚成果和乡村振兴任务 (项目编号 040100) and 县民宗局 100万元 for
// 少数民族发展任务 (040200) — with the 科目 and the money's marks beside each line.
export const layout: CorpusLayout = {
  id: "luquan-2025-central-linkage-batch2-allocation",
  source: {
    title: "禄劝彝族苗族自治县财政局关于下达2025年第二批中央财政衔接推进乡村振兴补助资金的通知（禄财农兴〔2025〕9号；分配表据正文拟）",
    url: "http://www.kmlq.gov.cn/c/2025-06-13/7018263.shtml",
    publisher: "禄劝彝族苗族自治县财政局",
    date: "2025-06-13",
    changes:
      "The notice gives the allocation in prose (县农业农村局 2665万元, 项目编号040100; 县民宗局 100万元, 项目编号040200; 资金级次 中央财政衔接资金; " +
      "直达资金; 支出列 21305, 经济科目 51301). Laid out as the allocation table such a notice carries (序号 | 资金使用单位 | 支出方向 | 项目编号 | " +
      "下达金额（万元） | 支出功能科目 | 经济科目 | 备注); the two amounts are the notice's. Planted: the 合计 written 2,756, where 2,665 + 100 = 2,765.",
  },
  classes: [
    "composition", "allocation-by-bureau", "table-from-prose", "project-code-column", "codes-with-leading-zero", "subject-code-columns",
    "whole-wanyuan", "two-lines", "total-at-foot", "wanyuan-in-header", "document-number-in-title", "yunnan",
  ],
  sheets: [
    {
      name: "分配表",
      widths: [6, 16, 30, 12, 14, 34, 26, 12],
      rows: [
        ["禄劝县2025年第二批中央财政衔接推进乡村振兴补助资金分配表", null, null, null, null, null, null, null],
        ["文号：禄财农兴〔2025〕9号", null, null, null, null, null, null, null],
        ["序号", "资金使用单位", "支出方向", "项目编号", "下达金额（万元）", "支出功能科目", "经济科目", "备注"],
        [1, "县农业农村局", "巩固拓展脱贫攻坚成果和乡村振兴任务", "040100", 2665, "21305巩固脱贫攻坚成果衔接乡村振兴", "51301上下级政府间转移性支出", "直达资金"],
        [2, "县民宗局", "少数民族发展任务", "040200", 100, "21305巩固脱贫攻坚成果衔接乡村振兴", "51301上下级政府间转移性支出", "直达资金"],
        ["合计", null, null, null, 2756, null, null, null],
        ["注：中央财政衔接资金用于产业发展的比例不得低于60%，项目管理费提取比例最高不超过1%。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "A6:D6", "A7:H7"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 6,
        columns: { B: "category", C: "line", D: "code", E: "amount" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E6", why: "合计 written 2,756; 2,665 + 100 = 2,765: 9万元 short (whole 万元 typed as decided, so no rounding)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E4", why: "a line, not a total" },
      { rule: "composition.line-mismatch", why: "no line states a unit or a quantity; 项目编号 040100 / 040200 and the 科目 21305 / 51301 are codes, not amounts" },
      { rule: "composition.approved-mismatch", why: "the table states no approved budget apart from its 合计" },
      { rule: "input.unreadable-value", why: "项目编号 are codes written as text; the note's 60% and 1% are rules, not figures of the table" },
    ],
  },
};
