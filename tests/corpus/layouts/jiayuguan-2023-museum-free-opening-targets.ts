import type { CorpusLayout } from "../types";

// 嘉峪关市文化和旅游局 2023: a 省级部门预算项目支出绩效目标表 (甘肃) for the city museum's free-opening money — label–value
// rows (一级 / 二级项目名称, 项目类型, 资金用途 …), the money as label–value pairs in one row (项目总投资 20万元 = 中央补助安排 0
// + 省级财政安排 0 + 其他资金 20万元), then 一级 / 二级 / 三级指标 | 指标目标值 with 成本指标 as a first-level indicator and
// values written =300天, =100百分比. Clean: nothing to report.
export const layout: CorpusLayout = {
  id: "jiayuguan-2023-museum-free-opening-targets",
  source: {
    title: "省级部门预算项目支出绩效目标表（2023年度）— 博物馆纪念馆市级免费开放补助资金（嘉峪关市文化和旅游局）",
    url: "http://bigxun.com/view/1667741699571552258",
    publisher: "嘉峪关市文化和旅游局（文档转载）",
    date: "2023",
    changes:
      "Every label and value is as the stored text gives it (文化事业发展专项资金 / 博物馆纪念馆市级免费开放补助资金; 新增项目; 专项工作经费; " +
      "业务类项目; 2023-01-01 至 2023-12-31; 项目总投资20万元, 中央补助安排0, 省级财政安排0, 其他资金20万元, 预算申报数20万元; 一般公共预算; " +
      "甘财科〔2022〕78号; the ten indicators and their 指标目标值), with its scanning slips set right (完成H期 → 完成日期, 二100 → =100, " +
      "LJUI,冈位 → 岗位, 时限长远 → 长远). The stored copy runs the form's text together, so the arrangement of cells and merges follows the " +
      "Gansu form and is ours. The second form of the same file (博物馆提升改造项目) is left out. Nothing planted.",
  },
  classes: ["targets", "clean", "label-value-rows", "money-as-label-value-pairs", "amounts-with-unit-in-cell", "cost-as-first-level", "equals-sign-targets", "dates-as-text", "gansu"],
  sheets: [
    {
      name: "绩效目标表",
      widths: [16, 16, 14, 14, 14, 14, 14, 16],
      rows: [
        ["省级部门预算项目支出绩效目标表", null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null],
        ["一级项目名称", "文化事业发展专项资金", null, null, "二级项目名称", "博物馆纪念馆市级免费开放补助资金", null, null],
        ["项目类型", "新增项目", "项目分类", "专项工作经费", "资金用途", "业务类项目", "主管部门", "嘉峪关市文化和旅游局"],
        ["项目开始日期", "2023-01-01", null, null, "项目完成日期", "2023-12-31", null, null],
        ["项目总投资", "20万元", "中央补助安排", 0, "省级财政安排", 0, "其他资金", "20万元"],
        ["预算申报数", "20万元", null, null, "资金性质", "一般公共预算", null, null],
        ["基本情况", "保障博物馆正常运转", null, null, null, null, null, null],
        ["项目立项必要性", "保障各项业务正常运行", null, null, null, null, null, null],
        ["保证项目实施的制度措施", "博物馆绩效考核", null, null, null, null, null, null],
        ["项目实施计划", "组织实施单位", "甘肃省文物局", "监督管理单位", "嘉峪关文旅局", "项目实施单位", "嘉峪关城市博物馆", null],
        ["政策依据", "甘财科〔2022〕78号", null, null, null, null, null, null],
        ["其他依据", null, null, null, null, null, null, null],
        ["需要说明的其他问题", null, null, null, null, null, null, null],
        ["年度绩效目标", "进一步提高博物馆纪念馆运行效率和免费开放服务水平", null, null, null, null, null, null],
        ["一级指标", "二级指标", "三级指标", null, null, "指标目标值", null, null],
        ["产出指标", "数量指标", "免费开放天数", null, null, "=300天", null, null],
        [null, "质量指标", "博物馆绩效考核指标完成率", null, null, "=100百分比", null, null],
        [null, "时效指标", "各项工作完成及时率%", null, null, "=99百分比", null, null],
        ["成本指标", "经济成本指标", "资金使用效率", null, null, "=100百分比", null, null],
        [null, "社会成本指标", "对当地文物保护、文化传承影响", null, null, "长远", null, null],
        [null, "生态环境成本指标", "提升博物馆绿化水平", null, null, "提升", null, null],
        ["效益指标", "经济效益指标", "为当地提供就业岗位", null, null, "增加岗位", null, null],
        [null, "社会效益指标", "免费开放接待观众人数", null, null, "=30000人次", null, null],
        [null, "生态效益指标", "历史文化传承环保意识", null, null, "长远", null, null],
        ["满意度指标", "服务对象满意度", "服务对象满意度%", null, null, "=99百分比", null, null],
      ],
      merges: [
        "A1:H1", "A2:H2", "B3:D3", "F3:H3", "B5:D5", "F5:H5", "B7:D7", "F7:H7", "B8:H8", "B9:H9", "B10:H10", "G11:H11", "B12:H12", "B13:H13",
        "B14:H14", "B15:H15", "C16:E16", "F16:H16", "A17:A19", "C17:E17", "F17:H17", "C18:E18", "F18:H18", "C19:E19", "F19:H19", "A20:A22",
        "C20:E20", "F20:H20", "C21:E21", "F21:H21", "C22:E22", "F22:H22", "A23:A25", "C23:E23", "F23:H23", "C24:E24", "F24:H24", "C25:E25",
        "F25:H25", "C26:E26", "F26:H26",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "绩效目标表", kind: "targets", headerRow: 16, lastRow: 26, columns: { C: "name", F: "target" }, year: 2023 }],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", why: "项目总投资 20万元 = 中央补助安排 0 + 省级财政安排 0 + 其他资金 20万元, and 预算申报数 is the same 20万元" },
      { rule: "input.unreadable-value", why: "20万元 is an amount with its unit; =300天, =100百分比, 长远, 提升 and the dates are a target form's text" },
      { rule: "selfeval.weights", why: "a target form has no 分值" },
      { rule: "selfeval.indicator-contradicted", why: "the form states targets only, no results" },
      { rule: "execution.overspent", why: "the form holds no spending" },
      { rule: "execution.total-mismatch", why: "the form holds no execution table" },
    ],
  },
};
