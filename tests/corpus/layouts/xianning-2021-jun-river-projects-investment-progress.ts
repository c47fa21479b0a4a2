import type { CorpusLayout } from "../types";

// 咸宁市水利和湖泊局 2021-06-25: progress of the city's rivers under construction (中小河流治理, one 重点县 project) — 下达资金 with its
// sources 中央资金 | 市级资金 | 县级配套 under a merged 其中, 完成投资 and 投资完成率 as whole percentages typed as text, as of late June.
export const layout: CorpusLayout = {
  id: "xianning-2021-jun-river-projects-investment-progress",
  source: {
    title: "2021年6月份在建中小河流、重点县项目进度情况（进度表据正文拟）",
    url: "http://slj.xianning.gov.cn/xxgk/xxgkml/tjsj/202106/t20210625_2346817.shtml",
    publisher: "咸宁市水利和湖泊局",
    date: "2021-06-25",
    changes:
      "The page gives the progress in prose, one paragraph per project; the table is ours (表据正文拟): the six projects in the page's order and wording, " +
      "the money sent down and its sources where the page states them (淦河 8,998 = 6,500 + 2,000 + 498; 余码河 2,030 = 1,419 + 611; 新店河 2,040 = " +
      "1,540 + 500), the investment completed and the page's whole-percent rates (73%, 75%, 79%, 76%, 100%, 100%). Ours: the money for the three " +
      "projects the page gives only a completion for (通山 1,600, 通城 1,437, 余花 1,290, so that their stated rates hold) and their sources, the 合计 row, " +
      "the 备注 texts. Planted: 赤壁's rate typed 67% (1,545 / 2,040 = 75.74%, the page's 76%); 下达资金's 合计 typed 17,359 where the lines add up to 17,395.",
  },
  classes: [
    "execution", "investment-progress", "sources-under-merged-header", "two-header-rows", "row-total-column", "dash-for-nothing", "rates-as-text",
    "whole-percent-rates", "as-of-in-title", "remark-column", "total-at-foot", "wanyuan-caption", "table-from-prose", "city-level", "hubei",
  ],
  settings: { district: "咸宁市", asOf: "2021-06-25" },
  sheets: [
    {
      name: "进度情况",
      widths: [6, 34, 10, 10, 10, 10, 10, 10, 26],
      rows: [
        ["2021年6月份在建中小河流、重点县项目进度情况表", null, null, null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null, null, null],
        ["序号", "项目名称", "下达资金", "其中", null, null, "完成投资", "投资完成率", "备注"],
        [null, null, null, "中央资金", "市级资金", "县级配套", null, null, null],
        [1, "咸宁市咸安区淦河系统治理工程", 8998, 6500, 2000, 498, 6580, "73%", "一期完成投资5750万元，二期完成830万元"],
        [2, "通山县横石河刘家岭段治理工程", 1600, 1200, "—", 400, 1200, "75%", "2020年10月10日开工"],
        [3, "嘉鱼县余码河二期综合治理工程", 2030, 1419, "—", 611, 1600, "79%", null],
        [4, "赤壁市新店河羊楼洞段治理工程", 2040, 1540, "—", 500, 1545, "67%", "10月1日开工"],
        [5, "通城县菖蒲港关刀镇段治理工程", 1437, 1100, "—", 337, 1437, "100%", "8月27日开工"],
        [6, "咸安区余花项目区工程（重点县）", 1290, 1000, "—", 290, 1290, "100%", "近期开工"],
        ["合计", null, 17359, 12759, 2000, 2636, 13652, "78%", null],
      ],
      merges: ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "H3:H4", "I3:I4", "A11:B11"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "进度情况",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: {
          B: "line", C: "adjustedBudget", D: "adjustedBudget:中央", E: "adjustedBudget:市级", F: "adjustedBudget:县级", G: "actual", H: "rate",
        },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "H8", why: "赤壁 1,545 / 2,040 = 75.74% (76% at whole percents); stated 67%" },
      {
        rule: "execution.total-mismatch",
        cell: "C11",
        why: "下达资金 8,998 + 1,600 + 2,030 + 2,040 + 1,437 + 1,290 = 17,395; 合计 17,359: 36万元 apart (with 17,395 the row agrees: 12,759 + 2,000 + 2,636)",
      },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "H11", why: "13,652 / 17,395 (the lines' sum) = 78.48% → 78%; the 合计's budget slip is reported once, at C11" },
      { rule: "execution.rate-mismatch", cell: "H7", why: "1,600 / 2,030 = 78.82% → 79%" },
      { rule: "execution.total-mismatch", cell: "C5", why: "8,998 = 6,500 + 2,000 + 498" },
      { rule: "execution.total-mismatch", cell: "D11", why: "中央 6,500 + 1,200 + 1,419 + 1,540 + 1,100 + 1,000 = 12,759" },
      { rule: "execution.total-mismatch", cell: "F11", why: "县级 498 + 400 + 611 + 500 + 337 + 290 = 2,636" },
      { rule: "execution.total-mismatch", cell: "G11", why: "完成投资 6,580 + 1,200 + 1,600 + 1,545 + 1,437 + 1,290 = 13,652" },
      { rule: "execution.overspent", cell: "G9", why: "通城 1,437 of 1,437: all of it, not above" },
      { rule: "execution.behind-schedule", why: "as of June, time progress 6/12 = 50%; the lowest rate, 73%, is ahead of it" },
      { rule: "input.unreadable-value", cell: "E6", why: "— under 市级资金 means none" },
    ],
  },
};
