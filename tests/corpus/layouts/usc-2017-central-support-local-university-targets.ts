import type { CorpusLayout } from "../types";

// 南华大学财务处 2017-03-07: 关于做好2017年中央支持地方高校发展专项资金项目预算申报工作的通知 — 中央 : 学校自筹 = 7 : 3, 中央资金 in steps of
// 10万元 and at least 100万元 a project, 附表3/附表4 with 项目方向、建设数量和绩效目标. Laid out as the project's 绩效目标表 the notice asks for:
// the facts as label–value rows, the money (年度资金总额 with its 其中 parts), the year's aim, then 一级 | 二级 | 三级指标 | 指标值.
export const layout: CorpusLayout = {
  id: "usc-2017-central-support-local-university-targets",
  source: {
    title: "南华大学关于做好2017年中央支持地方高校发展专项资金项目预算申报工作的通知（附表：项目绩效目标表，表据通知拟）",
    url: "https://cwc.usc.edu.cn/info/1010/1186.htm",
    publisher: "南华大学财务处",
    date: "2017-03-07",
    changes:
      "The notice is prose and names its 附表 without showing them. The form (项目绩效目标表, 2017年度; 项目名称, 主管部门, 实施单位, 项目类别; " +
      "资金情况 with 年度资金总额 and its 其中 中央财政资金 / 学校自筹资金; 年度总体目标; 一级指标 | 二级指标 | 三级指标 | 指标值) is ours after the " +
      "standard 绩效目标表, with the notice's own terms (中央 : 自筹 = 7 : 3; 教学实验平台); the project, figures and indicators are ours. " +
      "Planted: 年度资金总额 typed 1,440 where 中央财政资金 1,000 + 学校自筹资金 430 = 1,430.",
  },
  classes: ["targets", "composition", "two-tables-one-form", "label-value-rows", "total-row-first", "qizhong-lines", "no-results-column", "university", "table-from-prose", "hunan"],
  sheets: [
    {
      name: "绩效目标表",
      widths: [16, 16, 26, 22, 16],
      rows: [
        ["2017年中央支持地方高校改革发展资金项目绩效目标表", null, null, null, null],
        ["填报单位：南华大学", null, null, null, null],
        ["项目名称", "核技术应用教学实验平台建设", null, null, null],
        ["主管部门", "湖南省教育厅", null, "实施单位", "南华大学"],
        ["项目类别", "教学实验平台", null, "建设期", "2017年"],
        ["资金情况（万元）", "年度资金总额", 1440, null, null],
        [null, "其中：中央财政资金", 1000, null, null],
        [null, "      学校自筹资金", 430, null, null],
        ["年度总体目标", "建成核技术应用教学实验平台，新增教学实验设备一批，满足核工程与核技术等专业本科实验教学需要", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "数量指标", "新增教学实验仪器设备", "≥120台（套）"],
        [null, null, "质量指标", "设备验收合格率", "100%"],
        [null, null, "时效指标", "设备购置完成时间", "2017年12月底前"],
        [null, null, "成本指标", "中央财政资金预算控制数", "≤1000万元"],
        [null, "效益指标", "社会效益指标", "年受益学生人数", "≥2500人次"],
        [null, null, "可持续影响指标", "平台设备使用年限", "≥8年"],
        [null, "满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"],
      ],
      merges: ["A1:E1", "A2:E2", "B3:E3", "B4:C4", "B5:C5", "A6:A8", "C6:E6", "C7:E7", "C8:E8", "B9:E9", "A10:A17", "B11:B14", "B15:B16"],
      numberFormats: { "C6:C8": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "composition", unit: "万元", headerRow: 6, lastRow: 8, columns: { B: "line", C: "amount" }, year: 2017 },
      { sheet: "绩效目标表", kind: "targets", headerRow: 10, lastRow: 17, columns: { B: "type", D: "name", E: "target" }, year: 2017 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C6", why: "年度资金总额 1,440 where 中央财政资金 1,000 + 学校自筹资金 430 = 1,430 (10万元 apart)" },
    ],
    absent: [
      { rule: "input.unreadable-value", why: "指标值 (≥120台（套）, 100%, 2017年12月底前) and the label–value rows are text by nature" },
      { rule: "selfeval.weights", why: "a target table with no 分值: no weights to add up" },
      { rule: "selfeval.indicator-contradicted", why: "the form states targets only, no results" },
      { rule: "composition.line-mismatch", why: "the money lines state no unit price or quantity" },
    ],
  },
};
