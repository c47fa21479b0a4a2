import type { CorpusLayout } from "../types";

// 西平县交通运输局 2022-12: 2022年农村公路通村道路建设项目 — 2179万元 of 财政衔接推进乡村振兴资金 for 32.63公里 of village roads in 15
// 乡镇 and 33 行政村; by 2022-12-08, 2113.63万元 paid, 97%. Laid out as the disbursement table behind the self-evaluation: by town,
// villages and length beside the money sent down, the money paid and the share paid, the date in the title.
export const layout: CorpusLayout = {
  id: "xiping-2022-rural-road-linkage-disbursement",
  source: {
    title: "2022年西平县交通运输局财政衔接推进乡村振兴资金项目绩效自评总结报告（拨付情况表据正文拟）",
    url: "http://xiping.gov.cn/portal/zwgk/zdgk/hjbh/tpgj/webinfo/2022/12/phone1711893935395357.htm",
    publisher: "西平县交通运输局",
    date: "2022-12",
    changes:
      "As published: the project (农村公路通村道路建设项目), 2179万元 planned, 32.63公里 of new village and linking roads, 15 乡镇 (街道办事处) and 33 " +
      "行政村, 2113.63万元 paid by 2022-12-08 (97%), the works accepted as 合格. The report gives these in prose; the table (序号 | 乡镇 | 涉及行政村 | " +
      "建设里程 | 下达资金 | 已拨付资金 | 拨付率 | 备注) is ours, and so is the split by town (fifteen of 西平县's towns and townships), adding up to the " +
      "published totals. Planted: 权寨镇 paid 126.40 of 120.00; 师灵镇 paid 120.00 of 150.00 (80.00%) shown as 90.00%.",
  },
  classes: ["execution", "by-town", "as-of-in-title", "count-columns", "length-column", "rates-as-numbers", "total-at-foot", "two-decimal-wanyuan", "remark-column", "wanyuan-caption", "notes-under-table", "county-bureau", "henan"],
  settings: { asOf: "2022-12-08" },
  sheets: [
    {
      name: "拨付情况",
      widths: [6, 12, 12, 12, 12, 14, 10, 22],
      rows: [
        ["西平县2022年农村公路通村道路建设项目财政衔接推进乡村振兴资金拨付情况表（截至2022年12月8日）", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "乡镇", "涉及行政村（个）", "建设里程（公里）", "下达资金", "已拨付资金", "拨付率", "备注"],
        [1, "出山镇", 2, 2.1, 140, 140, 1, null],
        [2, "盆尧镇", 3, 2.85, 190, 186.2, 0.98, null],
        [3, "权寨镇", 2, 1.8, 120, 126.4, 1.0533, "含变更增加工程量"],
        [4, "师灵镇", 3, 2.25, 150, 120, 0.9, "尾款待审计后拨付"],
        [5, "五沟营镇", 2, 2.4, 160, 156.8, 0.98, null],
        [6, "焦庄乡", 2, 1.95, 130, 130, 1, null],
        [7, "芦庙乡", 2, 2.1, 140, 135.8, 0.97, null],
        [8, "二郎乡", 2, 2.25, 150, 146.25, 0.975, null],
        [9, "宋集镇", 3, 2.55, 170, 166.6, 0.98, null],
        [10, "谭店乡", 2, 1.8, 120, 120, 1, null],
        [11, "吕店乡", 2, 2.1, 140, 137.2, 0.98, null],
        [12, "杨庄乡", 2, 1.98, 132, 128.7, 0.975, null],
        [13, "专探乡", 2, 2.25, 150, 144, 0.96, null],
        [14, "重渠乡", 2, 1.8, 120, 117.6, 0.98, null],
        [15, "人和乡", 2, 2.45, 167, 158.08, 0.9466, "预留质保金"],
        ["合计", null, 33, 32.63, 2179, 2113.63, 0.97, null],
        ["注：项目新建村内道路、连通道路32.63公里，涉及15个乡镇（街道办事处）33个行政村，已组织验收，质量鉴定为合格。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A19:B19", "A20:H20"],
      numberFormats: { "D4:D19": "0.00", "E4:F19": "#,##0.00", "G4:G19": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拨付情况",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 19,
        columns: { B: "line", E: "adjustedBudget", F: "actual", G: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "F6", why: "权寨镇: 126.40 paid of 120.00 sent down: 6.40万元 over" },
      { rule: "execution.rate-mismatch", cell: "G7", why: "师灵镇: 120.00 / 150.00 = 80.00%, shown 90.00%" },
      { rule: "execution.behind-schedule", cell: "G7", why: "师灵镇: 80.00% at 2022-12-08, time progress counted by month 12 / 12 = 100.00% (docs/architecture.md): 20 points behind (more than 5)" },
      // Corrected after the corpus check began matching a row's absent status by row, not by cell: the entry below was
      // computed by day (342 / 365 = 93.70%), where time progress is counted by month, the as-of month as done.
      { rule: "execution.behind-schedule", cell: "G18", why: "人和乡: 94.66% at 2022-12-08 against 12 / 12 = 100.00%: 5.34 points behind (more than 5)" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "G6", why: "126.40 / 120.00 = 105.33%, shown 105.33%" },
      { rule: "execution.rate-mismatch", cell: "G18", why: "158.08 / 167.00 = 94.659%, shown 94.66%" },
      { rule: "execution.rate-mismatch", cell: "G19", why: "2,113.63 / 2,179.00 = 97.00%" },
      { rule: "execution.total-mismatch", cell: "E19", why: "the fifteen towns' 下达资金 add up to 2,179.00" },
      { rule: "execution.total-mismatch", cell: "F19", why: "the fifteen towns' payments add up to 2,113.63" },
      { rule: "execution.total-mismatch", cell: "C19", why: "33 villages and 32.63公里 are counts and lengths, not money" },
      { rule: "execution.behind-schedule", cell: "G19", why: "the total, 97.00%, is ahead of time progress" },
      { rule: "execution.no-spending", why: "every town has been paid" },
      { rule: "input.unreadable-value", why: "备注 text (预留质保金) is a remark" },
    ],
  },
};
