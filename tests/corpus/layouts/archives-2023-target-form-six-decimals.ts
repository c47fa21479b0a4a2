import type { CorpusLayout } from "../types";

// A unit's guide to filling the 绩效目标申报表 (uploaded 2023-08-27): 项目类型 机构运行保障类 or 事业发展类; 年度资金总额 equal to 财政拨款, 其他资金 left
// blank, in 万元 to six decimals; 总体目标 for the year only; three first-level indicators (产出 / 效益 / 服务对象满意度) with third-level ones set by
// the project. Laid out as a 事业发展类 form filled as the guide says.
export const layout: CorpusLayout = {
  id: "archives-2023-target-form-six-decimals",
  source: {
    title: "绩效目标申报表填写要求.docx",
    url: "https://m.1wenmi.com/doc/435845.html",
    publisher: "（某预算单位财务部门；第壹文秘转载）",
    date: "2023-08-27",
    changes:
      "As published: the form's fields in the guide's order (项目名称, 项目类型, 一级主管部门名称, 项目申报单位名称, 项目属性 新增项目, 项目期 1年, 项目实施" +
      "责任人, 年度资金总额 / 财政拨款 / 其他资金 in 万元 to six decimals, 总体目标 年度目标, 产出 / 效益 / 服务对象满意度 indicators). The project (archive " +
      "digitisation), the unit's names, the amounts, the targets and their values are ours. Planted: 年度资金总额 12.860000 where its only source, " +
      "财政拨款, is 12.680000 (the guide: the two are equal).",
  },
  classes: ["targets", "composition", "money-block-under-side-label", "six-decimal-wanyuan", "qizhong-lines", "three-level-indicators", "text-targets", "label-value-rows", "no-weights", "template-guide"],
  settings: { asOf: "2023-08-27" },
  sheets: [
    {
      name: "绩效目标申报表",
      widths: [16, 16, 16, 26, 18, 14],
      rows: [
        ["项目支出绩效目标申报表", null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null],
        ["项目名称", "馆藏档案数字化加工", null, null, null, null],
        ["项目类型", "事业发展类", null, "项目属性", "新增项目", null],
        ["一级主管部门名称", "市档案局", null, "项目申报单位名称", "市档案馆", null],
        ["项目期", "1年", null, "项目实施责任人", "李明", null],
        ["项目资金（万元）", "年度资金总额", 12.86, null, null, null],
        [null, "其中：财政拨款", 12.68, null, null, null],
        [null, "其他资金", null, null, null, null],
        ["总体目标", "年度目标", "完成馆藏纸质档案30万页数字化扫描、图像处理和著录挂接，提高档案查阅利用效率，保障档案长期安全保存。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", null],
        [null, "产出指标", "数量指标", "档案数字化扫描页数", "≥30万页", null],
        [null, null, "质量指标", "扫描图像合格率", "≥98%", null],
        [null, null, "时效指标", "完成时间", "2023年11月底前", null],
        [null, null, "成本指标", "每页加工成本", "≤0.42元/页", null],
        [null, "效益指标", "社会效益指标", "档案查阅利用效率", "明显提高", null],
        [null, null, "可持续影响指标", "档案长期安全保存", "长期", null],
        [null, "满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥90%", null],
      ],
      merges: [
        "A1:F1", "A2:F2", "B3:F3", "B4:C4", "E4:F4", "B5:C5", "E5:F5", "B6:C6", "E6:F6", "A7:A9", "C7:F7", "C8:F8", "C9:F9", "C10:F10",
        "A11:A18", "E11:F11", "B12:B15", "E12:F12", "E13:F13", "E14:F14", "E15:F15", "B16:B17", "E16:F16", "E17:F17", "E18:F18",
      ],
      numberFormats: { "C7:C9": "0.000000" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标申报表", kind: "composition", unit: "万元", headerRow: 7, lastRow: 9, year: 2023 },
      { sheet: "绩效目标申报表", kind: "targets", headerRow: 11, lastRow: 18, columns: { B: "type", D: "name", E: "target" }, year: 2023 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C7", why: "年度资金总额 12.860000; its sources give 12.680000 (财政拨款) + nothing (其他资金): 0.18万元 apart" },
    ],
    absent: [
      { rule: "selfeval.weights", why: "an application form without 分值: no points to add up" },
      { rule: "input.unreadable-value", cell: "E14", why: "2023年11月底前 is a target, not a value the form must hold as a number" },
      { rule: "input.unreadable-value", cell: "C9", why: "其他资金 left blank, as the guide says" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值: an application states targets only" },
    ],
  },
};
