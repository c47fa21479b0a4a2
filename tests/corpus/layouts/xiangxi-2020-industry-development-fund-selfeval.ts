import type { CorpusLayout } from "../types";

// 湖南省发展和改革委员会: 2020年度湘西地区开发产业发展专项资金项目支出绩效自评表 (35,550万元). Hunan's project self-evaluation form as the
// published copy lays it out: 项目支出名称 / 主管部门 / 实施单位, the money block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分,
// 年度资金总额 then 其中 当年财政拨款 / 上年结转资金 / 其他资金), 年度总体目标, then 一级 / 二级 / 三级指标 | 年度指标值 | 实际完成值 | 分值 |
// 得分 | 偏差原因分析及改进措施, 总分 at the foot.
export const layout: CorpusLayout = {
  id: "xiangxi-2020-industry-development-fund-selfeval",
  source: {
    title: "2020年度湘西地区开发产业发展专项资金项目支出绩效自评表",
    url: "http://bubsandbeans.com/paper/230038275.html",
    publisher: "湖南省发展和改革委员会",
    date: "2021",
    changes:
      "As published: the form's title, 主管部门 (湖南省发展和改革委员会), 实施单位 (相关项目建设单位), the money block's headings and its 35,550万元 " +
      "年初 and 全年预算, the 其中 lines, and the 年度总体目标's wording (文化生态旅游精品线路, 重大产业项目及中药材、楠竹产业链, 易地扶贫搬迁后续产业). " +
      "The published copy's own block reads 35550 | 35550 | 35550 | 10 | 82.12% | 8.5; the 执行数, the indicators, their values and scores are ours. " +
      "Planted: the budget's 得分 typed 9.5 where 10 × 92.80% = 9.28; 支持重大产业项目数 reaches 36 of its ≥40 target yet scores its full 10.",
  },
  classes: ["selfeval", "hunan-template", "money-block-above-indicators", "qizhong-lines", "dash-cells", "three-level-indicators", "points-in-level-labels", "deviation-column", "annex-title-row", "total-at-foot", "province-level", "hunan"],
  settings: { asOf: "2021-03-31", district: "湖南省" },
  sheets: [
    {
      name: "自评表",
      widths: [10, 16, 14, 26, 14, 14, 8, 8, 30],
      rows: [
        ["附件", null, null, null, null, null, null, null, null],
        ["2020年度湘西地区开发产业发展专项资金项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["项目支出名称", "湘西地区开发产业发展专项资金", null, null, null, null, null, null, null],
        ["主管部门", "湖南省发展和改革委员会", null, null, "实施单位", "相关项目建设单位", null, null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 35550, 35550, 32990.4, 10, "92.80%", 9.5, null],
        [null, "其中：当年财政拨款", 35550, 35550, 32990.4, "—", "—", "—", null],
        [null, "上年结转资金", "—", "—", "—", "—", "—", "—", null],
        [null, "其他资金", "—", "—", "—", "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
        [null, "支持文化生态旅游精品线路建设，完善基础设施，打造旅游精品景区；支持重大产业项目建设及中药材、楠竹产业链，做大做强一批龙头企业；支持易地扶贫搬迁后续产业及就业扶持项目建设。", null, null, null, "完成旅游精品线路项目10个、重大产业项目36个，新增产值21.6亿元，带动脱贫人口就业2860人。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标（50分）", "数量指标", "支持文化生态旅游精品线路项目数", "≥10个", "10个", 10, 10, null],
        [null, null, null, "支持重大产业项目数", "≥40个", "36个", 10, 10, null],
        [null, null, "质量指标", "项目验收合格率", "100%", "100%", 10, 10, null],
        [null, null, "时效指标", "资金下达及时率", "100%", "100%", 10, 10, null],
        [null, null, "成本指标", "单个项目补助额", "≤1000万元", "≤1000万元", 10, 10, null],
        [null, "效益指标（30分）", "经济效益指标", "带动企业新增产值", "≥20亿元", "21.6亿元", 10, 10, null],
        [null, null, "社会效益指标", "带动脱贫人口就业", "≥3000人", "2860人", 10, 8, "部分易地扶贫搬迁后续产业项目投产滞后，吸纳就业少于预期；将督促项目单位尽快达产。"],
        [null, null, "可持续影响指标", "项目持续发挥效益年限", "≥5年", "5年", 10, 10, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "项目建设单位满意度", "≥90%", "93%", 10, 10, null],
        ["总分", null, null, null, null, null, 100, 97.5, null],
      ],
      merges: ["A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:B5", "A6:A9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11", "A12:A21", "B13:B17", "C13:C14", "B18:B20", "A22:F22"],
      numberFormats: { "C6:E7": "#,##0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 22, year: 2020 }],
    findings: [
      { rule: "selfeval.score-mismatch", cell: "H6", why: "budget score: 分值 10 × 执行率 92.80% (32,990.40 / 35,550.00) = 9.28; 9.5 typed" },
      { rule: "selfeval.target-missed-full-score", cell: "H14", why: "支持重大产业项目数 36个 misses its ≥40个 target, yet scores its full 10" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "32,990.40 / 35,550.00 = 92.80%, as written" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年度资金总额 35,550 = 当年财政拨款 35,550 + — + —, column by column (执行数 32,990.40 likewise)" },
      { rule: "selfeval.weights", why: "分值 add up to 100: budget 10 + 50 + 30 + 10" },
      { rule: "selfeval.score-mismatch", cell: "H22", why: "总分 97.5 = 9.5 + 10 × 8 + 8, the scores as typed" },
      { rule: "selfeval.missing-explanation", cell: "I19", why: "带动就业 scored 8 of 10 and explains why" },
      { rule: "selfeval.missing-explanation", cell: "I6", why: "执行率 92.80% is not below 90%" },
      { rule: "selfeval.target-missed-full-score", cell: "H18", why: "21.6亿元 meets ≥20亿元" },
      { rule: "selfeval.target-missed-full-score", cell: "H19", why: "带动就业 missed and is scored 8, not its full 10" },
      { rule: "execution.overspent", why: "32,990.40 spent of 35,550.00" },
    ],
  },
};
