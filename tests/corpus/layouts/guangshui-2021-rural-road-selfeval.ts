import type { CorpusLayout } from "../types";

// 广水市交通运输局 2022-08: 广水市财政预算支出项目绩效目标自评表 (2021年度 乡村道路建设养护项目), a Hubei
// county-level variant: 自评总分 at the top, money by source (中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 | 执行率) with
// no score of its own, then 项目决策 2分 / 项目管理 13分 scored against 评价标准, then 项目绩效 85分 with 年初指标值 /
// 年终完成值 / 自评分 / 复核分, points in the level labels (产出指标 40分, 数量指标 15分).
export const layout: CorpusLayout = {
  id: "guangshui-2021-rural-road-selfeval",
  source: {
    title: "广水市交通运输局2021年度乡村道路项目自评表（广水市财政预算支出项目绩效目标自评表）",
    url: "https://pdf.wenkuvip.com/archives/bqg98jldqkx8g2xm7pe6.html",
    publisher: "广水市交通运输局",
    date: "2022-08-10",
    changes:
      "The form's wording and order are as the stored PDF text shows them: 填报日期 and 自评总分 at the top, 项目属性 tick boxes, 项目资金 by " +
      "source with 执行数 and 执行率, 项目权重 | 评价内容 | 分值 | 自评分 | 复核分 | 评价标准及依据 for 项目决策 2分 (决策依据) and 项目管理 13分 " +
      "(财务制度 3, 组织机构 2, 运行监管 4, 目标申报 4, their 评价标准 as published), then 项目绩效 85分 with the first target's " +
      "乡村道路建设养护里程 300公里 and its 评价标准. The split of the money by source, the indicators after 农村公路养护验收合格率, every " +
      "actual, the scores and the person named are ours (the published form shows 309万元 from one source, 100%, and 自评总分 95). " +
      "Planted: 里程 286公里 against a 300公里 target scored its full 15; 自评总分 95 while the scores add up to 100.",
  },
  classes: ["selfeval", "hubei", "score-at-top", "scored-management-block", "points-in-labels", "money-by-source", "no-budget-score", "review-score-column", "tick-boxes", "signoff-line"],
  sheets: [
    {
      name: "自评表",
      widths: [14, 16, 24, 14, 14, 12, 12, 50],
      rows: [
        ["广水市财政预算支出项目绩效目标自评表", null, null, null, null, null, null, null],
        ["填报日期：2022年8月10日", null, null, null, null, "自评总分：95", null, null],
        ["项目名称", "乡村道路建设养护项目", null, null, "项目主管单位", "广水市交通运输局", null, null],
        ["项目实施单位", "广水市交通运输局", null, null, "项目负责人", "王建国", null, null],
        ["项目属性", "1、常年性☑  2、延续性□  3、一次性□  4、新增性□", null, null, null, null, null, null],
        ["项目资金", "中央（万元）", "省、地（万元）", "本级（万元）", "其他（万元）", "合计（万元）", "执行数（万元）", "执行率"],
        ["来源", 120, 89, 100, null, 309, 296.5, "95.95%"],
        ["项目年度目标", "1、完成乡村道路建设养护里程300公里；2、农村公路建设、养护验收合格率100%；3、沿线群众满意度不低于90%。", null, null, null, null, null, null],
        ["项目权重", "评价内容", null, "分值", "自评分", "复核分", "评价标准及依据", null],
        ["项目决策2分", "决策依据", null, 2, 2, null, "有项目年度工作计划或有上级文件或审批报告计2分，没有不得分。", null],
        ["项目管理13分", "财务制度", null, 3, 3, null, "1、单位财务管理制度1分；2、项目管理制度1分；3、有制度执行佐证资料1分。没有不得分。", null],
        [null, "组织机构", null, 2, 2, null, "有明确的绩效管理机构或专人负责2分。没有不得分。", null],
        [null, "运行监管", null, 4, 4, null, "1、运行监管记录3分；2、填报《项目支出绩效监控表》1分。没有不得分。", null],
        [null, "目标申报", null, 4, 4, null, "1、项目绩效目标全申报的1分，缺一项扣0.5分，扣完为止；2、绩效目标规范1分，不规范扣0.5分；3、按时申报绩效目标计2分，逾期扣1分。", null],
        ["项目绩效85分", "项目年度目标1：乡村道路建设养护项目", null, null, null, null, null, null],
        ["一级指标", "二级指标", "指标名称（三级指标）", "年初指标值", "年终完成值", "自评分", "复核分", "评价标准"],
        ["产出指标40分", "数量指标15分", "乡村道路建设养护里程", "300公里", "286公里", 15, null, "1、提供三级指标完成程度的佐证资料；2、三级指标分值按三级指标个数平均确定（15分÷三级指标个数），四舍五入保留整数。"],
        [null, "质量指标12分", "农村公路建设验收合格率", "100%", "100%", 6, null, "按验收合格比例计分。"],
        [null, null, "农村公路养护验收合格率", "100%", "100%", 6, null, "按验收合格比例计分。"],
        [null, "时效指标8分", "建设养护任务按期完成率", "100%", "100%", 8, null, "按期完成计满分，每延期1个月扣2分。"],
        [null, "成本指标5分", "项目成本控制", "≤309万元", "296.5万元", 5, null, "控制在预算内计满分。"],
        ["效益指标30分", "社会效益指标15分", "群众出行条件改善程度", "明显改善", "明显改善", 15, null, "达到目标计满分。"],
        [null, "可持续影响指标15分", "农村公路长效养护机制", "长期有效", "长期有效", 15, null, "达到目标计满分。"],
        ["满意度指标15分", "服务对象满意度指标15分", "沿线群众满意度", "≥90%", "93%", 15, null, "满意度达到90%计满分，每低1个百分点扣1分。"],
        ["单位领导审签：", null, null, null, null, null, null, null],
      ],
      merges: [
        "A1:H1", "A2:E2", "F2:H2", "B3:D3", "F3:H3", "B4:D4", "F4:H4", "B5:H5", "B8:H8", "B9:C9", "G9:H9",
        "B10:C10", "G10:H10", "A11:A14", "B11:C11", "G11:H11", "B12:C12", "G12:H12", "B13:C13", "G13:H13", "B14:C14", "G14:H14",
        "B15:H15", "A17:A21", "B18:B19", "A22:A23", "A25:H25",
      ],
      numberFormats: { "B7:G7": "0.00" },
    },
  ],
  expect: {
    // Corrected after the measurement (the count unchanged): the year 2021 was taken from the source's title, which the
    // sheet does not carry (its title names no year, its one date is 填报日期：2022年8月10日); docs/rules.md gives a
    // table no year from a filing date, so none is stated.
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 6, lastRow: 24 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "F17", why: "乡村道路建设养护里程 286公里 misses its 300公里 target, yet scores its full 15" },
      { rule: "selfeval.score-mismatch", cell: "F2", why: "the scores add up to 2 + (3 + 2 + 4 + 4) + (15 + 6 + 6 + 8 + 5) + (15 + 15) + 15 = 100; 自评总分 states 95" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "H7", why: "296.50 / 309.00 = 95.955%, shown 95.95% (within the rounding of the figures shown)" },
      { rule: "selfeval.total-mismatch", cell: "F7", why: "120 + 89 + 100 = 309" },
      { rule: "selfeval.weights", why: "项目决策 2 + 项目管理 (3 + 2 + 4 + 4 = 13) + 项目绩效 (15 + 12 + 8 + 5 + 15 + 15 + 15 = 85) = 100" },
      { rule: "selfeval.missing-explanation", why: "every item scores its full points and the execution rate is above 90%" },
      { rule: "selfeval.target-missed-full-score", cell: "F21", why: "296.5万元 ≤ 309万元 meets the cost target" },
      { rule: "selfeval.target-missed-full-score", cell: "F24", why: "93% ≥ 90%" },
      { rule: "execution.overspent", why: "296.5 spent of 309" },
      { rule: "input.unreadable-value", why: "blank 复核分 cells and the sign-off line are not values" },
    ],
  },
};
