import type { CorpusLayout } from "../types";

// 陕西 佳县财政支出项目绩效目标申报表: the project's facts as label–value rows, the money applied for laid out in one
// row across (资金总额 first, then 财政拨款 / 自有资金 / 事业收入 / 经营性收入 / 其他), the project's timetable as a small
// table of its own (实施内容 | 开始时间 | 完成时间), the goals, then 年度绩效指标 (一级指标 | 二级指标 | 指标内容 | 指标值 | 备注)
// and the sign-off line.
export const layout: CorpusLayout = {
  id: "jiaxian-2016-project-target-form",
  source: {
    title: "佳县财政支出项目绩效目标申报表（2016财政支出项目绩效目标申报表.doc）",
    url: "https://docx.baby/p/20793843881926.html",
    publisher: "佳县财政局（document shared on docx.baby）",
    date: "2016",
    changes:
      "Form wording and order as the stored copy shows them (填报单位（盖章）; 项目名称 / 项目属性 新增项目□ 延续项目□; 主管部门 / " +
      "主管部门编码; 项目实施单位 / 项目负责人 / 联系电话; 项目起止时间; 项目资金申请（万元） 资金总额 / 财政拨款 / 自有资金 / 事业收入 / " +
      "经营性收入 / 其他; 单位职能概述; 项目概况; 项目立项情况 (依据 / 可行性 / 必要性); 项目实施进度计划 (项目实施内容 | 开始时间 | " +
      "完成时间, 1、2、3); 项目绩效目标 (长期目标 / 年度目标); 年度绩效指标 (一级指标 | 二级指标 | 指标内容 | 指标值 | 备注); 其他说明的" +
      "问题; 填报人 / 单位负责人 / 填报日期). The published form is blank: the project, the texts, the indicators and all figures are " +
      "ours. The form's second 其他 label and its 长期绩效指标 block are cut. The money labels stand in one row with their amounts " +
      "in the row below. Planted: 资金总额 360.00 while 财政拨款 300.00 + 自有资金 50.00 + 事业收入 0 + 经营性收入 0 + 其他 0 = 350.00.",
  },
  classes: [
    "targets", "composition", "two-tables-one-form", "label-value-rows", "money-in-one-row-across", "total-first",
    "timetable-block", "no-results-column", "shaanxi", "signoff-line",
  ],
  sheets: [
    {
      name: "绩效目标申报表",
      widths: [16, 14, 14, 14, 14, 14, 14],
      rows: [
        ["佳县财政支出项目绩效目标申报表", null, null, null, null, null, null],
        ["（2016年度）", null, null, null, null, null, null],
        ["填报单位（盖章）：佳县农业局", null, null, null, null, null, null],
        ["项目名称", "佳县2016年红枣防裂果技术推广补助项目", null, null, "项目属性", "新增项目☑  延续项目□", null],
        ["主管部门", "佳县农业局", null, null, "主管部门编码", "412001", null],
        ["项目实施单位", "佳县红枣产业发展中心", null, "项目负责人", "高志军", "联系电话", "（略）"],
        ["项目起止时间", "2016年3月至2016年11月", null, null, null, null, null],
        ["项目资金申请（万元）", "资金总额", "财政拨款", "自有资金", "事业收入", "经营性收入", "其他"],
        [null, 360, 300, 50, 0, 0, 0],
        ["单位职能概述", "负责全县农业技术推广、红枣产业技术指导及农业项目实施管理。", null, null, null, null, null],
        ["项目概况", "在全县红枣主产区推广防裂果技术，开展技术培训，发放防裂果物资，降低裂果损失。", null, null, null, null, null],
        ["项目立项情况", "项目立项的依据", "《佳县红枣产业发展规划》及县政府常务会议纪要。", null, null, null, null],
        [null, "项目申报的可行性", "已建成示范园3个，防裂果技术经两年试验效果明显。", null, null, null, null],
        [null, "项目申报的必要性", "近年枣果成熟期多雨，裂果损失严重，影响枣农增收。", null, null, null, null],
        ["项目实施进度计划", "项目实施内容", null, null, null, "开始时间", "完成时间"],
        [null, "1、技术培训及示范园建设", null, null, null, "2016年3月", "2016年5月"],
        [null, "2、防裂果物资采购及发放", null, null, null, "2016年5月", "2016年7月"],
        [null, "3、技术指导及项目验收", null, null, null, "2016年7月", "2016年11月"],
        ["项目绩效目标", "长期目标", "建立红枣防裂果技术推广体系，稳定提高红枣品质和枣农收入。", null, null, null, null],
        [null, "年度目标", "推广防裂果技术2万亩，培训枣农3000人次，减少裂果损失。", null, null, null, null],
        ["年度绩效指标", "一级指标", "二级指标", "指标内容", null, "指标值", "备注"],
        [null, "产出指标", "数量指标", "推广防裂果技术面积", null, "≥2万亩", null],
        [null, null, "数量指标", "培训枣农人次", null, "≥3000人次", null],
        [null, null, "质量指标", "防裂果技术到位率", null, "≥95%", null],
        [null, null, "时效指标", "物资发放完成时间", null, "2016年7月底前", null],
        [null, null, "成本指标", "每亩补助标准", null, "≤150元/亩", null],
        [null, "效益指标", "经济效益指标", "亩均减少裂果损失", null, "≥200元", null],
        [null, null, "社会效益指标", "受益枣农户数", null, "≥5000户", null],
        [null, "满意度指标", "服务对象满意度指标", "枣农满意度", null, "≥90%", null],
        ["其他说明的问题", "无", null, null, null, null, null],
        ["填报人：李红梅", null, "单位负责人：高志军", null, null, "填报日期：2016年2月", null],
      ],
      merges: [
        "A1:G1", "A2:G2", "A3:G3", "B4:D4", "F4:G4", "B5:D5", "F5:G5", "B6:C6", "B7:G7", "A8:A9",
        "B10:G10", "B11:G11", "A12:A14", "C12:G12", "C13:G13", "C14:G14", "A15:A18", "B15:E15", "B16:E16", "B17:E17", "B18:E18",
        "A19:A20", "C19:G19", "C20:G20", "A21:A29", "D21:E21", "B22:B26", "D22:E22", "D23:E23", "D24:E24", "D25:E25", "D26:E26",
        "B27:B28", "D27:E27", "D28:E28", "D29:E29", "B30:G30", "A31:B31", "C31:E31", "F31:G31",
      ],
      numberFormats: { "B9:G9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标申报表", kind: "composition", unit: "万元", headerRow: 8, lastRow: 9, year: 2016 },
      { sheet: "绩效目标申报表", kind: "targets", headerRow: 21, lastRow: 29, columns: { D: "name", F: "target" }, year: 2016 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "B9",
        why: "资金总额 states 360.00; 财政拨款 300.00 + 自有资金 50.00 + 事业收入 0.00 + 经营性收入 0.00 + 其他 0.00 = 350.00 (10.00万元 too much)",
      },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "≤150元/亩 and ≥2万亩 are targets, not a unit price and quantity of the money block" },
      {
        rule: "input.unreadable-value",
        why: "the timetable's months (2016年3月…), 指标值 (≥2万亩, 2016年7月底前), 主管部门编码 and the label–value rows are text by nature",
      },
      { rule: "selfeval.weights", why: "a target form has no 分值" },
      { rule: "selfeval.indicator-contradicted", why: "the form states targets only, no results" },
      { rule: "execution.overspent", why: "the form holds no spending" },
      { rule: "execution.total-mismatch", why: "the form holds no execution table" },
    ],
  },
};
