import type { CorpusLayout } from "../types";

// 中国开发区协会 (from 西安开发区) 2021-09-02: 西安经开区 passed the mid-term review of the third batch of 国家中小企业创新创业升级特色载体 and gets the
// second 1,500万元 of the central award; 18 firms put forward 21 projects, 总投资21.4亿元 — 16 创新平台, 3 工业互联网平台, 1 众创空间及孵化器,
// 1 公共服务平台 — and a first 2,500万元 was paid on contracts. Set out as the summary by kind of project: 序号 | 项目类别 | 项目个数 | 总投资 | 支持资金.
export const layout: CorpusLayout = {
  id: "xian-econ-zone-2021-sme-carrier-projects",
  source: {
    title: "中央财政全额奖励！西安开发区这一项目顺利通过国家中期评估（分类汇总表据正文拟）",
    url: "https://www.cadz.org.cn/index.php/news/info/id/35680.html",
    publisher: "中国开发区协会（来源：西安开发区）",
    date: "2021-09-02",
    changes:
      "The report gives the four kinds of project and their counts (16 + 3 + 1 + 1 = 21), the 21.4亿元 of investment and the 2,500万元 first " +
      "payment, not any table. The summary (序号 | 项目类别 | 项目个数 | 总投资 | 支持资金, 单位：个、万元, 合计 at the foot, the first payment as a " +
      "note) is ours, as are the kinds' investment and support (they keep 214,000万元). Planted: the 支持资金 foot typed 5,200 where " +
      "3,860 + 720 + 180 + 240 = 5,000.",
  },
  classes: [
    "composition", "by-kind-of-project", "count-column", "count-and-money-caption", "two-money-columns", "whole-wanyuan",
    "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "development-zone", "shaanxi",
  ],
  settings: { district: "西安经济技术开发区" },
  sheets: [
    {
      name: "分类汇总",
      widths: [6, 24, 10, 14, 14],
      rows: [
        ["西安经开区打造大中小企业融通型特色载体项目分类汇总表", null, null, null, null],
        [null, null, null, null, "单位：个、万元"],
        ["序号", "项目类别", "项目个数", "总投资", "支持资金"],
        [1, "创新平台项目", 16, 168600, 3860],
        [2, "工业互联网平台项目", 3, 31200, 720],
        [3, "众创空间及孵化器项目", 1, 8400, 180],
        [4, "公共服务平台项目", 1, 5800, 240],
        ["合计", null, 21, 214000, 5200],
        ["注：已与项目实施单位签订项目合同书，拨付第一笔支持资金2,500万元。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:B8", "A9:E9"],
      numberFormats: { "D4:E8": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分类汇总",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { B: "line", D: "amount:总投资", E: "amount" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "分类汇总", cell: "E8", why: "支持资金 foot 5,200; its lines 3,860 + 720 + 180 + 240 = 5,000 (200 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "分类汇总", cell: "D8", why: "总投资 168,600 + 31,200 + 8,400 + 5,800 = 214,000" },
      { rule: "composition.total-mismatch", sheet: "分类汇总", cell: "C8", why: "counts 16 + 3 + 1 + 1 = 21, counted, never money" },
      { rule: "composition.approved-mismatch", why: "the 2,500万元 in the note is a first payment, no approved budget for the lines" },
      { rule: "input.unreadable-value", sheet: "分类汇总", cell: "A9", why: "the note is no line" },
    ],
  },
};
