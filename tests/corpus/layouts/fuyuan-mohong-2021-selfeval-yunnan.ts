import type { CorpusLayout } from "../types";

// 富源县墨红镇 2021年度部门决算, 第四部分 四（三）项目支出绩效自评表: Yunnan's form — 项目资金（万元） side label over
// 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, then 绩效指标 over two header rows (指标性质 / 指标值 / 度量单位).
export const layout: CorpusLayout = {
  id: "fuyuan-mohong-2021-selfeval-yunnan",
  source: {
    title: "富源县墨红镇2021年度部门决算（第四部分 其他重要事项及相关口径情况说明 四、部门绩效自评情况（三）项目支出绩效自评表）",
    url: "https://qjfy.gov.cn/index.php/fuyuan/zdlygk/show/133998.html",
    publisher: "富源县墨红镇人民政府",
    date: "2022-10-31",
    changes:
      "The stored copy shows the 决算's table of contents naming the 项目支出绩效自评表 but not the form's body; the form is laid out as Yunnan's " +
      "项目支出绩效自评表 is published (the wording, header rows and merges of that template: 项目资金（万元）, 年度资金总额 / 其中：当年财政拨款 / " +
      "上年结转资金 / 其他资金, 年度总体目标, 绩效指标 with 指标性质 | 指标值 | 度量单位, 偏差原因分析及改进措施, 总分). The project, targets and all " +
      "figures are ours. Planted: the budget score 10.00 where 分值 10 × 执行率 90.00% = 9.00; 生活垃圾无害化处理率 ≥85% reached 80% yet scored its " +
      "full 10.",
  },
  classes: ["selfeval", "yunnan", "national-template", "town-government", "two-header-rows", "indicator-value-split", "side-label-unit", "explanation-given"],
  sheets: [
    {
      name: "项目支出绩效自评表",
      widths: [12, 18, 26, 8, 8, 10, 10, 8, 8, 30],
      rows: [
        ["2021年度项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["项目名称", "墨红镇2021年农村人居环境整治提升经费", null, null, null, null, null, null, null, null],
        ["主管部门", "富源县墨红镇人民政府", null, null, null, "实施单位", "富源县墨红镇人民政府", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额", 86, 92.4, 83.16, 10, "90.00%", 10, null, null],
        [null, "其中：当年财政拨款", 86, 92.4, 83.16, null, "90.00%", null, null, null],
        [null, "上年结转资金", null, null, null, null, null, null, null, null],
        [null, "其他资金", null, null, null, null, null, null, null, null],
        ["年度\n总体\n目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [null, "完成农村户厕改造120户以上，建设垃圾收集点20个，改善全镇农村人居环境。", null, null, null, "完成户厕改造126户，建成垃圾收集点20个，其中2个延至12月完工。", null, null, null, null],
        ["绩效指标", null, null, "年度指标值", null, null, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", null, null, null, null],
        ["产出指标", "数量指标", "农村户厕改造数量", "≥", 120, "户", 126, 15, 15, null],
        [null, null, "垃圾收集点建设数量", "≥", 20, "个", 20, 10, 10, null],
        [null, "质量指标", "项目验收合格率", "﹦", 100, "%", 100, 15, 15, null],
        [null, "时效指标", "项目完成及时率", "≥", 95, "%", 88, 10, 8, "受雨季影响，2个垃圾收集点延至12月完工；今后提前安排施工时序。"],
        [null, "成本指标", "户厕改造补助标准", "≤", 0.3, "万元/户", 0.3, 10, 10, null],
        ["效益指标", "社会效益指标", "农村卫生厕所普及率提升", "≥", 3, "百分点", 3.2, 10, 10, null],
        [null, "生态效益指标", "生活垃圾无害化处理率", "≥", 85, "%", 80, 10, 10, null],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90, "%", 93, 10, 10, null],
        ["总分", null, null, null, null, null, null, 100, 98, null],
      ],
      merges: [
        "A1:J1", "B2:J2", "B3:E3", "G3:J3", "A4:A8", "I4:J8", "A9:A10", "B9:E9", "F9:J9", "B10:E10", "F10:J10",
        "A11:C11", "D11:F11", "G11:G12", "H11:H12", "I11:I12", "J11:J12", "A13:A17", "B13:B14", "A18:A19", "A21:G21",
      ],
      numberFormats: { "C5:E6": "0.00", "F5": "0.00", "H5": "0.00", "H13:I21": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "项目支出绩效自评表", kind: "selfeval", unit: "万元", headerRow: 4, lastRow: 21, year: 2021 }],
    findings: [
      { rule: "selfeval.score-mismatch", cell: "H5", why: "分值 10 × 执行率 (83.16 / 92.40 = 90.00%) = 9.00; the form gives 10.00" },
      { rule: "selfeval.target-missed-full-score", cell: "I19", why: "生活垃圾无害化处理率 ≥85%, 实际完成 80%, yet 得分 10.00 of 分值 10.00" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G5", why: "83.16 / 92.40 = 90.00%, as shown" },
      { rule: "selfeval.total-mismatch", cell: "E5", why: "年度资金总额 = 其中：当年财政拨款 in every column (86.00, 92.40, 83.16); 上年结转 and 其他 are empty" },
      { rule: "selfeval.weights", why: "分值 10 (budget) + 15 + 10 + 15 + 10 + 10 + 10 + 10 + 10 = 100" },
      { rule: "selfeval.score-mismatch", cell: "I21", why: "总分 98.00 = 10 + 15 + 10 + 15 + 8 + 10 + 10 + 10 + 10, the scores as written; the budget score's slip is reported once, at H5" },
      { rule: "selfeval.missing-explanation", cell: "I16", why: "项目完成及时率 scored 8 of 10 and its 偏差原因分析及改进措施 (J16) is filled in" },
      { rule: "selfeval.missing-explanation", cell: "G5", why: "执行率 90.00% is not below 90%" },
      { rule: "selfeval.target-missed-full-score", cell: "I17", why: "户厕改造补助标准 ≤0.3万元/户, actual 0.3: met" },
      { rule: "selfeval.target-missed-full-score", cell: "I18", why: "普及率提升 ≥3 百分点, actual 3.2: met" },
    ],
  },
};
