import type { CorpusLayout } from "../types";

// 井研县马踏镇 (四川 乐山) 部门预算项目绩效目标申报表（2023年度）, 金额单位：元: one row across per indicator — 单位名称 | 项目名称 |
// 预算数 | 年度目标 | 一级 / 二级 / 三级指标 | 指标性质 (≥ / =) | 指标值 | 度量单位 | 权重 | 指标方向性; the 部门 row (820-马踏镇部门) carries
// the sum of its projects' 预算数; the unit, the project, its amount and its target merged down over the project's indicators.
export const layout: CorpusLayout = {
  id: "matazhen-2023-project-target-declaration",
  source: {
    title: "部门预算项目绩效目标申报表（2023年度）— 井研县马踏镇人民政府",
    url: "https://m.qbidia.com/jyx/zjgk/202412/baa621fd1ec74c86bf45aa16dfd0603d.shtml",
    publisher: "井研县马踏镇人民政府",
    date: "2023",
    changes:
      "As published: the title, 金额单位：元, the twelve headings, the 部门 row above the unit's projects, the first project (村组干部报酬, " +
      "3,309,840.00, its eight indicators with ≥ / = , 指标值, 度量单位, 权重 and 正向指标) and the second project's name, amount, target text and " +
      "five published indicators. Ours: the second project's last three indicators, the third project (村（社区）公共服务运行维护经费) and " +
      "the 部门 row's figure (published 8,827,620.53 over more projects than we keep). Planted: the 部门 row 5,228,440.00 where the three " +
      "projects add up to 3,309,840.00 + 660,000.00 + 1,248,600.00 = 5,218,440.00.",
  },
  classes: ["targets", "composition", "one-row-per-indicator", "department-row-above-projects", "merged-down-project-cells", "comparison-operator-column", "weights-as-quanzhong", "weights-total-90", "yuan-caption", "town-level", "sichuan"],
  sheets: [
    {
      name: "绩效目标表",
      widths: [26, 22, 16, 34, 12, 18, 26, 8, 8, 8, 6, 10],
      rows: [
        ["部门预算项目绩效目标申报表(2023年度)", null, null, null, null, null, null, null, null, null, null, null],
        ["金额单位:元", null, null, null, null, null, null, null, null, null, null, null],
        ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标方向性"],
        ["820-马踏镇部门", null, 5228440, null, null, null, null, null, null, null, null, null],
        ["820001-井研县马踏镇人民政府", "村组干部报酬", 3309840, "按时发放村组干部报酬", "效益指标", "社会效益指标", "维护社会稳定", "≥", 95, "%", 10, "正向指标"],
        [null, null, null, null, "产出指标", "时效指标", "维持时效", "≥", 1, "年", 20, "正向指标"],
        [null, null, null, null, "产出指标", "质量指标", "按时发放", "≥", 1, "人/年", 10, "正向指标"],
        [null, null, null, null, "效益指标", "经济效益指标", "促进村集体经济发展", "≥", 95, "%", 10, "正向指标"],
        [null, null, null, null, "产出指标", "数量指标", "村组干部230人", "≥", 230, "个", 10, "正向指标"],
        [null, null, null, null, "效益指标", "生态效益指标", "保护生态环境卫生", "≥", 95, "%", 10, "正向指标"],
        [null, null, null, null, "效益指标", "可持续影响指标", "项目维持时效", "≥", 95, "%", 10, "正向指标"],
        [null, null, null, null, "满意度指标", "服务对象满意度指标", "人民群众满意度", "≥", 95, "%", 10, "正向指标"],
        [null, "基层组织活动经费", 660000, "包括必要的办公用品费、水电费、报刊费等村社区办公经费，基层党组织开展组织活动、党员干部教育培训，群团活动开展，组织活动场所维护等。", "满意度指标", "服务对象满意度指标", "辖区内群众满意度", "≥", 95, "%", 10, "正向指标"],
        [null, null, null, null, "效益指标", "经济效益指标", "促进农村集体经济发展", "≥", 95, "%", 10, "正向指标"],
        [null, null, null, null, "效益指标", "可持续影响指标", "经济、环境等方面可持续发展", "≥", 95, "%", 10, "正向指标"],
        [null, null, null, null, "产出指标", "质量指标", "保障村社区正常运转", "≥", 95, "%", 20, "正向指标"],
        [null, null, null, null, "产出指标", "数量指标", "行政村数量", "=", 11, "个", 10, "正向指标"],
        [null, null, null, null, "产出指标", "时效指标", "经费拨付及时率", "≥", 95, "%", 10, "正向指标"],
        [null, null, null, null, "效益指标", "社会效益指标", "基层组织活动正常开展", "≥", 95, "%", 10, "正向指标"],
        [null, null, null, null, "产出指标", "成本指标", "村均活动经费", "≤", 60000, "元/个", 10, "反向指标"],
        [null, "村（社区）公共服务运行维护经费", 1248600, "保障11个村（社区）公共服务设施正常运行", "产出指标", "数量指标", "公共服务设施维护个数", "=", 11, "个", 20, "正向指标"],
        [null, null, null, null, "产出指标", "质量指标", "设施完好率", "≥", 90, "%", 20, "正向指标"],
        [null, null, null, null, "产出指标", "时效指标", "资金拨付及时率", "≥", 95, "%", 10, "正向指标"],
        [null, null, null, null, "效益指标", "社会效益指标", "群众办事便利度", "≥", 90, "%", 20, "正向指标"],
        [null, null, null, null, "效益指标", "可持续影响指标", "设施持续发挥作用", "≥", 1, "年", 10, "正向指标"],
        [null, null, null, null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥", 95, "%", 10, "正向指标"],
      ],
      merges: ["A1:L1", "A2:L2", "A4:B4", "A5:A26", "B5:B12", "C5:C12", "D5:D12", "B13:B20", "C13:C20", "D13:D20", "B21:B26", "C21:C26", "D21:D26"],
      numberFormats: { "C4:C26": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "composition", unit: "元", headerRow: 3, lastRow: 26, columns: { B: "line", C: "amount" }, year: 2023 },
      { sheet: "绩效目标表", kind: "targets", headerRow: 3, lastRow: 26, columns: { E: "type", G: "name", I: "target" }, year: 2023 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "C4",
        why: "the 部门 row states 5,228,440.00 where its projects give 3,309,840.00 + 660,000.00 + 1,248,600.00 = 5,218,440.00: 10,000.00元 more",
      },
    ],
    absent: [
      { rule: "selfeval.weights", why: "no heading states the indicators' points; each project's 权重 add up to 90 (10+20+10+10+10+10+10+10; 10+10+10+20+10+10+10+10; 20+20+10+20+10+10), the template leaving 10 to 预算执行率" },
      { rule: "composition.total-mismatch", cell: "C5", why: "a project's 预算数 merged down over its indicators is one amount, not a subtotal of the rows beside it" },
      { rule: "input.unreadable-value", why: "≥ / = / ≤, 正向指标 and 元/个 are text by nature; the 指标值 are numbers" },
      { rule: "selfeval.score-mismatch", why: "a target declaration states no results or scores" },
      { rule: "selfeval.indicator-contradicted", why: "no indicator states a result" },
    ],
  },
};
