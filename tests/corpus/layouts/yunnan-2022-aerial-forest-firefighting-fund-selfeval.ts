import type { CorpusLayout } from "../types";

// 云南省应急管理厅 2023-06-01: 云南省2022年度中央自然灾害资金绩效自评报告, 一、森林草原航空消防租机补助经费: 10441万元 (中央8353 + 省级配套2088),
// 执行9265.353442万元, 88.74%; 布防飞机 ≥6架 / 6架, 飞行时长 ≥928小时 / 909.93小时. Laid out as the 项目支出绩效自评表: money block (年初预算数 | 全年预算数 |
// 全年执行数 | 分值 | 执行率 | 得分, 其中 lines), 年度总体目标, three-level indicators with 偏差原因, 总分 at the foot.
export const layout: CorpusLayout = {
  id: "yunnan-2022-aerial-forest-firefighting-fund-selfeval",
  source: {
    title: "云南省2022年度中央自然灾害资金绩效自评报告（森林草原航空消防租机补助经费项目支出绩效自评表据报告拟）",
    url: "https://yjglt.yn.gov.cn/html/2023/ysgk_0601/27146.html",
    publisher: "云南省应急管理厅",
    date: "2023-06-01",
    changes:
      "As published: 10441万元 = 中央转移支付 8353 + 省级配套 2088, executed 9265.353442 (中央 7177.373442, 省级 2087.98), 执行率 88.74%; 布防飞机 ≥6架 (6), " +
      "飞行时长 ≥928小时 (909.93), 飞行小时完成率 ≥80%, 16 fires and 受害率 0.0046‰. The form, the other indicators, the 分值 and 得分 are ours; amounts rounded to " +
      "2 decimals. Planted: 省级配套 年初预算数 typed 2008 (8353 + 2008 = 10361, not 10441); 飞行时长 909.93小时 misses ≥928小时 yet scores its full 10.",
  },
  classes: ["selfeval", "money-block-above-indicators", "qizhong-lines", "central-and-provincial-money", "three-level-indicators", "points-in-level-labels", "deviation-column", "explained-low-rate", "money-block-remark-cell", "reverse-indicator", "per-mille-values", "total-at-foot", "two-decimal-wanyuan", "table-from-prose", "province-level", "yunnan"],
  settings: { district: "云南省", asOf: "2023-05-31" },
  sheets: [
    {
      name: "自评表",
      widths: [10, 18, 16, 24, 14, 14, 8, 8, 30],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2022年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "中央自然灾害救灾资金（森林草原航空消防租机补助经费）", null, null, null, null, null, null, null],
        ["主管部门", "云南省应急管理厅", null, null, "实施单位", "云南省应急管理厅", null, null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "偏差原因"],
        [null, "年度资金总额", 10441, 10441, 9265.35, 10, "88.74%", 8.87, "全年森林火灾起数为有记录以来最低，实际飞行时长少于计划，租机飞行费用按实际飞行小时结算，结余资金按规定收回。"],
        [null, "其中：中央转移支付资金", 8353, 8353, 7177.37, "—", "—", "—", null],
        [null, "省级配套资金", 2008, 2088, 2087.98, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
        [null, "按照租机方案及时租用航空应急救援直升机，及时处置森林草原火灾，开展综合性森林航空护林演练，协调跨省调机任务，努力减少灾害损失。", null, null, null, "租用6架直升机开展航空消防，全年发生森林火灾16起，受害率0.0046‰，未发生重特大森林火灾。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标（50分）", "数量指标", "布防飞机数量", "≥6架", "6架", 10, 10, null],
        [null, null, null, "飞机飞行时长", "≥928小时", "909.93小时", 10, 10, null],
        [null, null, "质量指标", "实际完成飞行小时数/计划小时数", "≥80%", "98.05%", 10, 10, null],
        [null, null, "时效指标", "资金拨付及时率", "100%", "100%", 10, 10, null],
        [null, null, "成本指标", "租机费用", "≤10441万元", "9265.35万元", 10, 10, null],
        [null, "效益指标（30分）", "社会效益指标", "森林火灾受害率", "≤0.9‰", "0.0046‰", 15, 15, null],
        [null, null, null, "重特大森林火灾发生起数", "0起", "0起", 15, 15, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "受益群众满意度", "≥90%", "95%", 10, 10, null],
        ["总分", null, null, null, null, null, 100, 98.87, null],
      ],
      merges: ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:B5", "A6:A8", "A9:A10", "B9:E9", "F9:I9", "B10:E10", "F10:I10", "A11:A19", "B12:B16", "C12:C13", "B17:B18", "C17:C18", "A20:F20"],
      numberFormats: { "C6:E8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 20, year: 2022 }],
    findings: [
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年初预算数: 中央 8,353 + 省级 2,008 = 10,361, not the 10,441 stated" },
      { rule: "selfeval.target-missed-full-score", cell: "H13", why: "飞机飞行时长 909.93小时 misses its ≥928小时 target, yet scores its full 10" },
    ],
    absent: [
      { rule: "selfeval.total-mismatch", cell: "D6", why: "全年预算数 8,353 + 2,088 = 10,441" },
      { rule: "selfeval.total-mismatch", cell: "E6", why: "全年执行数 7,177.37 + 2,087.98 = 9,265.35" },
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "9,265.35 / 10,441 = 88.74%, as stated" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 88.74% = 8.87" },
      { rule: "selfeval.score-mismatch", cell: "H20", why: "总分 98.87 = 8.87 + 10 + 10 + 10 + 10 + 10 + 15 + 15 + 10" },
      { rule: "selfeval.weights", why: "分值 add up to 100: budget 10 + 50 + 30 + 10" },
      { rule: "selfeval.missing-explanation", cell: "I6", why: "执行率 88.74% is below 90% and its 偏差原因 cell explains why" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "森林火灾受害率 0.0046‰ is under its ≤0.9‰ maximum" },
      { rule: "selfeval.target-missed-full-score", cell: "H14", why: "98.05% meets ≥80%" },
      { rule: "execution.overspent", why: "9,265.35 spent of 10,441" },
    ],
  },
};
