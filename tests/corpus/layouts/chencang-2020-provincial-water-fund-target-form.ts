import type { CorpusLayout } from "../types";

// 宝鸡市陈仓区财政局 2020-05-29: 关于下达2020年第二批省级财政水利发展资金的通知 — 500万元 to the district's water bureau for 农村饮水安全巩固
// 提升, with the 2020年省级财政水利发展资金绩效目标表: four label pairs of the two levels' finance and line departments (市级财政部门 | 市级
// 主管部门 | 区级财政部门 | 区级主管部门), the money written across one row under 资金来源 (资金总额 | 其中：财政拨款 | 其他资金), then 一级 /
// 二级 / 三级指标 | 指标值 with the indicators numbered (指标1：…) and their units beside the values.
export const layout: CorpusLayout = {
  id: "chencang-2020-provincial-water-fund-target-form",
  source: {
    title: "关于下达2020年第二批省级财政水利发展资金的通知（附件：2020年省级财政水利发展资金绩效目标表）",
    url: "http://www.chencang.gov.cn/col8173/col8180/col8789/col9203/202005/t20200529_126007.html",
    publisher: "宝鸡市陈仓区财政局",
    date: "2020-05-29",
    changes:
      "As published: the form's title, （2020）年度, 专项（项目）名称 农村饮水安全巩固提升工程专项, 宝鸡市财政局 / 宝鸡市水利局 / 陈仓区财政局 / " +
      "陈仓区水利局, 资金情况（万元） with 资金来源 | 资金总额 | 其中：财政拨款 | 其他资金 (财政拨款 500), the 总体目标 sentence (500, 9200人), and " +
      "the 产出 indicators' wording (指标1：新建堤防、护岸长度 … 指标4：中小河流治理河道长度, 工程验收合格率). The published values are an unfilled " +
      "template (公里, 万亩, ≧ %) and the rows after 质量指标 are cut off in the stored copy: the values and the 时效 / 成本 / 效益 / 满意度 rows " +
      "are ours. Planted: 资金总额 written 520 where its sources add up to 500 (财政拨款 500, 其他资金 blank).",
  },
  classes: ["targets", "composition", "two-tables-one-form", "label-value-rows", "two-levels-of-departments", "money-block-in-one-row", "qizhong-in-header", "numbered-indicators", "units-beside-values", "no-weights", "no-results-column", "text-targets", "county-district", "shaanxi"],
  sheets: [
    {
      name: "绩效目标表",
      widths: [12, 14, 16, 34, 16, 12],
      rows: [
        ["2020年省级财政水利发展资金绩效目标表", null, null, null, null, null],
        ["（2020）年度", null, null, null, null, null],
        ["专项（项目）名称", "农村饮水安全巩固提升工程专项", null, null, null, null],
        ["市级财政部门", "宝鸡市财政局", null, "市级主管部门", "宝鸡市水利局", null],
        ["区级财政部门", "陈仓区财政局", null, "区级主管部门", "陈仓区水利局", null],
        ["资金情况（万元）", "资金来源", "资金总额", "其中：财政拨款", "其他资金", null],
        [null, null, 520, 500, null, null],
        ["总体目标", "完成省级水利发展农村饮水项目投资500，改善提升9200人饮水条件。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", null],
        [null, "产出指标", "数量指标", "指标1：新建堤防、护岸长度", "0公里", null],
        [null, null, null, "指标2：灌区节水改造面积", "0万亩", null],
        [null, null, null, "指标3：农村饮水工程覆盖服务人口数", "0.92万人", null],
        [null, null, null, "指标4：中小河流治理河道长度", "0公里", null],
        [null, null, "质量指标", "指标1：工程验收合格率", "≧95%", null],
        [null, null, "时效指标", "指标1：工程完工时间", "2020年12月底前", null],
        [null, null, "成本指标", "指标1：农村饮水工程人均投资", "≤543元/人", null],
        [null, "效益指标", "社会效益指标", "指标1：农村自来水普及率", "≧92%", null],
        [null, null, "可持续影响指标", "指标1：工程设计使用年限", "≧15年", null],
        [null, "满意度指标", "服务对象满意度指标", "指标1：受益群众满意度", "≧90%", null],
      ],
      merges: [
        "A1:F1", "A2:F2", "B3:F3", "B4:C4", "E4:F4", "B5:C5", "E5:F5", "A6:A7", "B6:B7", "E6:F6", "E7:F7", "B8:F8",
        "A9:A19", "E9:F9", "B10:B16", "C10:C13", "E10:F10", "E11:F11", "E12:F12", "E13:F13", "E14:F14", "E15:F15", "E16:F16",
        "B17:B18", "E17:F17", "E18:F18", "E19:F19",
      ],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "绩效目标表",
        kind: "composition",
        unit: "万元",
        headerRow: 6,
        lastRow: 7,
        columns: { C: "amount", D: "amount:财政拨款", E: "amount:其他资金" },
        year: 2020,
      },
      { sheet: "绩效目标表", kind: "targets", headerRow: 9, lastRow: 19, columns: { B: "type", D: "name", E: "target" }, year: 2020 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "C7",
        why: "资金总额 520 where its sources add up to 其中：财政拨款 500 + 其他资金 (blank) = 500 (a form's money: all of it, so they add up to it); the 总体目标 says 500",
      },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "the money row has no unit price or quantity; ≤543元/人 is a target, no unit amount" },
      { rule: "selfeval.weights", why: "the form has no 分值 at all" },
      { rule: "selfeval.indicator-contradicted", why: "targets only, no results" },
      { rule: "selfeval.target-missed-full-score", why: "no results and no scores" },
      { rule: "input.unreadable-value", why: "指标值 (0.92万人, ≧95%, 2020年12月底前) and the department names are text by nature" },
      { rule: "execution.overspent", why: "the form holds no spending" },
    ],
  },
};
