import type { CorpusLayout } from "../types";

// 清涧县财政局 清财农发[2020]104号 (2020-12-14): 500万元 of 2021 central poverty-relief money sent early to the county's transport
// bureau, with 附表1 绩效目标申报表（2021年度）— label–value rows, 资金情况 as 年度资金总额 / 其中：财政拨款 / 其他资金 (no unit
// written), the 年度目标 in prose, and 一级 / 二级 / 三级指标 | 指标值 with no 分值 and no results column.
export const layout: CorpusLayout = {
  id: "qingjian-2021-orchard-road-target-form",
  source: {
    title: "清涧县财政局关于提前下达2021年中央财政专项扶贫资金（发展资金）的通知（清财农发[2020]104号）附表1：绩效目标申报表",
    url: "http://qjzhf.gov.cn/Government/PublicInfoShow.aspx?ID=15161",
    publisher: "清涧县财政局",
    date: "2020-12-14",
    changes:
      "Form as published: 附表1, 绩效目标申报表, （2021年度）, 项目名称 2021年交通局寨山石坪、鲍家沟果园路, 项目负责人及联系电话 (the name and " +
      "number replaced by （略）), 主管部门 / 实施单位 清涧县交通运输局, 资金情况 with 年度资金总额：500, 其中：财政拨款, 其他资金 and no unit, " +
      "年度目标's three points, and the indicators 寨山石坪村新建水泥路1条 2km, 呼家河至鲍家沟新建水泥路1条 2km, 验收合格率 100%, 完成及时率 " +
      "100%, 硬化水泥砼公路补助标准 ≤120万元. The 效益 and 满意度 indicators are cut off in the stored copy: those four rows are ours. " +
      "Planted: 其中：财政拨款 written 480 and 其他资金 10 (published 500 and blank), so the sources add up to 490 against 年度资金总额 500.",
  },
  classes: ["targets", "composition", "two-tables-one-form", "label-value-rows", "money-block-under-side-label", "qizhong-lines", "no-unit-stated", "no-weights", "no-results-column", "text-targets", "annex-number-above-title", "shaanxi"],
  sheets: [
    {
      name: "附表1",
      widths: [10, 14, 14, 34, 14, 12],
      rows: [
        ["附表1", null, null, null, null, null],
        ["绩效目标申报表", null, null, null, null, null],
        ["（2021年度）", null, null, null, null, null],
        ["项目名称", "2021年交通局寨山石坪、鲍家沟果园路", null, "项目负责人及联系电话", "（略）", null],
        ["主管部门", "清涧县交通运输局", null, "实施单位", "清涧县交通运输局", null],
        ["资金情况", "年度资金总额：", 500, null, null, null],
        [null, "其中：财政拨款", 480, null, null, null],
        [null, "其他资金", 10, null, null, null],
        ["总体目标", "年度目标", null, null, null, null],
        [null, "1、改善基础实施建设，呼家河至鲍家沟果园路建设2公里、寨山石坪果园路2公里 2、水泥路硬化路面、边沟及交安实施的建设，解决了生产道路硬化问题及生命防护问题 3、极大的改善了老百姓的生产生活问题", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", null],
        [null, "产出指标", "数量指标", "寨山石坪村新建水泥路1条", "2km", null],
        [null, null, null, "呼家河至鲍家沟新建水泥路1条", "2km", null],
        [null, null, "质量指标", "项目（工程）验收合格率", "100%", null],
        [null, null, "时效指标", "项目（工程）完成及时率", "100%", null],
        [null, null, "成本指标", "硬化水泥砼公路补助标准", "≤120万元", null],
        [null, "效益指标", "经济效益指标", "果园运输成本降低", "≥20%", null],
        [null, null, "社会效益指标", "受益脱贫人口数", "≥300人", null],
        [null, null, "可持续影响指标", "道路设计使用年限", "≥10年", null],
        [null, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", null],
      ],
      merges: [
        "A1:F1", "A2:F2", "A3:F3", "B4:C4", "E4:F4", "B5:C5", "E5:F5", "A6:A8", "C6:F6", "C7:F7", "C8:F8", "A9:A10", "B9:F9", "B10:F10",
        "A11:A20", "E11:F11", "B12:B16", "C12:C13", "E12:F12", "E13:F13", "E14:F14", "E15:F15", "E16:F16", "B17:B19", "E17:F17", "E18:F18",
        "E19:F19", "E20:F20",
      ],
    },
  ],
  expect: {
    tables: [
      { sheet: "附表1", kind: "composition", headerRow: 6, lastRow: 8, columns: { B: "line", C: "amount" }, year: 2021 },
      { sheet: "附表1", kind: "targets", headerRow: 11, lastRow: 20, columns: { B: "type", D: "name", E: "target" }, year: 2021 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "C6",
        why: "年度资金总额 500; its sources 其中：财政拨款 480 + 其他资金 10 = 490 (a form's money block: all of the money, so they must add up to it)",
      },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "the money lines have no unit price or quantity" },
      { rule: "selfeval.weights", why: "the form has no 分值 at all" },
      { rule: "selfeval.indicator-contradicted", why: "targets only, no results" },
      { rule: "selfeval.target-missed-full-score", why: "no results and no scores" },
      { rule: "input.unreadable-value", why: "指标值 (2km, ≤120万元, ≥90%), the 年度目标 prose and （略） are text by nature" },
      { rule: "execution.overspent", why: "the form holds no spending" },
    ],
  },
};
