import type { CorpusLayout } from "../types";

// 2022 第一批省级农田建设项目资金 for 平定县 and 盂县: each county's task in 万亩 × 1,500元 per 亩 gives
// its fiscal investment in 万元, of which 10% is released now. Units differ by column (万亩, 元/亩,
// 万元), each in its header; two counties, a 合计 and the rule as a note.
export const layout: CorpusLayout = {
  id: "yangquan-2022-farmland-batch1-allocation",
  source: {
    title: "关于下达2022年第一批省级农田建设项目资金的通知（附件1）（标题据正文拟）",
    url: "http://cgjd.org.cn/show-254551.html",
    publisher: "not named in the stored copy (addressed to 平定县、盂县农业农村局, 阳泉市)",
    date: "2022",
    changes:
      "The stored copy gives the rule in text (每县按照财政资金亩均投入1500元测算项目财政总投资，本次下达项目财政总投资的10%，共计394.5万元; " +
      "具体情况详见附件1) but not the annex: its columns are ours, built from that rule (县 | 建设任务（万亩） | 亩均财政投入（元/亩） | " +
      "项目财政总投资（万元） | 本次下达比例 | 本次下达资金（万元）), the two counties as published, the split of the tasks ours. Planted: " +
      "盂县 1.43万亩 × 1,500元 = 2,145万元 but the sheet states 2,154 (and releases 10% of the stated figure, 215.4), so the " +
      "合计 is 395.4 where the notice's rule gives 394.5.",
  },
  classes: ["composition", "unit-times-quantity", "mixed-units-by-column", "rate-column", "wanyuan-caption", "notes-under-table", "two-lines"],
  sheets: [
    {
      name: "附件1",
      widths: [6, 10, 16, 18, 18, 12, 18, 10],
      rows: [
        ["附件1", null, null, null, null, null, null, null],
        ["2022年第一批省级农田建设项目资金分配表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "县（区）", "2022年建设任务（万亩）", "亩均财政投入（元/亩）", "项目财政总投资（万元）", "本次下达比例", "本次下达资金（万元）", "备注"],
        [1, "平定县", 1.2, 1500, 1800, "10%", 180, null],
        [2, "盂县", 1.43, 1500, 2154, "10%", 215.4, null],
        ["合计", null, 2.63, null, 3954, null, 395.4, null],
        ["注：每县按照财政资金亩均投入1500元测算项目财政总投资，本次下达项目财政总投资的10%。", null, null, null, null, null, null, null],
      ],
      merges: ["A2:H2", "A7:B7", "A8:H8"],
      numberFormats: { "C5:C7": "0.00", "E5:E7": "0.00", "G5:G7": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 7,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" },
        year: 2022,
      },
    ],
    findings: [
      {
        rule: "composition.line-mismatch",
        cell: "E6",
        why: "盂县: 1.43万亩 × 1,500元/亩 = 21,450,000元 = 2,145.00万元; stated 2,154.00 (9.00万元 more; a fixed standard, and even a rounded one would allow only 14,300 × 0.5元)",
      },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E5", why: "平定县: 1.2万亩 × 1,500元/亩 = 18,000,000元 = 1,800.00万元, as stated (元/亩 × 万亩 = 万元)" },
      { rule: "composition.total-mismatch", cell: "E7", why: "1,800.00 + 2,154.00 = 3,954.00, as stated" },
      { rule: "composition.total-mismatch", cell: "G7", why: "180.00 + 215.40 = 395.40, as stated" },
      { rule: "composition.total-mismatch", cell: "C7", why: "1.20 + 1.43 = 2.63万亩, as stated (a quantity total)" },
      { rule: "composition.line-mismatch", cell: "G5", why: "本次下达资金 is 10% of the investment, not a unit price × quantity" },
      { rule: "composition.line-mismatch", cell: "G6", why: "本次下达资金 is 10% of the stated investment (215.4 = 10% × 2,154)" },
      { rule: "input.unreadable-value", why: "本次下达比例 10% is a readable rate" },
    ],
  },
};
