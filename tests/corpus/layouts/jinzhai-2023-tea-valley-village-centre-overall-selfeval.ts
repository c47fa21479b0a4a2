import type { CorpusLayout } from "../types";

// 金寨县茶谷和美丽乡村建设服务中心 (六安, 安徽) 2023 部门整体支出绩效自评表: 预算资金（万元） over 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分,
// 其中：当年财政拨款 / 上年结转资金 / 其他资金 with dashes, 年度总体目标 as 预期目标 | 实际完成情况, then a vertical 绩效指标 label beside
// 一级 / 二级 / 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施.
export const layout: CorpusLayout = {
  id: "jinzhai-2023-tea-valley-village-centre-overall-selfeval",
  source: {
    title: "金寨县茶谷和美丽乡村建设服务中心2023年度部门整体支出绩效自评表",
    url: "https://www.ahjinzhai.gov.cn/public/6624963/37545031.html",
    publisher: "金寨县茶谷和美丽乡村建设服务中心",
    date: "2024",
    changes:
      "As published: the form's title and year line, the 部门 row, the money block's labels (with — for 上年结转资金 and 其他资金), the goals' two " +
      "columns, the vertical 绩效指标 label and the indicator headers; the indicators follow the published ones (精品示范村, 美丽宜居自然村庄, 户用卫生厕所, " +
      "省级中心村, their 验收通过率 and 验收时间). The budget figures (the published 全年预算数 equalled the 年初预算数 and the rate was 102.59%), the " +
      "goals' wording, the cost, benefit and satisfaction rows, all 分值 and scores are ours. Planted: 户用卫生厕所改造验收通过率 93% against ≥95% " +
      "yet its full 5 points; 总分 98.60 where 9.60 + 90 = 99.60.",
  },
  classes: [
    "selfeval", "department-overall-form", "year-line-under-title", "vertical-side-labels", "dash-as-nothing", "rates-as-text",
    "three-level-indicators", "text-targets", "signoff-line", "county-unit", "anhui",
  ],
  sheets: [
    {
      name: "整体支出自评表",
      widths: [8, 14, 20, 30, 14, 14, 10, 10, 24],
      rows: [
        ["部门整体支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null, null],
        ["部门", "金寨县茶谷和美丽乡村建设服务中心", null, null, null, null, null, null, null],
        ["预算资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 329.77, 352.4, 338.31, 10, "96.00%", 9.6, null],
        [null, "其中：当年财政拨款", 329.77, 352.4, 338.31, "—", "96.00%", "—", null],
        [null, "上年结转资金", null, null, null, "—", null, "—", null],
        [null, "其他资金", null, null, null, "—", null, "—", null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null, null],
        [null, "1.建设徽风皖韵美丽乡村；2.整治美丽宜居自然村庄；3.推进农村改厕提质增效；4.深入开展村庄清洁行动。", null, null, "1.启动4个精品示范村建设；2.整治美丽宜居自然村庄202个；3.完成农村户用卫生厕所改造3061户；4.完成10个省级中心村建设任务。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "指标1：开展精品示范村建设数量", "=4个", "4个", 10, 10, null],
        [null, null, null, "指标2：建设美丽宜居自然村庄数量", "≥200个", "202个", 10, 10, null],
        [null, null, null, "指标3：完成农村户用卫生厕所改造数量", "≥2000户", "3061户", 10, 10, null],
        [null, null, null, "指标4：新建省级中心村数量", "≥10个", "10个", 10, 10, null],
        [null, null, "质量指标", "指标1：美丽宜居自然村庄验收通过率", "≥95%", "100%", 5, 5, null],
        [null, null, null, "指标2：户用卫生厕所改造验收通过率", "≥95%", "93%", 5, 5, null],
        [null, null, "时效指标", "指标1：完成美丽宜居自然村庄验收时间", "9月前", "7月", 5, 5, null],
        [null, null, null, "指标2：完成户用卫生厕所改造验收时间", "11月前", "10月", 5, 5, null],
        [null, null, "成本指标", "指标1：户用卫生厕所改造每户补助标准", "≤1000元", "1000元", 5, 5, null],
        [null, "效益指标", "社会效益指标", "指标1：农村人居环境改善程度", "明显改善", "明显改善", 10, 10, null],
        [null, null, "可持续影响指标", "指标1：长效管护机制健全性", "健全", "健全", 5, 5, null],
        [null, "满意度指标", "服务对象满意度指标", "指标1：受益群众满意度", "≥90%", "94%", 10, 10, null],
        ["总分", null, null, null, null, null, 100, 98.6, null],
        ["填报人：王明　　联系电话：0564-7012345　　填报日期：2024年3月15日", null, null, null, null, null, null, null, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "A4:B4", "A5:A8", "A9:A10", "B9:D9", "E9:I9", "B10:D10", "E10:I10",
        "A11:A23", "B12:B20", "C12:C15", "C16:C17", "C18:C19", "B21:B22", "A24:F24", "A25:I25",
      ],
      numberFormats: { "C5:E6": "0.00", "H5": "0.00", "H24": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "整体支出自评表", kind: "selfeval", unit: "万元", headerRow: 4, lastRow: 24, year: 2023 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "户用卫生厕所改造验收通过率 93% against ≥95%, yet the full 5 points" },
      { rule: "selfeval.score-mismatch", cell: "H24", why: "总分 98.60 where the scores add up to 9.60 + 10 × 4 + 5 × 5 + 10 + 5 + 10 = 99.60" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G5", why: "338.31 / 352.40 = 96.002% → 96.00%" },
      { rule: "selfeval.score-mismatch", cell: "H5", why: "10 × 96.00% = 9.60" },
      { rule: "selfeval.weights", why: "分值 10 (budget) + 40 + 10 + 10 + 5 + 10 + 5 + 10 = 100, as 总分's 分值 states" },
      { rule: "selfeval.total-mismatch", why: "其中：当年财政拨款 is the whole of 年度资金总额 (329.77 / 352.40 / 338.31); the other two sources are dashes" },
      { rule: "selfeval.target-missed-full-score", cell: "H12", why: "=4个 met with 4个" },
      { rule: "selfeval.target-missed-full-score", cell: "H18", why: "7月 is before 9月: met" },
      { rule: "selfeval.target-missed-full-score", cell: "H20", why: "1000元 ≤ 1000元 is met" },
      { rule: "selfeval.target-missed-full-score", cell: "H23", why: "94% ≥ 90% is met" },
      { rule: "selfeval.missing-explanation", why: "the rate is 96.00% (≥ 90%) and no indicator is scored below its 分值" },
      { rule: "execution.overspent", why: "338.31 spent of a 全年预算数 of 352.40; the 年初预算数 329.77 is not the budget the rate is computed on" },
      { rule: "input.unreadable-value", why: "dashes, goals, text targets and the sign-off line are text by nature" },
    ],
  },
};
