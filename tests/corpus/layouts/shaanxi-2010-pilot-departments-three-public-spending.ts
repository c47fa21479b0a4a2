import type { CorpusLayout } from "../types";

// 陕西: the ten 省级部门 that piloted budget disclosure in 2011 published their 2010 “三公” spending — 合计 first, then
// 因公出国（境）费 | 公务用车购置及运行费 | 公务接待费 by department. Laid out as a department table from the report.
export const layout: CorpusLayout = {
  id: "shaanxi-2010-pilot-departments-three-public-spending",
  source: {
    title: "陕西省10部门公布2010年“三公”支出 省交通运输厅最多（支出情况表据报道拟）",
    url: "http://www.fyzhizao.com/news/15216.htm",
    publisher: "转载（陕西省财政厅公布数据）",
    date: "2011-08",
    changes:
      "As published: the ten pilot departments (省商务厅、省科技厅、省农业厅、省民政厅、省交通运输厅、省司法厅、省住房和城乡建设厅、省体育局、省统计局、陕西省行政学院), " +
      "the three kinds of spending, 省交通运输厅's 63.79 | 974.64 | 382.88 = 1,421.31万元, 陕西省行政学院's 16 | 122 | 26 = 164万元, 省商务厅's 出国 213.35万元. " +
      "Ours: the table (built from the report: 序号 | 部门 | 合计 | three parts), the other departments' figures, the 合计 row and the note. " +
      "Planted: 省农业厅's 合计 typed 395.00 while its parts add to 385.00; the 合计 row states the true 3,483.76, so the column's foot also differs from the lines as typed (3,493.76).",
  },
  classes: ["composition", "three-public-spending", "by-department", "total-column-first", "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "past-year", "shaanxi"],
  settings: { district: "陕西省" },
  sheets: [
    {
      name: "三公经费",
      widths: [6, 24, 12, 16, 20, 14],
      rows: [
        ["2010年陕西省预算公开试点部门“三公”经费支出情况表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "部门", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
        [1, "省商务厅", 457.95, 213.35, 96.4, 148.2],
        [2, "省科技厅", 166.4, 42.1, 88.6, 35.7],
        [3, "省农业厅", 395.0, 18.5, 305.2, 61.3],
        [4, "省民政厅", 183.2, 12.0, 142.8, 28.4],
        [5, "省交通运输厅", 1421.31, 63.79, 974.64, 382.88],
        [6, "省司法厅", 187.0, 8.6, 156.3, 22.1],
        [7, "省住房和城乡建设厅", 199.0, 25.4, 118.7, 54.9],
        [8, "省体育局", 169.5, 31.2, 97.5, 40.8],
        [9, "省统计局", 150.4, 9.8, 110.2, 30.4],
        [10, "陕西省行政学院", 164.0, 16.0, 122.0, 26.0],
        ["合计", null, 3483.76, 440.74, 2212.34, 830.68],
        ["注：“三公”经费指用财政拨款开支的因公出国（境）费、公务用车购置及运行费和公务接待费。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A14:B14", "A15:F15"],
      numberFormats: { "C4:F14": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "line", C: "amount", D: "amount:因公出国（境）费", E: "amount:公务用车购置及运行费", F: "amount:公务接待费" },
        year: 2010,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C6", why: "省农业厅: 合计 395.00; 18.50 + 305.20 + 61.30 = 385.00: 10.00万元 apart" },
      { rule: "composition.total-mismatch", cell: "C14", why: "合计 column's foot 3,483.76; its lines as typed add to 3,493.76 (省农业厅 counted at 395.00): 10.00万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D14", why: "出国 parts add to 440.74; 公务用车 2,212.34; 接待 830.68 — all as stated" },
      { rule: "composition.total-mismatch", cell: "C8", why: "省交通运输厅: 63.79 + 974.64 + 382.88 = 1,421.31, as published" },
      { rule: "execution.behind-schedule", why: "no budget: spending alone, and 三公 lines are ceilings anyway" },
      { rule: "execution.no-spending", why: "no budget column" },
    ],
  },
};
