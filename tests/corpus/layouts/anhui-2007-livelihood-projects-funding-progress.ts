import type { CorpusLayout } from "../types";

// 安徽省财政厅 2007-08: the twelve 民生工程's money as of 8月20日 — 年筹资总额 by source (中央补助, 省级财政安排, 市县承担) beside 累计拨付
// and 拨付进度, in 亿元, 合计 first; 序时进度 not stated (8 of 12 months = 66.67%).
export const layout: CorpusLayout = {
  id: "anhui-2007-livelihood-projects-funding-progress",
  source: {
    title: "安徽12项民生工程已拨付资金46.3亿元（资金拨付进度表据报道拟）",
    url: "http://cn.chinagate.cn/society/2007-08/31/content_8777972.htm",
    publisher: "安徽省财政厅（新闻发布会，中国网转载）",
    date: "2007-08-31",
    changes:
      "The report gives the year's money (73.6亿元: 中央 29.7, 省级 29.5, 市县 14.4), the money paid by 8月20日 (46.3亿元, \"占年筹资总额的67.1%\", of it " +
      "中央 16.6 and 省级 22.9). The table (资金来源 | 年筹资总额 | 累计拨付 | 拨付进度, 单位：亿元, caption 截至2007年8月20日) is laid out from it. The " +
      "published share does not fit its own figures (46.3 / 73.6 = 62.9%); our 累计拨付 are ours (49.4 in all, 市县 9.9) so that 67.1% holds. Planted: " +
      "the 省级 拨付进度 typed 73.6% where 22.9 / 29.5 = 77.6%; 中央 at 55.9% is behind the 66.67% of August as published.",
  },
  classes: ["execution", "disbursement-progress", "money-by-level", "as-of-in-caption", "total-row-first", "rates-as-text", "one-decimal-rates", "one-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "news-report", "province-level", "anhui"],
  settings: { asOf: "2007-08-20", district: "安徽省" },
  sheets: [
    {
      name: "拨付进度",
      widths: [22, 14, 12, 12],
      rows: [
        ["2007年全省12项民生工程资金拨付进度表", null, null, null],
        ["截至2007年8月20日", null, null, "单位：亿元"],
        ["资金来源", "年筹资总额", "累计拨付", "拨付进度"],
        ["合计", 73.6, 49.4, "67.1%"],
        ["中央补助资金", 29.7, 16.6, "55.9%"],
        ["省级财政安排资金", 29.5, 22.9, "73.6%"],
        ["市县承担资金", 14.4, 9.9, "68.8%"],
        ["注：12项民生工程共需筹集资金73.6亿元，其中拟中央补助资金29.7亿元，省级财政安排资金29.5亿元，市县承担14.4亿元。", null, null, null],
      ],
      merges: ["A1:D1", "A2:C2", "A8:D8"],
      numberFormats: { "B4:C7": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拨付进度",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2007,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "省级: 22.9 / 29.5 = 77.63%, shown 73.6%" },
      { rule: "execution.behind-schedule", cell: "C5", why: "中央: 16.6 / 29.7 = 55.9%, below the 66.67% of August (8/12) by 10.8 points" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "29.7 + 29.5 + 14.4 = 73.6; 16.6 + 22.9 + 9.9 = 49.4" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "49.4 / 73.6 = 67.12% → 67.1%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "9.9 / 14.4 = 68.75% → 68.8%" },
      { rule: "execution.behind-schedule", cell: "C4", why: "a total row gets no spending status of its own (67.1% is on time anyway)" },
      { rule: "execution.behind-schedule", cell: "C7", why: "市县 68.8% is above 66.67%" },
    ],
  },
};
