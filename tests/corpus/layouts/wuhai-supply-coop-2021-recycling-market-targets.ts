import type { CorpusLayout } from "../types";

// 乌海市供销合作社联合社 2022-09-12 (数据统计): 再生资源回收市场管理经费项目绩效目标表（2021年） — a head block (项目名称, 项目类别,
// 归口科室, 主管部门, 实施单位 with their codes in brackets), 投入目标 (资金总额 | 其中：财政拨款数 | 其他资金), 年度目标, then the weights
// line 绩效指标（权重分值90分，其中产出指标…50分，效益指标…30分，满意度指标…10分） over 一级指标 | 二级指标 | 三级指标 | 指标性质 |
// 指标方向 | 目标值 | 计量单位 | 分值 | 备注, a date target written as its serial number (44,561).
export const layout: CorpusLayout = {
  id: "wuhai-supply-coop-2021-recycling-market-targets",
  source: {
    title: "再生资源回收市场管理经费项目绩效目标表（2021年）",
    url: "http://gxs.wuhai.gov.cn/whsgxshzslhs/1096934/sjtj/1341823/index.html",
    publisher: "乌海市供销合作社联合社",
    date: "2022-09-12",
    changes:
      "As published: the head block and its codes, the 投入目标 block (3万元, all 财政拨款), the weights line, the nine headings, the 产出 rows' " +
      "shape (正向/反向, = ≥ ≤, a time target typed as the serial 44,561 in both 目标值 and 计量单位). The stored copy stops in the 效益 rows; the " +
      "indicators, their targets and points are ours. Planted: the indicators' 分值 add up to 50 + 25 + 10 = 85 against the 90 the weights line states.",
  },
  classes: ["targets", "points-heading-row", "weights-by-level-in-heading", "head-block", "money-block-above", "direction-column", "sign-column", "date-serial-target", "merged-level-cells", "department-project", "city-department", "neimenggu"],
  settings: { district: "乌海市" },
  sheets: [
    {
      name: "绩效目标表",
      widths: [12, 14, 24, 10, 10, 10, 10, 8, 10],
      rows: [
        ["再生资源回收市场管理经费项目绩效目标表", null, null, null, null, null, null, null, null],
        ["（2021年）", null, null, null, null, null, null, null, null],
        ["项目名称", "再生资源回收市场管理经费", null, null, null, null, null, null, null],
        ["项目类别", "(31)部门预算项目", null, null, null, null, null, null, null],
        ["归口科室", "(08)经济贸易科", null, null, null, null, null, null, null],
        ["主管部门", "(433)乌海市供销合作社联合社(部门)", null, null, null, null, null, null, null],
        ["实施单位", "(433001)乌海市供销合作社联合社", null, null, null, null, null, null, null],
        ["投入目标（万元）", "资金来源", null, "年初安排金额（万元）", null, null, null, null, null],
        [null, "资金总额", null, 3, null, null, null, null, null],
        [null, "其中：财政拨款数", null, 3, null, null, null, null, null],
        [null, "其他资金", null, 0, null, null, null, null, null],
        ["年度目标", "规范再生资源回收网点经营秩序，完善城区回收网络。目标1：聘用劳务人员1人；目标2：全年检查回收网点不少于24次；目标3：2021年12月31日前完成；目标4：年度预算总金额3万元；目标5：促进资源循环利用，改善城乡生态环境。", null, null, null, null, null, null, null],
        ["绩效指标（权重分值90分，其中产出指标权重分值50分，效益指标权重分值30分，满意度指标权重分值10分）", null, null, null, null, null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值", "计量单位", "分值", "备注"],
        ["产出指标", "数量指标", "聘用劳务人员数", "正向", "=", 1, "人", 4, null],
        ["产出指标", "数量指标", "检查回收网点次数", "正向", "≥", 24, "次", 4, null],
        ["产出指标", "质量指标", "工作任务完成率", "正向", "=", 100, "%", 4, null],
        ["产出指标", "质量指标", "回收网点规范经营率", "正向", "≥", 90, "%", 4, null],
        ["产出指标", "时效指标", "项目财政资金到位时间", "正向", "=", 44561, "44,561", 10, null],
        ["产出指标", "时效指标", "工作计划按时完成时间", "正向", "=", 44561, "44,561", 4, null],
        ["产出指标", "成本指标", "劳务人员总成本", "反向", "≤", 2, "万元", 8, null],
        ["产出指标", "成本指标", "办公费总成本", "反向", "≤", 0.5, "万元", 6, null],
        ["产出指标", "成本指标", "年度预算总成本", "反向", "≤", 3, "万元", 6, null],
        ["效益指标", "社会效益指标", "再生资源回收量增长率", "正向", "≥", 2, "%", 15, null],
        ["效益指标", "生态效益指标", "城乡生态环境改善程度", "正向", "=", "有所改善", null, 10, null],
        ["满意度指标", "服务对象满意度指标", "回收网点经营户满意度", "正向", "≥", 90, "%", 10, null],
      ],
      merges: ["A1:I1", "A2:I2", "B3:I3", "B4:I4", "B5:I5", "B6:I6", "B7:I7", "A8:A11", "B8:C8", "D8:I8", "B9:C9", "D9:I9", "B10:C10", "D10:I10", "B11:C11", "D11:I11", "B12:I12", "A13:I13"],
      numberFormats: { "F19:F20": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "targets", headerRow: 14, lastRow: 26, columns: { A: "type", C: "name", F: "target" }, year: 2021 },
    ],
    findings: [
      { rule: "selfeval.weights", cell: "A13", why: "分值 4+4+4+4+10+4+8+6+6 = 50 (产出) + 15+10 = 25 (效益) + 10 (满意度) = 85; the weights line states 90" },
    ],
    absent: [
      { rule: "selfeval.total-mismatch", cell: "D9", why: "资金总额 3 = 财政拨款数 3 + 其他资金 0" },
      { rule: "selfeval.indicator-contradicted", why: "a target table states no results" },
      { rule: "selfeval.target-missed-full-score", why: "no 实际完成值 column: nothing scored" },
      { rule: "execution.no-spending", cell: "D9", why: "年初安排金额 3 is the money planned, with no spending column" },
      { rule: "selfeval.weights", cell: "H26", why: "reported once, at the line that states the points" },
    ],
  },
};
