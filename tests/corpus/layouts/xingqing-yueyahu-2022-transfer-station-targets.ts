import type { CorpusLayout } from "../types";

// 银川市兴庆区住房和城乡建设局 2022-10-25: 月牙湖乡滨河家园垃圾转运站提升改造项目 — 100万元 of the 2022年度第一批财政衔接推进乡村振兴
// 补助资金 (银兴党农发〔2022〕1号), one 生活垃圾压缩对接车, two 转运箱, 243 分类垃圾桶, 验收合格率 100%, 支付率 100%. Laid out as the two
// tables behind the report: what the money bought (数量 × 单价 = 金额, 合计 at the foot), then the targets with their results.
export const layout: CorpusLayout = {
  id: "xingqing-yueyahu-2022-transfer-station-targets",
  source: {
    title: "银川市兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目绩效自评报告（资金使用及绩效目标表据正文拟）",
    url: "http://xqq.gov.cn/zwgk/bmxxgkml/xqqzfhcxjsj/fdzdgknr_44766/zdgz_9109/202211/t20221102_3827749.html",
    publisher: "兴庆区住房和城乡建设局",
    date: "2022-10-25",
    changes:
      "As published: the fund (兴庆区2022年度第一批财政衔接推进乡村振兴补助资金, 银兴党农发〔2022〕1号), 100万元 all to this project, what it bought " +
      "(生活垃圾压缩对接车1辆、配套转运箱2个、生活垃圾分类垃圾桶243个), 验收合格率100%, 支付率100%. The report's target table is not in the stored " +
      "copy (绩效目标如下: is followed by nothing); both tables — 资金使用明细 (序号 | 购置内容 | 单位 | 数量 | 单价 | 金额) and 绩效目标完成情况 " +
      "(一级 | 二级 | 三级指标 | 指标值 | 实际完成值) — are ours, their figures too. Planted: the 垃圾桶 line written 32.16 where 243 × 0.12 = 29.16, " +
      "the 合计 left at 100.00 (as with 29.16), so the lines as written add up to 103.00.",
  },
  classes: ["composition", "targets", "two-tables-one-sheet", "unit-times-quantity", "unit-column", "total-at-foot", "results-column", "table-from-prose", "year-in-title", "town-level", "ningxia"],
  sheets: [
    {
      name: "资金及目标",
      widths: [8, 16, 24, 14, 14, 14],
      rows: [
        ["兴庆区2022年度第一批财政衔接推进乡村振兴补助资金 月牙湖乡滨河家园垃圾转运站提升改造项目", null, null, null, null, null],
        ["一、资金使用明细", null, null, null, null, "单位：万元"],
        ["序号", "购置内容", "单位", "数量", "单价", "金额"],
        [1, "生活垃圾压缩对接车", "辆", 1, 56, 56],
        [2, "配套压缩转运箱", "个", 2, 6.5, 13],
        [3, "生活垃圾分类垃圾桶", "个", 243, 0.12, 32.16],
        [4, "运输及安装调试", "项", 1, 1.84, 1.84],
        ["合计", null, null, null, null, 100],
        ["二、绩效目标完成情况", null, null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "完成情况"],
        ["产出指标", "数量指标", "购置生活垃圾压缩对接车", "1辆", "1辆", "完成"],
        [null, null, "配套生活垃圾分类垃圾桶", "243个", "243个", "完成"],
        [null, "质量指标", "验收合格率", "100%", "100%", "完成"],
        [null, "时效指标", "资金支付率", "100%", "100%", "完成"],
        [null, "成本指标", "项目总投资", "≤100万元", "100万元", "完成"],
        ["效益指标", "社会效益指标", "移民村生活垃圾收集转运能力", "明显提升", "明显提升", "完成"],
        [null, "可持续影响指标", "设施使用年限", "≥8年", "≥8年", "完成"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "95%", "完成"],
        [null, null, null, null, "兴庆区住房和城乡建设局", null],
        [null, null, null, null, "2022年10月25日", null],
      ],
      merges: ["A1:F1", "A2:E2", "A8:E8", "A9:F9", "A11:A15", "B11:B12", "A16:A17", "E19:F19", "E20:F20"],
      numberFormats: { "E4:F8": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金及目标",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { B: "line", D: "quantity", E: "unitAmount", F: "amount" },
        year: 2022,
      },
      { sheet: "资金及目标", kind: "targets", headerRow: 10, lastRow: 18, columns: { A: "type", C: "name", D: "target", E: "stated" }, year: 2022 },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "F6", why: "垃圾桶: 243 × 0.12 = 29.16, stated 32.16: 3.00万元 apart, beyond the rounding of a 2-decimal unit over 243 (243 × 0.005 = 1.215)" },
      { rule: "composition.total-mismatch", cell: "F8", why: "合计 100.00 where the lines as written give 56.00 + 13.00 + 32.16 + 1.84 = 103.00" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "F4", why: "1 × 56.00 = 56.00" },
      { rule: "composition.line-mismatch", cell: "F5", why: "2 × 6.50 = 13.00" },
      { rule: "composition.line-mismatch", cell: "F7", why: "1 × 1.84 = 1.84" },
      { rule: "composition.line-rounded", cell: "F6", why: "3.00 apart is beyond what rounding allows: a mismatch, not a rounded average" },
      { rule: "selfeval.indicator-contradicted", why: "资金支付率 100% is stated on 2022-10-25, before the year ends; the workbook holds no payments to measure it by" },
      { rule: "selfeval.weights", why: "a target table with no 分值" },
      { rule: "input.unreadable-value", why: "指标值 and 实际完成值 (1辆, ≥90%, 明显提升) are text by nature" },
      { rule: "execution.overspent", why: "no spending against a budget is stated" },
    ],
  },
};
