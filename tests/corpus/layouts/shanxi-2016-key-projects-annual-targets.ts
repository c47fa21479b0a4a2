import type { CorpusLayout } from "../types";

// 山西省政府 2016-03-04 (环渤海财经转载): 全省重点工程工作年度目标任务 — 储备 120787亿元, 签约 18000, 落地 13800, 开工 11500,
// 完成投资 11500 其中省重点工程 2872, 投产 11500; 637 projects in 11 classes. Laid out as a stage-by-stage target list in 亿元.
export const layout: CorpusLayout = {
  id: "shanxi-2016-key-projects-annual-targets",
  source: {
    title: "2016年全省重点工程目标任务发布（年度目标任务表据正文拟）",
    url: "http://hbhcj.cn/news/2016/0309/82266.html",
    publisher: "山西省人民政府（环渤海财经转载）",
    date: "2016-03-09",
    changes:
      "The figures are the report's own (储备 120787, 签约 18000, 落地 13800, 开工 11500, 完成投资 11500 其中 省重点 2872, 投产 11500亿元); no table is shown, " +
      "so the grid (序号 | 目标任务 | 金额, the 其中 line, the note of 637 projects in 11 classes) is built from the prose. Nothing planted: the stages are " +
      "not parts of one whole and carry no 合计 (clean).",
  },
  classes: ["composition", "stage-targets", "no-total-row", "qizhong-line", "yiyuan-caption", "whole-yiyuan", "notes-under-table", "table-from-prose", "news-report", "province-level", "clean", "shanxi"],
  sheets: [
    {
      name: "目标任务",
      widths: [6, 36, 14],
      rows: [
        ["2016年全省重点工程工作年度目标任务（表据正文拟）", null, null],
        [null, null, "单位：亿元"],
        ["序号", "目标任务", "金额"],
        [1, "储备项目投资总额（动态保持）", 120787],
        [2, "签约项目投资总额", 18000],
        [3, "落地项目投资总额", 13800],
        [4, "开工项目投资总额", 11500],
        [5, "重点工程建设完成投资", 11500],
        [null, "  其中：省重点工程建设完成投资", 2872],
        [6, "投产项目投资总额", 11500],
        ["注：2016年省重点工程项目637个，包括铁路、公路、水利、外送电通道和电网工程建设、低热值煤发电、煤层气、节能环保、科技创新城、新兴产业、城乡人居环境、其他共11大类。", null, null],
      ],
      merges: ["A1:C1", "A11:C11"],
      numberFormats: { "C4:C10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "目标任务", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 10, columns: { B: "line", C: "amount" }, year: 2016 },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "C8", why: "完成投资 11500 is no total of its 其中 省重点 2872: a 其中 is a part, not the whole" },
      { rule: "composition.total-mismatch", cell: "C4", why: "储备 120787 is a stage, not the sum of the stages under it" },
      { rule: "composition.total-mismatch", cell: "A11", why: "637 projects and 11 classes are the note's prose" },
      { rule: "composition.line-mismatch", why: "no line has a unit amount or quantity" },
    ],
  },
};
