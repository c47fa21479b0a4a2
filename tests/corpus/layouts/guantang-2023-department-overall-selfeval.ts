import type { CorpusLayout } from "../types";

// 衡山县贯塘乡人民政府 2023 部门决算公开, 附件二 2023年度部门整体支出绩效自评表 (Hunan's form): 年度预算申请（万元） over 年初预算数 | 全年预算数 |
// 全年执行数 | 分值 | 执行率 | 自评得分, then the money broken down twice, each figure written inside its label (按收入性质分：… | 按支出性质分：…,
// 其中：一般公共预算：… | 其中：基本支出：…), then 年度总体目标 and the indicators with 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因.
export const layout: CorpusLayout = {
  id: "guantang-2023-department-overall-selfeval",
  source: {
    title: "2023年贯塘乡人民政府决算编制说明（附件二 2023年度部门整体支出绩效自评表）",
    url: "http://www.hengshan.gov.cn/xzxxgk/gtx/fdzdgknr/czxx/20240914/i3455515.html",
    publisher: "衡山县贯塘乡人民政府",
    date: "2024-09-14",
    changes:
      "As published: the form's title, its head (预算部门、单位名称), the money block's labels and order (年度预算申请（万元）; 年初预算数 | 全年预算数 | " +
      "全年执行数 | 分值 | 执行率 | 自评得分; 年度资金总额; the two breakdowns with their figures inside the label cells, 纳入专户管理的非税收入拨款 left " +
      "empty), 年度总体目标 with 预期目标 | 实际完成情况. The stored copy is cut off after the goals: the indicator block (一级 / 二级 / 三级指标 | 年度指标值 | " +
      "实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施, 总分) follows the county's project form of the same set, and every figure and indicator is ours. " +
      "Planted: 资金拨付及时率 92% against ≥95% yet its full 10 points; 长效管理机制健全性 scored 12 of 10; 总分 99.71 where the scores add up to 101.71.",
  },
  classes: ["selfeval", "department-overall-form", "figures-inside-labels", "two-breakdowns-of-one-total", "side-label-unit", "rates-as-text", "three-level-indicators", "text-targets", "town-government", "signoff-line", "hunan"],
  sheets: [
    {
      name: "整体支出自评表",
      widths: [14, 22, 26, 14, 14, 10, 10, 26],
      rows: [
        ["2023年度部门整体支出绩效自评表", null, null, null, null, null, null, null],
        ["预算部门、单位名称", "衡山县贯塘乡人民政府", null, null, null, null, null, null],
        ["年度预算申请（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "自评得分"],
        [null, "年度资金总额", 880.4, 2046.5, 1987.3, 10, "97.11%", 9.71],
        [null, "按收入性质分：2046.50", null, null, "按支出性质分：1987.30", null, null, null],
        [null, "其中：一般公共预算：1402.30", null, null, "其中：基本支出：921.60", null, null, null],
        [null, "政府性基金拨款：126.40", null, null, "项目支出：1065.70", null, null, null],
        [null, "纳入专户管理的非税收入拨款：", null, null, null, null, null, null],
        [null, "其他资金：517.80", null, null, null, null, null, null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null],
        [null, "保障乡政府机关和9个村正常运转，完成上级下达的各项工作任务，巩固脱贫攻坚成果，改善人居环境。", null, null, "保障了机关和9个村正常运转，完成上级下达任务12项，人居环境整治持续推进。", null, null, null],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标（50分）", "数量指标", "完成上级下达任务数量", "≥12项", "12项", 10, 10, null],
        [null, "数量指标", "村级组织运转保障村数", "=9个", "9个", 10, 10, null],
        [null, "质量指标", "项目验收合格率", "100%", "100%", 10, 10, null],
        [null, "时效指标", "资金拨付及时率", "≥95%", "92%", 10, 10, null],
        [null, "成本指标", "“三公”经费控制率", "≤100%", "86%", 10, 10, null],
        ["效益指标（30分）", "社会效益指标", "群众办事便利度", "明显提升", "达成预期指标", 10, 10, null],
        [null, "经济效益指标", "村集体经济收入增长率", "≥5%", "6.2%", 10, 10, null],
        [null, "可持续影响指标", "长效管理机制健全性", "健全", "健全", 10, 12, null],
        ["满意度指标（10分）", "服务对象满意度指标", "服务对象满意度", "≥90%", "93%", 10, 10, null],
        ["总分", null, null, null, null, 100, 99.71, null],
        ["填报人：刘芳    联系电话：0734-5811234    填报日期：2024年5月20日", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "B2:H2", "A3:A9", "B5:D5", "E5:H5", "B6:D6", "E6:H6", "B7:D7", "E7:H7", "B8:D8", "E8:H8", "B9:D9", "E9:H9", "A10:A11", "B10:D10", "E10:H10", "B11:D11", "E11:H11", "A13:A17", "A18:A20", "A22:E22", "A23:H23"],
      numberFormats: { "C4:E4": "0.00", "H4": "0.00", "G22": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "整体支出自评表", kind: "selfeval", unit: "万元", headerRow: 3, lastRow: 22, year: 2023 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "G16", why: "资金拨付及时率 92% against ≥95%, yet the full 10 points" },
      { rule: "selfeval.score-mismatch", cell: "G20", why: "长效管理机制健全性 scored 12 where its 分值 is 10" },
      { rule: "selfeval.score-mismatch", cell: "G22", why: "总分 99.71 where the scores add up to 9.71 + 10 × 8 + 12 = 101.71" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G4", why: "1,987.30 / 2,046.50 = 97.107% → 97.11%" },
      { rule: "selfeval.score-mismatch", cell: "H4", why: "10 × 97.11% = 9.711 → 9.71" },
      { rule: "selfeval.weights", why: "分值 10 (budget) + 9 × 10 = 100, as 总分's 分值 states" },
      { rule: "selfeval.total-mismatch", why: "the breakdowns are written inside their labels and add up: 1,402.30 + 126.40 + 517.80 = 2,046.50; 921.60 + 1,065.70 = 1,987.30" },
      { rule: "selfeval.target-missed-full-score", cell: "G17", why: "86% ≤ 100% is met" },
      { rule: "selfeval.target-missed-full-score", cell: "G19", why: "6.2% ≥ 5% is met" },
      { rule: "selfeval.target-missed-full-score", cell: "G21", why: "93% ≥ 90% is met" },
      { rule: "selfeval.missing-explanation", why: "the rate is 97.11% (≥ 90%) and no indicator is below its 分值" },
      { rule: "execution.overspent", why: "1,987.30 spent of a 全年预算数 of 2,046.50; the 年初预算数 880.40 is not the budget the rate is computed on" },
      { rule: "input.unreadable-value", why: "the labels carrying figures, the goals, the text targets and the sign-off line are text by nature" },
    ],
  },
};
