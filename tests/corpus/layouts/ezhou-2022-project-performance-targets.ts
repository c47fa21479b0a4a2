import type { CorpusLayout } from "../types";

// 鄂州市 2022 市直部门预算项目支出绩效目标表: one form holding two tables — the project's cost
// composition (金额 | 测算依据 | the two previous years' actual spending, 合计) and its performance
// targets (一级指标 | 二级指标 over the category and the indicator | 绩效标准 | 当年预期实现值 |
// 保障措施), with no unit stated and an approval line under it.
export const layout: CorpusLayout = {
  id: "ezhou-2022-project-performance-targets",
  source: {
    title: "鄂州市2022年市直部门预算项目支出绩效目标表（滨湖大楼办公大楼运行保障）",
    url: "https://desk33.com/d-245426.html",
    publisher: "鄂州市机关事务服务中心 (document shared on desk33.com)",
    date: "2022",
    changes:
      "Form wording and order as the stored copy shows it (项目名称 / 项目类别 / 项目性质 / 立项依据; 项目预算成本构成 | 金额 | 测算（公式）" +
      "依据 | 2020年实际执行数 | 2021年实际执行数 | 合计; 绩效目标; 绩效指标 with 一级指标 | 二级指标 | 绩效标准 | 当年预期实现值 and " +
      "保障绩效目标实现措施; 主管部门审核意见 / 单位公章). The stored copy runs the cells together: the 二级指标 header spanning the " +
      "category (数量指标) and the indicator's name, and 一级指标 merged down, are our reading. The project name is ours, the " +
      "cost lines as published (保安服务费, 保洁服务费, 水电气、维修维护费), every figure ours; indicator names follow the published " +
      "ones, values ours. No unit is stated (none in the publication). Planted, as in the published form (whose 2020 column " +
      "shows 662.98 against lines adding up to 662.88): 2020年实际执行数 合计 679.26 while its lines add up to 669.26.",
  },
  classes: ["composition", "targets", "two-tables-one-form", "no-unit-stated", "history-columns", "merged-header-over-two-columns", "signoff-line"],
  sheets: [
    {
      name: "绩效目标表",
      widths: [18, 12, 12, 26, 26, 14, 24],
      rows: [
        ["鄂州市2022年市直部门预算项目支出绩效目标表", null, null, null, null, null, null],
        ["项目名称", "市民之家办公大楼运行保障", null, null, "项目类别", "本级支出项目", null],
        ["项目性质", "持续性项目", null, null, "立项依据", "市机关事务服务中心三定方案", null],
        ["项目预算成本构成", "金额", "测算（公式）依据", null, null, "2020年实际执行数", "2021年实际执行数"],
        ["保安服务费", 186, "依据招标文件", null, null, 180, 186],
        ["保洁服务费", 104, "依据招标文件", null, null, 98, 104],
        ["水电气、维修维护费", 510, "根据三定方案，各项费用据实结算", null, null, 391.26, 478.35],
        ["合计", 800, null, null, null, 679.26, 768.35],
        ["绩效目标", "以办公大楼服务对象满意为目标，保障大楼安全、整洁、正常运转，着力打造文明型、节约型机关。", null, null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", null, "绩效标准", "当年预期实现值", "保障绩效目标实现措施"],
        [null, "产出指标", "数量指标", "办公大楼日常维修维护次数", "反映办公大楼全年维修维护情况", "2200次", "建立报修台账，24小时内响应"],
        [null, null, null, "大楼安检巡查次数", "反映大楼保卫巡检情况", "365次", "安保人员每日巡查并记录"],
        [null, null, "质量指标", "日常维修维护验收合格率", "反映办公大楼全年维修维护质量情况", "≥95%", "维修完成后逐项验收"],
        [null, null, null, "大型设备更新验收合格率", "反映大楼大型设备更新验收情况", "≥92%", "委托第三方检测"],
        [null, null, "成本指标", "成本控制率", "不超预算", "≤100%", "严格执行政府采购程序"],
        [null, "效益指标", "社会效益指标", "水电气消耗下降率", "反映水电气消耗比上年下降情况", "≥2%", "推行节能改造"],
        [null, "满意度指标", "服务对象满意度指标", "办公大楼服务对象满意度", "反映服务对象对大楼运行保障的满意程度", "≥90%", "定期开展满意度调查"],
        ["主管部门审核意见", "单位公章：                年    月    日", null, null, null, null, null],
      ],
      merges: [
        "A1:G1", "B2:D2", "F2:G2", "B3:D3", "F3:G3", "C4:E4", "C5:E5", "C6:E6", "C7:E7", "C8:E8", "B9:G9",
        "A10:A17", "C10:D10", "B11:B15", "C11:C12", "C13:C14", "B18:G18",
      ],
      numberFormats: { "B5:B8": "0.00", "F5:G8": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "绩效目标表",
        kind: "composition",
        headerRow: 4,
        lastRow: 8,
        columns: { A: "line", B: "amount" },
        year: 2022,
      },
      {
        sheet: "绩效目标表",
        kind: "targets",
        headerRow: 10,
        lastRow: 17,
        columns: { D: "name", F: "target" },
        year: 2022,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "F8",
        why: "2020年实际执行数: 180.00 + 98.00 + 391.26 = 669.26; 合计 states 679.26 (10.00 more)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B8", why: "金额: 186 + 104 + 510 = 800, as stated" },
      { rule: "composition.total-mismatch", cell: "G8", why: "2021年实际执行数: 186.00 + 104.00 + 478.35 = 768.35, as stated" },
      { rule: "composition.line-mismatch", why: "the lines have no unit price or quantity; 测算依据 is a text basis" },
      { rule: "input.unreadable-value", why: "测算依据, 当年预期实现值 (2200次, ≥95%) and 保障措施 are text by nature, not amounts" },
      { rule: "selfeval.weights", why: "a target table has no 分值: there are no weights to add up" },
      { rule: "selfeval.indicator-contradicted", why: "the form states targets only, no results" },
      { rule: "execution.overspent", why: "the 2020 and 2021 columns are earlier years' actual spending beside this year's budget, not one year's budget and spending" },
    ],
  },
};
