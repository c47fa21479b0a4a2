import type { CorpusLayout } from "../types";

// 遂溪县水务局 (湛江, 广东) 2023-04-25: the 2022 self-evaluation of 山内水库等13宗水库除险加固工程, the national 项目支出绩效
// 自评表 — money block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), then 产出 / 效益 / 满意度 indicators with
// 分值 and 得分 and a 偏差原因 column, 总分 at the foot.
export const layout: CorpusLayout = {
  id: "suixi-2022-reservoir-reinforcement-selfeval",
  source: {
    title: "遂溪县水务局 项目支出绩效自评报告（附件3）— 遂溪县山内水库等13宗水库除险加固工程（评价年度：2022）",
    url: "http://m.lifeandworkafterretirement.com/bmxxgk/swj/gzdt/content/post_1757660.html",
    publisher: "遂溪县水务局（转载）",
    date: "2023-04-25",
    changes:
      "The stored copy is the self-evaluation report (项目概况: 湛财债〔2021〕109号 etc.; 13宗水库: 东坑、湖仔洋…上湾塘; 灌溉为主, 5级建筑物). " +
      "The 自评表 that goes with it is laid out on the national template (the report's own form is not in the stored copy); the " +
      "indicators follow the report's project (13宗, 验收, 按期完工, 概算, 下游人口, 灌溉面积), the figures are ours. Planted: 工程按期完工率 " +
      "84.6% against ≥90% with its full 10 points; 恢复灌溉面积 scored 7 of 10 with no 偏差原因; 总分 written 99.08 where the scores add up " +
      "to 9.08 + 87 = 96.08.",
  },
  classes: [
    "selfeval", "national-template", "money-block", "qizhong-lines", "three-level-indicators", "points-in-level-labels",
    "deviation-column", "rates-as-text", "water-works", "guangdong",
  ],
  sheets: [
    {
      name: "自评表",
      widths: [10, 16, 16, 26, 16, 16, 8, 8, 14, 14],
      rows: [
        ["附件3", null, null, null, null, null, null, null, null, null],
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2022年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "遂溪县山内水库等13宗水库除险加固工程", null, null, null, null, null, null, null, null],
        ["主管部门", "遂溪县水务局", null, null, null, "实施单位", "遂溪县水务局", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额：", 1690, 1820, 1652.74, 10, "90.81%", 9.08, null, null],
        [null, "其中：财政拨款", 1690, 1820, 1652.74, "—", "—", "—", null, null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [
          null,
          "完成山内、东坑、湖仔洋等13宗小型水库除险加固，消除病险隐患，恢复水库灌溉、防洪功能。",
          null, null, null,
          "13宗水库主体工程全部完工，11宗按期完工并通过验收，2宗因汛期停工顺延。",
          null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, "产出指标（50分）", "数量指标", "完成除险加固水库数量", "≥13宗", "13宗", 15, 15, null, null],
        [null, null, "质量指标", "工程验收合格率", "100%", "100%", 10, 10, null, null],
        [null, null, "时效指标", "工程按期完工率", "≥90%", "84.6%", 10, 10, null, null],
        [null, null, "成本指标", "工程投资控制数", "≤1820万元", "1652.74万元", 15, 15, null, null],
        [null, "效益指标（30分）", "社会效益指标", "受保护下游人口", "≥3.2万人", "3.4万人", 10, 10, null, null],
        [null, null, "经济效益指标", "恢复和改善灌溉面积", "≥2.1万亩", "1.8万亩", 10, 7, null, null],
        [null, null, "可持续影响指标", "水库安全运行", "长期", "达成预期指标", 10, 10, null, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "受益群众满意度", "≥90%", "93%", 10, 10, null, null],
        [null, "总分", null, null, null, null, 100, 99.08, null, null],
      ],
      merges: [
        "A2:J2", "A3:J3", "B4:J4", "B5:E5", "G5:J5", "A6:A10", "I6:J10", "A11:A12", "B11:E11", "F11:J11", "B12:E12", "F12:J12",
        "A13:A22", "I13:J13", "B14:B17", "B18:B20", "I14:J14", "I15:J15", "I16:J16", "I17:J17", "I18:J18", "I19:J19", "I20:J20",
        "I21:J21", "B22:F22", "I22:J22",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 6, lastRow: 22, year: 2022 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "工程按期完工率 84.6% misses ≥90% yet scores its full 10" },
      { rule: "selfeval.missing-explanation", cell: "H19", why: "恢复和改善灌溉面积 scores 7 of 10 (1.8万亩 against ≥2.1万亩) and its 偏差原因 cell is empty" },
      { rule: "selfeval.score-mismatch", cell: "H22", why: "总分 written 99.08; 9.08 + 15 + 10 + 10 + 15 + 10 + 7 + 10 + 10 = 96.08: 3 points over" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G7", why: "1,652.74 / 1,820.00 = 90.81%" },
      { rule: "selfeval.score-mismatch", cell: "H7", why: "10 × 90.81% = 9.08" },
      { rule: "selfeval.total-mismatch", cell: "D7", why: "1,820.00 = 财政拨款 1,820.00 + 上年结转 (blank) + 其他 (blank)" },
      { rule: "selfeval.weights", why: "15 + 10 + 10 + 15 + 10 + 10 + 10 + 10 = 90, and 10 for the budget: 100" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "≤1820万元 is met by 1,652.74万元" },
      { rule: "selfeval.target-missed-full-score", cell: "H14", why: "13宗 meets ≥13宗" },
      { rule: "selfeval.missing-explanation", cell: "G7", why: "the rate 90.81% is not below 90%" },
      { rule: "execution.overspent", why: "1,652.74 spent of 1,820.00" },
    ],
  },
};
