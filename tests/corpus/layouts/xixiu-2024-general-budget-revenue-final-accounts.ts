import type { CorpusLayout } from "../types";

// 安顺市西秀区 2025-08-20: 2024年财政预算执行情况 (决算公开). The report gives the 2024 一般公共预算收入 — 200,297万元, +3.76% — with its
// 税收 and 非税 parts and the main taxes one by one, each with its change on the year. Laid out as the 收入决算表 such reports attach:
// 项目 | 2024年决算数 | 2023年决算数 | 增长% , 合计 first, 一、二、 parts as subtotals with their items under them.
export const layout: CorpusLayout = {
  id: "xixiu-2024-general-budget-revenue-final-accounts",
  source: {
    title: "西秀区2024年财政预算执行情况和2025年财政预算草案（一般公共预算收入决算表据正文拟）",
    url: "https://www.xixiu.gov.cn/web2023/zwgk/zdlyxxgk/czsj/czzj/qzfyjs/202508/t20250820_88494693.html",
    publisher: "安顺市西秀区财政局",
    date: "2025-08-20",
    changes:
      "Kept from the report: 一般公共预算收入 200,297 (+3.76%), 税收收入 73,567 (−1.81%), 非税收入 126,730 (+7.3%) and the seven taxes it names " +
      "(增值税 … 印花税) with their changes. The report is prose: the grid is ours (表据正文拟), and so are the four further taxes, the five 非税 " +
      "lines and every 2023 figure, chosen so that each change the report states still holds. Planted: the 税收收入 subtotal typed 73,657 where " +
      "its eleven taxes add up to 73,567 (the 合计 200,297 agrees with the lines).",
  },
  classes: ["execution", "final-accounts", "revenue-lines", "spending-only", "last-year-column", "growth-column", "total-row-first", "part-subtotals", "chinese-numbered-parts", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "district-report", "guizhou"],
  settings: { district: "安顺市西秀区" },
  sheets: [
    {
      name: "收入决算",
      widths: [30, 16, 16, 12],
      rows: [
        ["西秀区2024年一般公共预算收入决算表（表据正文拟）", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "2024年决算数", "2023年决算数", "增长%"],
        ["一般公共预算收入合计", 200297, 193033, 3.76],
        ["一、税收收入", 73657, 74926, -1.81],
        ["增值税", 27091, 27762, -2.42],
        ["企业所得税", 6998, 7912, -11.55],
        ["个人所得税", 2545, 2711, -6.12],
        ["资源税", 1204, 461, 161.17],
        ["城市维护建设税", 7125, 7298, -2.37],
        ["房产税", 6708, 5992, 11.95],
        ["印花税", 1586, 1728, -8.22],
        ["城镇土地使用税", 5830, 6214, -6.18],
        ["土地增值税", 4216, 4870, -13.43],
        ["耕地占用税", 1372, 1689, -18.77],
        ["契税", 8892, 8289, 7.27],
        ["二、非税收入", 126730, 118107, 7.3],
        ["专项收入", 21460, 20118, 6.67],
        ["行政事业性收费收入", 9382, 9907, -5.3],
        ["罚没收入", 7415, 6842, 8.37],
        ["国有资源（资产）有偿使用收入", 84683, 78566, 7.79],
        ["其他收入", 3790, 2674, 41.74],
        ["注：资源税增幅较大，主要是煤炭行业有所复苏。", null, null, null],
      ],
      merges: ["A1:D1", "A23:D23"],
      numberFormats: { "B4:C22": "#,##0", "D4:D22": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 22,
        columns: { A: "line", B: "actual" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B5", why: "税收收入 73,657 where 27,091 + 6,998 + 2,545 + 1,204 + 7,125 + 6,708 + 1,586 + 5,830 + 4,216 + 1,372 + 8,892 = 73,567: 90 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "200,297 = the taxes' 73,567 + 非税 126,730: the subtotal's slip is reported once, at B5" },
      { rule: "execution.total-mismatch", cell: "B17", why: "126,730 = 21,460 + 9,382 + 7,415 + 84,683 + 3,790" },
      { rule: "execution.total-mismatch", cell: "C4", why: "193,033 = 74,926 + 118,107" },
      { rule: "execution.total-mismatch", cell: "C5", why: "74,926 = the eleven taxes' 2023 figures" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "增长% is the change on 2023 (资源税 +161.17%), not a share of a budget" },
      { rule: "execution.overspent", cell: "B9", why: "revenue above last year's is growth, not spending over a budget" },
    ],
  },
};
