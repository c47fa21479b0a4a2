import type { CorpusLayout } from "../types";

// 乌恰县水利局 (新疆克孜勒苏州) 2021: the 绩效项目申报表 of the 干渠防渗改造项目 — project rows, a money block (年度资金总额 over its
// sources) and the 一级 / 二级 / 三级指标 | 指标值 targets without points; the 年度资金总额 typed 480 over sources of 460.
export const layout: CorpusLayout = {
  id: "wuqia-2021-main-canal-seepage-project-targets",
  source: {
    title: "绩效项目申报表（2021年度）— 干渠防渗改造项目",
    url: "https://xjwqx.gov.cn/xjwqx/c103065/202104/c8c7f7dd9747439fa669fb81d97f9b0f.shtml",
    publisher: "乌恰县水利局",
    date: "2021-04-27",
    changes:
      "The stored copy shows the form's head as published (绩效项目申报表, （2021年度）, 项目名称 干渠防渗改造项目 | 项目负责人及联系电话, 主管部门 乌恰县水利局 | " +
      "实施单位 乌恰县农村供水站); its money block and indicator rows did not survive the copy, so they follow the region's 绩效目标申报表 form " +
      "(年度资金总额 over 其中 sources; 一级 / 二级 / 三级指标 | 指标值) with figures and targets of our own; the person's name is left out. " +
      "Planted: 年度资金总额 480 where 中央 400 + 自治区 60 = 460.",
  },
  classes: ["targets", "composition", "target-form", "money-block-under-side-label", "qizhong-lines", "three-level-indicators", "text-targets", "no-weights", "first-level-merged-down", "whole-wanyuan", "wanyuan-in-label", "year-in-title", "county-project", "xinjiang"],
  sheets: [
    {
      name: "绩效项目申报表",
      widths: [16, 20, 18, 28, 20],
      rows: [
        ["绩效项目申报表", null, null, null, null],
        ["（2021年度）", null, null, null, null],
        ["项目名称", "干渠防渗改造项目", null, "项目负责人及联系电话", "（略）"],
        ["主管部门", "乌恰县水利局", null, "实施单位", "乌恰县农村供水站"],
        ["项目资金（万元）", "年度资金总额", 480, null, null],
        [null, "其中：中央财政资金", 400, null, null],
        [null, "自治区财政资金", 60, null, null],
        ["年度总体目标", "对乌恰镇、黑孜苇乡灌区老化干渠实施混凝土防渗改造，减少渠道渗漏损失，提高渠系水利用系数，改善灌溉条件。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "数量指标", "干渠防渗改造长度", "≥12公里"],
        [null, null, "质量指标", "工程验收合格率", "100%"],
        [null, null, "时效指标", "工程完工时间", "2021年10月底前"],
        [null, null, "成本指标", "每公里改造成本", "≤40万元"],
        [null, "效益指标", "经济效益指标", "改善灌溉面积", "≥1.5万亩"],
        [null, null, "社会效益指标", "受益农牧民人数", "≥3000人"],
        [null, null, "可持续影响指标", "工程设计使用年限", "≥20年"],
        [null, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
      ],
      merges: ["A1:E1", "A2:E2", "B3:C3", "B4:C4", "A5:A7", "C5:E5", "C6:E6", "C7:E7", "B8:E8", "A9:A17", "B10:B13", "B14:B16"],
      numberFormats: { "C5:C7": "#,##0" },
    },
  ],
  settings: { district: "乌恰县" },
  expect: {
    tables: [
      { sheet: "绩效项目申报表", kind: "composition", unit: "万元", headerRow: 5, lastRow: 7, year: 2021 },
      { sheet: "绩效项目申报表", kind: "targets", headerRow: 9, lastRow: 17, columns: { B: "type", D: "name", E: "target" }, year: 2021 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C5", why: "年度资金总额 480; its sources give 400 (中央) + 60 (自治区) = 460 (20万元 apart)" },
    ],
    absent: [
      { rule: "selfeval.weights", why: "a target form without 分值: no points to add up" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值: the form states targets only" },
      { rule: "input.unreadable-value", cell: "E12", why: "2021年10月底前 is a target, not a value the form must hold as a number" },
      { rule: "input.unreadable-value", cell: "E13", why: "≤40万元 is a cost target" },
      { rule: "register.ineligible-location", why: "no register; 乌恰镇、黑孜苇乡 are of 乌恰县" },
    ],
  },
};
