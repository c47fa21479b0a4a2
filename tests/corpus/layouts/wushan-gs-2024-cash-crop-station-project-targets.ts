import type { CorpusLayout } from "../types";

// 武山县经济作物工作站 (甘肃 天水) 2024年度部门决算: a 股级 station of 6 posts spreading new 中药材 and 油料 varieties and techniques; the stored
// page carries the outline (第四部分 预算绩效情况说明) and duties, not the forms. Laid out as the 项目支出绩效目标表 such a station files: label rows
// (项目名称, 主管部门 | 实施单位, 项目资金 and 年度绩效目标 as text), then 一级指标 | 二级指标 | 三级指标 | 指标值 with the first two merged down.
export const layout: CorpusLayout = {
  id: "wushan-gs-2024-cash-crop-station-project-targets",
  source: {
    title: "武山县经济作物工作站2024年度部门决算（第四部分 预算绩效情况说明：项目支出绩效目标表据职能拟）",
    url: "http://www.wushan.gov.cn/info/6221/1596412.htm",
    publisher: "武山县经济作物工作站",
    date: "2025",
    changes:
      "As published: the station (股级全额拨款事业单位, 编制6人, 年初年末实有10人), its duties (全县中药材、油料等经济作物新品种、新技术的引进、试验、" +
      "示范和推广) and the outline with 预算绩效情况说明. The form, the project, its 30万元 and every indicator are ours, taken from the duties. " +
      "Nothing planted (clean): a targets form with no results.",
  },
  classes: [
    "targets", "clean", "label-value-rows", "text-money-row", "three-level-indicators", "merged-indicator-levels", "text-targets",
    "no-results-column", "no-weights", "table-from-prose", "county-unit", "gansu",
  ],
  settings: { district: "武山县" },
  sheets: [
    {
      name: "绩效目标表",
      widths: [14, 18, 26, 20],
      rows: [
        ["项目支出绩效目标表", null, null, null],
        ["（2024年度）", null, null, null],
        ["项目名称", "中药材、油料新品种新技术引进示范推广项目", null, null],
        ["主管部门", "武山县农业农村局", "实施单位", "武山县经济作物工作站"],
        ["项目资金", "年度资金总额30万元，其中：财政拨款30万元", null, null],
        ["年度绩效目标", "引进中药材、油料新品种5个以上，建立示范点3个，推广新技术1.2万亩，培训农户600人次，带动种植户增收。", null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "引进新品种数量", "≥5个"],
        [null, null, "建立示范点数量", "3个"],
        [null, null, "新技术推广面积", "≥1.2万亩"],
        [null, null, "培训农户人次", "≥600人次"],
        [null, "质量指标", "示范点良种覆盖率", "≥95%"],
        [null, "时效指标", "项目完成时间", "2024年12月底前"],
        [null, "成本指标", "项目总成本", "≤30万元"],
        ["效益指标", "经济效益指标", "示范区亩均增收", "≥300元"],
        [null, "社会效益指标", "带动种植户数", "≥500户"],
        [null, "可持续影响指标", "新技术持续应用年限", "≥3年"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"],
      ],
      merges: ["A1:D1", "A2:D2", "B3:D3", "B5:D5", "B6:D6", "A8:A14", "B8:B11", "A15:A17"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "绩效目标表",
        kind: "targets",
        headerRow: 7,
        lastRow: 18,
        columns: { A: "type", C: "name", D: "target" },
        year: 2024,
      },
    ],
    findings: [],
    absent: [
      { rule: "selfeval.indicator-contradicted", why: "a targets form: no results to contradict" },
      { rule: "selfeval.weights", why: "the form states no 分值" },
      { rule: "selfeval.rate-mismatch", why: "no spending, no rate" },
      { rule: "composition.total-mismatch", why: "the money is one text row: 30 of which 30 财政拨款" },
      { rule: "input.unreadable-value", cell: "D13", why: "指标值 such as 2024年12月底前 and ≥1.2万亩 are text by nature" },
    ],
  },
};
