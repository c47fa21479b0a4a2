import type { CorpusLayout } from "../types";

// 内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局 2024年度决算公开报告: its 项目支出绩效自评表 (2024年度) as published — 项目资金（万元）
// with 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率(%) | 得分 (the rate as a bare number under a (%) heading), 年度资金总额 over
// 其中：财政拨款 | 其他资金, then indicators with 指标性质 | 指标方向 | 年度指标值 | 实际完成值 | 计量单位 | 分值 | 得分 | 偏差原因分析及改进措施.
export const layout: CorpusLayout = {
  id: "bayannur-ganqimaodu-resources-2024-project-selfeval",
  source: {
    title: "2024年度内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局决算公开报告（项目支出绩效自评表）",
    url: "http://zrzy.bynr.gov.cn/zwgk/czyjs/202509/t20250924_714315.html",
    publisher: "内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局",
    date: "2025-09-24",
    changes:
      "As published: the form's grid — title and (2024年度), 项目名称 (…自然资源业务支出项目), 主管部门, 实施单位, the money block with 年初预算数 | 全年预算数 | " +
      "全年执行数 | 分值 | 执行率(%) | 得分 over 年度资金总额 | 其中：财政拨款 | 其他资金 (年初预算 0, the rate typed as a bare number, —— for no score), " +
      "the goal text, and the indicator heading with its 指标性质 / 指标方向 columns as the office filled them (正向 under 指标性质, 大于等于 under 指标方向), " +
      "the 租车次数 and 宣传美工制作个数 indicators. Ours: every figure, the other indicators, the 总分 row. Planted: 其他资金 全年执行数 2.38 so that " +
      "0.96 + 2.38 = 3.34 ≠ the 年度资金总额 3.24; 宣传合格率 95 against 100 yet given its full 10.",
  },
  classes: [
    "selfeval", "national-template", "initial-budget-zero", "rate-as-bare-number", "percent-in-heading", "double-dash-for-no-score", "direction-columns",
    "unit-column", "qizhong-sources", "total-score-row", "explanation-given", "port-branch-office", "neimenggu",
  ],
  sheets: [
    {
      name: "项目支出绩效自评表",
      widths: [10, 14, 14, 26, 10, 10, 10, 10, 8, 8, 8, 20],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null, null, null],
        ["（2024年度）", null, null, null, null, null, null, null, null, null, null, null],
        ["项目名称", "内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局自然资源业务支出项目", null, null, null, null, null, null, null, null, null, null],
        ["主管部门", "内蒙古自治区巴彦淖尔市自然资源局（部门）", null, null, null, "实施单位", "内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局", null, null, null, null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率(%)", "得分", null, null, null, null],
        [null, "年度资金总额", 0, 3.6, 3.24, 10, 90, 9, null, null, null, null],
        [null, "其中：财政拨款", 0, 0.96, 0.96, "——", 100, "——", null, null, null, null],
        [null, "其他资金", 0, 2.64, 2.38, "——", 90.15, "——", null, null, null, null],
        ["年度总体目标", "预期目标", null, null, null, null, "实际完成情况", null, null, null, null, null],
        [
          null,
          "目标1：通过开展自然资源调查，查清口岸辖区资源利用状况，落实耕地保护和矿产资源管理，做好政策宣传。",
          null, null, null, null,
          "完成辖区自然资源外业调查32天，制作宣传美工2个，调查成果通过验收；部分宣传品返工。",
          null, null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "年度指标值", "实际完成值", "计量单位", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "指标1：外业调查天数（天）", "正向", "大于等于", 30, 32, "天", 10, 10, null],
        [null, null, null, "指标2：宣传美工制作个数（个）", "正向", "大于等于", 2, 2, "个", 10, 10, null],
        [null, null, "质量指标", "指标1：调查成果合格率", "正向", "等于", 100, 100, "%", 10, 10, null],
        [null, null, null, "指标2：宣传合格率", "正向", "等于", 100, 95, "%", 10, 10, null],
        [null, null, "时效指标", "指标1：任务按时完成率", "正向", "等于", 100, 100, "%", 10, 10, null],
        [null, null, "成本指标", "指标1：租车费用", "反向", "小于等于", 1.2, 1.1, "万元", 10, 10, null],
        [null, "效益指标", "社会效益指标", "指标1：群众自然资源政策知晓率", "正向", "大于等于", 85, 88, "%", 15, 15, null],
        [null, "满意度指标", "服务对象满意度指标", "指标1：口岸企业满意度", "正向", "大于等于", 90, 92, "%", 15, 15, null],
        ["总分", null, null, null, null, null, null, null, null, 100, 99, null],
      ],
      merges: [
        "A1:L1", "A2:L2", "B3:L3", "B4:E4", "G4:L4", "A5:B5", "A6:A8", "I5:L8", "A9:A10", "B9:F9", "G9:L9", "B10:F10", "G10:L10",
        "A11:A19", "B12:B17", "C12:C13", "C14:C15", "A20:I20",
      ],
    },
  ],
  settings: { district: "乌拉特中旗" },
  expect: {
    tables: [{ sheet: "项目支出绩效自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 20, year: 2024 }],
    findings: [
      { rule: "selfeval.total-mismatch", cell: "E6", why: "年度资金总额 全年执行数 3.24 ≠ 财政拨款 0.96 + 其他资金 2.38 = 3.34" },
      { rule: "selfeval.target-missed-full-score", cell: "K15", why: "宣传合格率 95% misses its target of 100% (等于), yet scores its full 10" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "执行率(%) 90 is 90%: 3.24 / 3.60 = 90.00%" },
      { rule: "selfeval.rate-mismatch", cell: "G8", why: "其他资金 2.38 / 2.64 = 90.15%, as typed under the (%) heading" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 90% = 9, as stated" },
      { rule: "selfeval.score-mismatch", cell: "K20", why: "总分 99 = 9 + 10 × 6 + 15 + 15" },
      { rule: "selfeval.weights", why: "10 + 10 × 6 + 15 + 15 = 100" },
      { rule: "selfeval.total-mismatch", cell: "D6", why: "全年预算数 3.60 = 0.96 + 2.64" },
      { rule: "selfeval.missing-explanation", cell: "L6", why: "执行率 90% is not below 90%" },
      { rule: "selfeval.target-missed-full-score", cell: "K17", why: "租车费用 1.1万元 is within ≤1.2 (反向, 小于等于)" },
      { rule: "execution.overspent", why: "年初预算数 0 was raised to 3.60 during the year; 3.24 spent of 3.60" },
    ],
  },
};
