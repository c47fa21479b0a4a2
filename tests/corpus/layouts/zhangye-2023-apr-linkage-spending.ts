import type { CorpusLayout } from "../types";

// 张掖市乡村振兴局 2023-05: first-batch linkage funds spent by county to the end of April, with a
// 序时进度 column and points above it. Clean: rates computed from two-decimal 万元 amounts and
// rounded to 0.01% must not be flagged, and no county is behind.
export const layout: CorpusLayout = {
  id: "zhangye-2023-apr-linkage-spending",
  source: {
    title: "省财政下达张掖市2023年第二批中央省级财政衔接推进乡村振兴补助资金15763万元（标题据正文拟；正文：至4月底第一批衔接资金支出率42.02%，超序时进度8.68个百分点）",
    url: "https://www.zhangye.gov.cn/zyszfxxgk/fdzdgknr_5657/xczx/202305/t20230524_1050703.html",
    publisher: "张掖市乡村振兴局",
    date: "2023-05-22",
    changes:
      "The page reports in text that the first batch was 42.02% spent at the end of April, 8.68 points ahead of " +
      "the calendar. Laid out as the by-county progress table behind such a statement (下达资金/已支出/支出率/序时进度/" +
      "超（低）序时进度); the wording is ours, the counties are 张掖's. Amounts invented so that the total rate is " +
      "again 42.02%. Nothing planted.",
  },
  classes: ["execution", "clean", "progress-column", "as-of-in-title", "two-decimal-wanyuan", "rates-as-numbers"],
  sheets: [
    {
      name: "支出进度",
      widths: [6, 10, 12, 12, 10, 10, 16],
      rows: [
        ["2023年第一批中央、省级财政衔接资金支出进度表（截至2023年4月底）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "县（区）", "下达资金", "已支出", "支出率", "序时进度", "超（低）序时进度（百分点）"],
        [1, "甘州区", 12860, 5530.45, 0.4301, 0.3333, 9.68],
        [2, "临泽县", 7420, 3116.4, 0.42, 0.3333, 8.67],
        [3, "高台县", 8150, 3327.65, 0.4083, 0.3333, 7.5],
        [4, "山丹县", 6980, 2792, 0.4, 0.3333, 6.67],
        [5, "民乐县", 9340, 4062.9, 0.435, 0.3333, 10.17],
        [6, "肃南县", 4210, 1852.4, 0.44, 0.3333, 10.67],
        [7, "市直", 1460, 504.49, 0.3455, 0.3333, 1.22],
        ["合计", null, 50420, 21186.29, 0.4202, 0.3333, 8.69],
      ],
      merges: ["A1:G1", "A11:B11"],
      numberFormats: { "C4:D11": "#,##0.00", "E4:F11": "0.00%", "G4:G11": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出进度",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "line", C: "adjustedBudget", D: "actual", E: "rate", F: "progress" },
        year: 2023,
      },
    ],
    findings: [],
    absent: [
      { rule: "execution.rate-mismatch", cell: "E4", why: "5,530.45 / 12,860.00 = 43.005%, shown 43.01% at two decimals" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "3,327.65 / 8,150.00 = 40.830%, shown 40.83%" },
      { rule: "execution.rate-mismatch", cell: "E10", why: "504.49 / 1,460.00 = 34.554%, shown 34.55%" },
      { rule: "execution.rate-mismatch", cell: "E11", why: "21,186.29 / 50,420.00 = 42.020%, shown 42.02%" },
      { rule: "execution.behind-schedule", why: "every county is above the 33.33% time progress of 2023-04-30 (市直 34.55% the lowest)" },
      { rule: "execution.rate-mismatch", cell: "G4", why: "超（低）序时进度 is a difference in points, not a rate" },
      { rule: "execution.total-mismatch", cell: "C11", why: "12,860 + 7,420 + 8,150 + 6,980 + 9,340 + 4,210 + 1,460 = 50,420.00; the 已支出 column adds to 21,186.29" },
      { rule: "execution.no-spending", why: "every county has spent" },
    ],
  },
};
