import type { CorpusLayout } from "../types";

// 青海 西宁—海东都市圈一体化重点项目 1-5月 (人民网青海频道, from 青海省发展和改革委员会): projects started and the year's investment done by the
// four groups the article names, built from its prose — 类别 | 项目个数 | 已开工 | 开工率 | 年度计划投资（亿元） | 1-5月完成投资（亿元） | 年度投资完成率.
export const layout: CorpusLayout = {
  id: "xining-haidong-2024-jan-may-key-projects-progress",
  source: {
    title: "前5月西宁—海东都市圈一体化重点项目开工率达86%（推进情况表据正文拟）",
    url: "https://tw.bg3.co/a/qian-5yue-xi-zhu-hai-dong-du-shi-quan-yi-ti-hua-zhong-dian-xiang-mu-kai-gong-lu-da-86.html",
    publisher: "人民网-青海频道（转载）",
    date: "2024-06-26",
    changes:
      "The article gives the whole in prose (100 projects, 86 started, 开工率86%, 完成投资 and 年度投资完成率) and then the 交通, 基础设施, 特色产业 and " +
      "公共服务 projects in words. The table is built from that: the four groups as rows under a 合计 row, counts, the start rate, the year's planned " +
      "investment, the money done by May and its share, in 亿元. The split by group and every money figure are ours (the count 100 / 86 is the article's). " +
      "Planted: the 合计 rate typed 42.3% where 141.8 / 336.8 = 42.1%; 公共服务项目 at 36.1% of its plan on 5-31 is more than 5 points behind 5/12 = 41.67%.",
  },
  classes: ["execution", "investment-progress", "total-row-first", "count-columns", "start-rate-not-execution", "rates-as-text", "one-decimal-rates", "yiyuan", "as-of-in-heading", "table-from-prose", "metropolitan-key-projects", "qinghai"],
  settings: { district: "青海省", asOf: "2024-05-31" },
  sheets: [
    {
      name: "推进情况",
      widths: [16, 10, 10, 10, 18, 18, 16],
      rows: [
        ["2024年1-5月西宁—海东都市圈一体化重点项目推进情况表（表据正文拟）", null, null, null, null, null, null],
        ["类别", "项目个数（个）", "已开工（个）", "开工率", "年度计划投资（亿元）", "1-5月完成投资（亿元）", "年度投资完成率"],
        ["合计", 100, 86, "86%", 336.8, 141.8, "42.3%"],
        ["交通项目", 22, 20, "90.9%", 118.5, 52.6, "44.4%"],
        ["基础设施项目", 28, 24, "85.7%", 72.3, 27.9, "38.6%"],
        ["特色产业项目", 31, 27, "87.1%", 98.4, 44.1, "44.8%"],
        ["公共服务项目", 19, 15, "78.9%", 47.6, 17.2, "36.1%"],
        ["注：年度投资完成率＝1-5月完成投资÷年度计划投资。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A8:G8"],
      numberFormats: { "E3:F7": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "推进情况", kind: "execution", unit: "亿元", headerRow: 2, lastRow: 7, columns: { A: "line", E: "adjustedBudget", F: "actual", G: "rate" }, year: 2024 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "G3", why: "合计: 141.8 / 336.8 = 42.1%, stated 42.3%" },
      { rule: "execution.behind-schedule", cell: "G7", why: "公共服务项目 17.2 / 47.6 = 36.1% against time progress 5/12 = 41.67% on 5-31: 5.5 points behind" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "G5", why: "基础设施项目 38.6% is 3.1 points behind 41.67%, within 5" },
      { rule: "execution.behind-schedule", cell: "G3", why: "a total row gets no status of its own" },
      { rule: "execution.total-mismatch", cell: "E3", why: "118.5 + 72.3 + 98.4 + 47.6 = 336.8" },
      { rule: "execution.total-mismatch", cell: "F3", why: "52.6 + 27.9 + 44.1 + 17.2 = 141.8" },
      { rule: "execution.rate-mismatch", cell: "D3", why: "开工率 86 / 100 is a count of projects started, no money rate" },
      { rule: "execution.rate-mismatch", cell: "G4", why: "52.6 / 118.5 = 44.4%" },
      { rule: "execution.total-mismatch", cell: "B3", why: "22 + 28 + 31 + 19 = 100 projects, 20 + 24 + 27 + 15 = 86 started: counts, not money" },
      { rule: "input.unreadable-value", cell: "A8", why: "the note under the table is prose" },
    ],
  },
};
