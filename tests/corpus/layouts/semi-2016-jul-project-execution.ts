import type { CorpusLayout } from "../types";

// 中国科学院半导体研究所 预算执行通报 (2016年1-7月): execution by project with a 序时进度 column and
// a points-behind column; the as-of date only in the title (1-7月).
export const layout: CorpusLayout = {
  id: "semi-2016-jul-project-execution",
  source: {
    title: "关于2016年1-7月预算执行情况的通报（附件：课题预算执行情况）",
    url: "http://bdt.semi.ac.cn/swgk/contents/549/8041.html",
    publisher: "中国科学院半导体研究所",
    date: "2016-08",
    changes:
      "The stored notice gives the text (截至7月底累计支出16873万元，完成预算（含结余）的56.47%，支出进度低于序时进度1.53个百分点; " +
      "130 课题 ranked, 具体见附件) but not the annex, so the column set follows the notice's terms (预算（含结余）, " +
      "累计支出, 执行率, 序时进度, points above/below) and the wording is ours. Ten projects, invented. Planted: " +
      "Y6C02's rate 55.00% where 40.50/75.00 = 54.00%; Y6B02 spent 66.30 of 60.00; Y6A02 and Y6B01 far behind.",
  },
  classes: ["execution", "progress-column", "as-of-in-title", "rates-as-numbers", "wanyuan-caption", "notes-under-table"],
  sheets: [
    {
      name: "附件",
      widths: [6, 10, 10, 14, 12, 12, 10, 18],
      rows: [
        ["2016年1-7月课题预算执行情况表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "课题编号", "负责人", "预算数（含结余）", "累计支出", "预算执行率", "序时进度", "高于（低于）序时进度（百分点）"],
        [1, "Y6A01", "张明", 320, 245.6, 0.7675, 0.5833, 18.42],
        [2, "Y6A02", "李华", 185.5, 92.4, 0.4981, 0.5833, -8.52],
        [3, "Y6A03", "王磊", 96, 61.2, 0.6375, 0.5833, 5.42],
        [4, "Y6B01", "赵敏", 450, 120.5, 0.2678, 0.5833, -31.55],
        [5, "Y6B02", "陈静", 60, 66.3, 1.105, 0.5833, 52.17],
        [6, "Y6B03", "刘洋", 210, 131.25, 0.625, 0.5833, 4.17],
        [7, "Y6C01", "孙涛", 138.6, 80.1, 0.5779, 0.5833, -0.54],
        [8, "Y6C02", "周杰", 75, 40.5, 0.55, 0.5833, -3.33],
        [9, "Y6C03", "吴芳", 300, 199.99, 0.6666, 0.5833, 8.33],
        [10, "Y6D01", "郑伟", 42, 25.2, 0.6, 0.5833, 1.67],
        ["合计", null, null, 1877.1, 1063.04, 0.5663, 0.5833, -1.7],
        ["注：序时进度按月计算（7/12 = 58.33%）；预算数含上年结余。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A14:C14", "A15:H15"],
      numberFormats: { "D4:E14": "#,##0.00", "F4:G14": "0.00%", "H4:H14": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "code", C: "line", D: "adjustedBudget", E: "actual", F: "rate", G: "progress" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "F11", why: "Y6C02: 40.50 / 75.00 = 54.00%, stated 55.00%" },
      { rule: "execution.overspent", cell: "E8", why: "Y6B02: 66.30 spent against 60.00 (110.50%)" },
      { rule: "execution.behind-schedule", cell: "F5", why: "Y6A02: 92.40 / 185.50 = 49.81%, below 58.33% − 5 = 53.33% (as of 2016-07-31)" },
      { rule: "execution.behind-schedule", cell: "F7", why: "Y6B01: 120.50 / 450.00 = 26.78%, below 53.33%" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "F4", why: "245.60 / 320.00 = 76.75% exactly" },
      { rule: "execution.rate-mismatch", cell: "F12", why: "199.99 / 300.00 = 66.663%, shown 66.66% at two decimals" },
      { rule: "execution.rate-mismatch", cell: "F14", why: "1,063.04 / 1,877.10 = 56.632%, shown 56.63%" },
      { rule: "execution.behind-schedule", cell: "F10", why: "Y6C01 57.79% is 0.54 points behind 58.33%, within the 5-point tolerance" },
      { rule: "execution.behind-schedule", cell: "F11", why: "Y6C02's true 54.00% is within tolerance of 58.33% (only its stated rate is wrong)" },
      { rule: "execution.rate-mismatch", cell: "H5", why: "the points column (−8.52) is a difference of percentages, not a rate" },
      { rule: "execution.total-mismatch", cell: "D14", why: "320 + 185.5 + 96 + 450 + 60 + 210 + 138.6 + 75 + 300 + 42 = 1,877.10" },
    ],
  },
};
