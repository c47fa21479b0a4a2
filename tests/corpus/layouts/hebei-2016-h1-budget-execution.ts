import type { CorpusLayout } from "../types";

// 河北省财政厅 via 河北新闻网 2016-07-09: the province's first half — 全部财政收入 2,397亿元, 一般公共预算收入 1,603.8亿元 at 56.6%
// of budget (6.6 points ahead of 时间进度), spending 2,911.4亿元 at 53.5%, the fast-growing lines (科学技术, 节能环保, 城乡社区) and
// the cities' revenue at 58.3%. Laid out as the table those figures make, in 亿元: 年度预算 | 1-6月完成 | 占预算% | 时间进度 |
// 比上年同期增长%, with the spending lines under a 其中.
export const layout: CorpusLayout = {
  id: "hebei-2016-h1-budget-execution",
  source: {
    title: "上半年河北一般公共预算收入和支出均“双过半”（2016年1-6月全省财政预算执行情况；表据正文拟）",
    url: "http://district.ce.cn/newarea/roll/201607/09/t20160709_13663397.shtml",
    publisher: "河北省财政厅（河北新闻网、中国经济网转载）",
    date: "2016-07-09",
    changes:
      "The release gives its figures in prose: 全部财政收入 2397亿元 增长12.8%; 一般公共预算收入 1603.8亿元 占预算56.6% 超过时间进度6.6个百分点 " +
      "增长15.5%; 支出 2911.4亿元 占预算53.5% 超过时间进度3.5个百分点 增长19.8%; 科学技术、节能环保、城乡社区 增长42%、41.8%、34.8%; " +
      "市级一般公共预算收入 1363.3亿元 占预算58.3% 增长18.7%. Those figures are kept; the table (columns, caption, 时间进度 50.0% per row, " +
      "the note), the budgets (chosen so the published shares hold) and the other lines (教育, 农林水, 社会保障和就业 and the three lines' " +
      "amounts) are ours. Planted: 教育支出 stated 55.1% where 505.2 / 980 = 51.6%; 农林水支出 at 39.1% against a 时间进度 of 50.0%.",
  },
  classes: ["execution", "revenue-and-spending", "as-of-in-title", "mid-year", "progress-column", "time-progress-heading", "qizhong-lines", "qizhong-only-some", "wider-measure-first", "dash-as-nothing", "growth-rate-column", "yiyuan", "one-decimal-rates", "rates-as-text", "notes-under-table", "hebei"],
  settings: { asOf: "2016-06-30" },
  sheets: [
    {
      name: "执行情况",
      widths: [30, 12, 12, 12, 12, 16],
      rows: [
        ["2016年1-6月河北省财政预算执行情况表", null, null, null, null, null],
        [null, null, null, null, null, "单位：亿元"],
        ["项目", "年度预算", "1-6月完成", "占预算%", "时间进度", "比上年同期增长%"],
        ["全部财政收入", "—", 2397, "—", "—", "12.8%"],
        ["一般公共预算收入", 2834, 1603.8, "56.6%", "50.0%", "15.5%"],
        ["　其中：市级一般公共预算收入", 2338, 1363.3, "58.3%", "50.0%", "18.7%"],
        ["一般公共预算支出", 5442, 2911.4, "53.5%", "50.0%", "19.8%"],
        ["　其中：教育支出", 980, 505.2, "55.1%", "50.0%", "9.6%"],
        ["　　　　科学技术支出", 62, 33.8, "54.5%", "50.0%", "42.0%"],
        ["　　　　节能环保支出", 168, 93.1, "55.4%", "50.0%", "41.8%"],
        ["　　　　城乡社区支出", 410, 218.6, "53.3%", "50.0%", "34.8%"],
        ["　　　　农林水支出", 690, 270.1, "39.1%", "50.0%", "6.2%"],
        ["　　　　社会保障和就业支出", 720, 384.5, "53.4%", "50.0%", "11.3%"],
        ["注：全部财政收入包括一般公共预算收入和上划中央收入，不编列年度预算；时间进度按半年50%计算。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A14:F14"],
      numberFormats: { "B4:C13": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "执行情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate", E: "progress" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D8", why: "教育支出 505.2 / 980 = 51.55%, shown 51.6% would agree; stated 55.1%" },
      { rule: "execution.behind-schedule", cell: "D12", why: "农林水支出 270.1 / 690 = 39.1% against 时间进度 50.0%: 10.9 points behind (tolerance 5)" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D5", why: "1,603.8 / 2,834 = 56.59%, shown 56.6%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "1,363.3 / 2,338 = 58.31%, shown 58.3%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "2,911.4 / 5,442 = 53.50%, shown 53.5%" },
      { rule: "execution.rate-mismatch", cell: "D11", why: "218.6 / 410 = 53.32%, shown 53.3%" },
      { rule: "execution.rate-mismatch", cell: "F5", why: "比上年同期增长% is growth on 2015's first half, not an execution rate" },
      { rule: "execution.total-mismatch", cell: "C7", why: "the 其中 spending lines (505.2 + 33.8 + 93.1 + 218.6 + 270.1 + 384.5 = 1,505.3) are only some of 2,911.4: not summed" },
      { rule: "execution.total-mismatch", cell: "B7", why: "budgets of the 其中 lines (3,030) are only some of 5,442" },
      { rule: "execution.total-mismatch", cell: "C5", why: "市级 is the one 其中 line of 一般公共预算收入: only part of it" },
      { rule: "execution.total-mismatch", cell: "C4", why: "全部财政收入 is a wider measure (with 上划中央收入), not the sum of the rows under it" },
      { rule: "execution.behind-schedule", cell: "D8", why: "教育's true 51.6% is ahead of 50.0% (its stated rate is the finding)" },
      { rule: "execution.behind-schedule", cell: "D4", why: "全部财政收入 has no budget (—) and no rate" },
      { rule: "execution.overspent", why: "every line is within its budget" },
      { rule: "execution.no-spending", why: "every budgeted line has spent" },
      { rule: "input.unreadable-value", why: "— marks nothing; rates written 56.6% are numbers; the note is text" },
    ],
  },
};
