import type { CorpusLayout } from "../types";

// 云南 姚安县左门乡人民政府 2023年度部门决算, 第四部分 (三) 项目支出绩效自评表: the Yunnan form — 项目资金 block with 年初预算数 /
// 全年预算数 / 全年执行数 and its 其中 lines, then 绩效指标 over two header rows (指标性质 / 指标值 / 度量单位). 户厕改造 108 of ≥120 given
// full marks; 总分 typed 98.50 where the scores add up to 98.05.
export const layout: CorpusLayout = {
  id: "yaoan-zuomen-2023-project-selfeval",
  source: {
    title: "姚安县左门乡人民政府2023年度部门决算（第四部分 四、部门绩效自评情况（三）项目支出绩效自评表）",
    url: "https://easterncoast.cn/Pages_743_95303.aspx",
    publisher: "姚安县左门乡人民政府 (reposted)",
    date: "2024",
    changes:
      "The stored copy shows the 决算's 目录 and 单位概况; the 项目支出绩效自评表 it lists is laid out as the Yunnan 部门决算 form prints it " +
      "(table-not-in-stored-copy): the 项目资金 block with 其中 lines, 年度总体目标, three-level indicators with 指标性质 / 指标值 / 度量单位. " +
      "The project, indicators and figures are ours. Planted: 农村户厕改造数 108 against ≥120 scored 10 of 10; 总分 typed 98.50 where " +
      "9.05 + 10 + 10 + 15 + 9 + 5 + 30 + 10 = 98.05.",
  },
  classes: ["selfeval", "national-template", "two-header-rows", "indicator-value-split", "qizhong-lines", "carry-over-line", "percent-text-rates", "qualitative-target", "deviation-column", "table-not-in-stored-copy", "township", "yunnan"],
  settings: { district: "楚雄彝族自治州姚安县" },
  sheets: [
    {
      name: "项目支出绩效自评表",
      widths: [12, 20, 24, 8, 10, 8, 10, 8, 8, 30],
      rows: [
        ["2023年度项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["项目名称", "2023年左门乡农村人居环境整治提升项目", null, null, null, null, null, null, null, null],
        ["主管部门", "姚安县左门乡人民政府", null, null, null, "实施单位", "姚安县左门乡人民政府", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额", 60, 80, 72.4, 10, "90.50%", 9.05, null, null],
        [null, "其中：当年财政拨款", 50, 70, 62.4, null, "89.14%", null, null, null],
        [null, "上年结转资金", 10, 10, 10, null, "100.00%", null, null, null],
        [null, "其他资金", null, null, null, null, null, null, null, null],
        ["年度\n总体\n目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [null, "完成农村户厕改造120户，新建垃圾收集点15个，村庄人居环境明显改善。", null, null, null, "完成户厕改造108户，新建垃圾收集点16个；2个点位因雨季延期完工。", null, null, null, null],
        ["绩效指标", null, null, "年度指标值", null, null, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", null, null, null, null],
        ["产出指标", "数量指标", "农村户厕改造数", "≥", 120, "户", 108, 10, 10, null],
        [null, null, "新建垃圾收集点", "≥", 15, "个", 16, 10, 10, null],
        [null, "质量指标", "项目验收合格率", "﹦", 100, "%", 100, 15, 15, null],
        [null, "时效指标", "项目按期完工率", "﹦", 100, "%", 95, 10, 9, "2个垃圾收集点受雨季影响延期完工，已督促施工单位加快进度"],
        [null, "成本指标", "项目总成本", "≤", 80, "万元", 72.4, 5, 5, null],
        ["效益指标", "社会效益指标", "群众生活环境改善", "定性", "明显改善", null, "明显改善", 30, 30, null],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", 90, "%", 93, 10, 10, null],
        ["总分", null, null, null, null, null, null, 100, 98.5, null],
      ],
      merges: [
        "A1:J1", "B2:J2", "B3:E3", "G3:J3", "A4:A8", "I4:J8", "A9:A10", "B9:E9", "F9:J9", "B10:E10", "F10:J10",
        "A11:C11", "D11:F11", "G11:G12", "H11:H12", "I11:I12", "J11:J12", "A13:A17", "B13:B14", "A20:G20",
      ],
      numberFormats: { "C5:E7": "0.00", "F5": "0.00", "H5": "0.00", "H13:I20": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "项目支出绩效自评表", kind: "selfeval", unit: "万元", headerRow: 4, lastRow: 20, year: 2023 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "I13", why: "农村户厕改造数 ≥120户, 实际 108户, yet 得分 10 of 分值 10" },
      { rule: "selfeval.score-mismatch", cell: "I20", why: "9.05 + 10 + 10 + 15 + 9 + 5 + 30 + 10 = 98.05, not the 98.50 typed" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G5", why: "72.40 / 80.00 = 90.50%" },
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "62.40 / 70.00 = 89.14%" },
      { rule: "selfeval.score-mismatch", cell: "H5", why: "10 × 90.50% = 9.05" },
      { rule: "selfeval.total-mismatch", cell: "E5", why: "62.40 + 10.00 = 72.40; 年初 50 + 10 = 60, 全年 70 + 10 = 80" },
      { rule: "selfeval.weights", why: "10 (budget) + 10 + 10 + 15 + 10 + 5 + 30 + 10 = 100" },
      { rule: "selfeval.missing-explanation", cell: "I16", why: "项目按期完工率 scored 9 of 10 with its 偏差原因 given (J16)" },
      { rule: "selfeval.missing-explanation", cell: "G5", why: "执行率 90.50% is not below 90%" },
      { rule: "selfeval.target-missed-full-score", cell: "I16", why: "95% against 100% is scored 9 of 10, not full marks" },
      { rule: "selfeval.target-missed-full-score", cell: "I17", why: "项目总成本 72.40 ≤ 80万元 is met" },
    ],
  },
};
