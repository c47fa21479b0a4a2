import type { CorpusLayout } from "../types";

// 萍乡市芦溪县宣风镇 2020: the town's time-reversed schedule of its 2020 重大产业项目 — 凤栖小镇核心区 30亿元 planned, 21亿元 done by May (70%);
// 5 signed projects 65.5亿元 planned, 27.5亿元 done (42%), "其余项目均在序时进度之内". The page is a short report; laid out as the town's
// 推进情况表 with a 序时进度 column (表据正文拟).
export const layout: CorpusLayout = {
  id: "xuanfeng-2020-major-industry-projects-may-progress",
  source: {
    title: "宣风镇重大产业项目推进良好（2020年度重大产业项目推进情况表据正文拟）",
    url: "http://arkombiservisi.com/portal.php?aid=33206&mod=view",
    publisher: "芦溪县宣风镇 (report, reposted)",
    date: "2020-06",
    changes:
      "As published: 凤栖小镇核心区 30亿元 / 21亿元 / 70%, the 德凯车灯 project, 会展交易中心, 农产品共享平台, 高标准农田 and the May cut-off. " +
      "Ours: the table's form, every other figure and line. Planted: 会展交易中心 nothing done by May (0 of 12亿元); 农产品共享平台 25% against a " +
      "序时进度 of 41.67% (5/12); 锂电新材料项目's rate typed 54% (3.6 / 8 = 45%).",
  },
  classes: ["execution", "investment-progress", "time-progress-column", "yiyuan-caption", "percent-format", "total-at-foot", "notes-under-table", "as-of-month", "table-from-prose", "town-fund", "jiangxi"],
  settings: { district: "芦溪县", asOf: "2020-05-31" },
  sheets: [
    {
      name: "推进情况",
      widths: [6, 34, 14, 16, 14, 12, 16],
      rows: [
        ["宣风镇2020年度重大产业项目推进情况表（截至5月底）", null, null, null, null, null, null],
        ["单位：亿元", null, null, null, null, null, null],
        ["序号", "项目名称", "2020年计划投资", "1-5月完成投资", "完成年计划%", "序时进度", "备注"],
        [1, "凤栖小镇核心区项目", 30, 21, 0.7, 0.4167, "核心区建设"],
        [2, "江西德凯车灯有限公司新建100万套车灯项目", 8, 5.6, 0.7, 0.4167, "已投产"],
        [3, "高标准农田建设项目", 1.5, 1.2, 0.8, 0.4167, "扫尾阶段"],
        [4, "会展交易中心项目", 12, 0, 0, 0.4167, null],
        [5, "农产品共享平台项目", 6, 1.5, 0.25, 0.4167, null],
        [6, "锂电新材料项目", 8, 3.6, 0.54, 0.4167, null],
        ["合计", null, 65.5, 32.9, 0.5023, 0.4167, null],
        ["注：序时进度按月计算，截至5月为5/12。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:G2", "A10:B10", "A11:G11"],
      numberFormats: { "E4:F10": "0.00%", "C4:D10": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "推进情况", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 10, columns: { A: "code", B: "line", C: "adjustedBudget", D: "actual", E: "rate", F: "progress" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.no-spending", cell: "D7", why: "会展交易中心: 12亿元 planned, 0 done by the end of May (time progress 5/12)" },
      { rule: "execution.behind-schedule", cell: "E8", why: "农产品共享平台 1.5 / 6 = 25% against 41.67%: 16.67 points behind" },
      { rule: "execution.rate-mismatch", cell: "E9", why: "锂电新材料 3.6 / 8 = 45%; typed 54%" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "E4", why: "70% against 41.67%: ahead" },
      { rule: "execution.behind-schedule", cell: "E9", why: "45% actually done against 41.67%: ahead (only its typed rate is wrong)" },
      { rule: "execution.total-mismatch", cell: "C10", why: "30 + 8 + 1.5 + 12 + 6 + 8 = 65.5" },
      { rule: "execution.total-mismatch", cell: "D10", why: "21 + 5.6 + 1.2 + 0 + 1.5 + 3.6 = 32.9" },
      { rule: "execution.rate-mismatch", cell: "E10", why: "32.9 / 65.5 = 50.229% rounds to 50.23%" },
      { rule: "execution.behind-schedule", cell: "E10", why: "a total row gets no spending status" },
      { rule: "input.unreadable-value", why: "the remarks and the note are text" },
    ],
  },
};
