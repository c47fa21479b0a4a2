import type { CorpusLayout } from "../types";

// 银川市金凤区财政局 2018-06-12 (银金财发〔2018〕55号): 金凤区2017年度中央财政水利发展资金绩效自评报告 — 1785万元 for 高效节水灌溉, target 1.2万亩,
// 7050亩 落实 across seven works (良田镇金星村、园子村、光明村、和顺新村、百顺葡萄基地), 80% paid on completion, 15% after the audit, 5% after a year.
// The report is prose; laid out as the 项目支出绩效自评表 it goes with (the national form's columns, the money block over its indicators).
export const layout: CorpusLayout = {
  id: "jinfeng-2017-water-development-fund-selfeval",
  source: {
    title: "金凤区2017年度中央财政水利发展资金绩效自评报告（项目支出绩效自评表据报告拟）",
    url: "http://www.ycjinfeng.gov.cn/xxgk/xxgkbm/jfqczj/xxgkml_18977/bmwj_18979/201806/t20180612_804658.html",
    publisher: "银川市金凤区财政局",
    date: "2018-06-12",
    changes:
      "As published: the 1785万元 of 中央财政水利发展资金, the 1.2万亩 target, the seven works and 7050亩 落实, the 80% / 15% / 5% payment " +
      "terms. The form (the national 自评表's columns), 全年执行数 1606.50 (90% of 1785: 80% on completion, the 15% after the audit paid for some works) and the indicators' " +
      "values and scores are ours (表据报告拟). Planted: 新增高效节水灌溉面积 0.705万亩 against its ≥1.2万亩 target, yet its full 20; " +
      "工程按期完工率 scored 7 of 10 with its 偏差原因 left empty.",
  },
  classes: [
    "selfeval", "national-template", "table-from-prose", "rate-at-90", "quantity-targets",
    "two-decimal-wanyuan", "water-conservancy", "district-unit", "ningxia",
  ],
  sheets: [
    {
      name: "自评表",
      widths: [10, 18, 16, 26, 14, 14, 8, 8, 34],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2017年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "中央财政水利发展资金（高效节水灌溉工程）", null, null, null, null, null, null, null],
        ["主管部门", "金凤区水务局", null, null, "实施单位", "金凤区水务局", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 1785, 1785, 1606.5, 10, "90.00%", 9.0, null],
        [null, "其中：中央财政资金", 1785, 1785, 1606.5, "—", "—", "—", null],
        [null, "其他资金", 0, 0, 0, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null, null],
        [null, "实施高效节水灌溉工程7处，发展高效节水灌溉1.2万亩，提高灌溉水利用效率。", null, null, "7处工程完成招投标并开工建设，落实高效节水灌溉7050亩。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "新增高效节水灌溉面积", "≥1.2万亩", "0.705万亩", 20, 20, null],
        [null, null, null, "实施工程个数", "7个", "7个", 10, 10, null],
        [null, null, "质量指标", "工程验收合格率", "100%", "100%", 10, 10, null],
        [null, null, "时效指标", "工程按期完工率", "≥90%", "71.4%", 10, 7, null],
        [null, null, "成本指标", "亩均财政投资", "≤1500元", "1487元", 10, 10, null],
        [null, "效益指标", "经济效益指标", "亩均节本增效", "≥200元", "230元", 10, 10, null],
        [null, null, "生态效益指标", "灌溉水利用系数", "≥0.85", "0.88", 10, 10, null],
        [null, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93%", 10, 10, null],
        [null, "总分", null, null, null, null, 100, 96.0, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:B5", "A6:A8", "I5:I8", "A9:A10", "B9:D9", "E9:I9", "B10:D10", "E10:I10",
        "A11:A20", "B12:B16", "C12:C13", "B17:B18", "B20:F20",
      ],
      numberFormats: { "C6:E8": "#,##0.00", "H6": "0.00", "H20": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 20, year: 2017 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H12", why: "新增高效节水灌溉面积 0.705万亩 misses its ≥1.2万亩 target, yet scores its full 20" },
      { rule: "selfeval.missing-explanation", cell: "H15", why: "工程按期完工率 71.4% against ≥90% scores 7 of 10 and its 偏差原因分析及改进措施 (I15) is empty" },
    ],
    absent: [
      { rule: "selfeval.total-mismatch", cell: "E6", why: "年度资金总额 1,606.50 = 中央 1,606.50 + 其他 0; budgets 1,785 = 1,785 + 0" },
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "1,606.50 / 1,785 = 90.00%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 90.00% = 9.00" },
      { rule: "selfeval.score-mismatch", cell: "H20", why: "总分 96.00 = 9.00 + 20 + 10 + 10 + 7 + 10 + 10 + 10 + 10" },
      { rule: "selfeval.weights", why: "10 + 20 + 7 × 10 = 100" },
      { rule: "selfeval.missing-explanation", cell: "H6", why: "the execution rate 90.00% is not below 90%" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "1487元 is within ≤1500元" },
      { rule: "selfeval.target-missed-full-score", cell: "H18", why: "0.88 meets ≥0.85" },
      { rule: "execution.overspent", why: "1,606.50 spent of 1,785" },
    ],
  },
};
