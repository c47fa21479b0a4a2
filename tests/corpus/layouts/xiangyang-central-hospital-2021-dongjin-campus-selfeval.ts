import type { CorpusLayout } from "../types";

// 襄阳市中心医院, 填报日期 2022-03-18: 2021年度财政项目绩效自评表 for 东津院区建设补助 — the 湖北 city form: 项目类别 / 项目属性 / 项目类型
// tick lines, 预算执行情况（万元）（20分） with 预算数（A）| 执行数（B）| 执行率（B/A）| 得分（20分*执行率）, then 年度绩效目标（80分） with
// 一级 / 二级 / 三级指标 | 年初目标值（A）| 实际完成值（B）| 得分.
export const layout: CorpusLayout = {
  id: "xiangyang-central-hospital-2021-dongjin-campus-selfeval",
  source: {
    title: "2021年度财政项目绩效自评表（单位名称：襄阳市中心医院，填报日期：2022年3月18日）",
    url: "https://taowenge.com/d-68000429.html",
    publisher: "襄阳市中心医院（document stored on a document-sharing site）",
    date: "2022-03-18",
    changes:
      "As published: the title, 单位名称 and 填报日期 line, 项目名称 东津院区建设补助, 主管部门 襄阳市卫生健康委, the three tick lines, the 预算执行情况 " +
      "header (20分) and the 年度绩效目标（80分） header, and the first indicators (成本控制 不超过预算; 保证财政建设补助专款专用; 1年; 东津医疗收入达到5亿元 " +
      "with 6.47亿元 achieved; 院区建成后可持续为周边群众提供医疗服务). The stored preview breaks off there: 执行数 960 (published 1000), the 成本指标's " +
      "wording (≤1000万元 / 960万元), the 社会效益 and 满意度 lines, the 偏差原因 row and the 总分 row are ours. Planted: 执行率 typed 100% where " +
      "960 / 1000 = 96%; 总分 typed 99.2 where 19.2 + 10 × 7 + 9 = 98.2.",
  },
  classes: ["selfeval", "city-form", "tick-lines", "score-formula-in-header", "rate-slip", "score-total-slip", "deviation-note-row", "hospital", "preview-cut", "hubei"],
  settings: { district: "襄阳市" },
  sheets: [
    {
      name: "绩效自评表",
      widths: [16, 12, 16, 34, 16, 16, 14],
      rows: [
        ["2021年度财政项目绩效自评表", null, null, null, null, null, null],
        ["单位名称：襄阳市中心医院", null, null, null, "填报日期：2022年3月18日", null, null],
        ["项目名称", "东津院区建设补助", null, null, null, null, null],
        ["主管部门", "襄阳市卫生健康委", null, "项目实施单位", "襄阳市中心医院", null, null],
        ["项目类别", "1、部门预算项目☑  2、财政专项□  3、市对下转移支付项目□", null, null, null, null, null],
        ["项目属性", "1、持续性项目□  2、新增性项目☑", null, null, null, null, null],
        ["项目类型", "1、常年性项目□  2、延续性项目☑  3、一次性项目□", null, null, null, null, null],
        ["预算执行情况（万元）（20分）", null, null, "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）"],
        ["年度财政资金总额", null, null, 1000, 960, "100%", 19.2],
        ["年度绩效目标（80分）", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"],
        [null, "产出指标", "数量指标", "成本控制", "不超过预算", "不超过预算", 10],
        [null, null, "质量指标", "保证财政建设补助专款专用", "专款专用", "专款专用", 10],
        [null, null, "成本指标", "项目财政补助支出", "≤1000万元", "960万元", 10],
        [null, null, "时效指标", "项目实施周期", "1年", "1年", 10],
        [null, "效益指标", "经济效益指标", "完成东津院区建设，医院东津医疗收入达到5亿元", "5亿元", "6.47亿元", 10],
        [null, null, "社会效益指标", "东津院区门急诊服务人次", "≥60万人次", "64.3万人次", 10],
        [null, null, "可持续影响指标", "院区建成后，可持续为周边群众提供医疗服务", "服务范围扩大", "服务范围扩大", 10],
        [null, "满意度指标", "服务对象满意度指标", "住院患者满意度", "≥90%", "88%", 9],
        ["偏差原因分析", "住院患者满意度88%，未达90%：新院区启用初期导诊、停车不足；已增设导诊台并扩建停车场。", null, null, null, null, null],
        ["总分", null, null, null, null, null, 99.2],
      ],
      merges: ["A1:G1", "A2:D2", "E2:G2", "B3:G3", "B4:C4", "E4:G4", "B5:G5", "B6:G6", "B7:G7", "A8:C8", "A9:C9", "A10:A18", "B11:B14", "B15:B17", "B19:G19", "A20:F20"],
      numberFormats: { "D9:E9": "#,##0.00", "G9": "0.0", "G20": "0.0" },
    },
  ],
  expect: {
    tables: [{ sheet: "绩效自评表", kind: "selfeval", unit: "万元", headerRow: 8, lastRow: 20, year: 2021 }],
    findings: [
      { rule: "selfeval.rate-mismatch", sheet: "绩效自评表", cell: "F9", why: "执行数 960 / 预算数 1,000 = 96%, typed 100%" },
      { rule: "selfeval.score-mismatch", sheet: "绩效自评表", cell: "G20", why: "总分 99.2 where the scores add up to 19.2 + 10 + 10 + 10 + 10 + 10 + 10 + 10 + 9 = 98.2 (1 point apart)" },
    ],
    absent: [
      { rule: "selfeval.score-mismatch", sheet: "绩效自评表", cell: "G9", why: "20 × 96% = 19.2: the score follows the true rate" },
      { rule: "selfeval.weights", why: "预算执行 20 + eight indicators × 10 = 100 (the 80分 of the header)" },
      { rule: "selfeval.target-missed-full-score", sheet: "绩效自评表", cell: "G18", why: "满意度 88% misses ≥90% and is scored 9 of 10, not full" },
      { rule: "selfeval.indicator-contradicted", sheet: "绩效自评表", cell: "F13", why: "960万元 agrees with 执行数 960 and is within ≤1000万元" },
      { rule: "input.unreadable-value", sheet: "绩效自评表", cell: "E15", why: "5亿元 / 6.47亿元 are indicator values, text by nature" },
    ],
  },
};
