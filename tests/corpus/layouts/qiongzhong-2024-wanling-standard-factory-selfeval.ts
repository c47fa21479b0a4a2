import type { CorpusLayout } from "../types";

// 琼中黎族苗族自治县 (海南) 2025-06-26: the self-evaluation report of 海南湾岭农产品加工物流园复式标准厂房（南区） — three four-storey
// 复式标准厂房 of 68540.39㎡ in all, a 4978.48㎡ road and square, outdoor works; 概算总投资 269,847,166.9元; 形象进度 95%. The report is prose;
// set out in the national 项目支出绩效自评表 (资金 block with 其中 lines, 一级 / 二级 / 三级指标, 分值, 得分, 偏差原因).
export const layout: CorpusLayout = {
  id: "qiongzhong-2024-wanling-standard-factory-selfeval",
  source: {
    title: "海南湾岭农产品加工物流园复式标准厂房（南区）项目支出绩效自评报告（自评表据报告拟）",
    url: "http://8.149.230.151:7000/inviteBid/detail/20250626_518330038.html",
    publisher: "海南中部绿色产业园投资发展有限公司（项目单位）",
    date: "2025-06-26",
    changes:
      "As published: the project, the 项目单位, its works (3栋4层, 68540.39㎡, 道路广场 4978.48㎡, 室外配套), the 概算总投资 269,847,166.9元 and the " +
      "形象进度 95%. The 主管部门 is hidden behind a login on the stored copy (ours: the park's 管委会); the year evaluated is taken as 2024; the money " +
      "block's figures, indicators, values, weights and scores are ours. Planted: the 工程形象进度 indicator 95% against 100% yet given its full 10; 总分 " +
      "typed 98.2 where 9.2 + 50 + 28 + 10 = 97.2.",
  },
  classes: ["selfeval", "national-template", "table-from-prose", "qizhong-lines", "dash-cells", "percent-target", "time-target", "cost-target", "deviation-column", "points-in-labels", "county-project", "hainan"],
  settings: { district: "琼中黎族苗族自治县" },
  sheets: [
    {
      name: "自评表",
      widths: [10, 16, 16, 24, 18, 18, 8, 8, 18, 10],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2024年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "海南湾岭农产品加工物流园复式标准厂房（南区）", null, null, null, null, null, null, null, null],
        ["主管部门", "琼中黎族苗族自治县湾岭农产品加工物流园管理委员会", null, null, null, "实施单位", "海南中部绿色产业园投资发展有限公司", null, null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额", 6000, 6500, 5980, 10, "92.00%", 9.2, null, null],
        [null, "其中：当年财政拨款", 4000, 4500, 3980, "—", "—", "—", null, null],
        [null, "上年结转资金", 2000, 2000, 2000, "—", "—", "—", null, null],
        [null, "其他资金", "—", "—", "—", "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [null, "新建3栋4层复式标准厂房（总建筑面积68540.39㎡），新建道路广场约4978.48㎡，配套给排水、电气、景观绿化等室外公共工程，年内完成主体及配套工程建设。", null, null, null, "3栋厂房主体完工，道路广场及室外配套基本完成，工程形象进度95%；部分厂房已招商入驻。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, "产出指标（50分）", "数量指标", "新建复式标准厂房栋数", "3栋", "3栋", 10, 10, null, null],
        [null, null, null, "新建厂房总建筑面积", "≥68540㎡", "68540.39㎡", 10, 10, null, null],
        [null, null, "质量指标", "工程形象进度", "100%", "95%", 10, 10, null, null],
        [null, null, "时效指标", "年度投资完成时间", "2024年12月底前", "2024年12月", 10, 10, null, null],
        [null, null, "成本指标", "项目概算总投资", "≤26984.72万元", "26984.72万元", 10, 10, null, null],
        [null, "效益指标（30分）", "经济效益指标", "厂房出租率", "≥60%", "52%", 10, 8, "部分厂房仍在内部装修，招商入驻未全部完成；下步加快招商进度。", null],
        [null, null, "社会效益指标", "带动园区新增就业人数", "≥300人", "320人", 10, 10, null, null],
        [null, null, "可持续影响指标", "厂房设计使用年限", "≥50年", "50年", 10, 10, null, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "入驻企业满意度", "≥90%", "92%", 10, 10, null, null],
        [null, "总分", null, null, null, null, 100, 98.2, null, null],
      ],
      merges: [
        "A1:J1", "A2:J2", "B3:J3", "B4:E4", "G4:J4", "A5:A9", "I5:J9", "A10:A11", "B10:E10", "F10:J10", "B11:E11", "F11:J11",
        "A12:A22", "I12:J12", "B13:B17", "C13:C14", "B18:B20", "I13:J13", "I14:J14", "I15:J15", "I16:J16", "I17:J17", "I18:J18", "I19:J19",
        "I20:J20", "I21:J21", "B22:F22", "I22:J22",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 22, year: 2024 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H15", why: "工程形象进度 95% misses its 100%, yet 得分 10 of 分值 10" },
      { rule: "selfeval.score-mismatch", cell: "H22", why: "总分 98.2 where the scores add up to 9.2 + 10 + 10 + 10 + 10 + 10 + 8 + 10 + 10 + 10 = 97.2" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "5980 / 6500 = 92.00%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 92.00% = 9.2" },
      { rule: "selfeval.total-mismatch", why: "年初 6000 = 4000 + 2000; 全年 6500 = 4500 + 2000; 执行 5980 = 3980 + 2000; 其他资金 is a dash" },
      { rule: "selfeval.weights", why: "10 + 5 × 10 + 3 × 10 + 10 = 100" },
      { rule: "selfeval.missing-explanation", cell: "I18", why: "厂房出租率 scores 8 of 10 and its 偏差原因 is given; the rate 92% is above 90%" },
      { rule: "selfeval.target-missed-full-score", cell: "H18", why: "厂房出租率 misses ≥60% but scores 8, not its full 10" },
      { rule: "selfeval.target-missed-full-score", cell: "H14", why: "68540.39㎡ meets ≥68540㎡" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "2024年12月 meets 2024年12月底前" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "26984.72万元 meets ≤26984.72万元" },
      { rule: "execution.overspent", why: "执行数 5980 is under 预算数 6500" },
    ],
  },
};
