import type { CorpusLayout } from "../types";

// 湖南 宁乡市坝塘镇人民政府 项目绩效目标表（2021年度）: a township's target form — the project's facts as
// label–value rows, 资金总额及构成 (总额, 财政拨款 with 其中 上级 / 本级, 自有资金, 其他), 长期目标 and
// 年度目标, then the 年度绩效指标 (一级指标 | 二级指标 | 指标内容 | 指标值 | 备注) and the sign-off line.
export const layout: CorpusLayout = {
  id: "batang-2021-project-performance-targets",
  source: {
    title: "项目绩效目标表（2021年度）— 镇域内基础设施建设（宁乡市坝塘镇人民政府）",
    url: "https://renrendoc.com/paper/307484460.html",
    publisher: "宁乡市坝塘镇人民政府（document shared on renrendoc.com）",
    date: "2021",
    changes:
      "Form wording and order as the stored copy shows them (项目绩效目标表 (2021年度); 填报单位（盖章）; 项目名称 / 项目属性 新增项目□ " +
      "延续项目√; 主管部门 / 主管部门编码; 项目单位 / 项目负责人; 项目起止时间; 资金总额及构成; 项目概况; 长期目标 / 年度目标; 年度绩效指标 " +
      "with 一级指标 | 二级指标 | 指标内容 | 指标值 | 备注; 填报人 / 单位负责人 / 填报日期). The published form writes 资金总额及构成 in one " +
      "cell (总额 … 财政拨款 …（其中：上级财政资金 …；本级财政 …） 二、自有资金 … 三、其他 …); here its parts are set out one a row " +
      "under a header of ours (资金来源 | 金额（万元）). The 长期绩效指标 block and the 项目立项情况 / 实施进度计划 rows are cut. The " +
      "published indicator rows are garbled in the stored copy: indicator names and values are ours, as are all figures and the " +
      "names. Planted: 总额 8,450.60 while 财政拨款 5,320.40 + 自有资金 0.00 + 其他 3,140.20 = 8,460.60.",
  },
  classes: ["targets", "composition", "two-tables-one-form", "label-value-rows", "total-row-first", "qizhong-lines", "no-results-column", "hunan", "signoff-line"],
  sheets: [
    {
      name: "绩效目标表",
      widths: [16, 16, 22, 26, 22, 12],
      rows: [
        ["项目绩效目标表", null, null, null, null, null],
        ["（2021年度）", null, null, null, null, null],
        ["填报单位（盖章）：宁乡市坝塘镇人民政府", null, null, null, null, null],
        ["项目名称", "镇域内基础设施建设", null, "项目属性", "新增项目□  延续项目√", null],
        ["主管部门", "坝塘镇", null, "主管部门编码", null, null],
        ["项目单位", "坝塘镇", null, "项目负责人", "刘志刚", null],
        ["项目起止时间", "2021年1月至2021年12月", null, null, null, null],
        ["资金总额及构成", "资金来源", "金额（万元）", null, null, null],
        [null, "总额", 8450.6, null, null, null],
        [null, "一、财政拨款", 5320.4, null, null, null],
        [null, "其中：上级财政资金", 4980.4, null, null, null],
        [null, "本级财政", 340, null, null, null],
        [null, "二、自有资金", 0, null, null, null],
        [null, "三、其他", 3140.2, null, null, null],
        ["项目概况", "镇域内水利、道路、机关、学校及乡村振兴等基础设施建设", null, null, null, null],
        ["项目绩效目标", "长期目标", "改善镇域内基础设施，振兴乡村经济", null, null, null],
        [null, "年度目标", "全面完成集镇立面改造及机关、学校、乡村振兴等项目提质改造", null, null, null],
        ["年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
        [null, "产出指标", "数量指标", "新建及改造农村道路里程", "≥12公里", null],
        [null, null, "质量指标", "工程验收合格率", "100%", null],
        [null, null, "时效指标", "项目完工时间", "2021年12月底前", null],
        [null, null, "成本指标", "项目总成本", "≤8450.60万元", null],
        [null, "效益指标", "社会效益指标", "受益群众人数", "≥2.3万人", null],
        [null, null, "可持续影响指标", "设施正常使用年限", "≥15年", null],
        [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", null],
        ["填报人：周敏", null, "单位负责人：刘志刚", null, "填报日期：2021年3月", null],
      ],
      merges: [
        "A1:F1", "A2:F2", "A3:F3", "B4:C4", "E4:F4", "B5:C5", "E5:F5", "B6:C6", "E6:F6", "B7:F7",
        "A8:A14", "C8:F8", "C9:F9", "C10:F10", "C11:F11", "C12:F12", "C13:F13", "C14:F14",
        "B15:F15", "A16:A17", "C16:F16", "C17:F17", "A18:A25", "B19:B22", "B23:B24", "A26:B26", "C26:D26", "E26:F26",
      ],
      numberFormats: { "C9:C14": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "composition", unit: "万元", headerRow: 8, lastRow: 14, columns: { B: "line", C: "amount" }, year: 2021 },
      { sheet: "绩效目标表", kind: "targets", headerRow: 18, lastRow: 25, columns: { D: "name", E: "target" }, year: 2021 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "C9",
        why: "总额 8,450.60; its parts 财政拨款 5,320.40 + 自有资金 0.00 + 其他 3,140.20 = 8,460.60 (10.00万元 more); the 其中 lines are parts of 财政拨款, not added again",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C10", why: "财政拨款 5,320.40 = 上级财政资金 4,980.40 + 本级财政 340.00" },
      { rule: "composition.line-mismatch", why: "the lines have no unit price or quantity" },
      { rule: "input.unreadable-value", why: "指标值 (≥12公里, 100%, 2021年12月底前) and the label–value rows are text by nature" },
      { rule: "selfeval.weights", why: "a target table has no 分值: there are no weights to add up" },
      { rule: "selfeval.indicator-contradicted", why: "the form states targets only, no results" },
      { rule: "execution.overspent", why: "the form holds no spending" },
    ],
  },
};
