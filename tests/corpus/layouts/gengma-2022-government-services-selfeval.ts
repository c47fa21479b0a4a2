import type { CorpusLayout } from "../types";

// 云南 耿马傣族佤族自治县政务服务管理局 2022年度部门决算, part 十四 项目支出绩效自评表: the Yunnan form — 项目资金（万元） with 年初预算数 | 全年预算数 |
// 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 and its 其中 lines, 年度总体目标, then 一级 / 二级 / 三级指标 with 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因.
export const layout: CorpusLayout = {
  id: "gengma-2022-government-services-selfeval",
  source: {
    title: "耿马傣族佤族自治县政务服务管理局2022年度部门决算（十四、项目支出绩效自评表）",
    url: "https://www.yngm.gov.cn/info/1086/81598.htm",
    publisher: "耿马傣族佤族自治县政务服务管理局",
    date: "2023",
    changes:
      "The stored copy shows the report's contents (its part 十四 is the 项目支出绩效自评表) but not the form itself. The form is laid out as Yunnan's " +
      "counties print it (title and 年度 line, 项目名称, 主管部门 | 实施单位, 项目资金（万元） block, 年度总体目标 预期目标 | 实际完成情况, the indicator grid " +
      "and 总分), with 年度指标值 written with its sign and unit in one cell. The project, its money and its indicators are ours. Planted: 政务服务事项按时" +
      "办结率 targets =100% and reaches 98% yet keeps its full 10 points; 总分 typed 98.53 where 9.53 + 20 + 20 + 10 + 20 + 18 = 97.53.",
  },
  classes: ["selfeval", "yunnan-form", "carried-over-funds-line", "indicator-value-with-unit", "explained-shortfall", "total-score-row", "two-decimal-wanyuan", "form-from-report-contents", "county-department", "yunnan"],
  settings: { district: "耿马傣族佤族自治县" },
  sheets: [
    {
      name: "项目支出绩效自评表",
      widths: [12, 20, 24, 12, 12, 8, 10, 8, 8, 16],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2022年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "耿马县政务服务中心运行保障经费", null, null, null, null, null, null, null, null],
        ["主管部门", "耿马傣族佤族自治县政务服务管理局", null, null, null, "实施单位", "耿马傣族佤族自治县政务服务中心", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额", 35, 38, 36.2, 10, "95.26%", 9.53, null, null],
        [null, "其中：当年财政拨款", 35, 35, 33.2, null, "94.86%", null, null, null],
        [null, "上年结转资金", 0, 3, 3, null, "100.00%", null, null, null],
        [null, "其他资金", null, null, null, null, null, null, null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [null, "保障政务服务中心窗口正常运转，进驻事项不少于300项，群众办事一次办结率不低于95%。", null, null, null, "进驻事项312项，一次办结率96.5%，按时办结率98%。", null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null, null],
        ["产出指标", "数量指标", "窗口进驻事项数", "≥300项", "312项", 20, 20, null, null, null],
        [null, "质量指标", "群众办事一次办结率", "≥95%", "96.5%", 20, 20, null, null, null],
        [null, "时效指标", "政务服务事项按时办结率", "=100%", "98%", 10, 10, null, null, null],
        ["效益指标", "社会效益指标", "“一网通办”事项占比", "≥90%", "92%", 20, 20, null, null, null],
        ["满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%", "93%", 20, 18, "部分窗口高峰时段排队时间较长，下一步增设自助终端、推行预约办理。", null, null],
        ["总分", null, null, null, null, 100, 98.53, null, null, null],
      ],
      merges: [
        "A1:J1", "A2:J2", "B3:J3", "B4:E4", "G4:J4", "A5:A9", "I5:J9", "A10:A11", "B10:E10", "F10:J10", "B11:E11", "F11:J11",
        "H12:J12", "A13:A15", "H13:J13", "H14:J14", "H15:J15", "H16:J16", "H17:J17", "A18:E18", "H18:J18",
      ],
      numberFormats: { "C6:E8": "0.00", "H6": "0.00", "G18": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "项目支出绩效自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 18, year: 2022 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "G15", why: "政务服务事项按时办结率 targets =100% and reaches 98%, yet scores 10 of 分值 10" },
      { rule: "selfeval.score-mismatch", cell: "G18", why: "总分 98.53, but 9.53 + 20 + 20 + 10 + 20 + 18 = 97.53" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "36.20 / 38.00 = 95.26%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 95.26% = 9.53" },
      { rule: "selfeval.total-mismatch", cell: "D6", why: "全年预算数 38.00 = 35.00 + 3.00; 全年执行数 36.20 = 33.20 + 3.00; 年初 35.00 = 35.00 + 0.00" },
      { rule: "selfeval.missing-explanation", cell: "G17", why: "办事群众满意度 scored 18 of 20 with its 偏差原因 written" },
      { rule: "selfeval.weights", why: "分值 10 + 20 + 20 + 10 + 20 + 20 = 100" },
      { rule: "selfeval.target-missed-full-score", cell: "G14", why: "一次办结率 96.5% meets ≥95%" },
      { rule: "selfeval.missing-explanation", cell: "G6", why: "执行率 95.26% is above 90%" },
    ],
  },
};
