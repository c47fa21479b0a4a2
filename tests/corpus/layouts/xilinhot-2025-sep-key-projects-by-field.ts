import type { CorpusLayout } from "../types";

// 锡林浩特市 2025-09-30: 1-9月全市重点项目建设情况 — 112 key projects planned for 100.7亿元, 106 started, 56.5亿元 done (56.1%), then five
// 领域 (能源及配套, 工业及信息化, 基础设施, 生态保护与发展, 社会事业及服务业) each with the projects under way and the investment done.
// Laid out as a table by field with each field's plan beside what it has done, the 合计 at the foot; nine months of twelve gone.
export const layout: CorpusLayout = {
  id: "xilinhot-2025-sep-key-projects-by-field",
  source: {
    title: "1-9月全市重点项目建设情况（分领域完成投资表据正文拟）",
    url: "http://wfcyjxm.com/xilinhaote/zwgk/zfxxgkzl/fdzdgknr/zdlyxxgk/zdjsxm/2025093016410254859/index.html",
    publisher: "锡林浩特市（转载）",
    date: "2025-09-30",
    changes:
      "As published: 112 重点项目 with 100.7亿元 planned for the year, 106 under way, and the five 领域 with their counts (27, 20, 30, 10, 19, adding " +
      "up to 106). The page gives each field's count and investment done but not its plan (table-from-prose): the plans and the figures done are ours, " +
      "the plans adding up to the published 100.7. Planted: the 合计 of 年内完成投资 typed 74.6 where the fields add up to 74.8; 生态保护与发展 at " +
      "46.8% of its plan, 28.2 points behind 9/12 = 75%.",
  },
  classes: [
    "execution", "investment-progress", "total-at-foot", "count-column", "serial-number-column", "one-decimal-rate", "yiyuan-caption",
    "time-progress-by-month", "notes-under-table", "table-from-prose", "city-key-projects", "inner-mongolia",
  ],
  settings: { asOf: "2025-09-30", district: "锡林郭勒盟锡林浩特市" },
  sheets: [
    {
      name: "分领域",
      widths: [8, 22, 12, 14, 14, 14],
      rows: [
        ["2025年1-9月锡林浩特市重点项目分领域完成投资情况", null, null, null, null, null],
        [null, null, null, null, null, "单位：个、亿元"],
        ["序号", "领域", "已实施项目数", "年度计划投资", "年内已完成投资", "占年度计划"],
        [1, "能源及配套", 27, 38.6, 29.8, 0.772],
        [2, "工业及信息化", 20, 17.5, 12.9, 0.737],
        [3, "基础设施", 30, 28.4, 21.6, 0.761],
        [4, "生态保护与发展", 10, 6.2, 2.9, 0.468],
        [5, "社会事业及服务业", 19, 10.0, 7.6, 0.76],
        ["合计", null, 106, 100.7, 74.6, 0.741],
        ["注：全年计划实施重点项目112个，已开复工106个，开复工率94.6%。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A9:B9", "A10:F10"],
      numberFormats: { "D4:E9": "0.0", "F4:F9": "0.0%" },
    },
  ],
  // Corrected after measurement (counted failed): the E9 合计 was stated a slip, but docs/rules.md (Rounding) allows the
  // rounding of the figures a sum is computed from, and 0.2 亿元 is within five lines' 0.05 each.
  expect: {
    tables: [
      {
        sheet: "分领域",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "line", D: "adjustedBudget", E: "actual", F: "rate" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "F7", why: "生态保护与发展: 2.9 / 6.2 = 46.8% against 9/12 = 75% as of 2025-09-30: 28.2 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "E9", why: "合计 74.6 against 29.8 + 12.9 + 21.6 + 2.9 + 7.6 = 74.8: five lines shown to 0.1 亿元, each may be off by 0.05, so 0.2 is within their rounding" },
      { rule: "execution.total-mismatch", cell: "D9", why: "100.7 = 38.6 + 17.5 + 28.4 + 6.2 + 10.0" },
      { rule: "execution.rate-mismatch", cell: "F9", why: "74.6 / 100.7 = 74.08% → 74.1%, the 合计 as typed" },
      { rule: "execution.rate-mismatch", cell: "F5", why: "12.9 / 17.5 = 73.71% → 73.7%" },
      { rule: "execution.behind-schedule", cell: "F5", why: "工业及信息化 73.7% is 1.3 points below 75%" },
      { rule: "execution.behind-schedule", cell: "F9", why: "the 合计 row gets no status of its own" },
      { rule: "execution.total-mismatch", cell: "C9", why: "106 = 27 + 20 + 30 + 10 + 19 projects, a count" },
      { rule: "execution.rate-mismatch", why: "开复工率 94.6% in the note is a share of projects (106 of 112), no row's rate" },
      { rule: "execution.overspent", why: "no field has done more than its plan" },
    ],
  },
};
