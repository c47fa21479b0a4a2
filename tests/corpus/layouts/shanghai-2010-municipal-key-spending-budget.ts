import type { CorpusLayout } from "../types";

// 关于上海市2009年预算执行情况和2010年预算草案的报告 (中国网 2010-04): the 2010 municipal budget's key lines, each as 市本级支出 plus 市对区县补助支出
// giving 市级支出合计 — 农林水事务 49.8 + 12.8 = 62.6亿元, 教育 117.9 + 38.3 = 156.2亿元 — in prose; set out as a budget-only table by level.
export const layout: CorpusLayout = {
  id: "shanghai-2010-municipal-key-spending-budget",
  source: {
    title: "关于上海市2009年预算执行情况和2010年预算草案的报告（市级重点支出预算安排表据正文拟）",
    url: "http://cn.chinagate.cn/infocus/2010-04/13/content_19806732_3.htm",
    publisher: "上海市财政局（中国网转载）",
    date: "2010-04-13",
    changes:
      "The report gives, line by line in prose, the 市本级 budget, the 市对区县补助 and the 市级支出合计; the 农林水事务 (49.8 / 12.8 / 62.6) and 教育 " +
      "(117.9 / 38.3 / 156.2) figures are as published, the other five lines and the 合计 row are ours. Laid out as 项目 | 市本级支出 | 市对区县补助支出 | " +
      "市级支出合计 in 亿元. Planted: 城乡社区事务's 合计 typed 147.2 where 96.7 + 40.5 = 137.2, so the 合计 column's foot 948.1 misses its typed lines " +
      "(958.1).",
  },
  classes: [
    "execution", "budget-only", "budget-by-level", "row-total-column", "total-at-foot", "one-decimal-yiyuan", "yiyuan-caption",
    "notes-under-table", "table-from-prose", "report-as-prose", "municipal-budget", "shanghai",
  ],
  settings: { district: "上海市" },
  sheets: [
    {
      name: "市级重点支出",
      widths: [20, 14, 18, 16],
      rows: [
        ["2010年上海市市级重点支出预算安排表", null, null, null],
        ["单位：亿元", null, null, null],
        ["项目", "市本级支出", "市对区县补助支出", "市级支出合计"],
        ["教育", 117.9, 38.3, 156.2],
        ["科学技术", 180.6, 9.2, 189.8],
        ["社会保障和就业", 142.5, 36.4, 178.9],
        ["医疗卫生", 58.3, 14.6, 72.9],
        ["城乡社区事务", 96.7, 40.5, 147.2],
        ["农林水事务", 49.8, 12.8, 62.6],
        ["交通运输", 128.4, 22.1, 150.5],
        ["合计", 774.2, 173.9, 948.1],
        ["注：市本级支出中按法定增长口径安排的教育、农业支出增幅均高于财政经常性收入增幅0.4个百分点，达到法定增长要求。", null, null, null],
      ],
      merges: ["A1:D1", "A2:D2", "A12:D12"],
      numberFormats: { "B4:D11": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "市级重点支出",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "line", B: "initialBudget:市本级支出", C: "initialBudget:市对区县补助支出", D: "initialBudget" },
        year: 2010,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D8", why: "城乡社区事务: 市级支出合计 147.2, but 96.7 + 40.5 = 137.2 (10.0 apart)" },
      { rule: "execution.total-mismatch", cell: "D11", why: "合计 948.1; the 市级支出合计 lines as typed add up to 156.2 + 189.8 + 178.9 + 72.9 + 147.2 + 62.6 + 150.5 = 958.1" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B11", why: "市本级 117.9 + 180.6 + 142.5 + 58.3 + 96.7 + 49.8 + 128.4 = 774.2" },
      { rule: "execution.total-mismatch", cell: "C11", why: "补助 38.3 + 9.2 + 36.4 + 14.6 + 40.5 + 12.8 + 22.1 = 173.9" },
      { rule: "execution.total-mismatch", cell: "D9", why: "农林水事务 49.8 + 12.8 = 62.6, as published; 教育 117.9 + 38.3 = 156.2 likewise" },
      { rule: "execution.no-spending", why: "a budget-only table: no spending column, nothing is unspent" },
      { rule: "execution.behind-schedule", why: "a budget-only table has no rate" },
      { rule: "input.unreadable-value", cell: "A12", why: "the note under the table" },
    ],
  },
};
