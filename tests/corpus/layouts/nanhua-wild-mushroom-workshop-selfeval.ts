import type { CorpusLayout } from "../types";

// 南华县农业农村局 (楚雄, 云南): 项目支出绩效自评表 for the 野生菌加工车间 at 罗家屯社区 (续建) — 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
// 得分, 预期目标 beside 实际完成情况, and indicators whose 分值 carry one decimal (10.3, 9.3, 9.3, 10.8, 10.3 under 产出指标（50分）), an
// 经济效益指标 filed under 产出, and an empty 成本指标 row, as published.
export const layout: CorpusLayout = {
  id: "nanhua-wild-mushroom-workshop-selfeval",
  source: {
    title: "南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目（续建）项目支出绩效自评表",
    url: "https://www.ynnh.gov.cn/info/17693/347777.htm",
    publisher: "南华县农业农村局",
    changes:
      "As published: the form's rows and wording (项目名称; 主管部门 | 实施单位; 项目资金（万元） with 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 and " +
      "年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金; 年度总体目标 预期目标 | 实际完成情况; 一级 / 二级 / 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | " +
      "偏差原因分析及改进措施), the project, the units, the targets text and the five 产出 indicators with their decimal 分值 (10.3, 9.3, 9.3, 10.8, 10.3), the " +
      "经济效益指标 row under 产出 and the empty 成本指标 row. The stored copy stops at 效益指标: the 效益 and 满意度 rows are ours, and so are all actual values " +
      "and scores (spending 1045 of 1100). The page shows no year, and none is stated. Planted: 奖补资金兑付率 95% against ≥100% yet its full 10.8; 总分 " +
      "得分 100 where 9.5 + 50 + 30 + 10 = 99.5.",
  },
  classes: ["selfeval", "national-template", "initial-and-full-year-budget", "decimal-weights", "indicator-under-wrong-level", "empty-indicator-row", "spaced-side-label", "dash-as-nothing", "rates-as-text", "no-year-stated", "county-bureau", "yunnan"],
  sheets: [
    {
      name: "自评表",
      widths: [10, 16, 14, 30, 14, 14, 8, 8, 22],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["项目名称", "南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目（续建）", null, null, null, null, null, null, null],
        ["主管部门", "南华县农业农村局", null, null, "实施单位", "南华县国有资本管理有限公司", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 1100, 1100, 1045, 10, "95%", 9.5, null],
        [null, "其中：当年财政拨款", 1100, 1100, 1045, "—", "95%", "—", null],
        [null, "上年结转资金", "—", "—", null, null, null, null, null],
        [null, "其他资金", "—", "—", null, null, null, null, null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null, null],
        [
          null,
          "目标1：1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装，冷库仓储3100元每平方米，投资400万元；目标2：配套烘干杀菌设备及包装设备购置及安装550万元；目标3：配套电力设施1250KVA变压器3台，完成高压线接入及土建安装投资150万元。",
          null, null,
          "冷库仓储1290.3平方米、烘干杀菌及包装设备、3台1250KVA变压器均已完成安装并投入使用；尾款55万元待质保期满后支付。",
          null, null, null, null,
        ],
        ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标（50分）", "数量指标", "1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装", "≥1290.3平方米", "1290.3平方米", 10.3, 10.3, null],
        [null, null, "数量指标", "配套烘干杀菌设备及包装设备购置及安装", "550万元", "550万元", 9.3, 9.3, null],
        [null, null, "数量指标", "配套电力设施1250KVA变压器3台", "3台", "3台", 9.3, 9.3, null],
        [null, null, "经济效益指标", "奖补资金兑付率（%）", "≥100%", "95%", 10.8, 10.8, null],
        [null, null, "时效指标", "任务完成时限（月）", "10", "10", 10.3, 10.3, null],
        [null, null, "成本指标", null, null, null, null, null, null],
        [null, "效益指标（30分）", "社会效益指标", "带动周边群众务工就业人数", "≥50人", "56人", 15, 15, null],
        [null, null, "可持续影响指标", "加工车间持续运营年限", "≥10年", "10年", 15, 15, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "受益群众满意度", "≥90%", "95%", 10, 10, null],
        [null, "总分", null, null, null, null, 100, 100, null],
      ],
      merges: [
        "A1:I1", "B2:I2", "B3:D3", "F3:I3", "A4:B4", "H4:I4", "A5:A8", "H5:I5", "H6:I6", "H7:I7", "H8:I8",
        "A9:A10", "B9:D9", "E9:I9", "B10:D10", "E10:I10", "A11:A21", "B12:B17", "B18:B19", "B21:F21",
      ],
      numberFormats: { "C5:E6": "0.00", "H5": "0.0", "G12:H21": "0.0" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 4, lastRow: 21 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H15", why: "奖补资金兑付率 95% misses its target ≥100%, yet scores its full 分值 10.8" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "总分 得分 100; the scores give 9.5 + (10.3 + 9.3 + 9.3 + 10.8 + 10.3 = 50.0) + 15 + 15 + 10 = 99.5" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G5", why: "1,045.00 / 1,100.00 = 95.00%, shown 95%" },
      { rule: "selfeval.score-mismatch", cell: "H5", why: "10 × 95% = 9.5" },
      { rule: "selfeval.weights", why: "分值: 10 + 10.3 + 9.3 + 9.3 + 10.8 + 10.3 + 15 + 15 + 10 = 100.0; the decimals of 产出 add up to its 50分" },
      { rule: "selfeval.total-mismatch", cell: "C5", why: "1,100 = 当年财政拨款 1,100 + 上年结转 — + 其他 —" },
      { rule: "selfeval.target-missed-full-score", cell: "H12", why: "1290.3平方米 meets ≥1290.3平方米" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "10 months against a 10-month limit" },
      { rule: "selfeval.missing-explanation", why: "no indicator scores below its 分值, and the rate, 95%, is not below 90%" },
      { rule: "input.unreadable-value", why: "— marks nothing; the empty 成本指标 row holds no figure" },
    ],
  },
};
