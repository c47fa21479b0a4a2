import type { CorpusLayout } from "../types";

// 北京市通州区财政局 2022-06-10: 通州区直达资金2022年5月细化方案及执行情况 — prose: by 5月31日 the district had received 106,557.22万元 of
// central 直达资金 and spent 10,995.66万元, fund by fund (共同财政事权转移支付 lines, the 减税降费和重点民生 money, 普惠金融发展资金 尚未支出).
// Laid out as the monthly execution table such notes summarise: 序号 | 资金名称 | 接收指标 | 已支出 | 支出进度, 合计 first, 一 a subtotal over its lines.
export const layout: CorpusLayout = {
  id: "beijing-tongzhou-2022-may-direct-funds-execution",
  source: {
    title: "通州区直达资金2022年5月细化方案及执行情况（执行情况表据正文拟）",
    url: "http://www.bjtzh.gov.cn/bjtz/c110130/202206/1538070.shtml",
    publisher: "北京市通州区财政局",
    date: "2022-06-10",
    changes:
      "The page is prose; the table, its headings and the caption are ours, with the note's funds in its order (eight of the ten 共同财政事权 " +
      "lines kept) and its three groups. Every figure is ours (the note's 减税降费 money is 92,300万元 with 3,994.36 spent). Planted: 残疾人事业发展" +
      "补助经费's 支出进度 typed 66.21% where 41.80 / 60.40 = 69.21%; 基本药物制度补助资金 at 31.22% against time progress 41.67% (5/12); " +
      "普惠金融发展资金 0.60 with nothing spent, as the note says of it.",
  },
  classes: ["execution", "direct-funds", "monthly-execution", "total-row-first", "subtotal-over-lines", "outline-numbering", "two-decimal-rate", "percent-text", "as-of-in-caption", "wanyuan-caption", "table-from-prose", "district-fund", "beijing"],
  settings: { district: "北京市通州区", asOf: "2022-05-31" },
  sheets: [
    {
      name: "执行情况",
      widths: [6, 44, 14, 14, 12],
      rows: [
        ["通州区直达资金2022年5月执行情况表（表据正文拟）", null, null, null, null],
        ["截至2022年5月31日", null, null, null, "单位：万元"],
        ["序号", "资金名称", "接收指标", "已支出", "支出进度"],
        [null, "合计", 105414.5, 47574.65, "45.13%"],
        ["一", "共同财政事权转移支付资金", 13113.9, 7359.05, "56.12%"],
        [1, "就业补助资金", 1480, 1480, "100.00%"],
        [2, "优抚对象补助经费", 1820.5, 962.3, "52.86%"],
        [3, "基本药物制度补助资金", 148, 46.2, "31.22%"],
        [4, "城乡义务教育补助经费", 7390, 3861.4, "52.25%"],
        [5, "困难群众救助补助经费", 560, 301.75, "53.88%"],
        [6, "基本公共卫生服务补助资金", 1040, 415.6, "39.96%"],
        [7, "医疗服务与保障能力提升资金", 615, 250, "40.65%"],
        [8, "残疾人事业发展补助经费", 60.4, 41.8, "66.21%"],
        ["二", "支持基层落实减税降费和重点民生等专项转移支付资金", 92300, 40215.6, "43.57%"],
        ["三", "专项转移支付资金（普惠金融发展资金）", 0.6, 0, "0.00%"],
        ["注：支出进度＝已支出÷接收指标。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:B2", "A16:E16"],
      numberFormats: { "C4:D15": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "执行情况", kind: "execution", unit: "万元", headerRow: 3, lastRow: 15, columns: { A: "code", B: "line", C: "adjustedBudget", D: "actual", E: "rate" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E13", why: "残疾人事业发展补助经费 41.80 / 60.40 = 69.21%, shown 66.21%" },
      { rule: "execution.behind-schedule", cell: "E8", why: "基本药物制度补助资金 46.20 / 148.00 = 31.22% as of 2022-05-31 (time progress 5/12 = 41.67%): 10.45 points short, beyond 5" },
      { rule: "execution.no-spending", cell: "D15", why: "普惠金融发展资金 0.60 received, 0 spent by 2022-05-31" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C5", why: "一: 1,480 + 1,820.50 + 148 + 7,390 + 560 + 1,040 + 615 + 60.40 = 13,113.90; spent 7,359.05 likewise" },
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 13,113.90 + 92,300 + 0.60 = 105,414.50; spent 7,359.05 + 40,215.60 + 0 = 47,574.65 (一's lines not added again)" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "47,574.65 / 105,414.50 = 45.13%" },
      { rule: "execution.rate-mismatch", cell: "E5", why: "7,359.05 / 13,113.90 = 56.12%" },
      { rule: "execution.behind-schedule", cell: "E11", why: "基本公共卫生服务 39.96%: 1.71 points short of 41.67%, within 5" },
      { rule: "execution.behind-schedule", cell: "E12", why: "医疗服务与保障能力提升 40.65%: 1.02 points short, within 5" },
      { rule: "execution.behind-schedule", cell: "E4", why: "a total row gets no status of its own" },
      { rule: "execution.overspent", cell: "D6", why: "就业补助资金 spent exactly its 1,480: 100%, not above" },
      { rule: "input.unreadable-value", cell: "A16", why: "the note under the table is no figure of the table" },
    ],
  },
};
