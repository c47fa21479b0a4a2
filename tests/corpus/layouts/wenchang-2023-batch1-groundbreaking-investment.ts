import type { CorpusLayout } from "../types";

// 人民网海南频道 2023-02-06: 文昌 opens 14 projects at the 海南自由贸易港建设项目2023年度第一批集中开工 — 总投资 61.86亿元, 年度计划投资
// 17.45亿元 — by kind: 产业发展 5 (19.17 / 11.12), 民生公共服务 6 (35.59 / 3.63), 基础设施 3 (7.1 / 2.7). Laid out as the summary by kind.
export const layout: CorpusLayout = {
  id: "wenchang-2023-batch1-groundbreaking-investment",
  source: {
    title: "文昌集中开工项目14个 总投资61.86亿元（投资情况表据正文拟）",
    url: "http://0898.net/n2/2023/0206/c231207-40291221.html",
    publisher: "人民网海南频道",
    date: "2023-02-06",
    changes:
      "As published: the batch, its 14 projects, the three kinds with their counts, 总投资 and 年度计划投资, and the projects each kind holds (set in a " +
      "column of their own, shortened). The table is built from the report. Planted: the 合计's 总投资 typed 61.68 where 19.17 + 35.59 + 7.10 = 61.86; " +
      "民生公共服务's 年度计划投资 typed 3.36 (3.63), so its column's lines add to 17.18 against the 合计 17.45.",
  },
  classes: ["composition", "category-lines", "count-column", "two-amount-columns", "annual-plan-beside-total-investment", "project-text-column", "total-at-foot", "two-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "news-report", "county-level", "hainan"],
  settings: { district: "文昌市" },
  sheets: [
    {
      name: "投资情况",
      widths: [6, 20, 60, 10, 12, 14],
      rows: [
        ["文昌市2023年度第一批集中开工项目投资情况表", null, null, null, null, null],
        [null, null, null, null, null, "单位：亿元"],
        ["序号", "项目类别", "主要项目", "项目个数", "总投资", "年度计划投资"],
        ["一", "产业发展项目", "文昌国际航天城科技创新公共平台二期（遥感卫星应用产业综合信息与服务平台、卫星研发中心）、太空实验室文昌基地（一期）、发射区加注供气系统、冯家湾现代化渔业产业园科研中心", 5, 19.17, 11.12],
        ["二", "民生公共服务项目", "铺前消防救援站、文城镇青山岭公墓修建工程（二期）、蓬莱中心幼儿园典昌分园、市级医院建设工程PPP项目、基础教育工程、会文镇沙港村水美乡村工程", 6, 35.59, 3.36],
        ["三", "基础设施项目", "铺前新埠海人工岛围填海项目生态保护修复、月亮湾污水处理工程、文昌国际航天城起步区次干路路网工程（一期）", 3, 7.1, 2.7],
        ["合计", null, null, 14, 61.68, 17.45],
        ["注：海南自由贸易港建设项目2023年度第一批集中开工文昌分会场，2023年2月6日。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A7:C7", "A8:F8"],
      numberFormats: { "E4:F7": "0.00" },
    },
  ],
  expect: {
    tables: [
      // Corrected after the hundred-and-twenty-first holdout's measurement (counted failed): stated at first with 总投资 as the
      // amount. The corpus reads a plan's investment for the year as its amount, 总投资 a further column
      // (nanchang-2022-provincial-key-projects, hainan-2023-ftp-batch2-project-starts-by-type).
      { sheet: "投资情况", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 7, columns: { B: "line", D: "quantity", E: "amount:总投资", F: "amount" }, year: 2023 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E7", why: "总投资 合计 61.68; 19.17 + 35.59 + 7.10 = 61.86: 0.18亿元 apart" },
      { rule: "composition.total-mismatch", cell: "F7", why: "年度计划投资 合计 17.45; 11.12 + 3.36 + 2.70 = 17.18: 0.27亿元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D7", why: "5 + 6 + 3 = 14 projects" },
      { rule: "composition.total-mismatch", cell: "E4", why: "the 年度计划投资 is the year's part of the investment, never a part adding up to 总投资 across the row" },
      { rule: "composition.line-mismatch", why: "no unit amount: the counts are not multiplied" },
      { rule: "composition.total-mismatch", cell: "A8", why: "the note is no line" },
    ],
  },
};
