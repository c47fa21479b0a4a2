import type { CorpusLayout } from "../types";

// 海南省财政厅 2022-06-29 (琼财建〔2022〕429号): the 2021 fourth-quarter provincial 会展项目奖励资金 handed to four provincial units for
// seven exhibitions, with the fund's 绩效目标表 as a second annex.
export const layout: CorpusLayout = {
  id: "hainan-2021-q4-exhibition-project-award-allocation",
  source: {
    title: "海南省财政厅关于下达2021年第四季度省级会展项目奖励资金的通知（琼财建〔2022〕429号）— 附件1 项目奖励资金分配表、附件2 项目绩效目标表",
    url: "http://mof.hainan.gov.cn/sczt/0503/202207/3b5b4cb9ab8a4b909b02cc5568abfe30.shtml",
    publisher: "海南省财政厅",
    date: "2022-06-29",
    changes:
      "As published: annex 1's layout (序号 | 单位名称 | 会展项目名称 | 分配金额（万元）, the unit merged down over its exhibitions, 合计 at the foot) and the seven " +
      "exhibitions; annex 2's layout (主管部门 / 资金总额 / 项目负责人电话 / 财政拨款 / 预算执行率权重 / 其他资金, 总体目标 with three goals, then " +
      "一级指标* | 二级指标* | 三级指标* | 绩效指标性质* | 绩效指标值* | 绩效度量单位 | 权重* | 指标方向性*). Ours: every amount, the phone number, the " +
      "indicators after the first and their values (the page shows only the first row of the target table). Planted: the 合计 typed 2,184.70 where the " +
      "seven amounts add up to 2,174.70.",
  },
  classes: ["composition", "targets", "two-sheets", "allocation-by-project", "unit-merged-down", "one-decimal-wanyuan", "wanyuan-in-header", "total-at-foot", "money-block-above-targets", "weights-as-percent", "direction-column", "three-level-indicators", "province-fund", "hainan"],
  settings: { district: "海南省" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 22, 44, 14],
      rows: [
        ["附件1", null, null, null],
        ["项目奖励资金分配表", null, null, null],
        ["序号", "单位名称", "会展项目名称", "分配金额（万元）"],
        [1, "省卫生健康委", "2021第五届海南国际健康产业博览会", 420],
        [2, "省贸促会", "2021第十二届中国国际创意设计推广周", 62.5],
        [3, null, "2021中国（海南）国际海洋产业博览会", 188.4],
        [4, "省林业局", "2021年中国林草经济发展博鳌大会", 246],
        [5, "省旅游和文化广电体育厅", "2021年（第六届）海南世界休闲旅游博览会", 312.6],
        [6, null, "2021年（第七届）海南国际旅游美食博览会", 365.2],
        [7, null, "2021年（第二届）海南国际旅游装备博览会", 580],
        ["合计", null, null, 2184.7],
      ],
      merges: ["A2:D2", "B5:B6", "B8:B10", "A11:C11"],
    },
    {
      name: "附件2",
      widths: [14, 16, 30, 14, 14, 12, 10, 12],
      rows: [
        ["附件2", null, null, null, null, null, null, null],
        ["项目绩效目标表", null, null, null, null, null, null, null],
        ["主管部门：", "省商务厅", null, null, "资金总额：", 2174.7, null, null],
        ["项目负责人电话", "65230000", null, null, "财政拨款：", 2174.7, null, null],
        ["预算执行率权重：", "10%", null, null, "其他资金：", null, null, null],
        ["总体目标", "目标1：全年实现会展业综合收入不低于280亿元\n目标2：培育一批具有影响力的品牌会展项目\n目标3：会展业对关联行业的带动作用明显", null, null, null, null, null, null],
        ["一级指标*", "二级指标*", "三级指标*", "绩效指标性质*", "绩效指标值*", "绩效度量单位", "权重*", "指标方向性*"],
        ["产出指标", "数量指标", "全年实现会展业综合收入", "≥", 280, "亿元", "30%", "正向指标"],
        [null, null, "奖励会展项目数", "=", 7, "个", "20%", "正向指标"],
        [null, "时效指标", "奖励资金拨付完成时间", "≤", 12, "月", "10%", "反向指标"],
        ["效益指标", "经济效益指标", "带动住宿餐饮等关联行业消费", "≥", 50, "亿元", "20%", "正向指标"],
        ["满意度指标", "服务对象满意度指标", "参展参会单位满意度", "≥", 90, "%", "10%", "正向指标"],
      ],
      merges: ["A2:H2", "B3:D3", "B4:D4", "B5:D5", "F3:H3", "F4:H4", "F5:H5", "B6:H6", "A8:A10", "B8:B9"],
      numberFormats: { "F3:F4": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "category", C: "line", D: "amount" },
      },
      {
        sheet: "附件2",
        kind: "targets",
        headerRow: 7,
        lastRow: 12,
        columns: { A: "type", C: "name", E: "target" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", sheet: "附件1", cell: "D11", why: "420 + 62.5 + 188.4 + 246 + 312.6 + 365.2 + 580 = 2,174.70; the 合计 states 2,184.70 (10.00 more)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "附件1", cell: "D6", why: "each exhibition is its own line; the merged-down unit is not a subtotal" },
      { rule: "input.unreadable-value", why: "序号, the annex labels, the goals text and the 权重 percentages are labels or text" },
      { rule: "selfeval.weights", why: "30% + 20% + 10% + 20% + 10% = 90% with the 10% 预算执行率权重 makes 100%; no heading states other points" },
      { rule: "register.duplicate", why: "an allocation to units, not a register of firms" },
    ],
  },
};
