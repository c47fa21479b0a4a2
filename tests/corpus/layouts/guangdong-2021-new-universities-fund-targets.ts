import type { CorpusLayout } from "../types";

// 广东省教育厅: 绩效目标表 of the 教育发展专项资金 task 支持粤东粤西粤北地区新建高校 (一般公共预算安排77300万元, 2020年-2022年) — 资金名称 |
// 省级业务主管部门 | 资金类型 | 实施周期, 战略领域 | 财政事权 | 政策任务, 资金需求（万元） with 2021年金额, 用途范围, 政策依据, 年度目标 and
// 实施周期目标 texts, then 一级 / 二级 / 三级指标 | 年度目标值 | 实施周期目标值. Nothing to report.
export const layout: CorpusLayout = {
  id: "guangdong-2021-new-universities-fund-targets",
  source: {
    title: "绩效目标表（教育发展专项资金：高等教育“冲一流、补短板、强特色”——支持粤东粤西粤北地区新建高校）",
    url: "https://www.dy1993.cn/O0nx.html",
    publisher: "广东省教育厅",
    date: "2021",
    changes:
      "As published: the form's blocks and labels (资金名称, 省级业务主管部门, 资金类型, 实施周期, 战略领域, 财政事权, 政策任务, 资金需求（万元） with " +
      "2021年金额, 用途范围, 政策依据, 年度目标, 实施周期目标), the task and department, 2020年-2022年, the policy document, the three 三级指标 the " +
      "copy shows (新建高校（校区）, 工程质量达标率（%）, 开工率（%）) with 7 / 100% / 100% in both value columns and the wordings 不断提升 and 持续. " +
      "The 资金需求 figure (a 2021 amount of ours, under the published 77300 for the period), the other indicators' names and values, and the " +
      "shortened texts are ours. Nothing planted (clean).",
  },
  classes: ["targets", "clean", "province-template", "period-and-year-targets", "two-target-columns", "form-header-blocks", "text-targets", "percent-in-indicator-name", "three-level-indicators", "first-level-merged-down", "wanyuan-in-label", "province-department", "guangdong"],
  sheets: [
    {
      name: "绩效目标表",
      widths: [14, 18, 30, 18, 18, 14],
      rows: [
        ["绩效目标表", null, null, null, null, null],
        ["资金名称", "教育发展专项资金", "省级业务主管部门", "广东省教育厅", "资金类型", "专项资金"],
        ["实施周期", "2020年-2022年", "战略领域", "高等教育“冲一流、补短板、强特色”", "财政事权", "省级与市县共同财政事权"],
        ["政策任务", "支持粤东粤西粤北地区新建高校", null, null, null, null],
        ["资金需求（万元）", "2021年金额", 25800, "实施周期金额", 77300, null],
        ["用途范围", "新建广东汕头幼儿师范高等专科学校（筹）、广东梅州职业技术学院（筹）、广东潮州卫生健康职业学院（筹）、广东云浮中医药职业学院（筹）、华南师范大学汕尾校区、广东工业大学揭阳校区、广东海洋大学阳江校区。", null, null, null, null],
        ["政策依据", "《广东省教育厅 广东省发展和改革委 广东省财政厅关于印发〈加快推进粤东粤西粤北地区新建迁建高校建设行动计划〉的通知》（粤教规函〔2019〕144号）", null, null, null, null],
        ["年度目标", "2021年，推动上述7所新建高校（校区）2021年秋季正式招生。", null, null, null, null],
        ["实施周期目标", "补齐粤东粤西粤北地区教育短板，提高广东省高等教育毛入学率，扩大优质学位供给，优化高等教育布局结构。", null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "年度目标值", "实施周期目标值", null],
        ["产出指标", "数量指标", "新建高校（校区）", "7", "7", null],
        [null, "质量指标", "工程质量达标率（%）", "100%", "100%", null],
        [null, "时效指标", "开工率（%）", "100%", "100%", null],
        ["效益指标", "社会效益指标", "高等教育毛入学率", "不断提升", "不断提升", null],
        [null, "可持续影响指标", "弥补我省高等教育不平衡", "持续", "持续", null],
        ["满意度指标", "服务对象满意度指标", "新生及家长满意度（%）", "≥85%", "≥90%", null],
      ],
      merges: ["A1:F1", "B4:F4", "E5:F5", "B6:F6", "B7:F7", "B8:F8", "B9:F9", "E10:F10", "A11:A13", "E11:F11", "E12:F12", "E13:F13", "A14:A15", "E14:F14", "E15:F15", "E16:F16"],
    },
  ],
  expect: {
    tables: [{ sheet: "绩效目标表", kind: "targets", headerRow: 10, lastRow: 16, columns: { A: "type", C: "name", D: "target" } }],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "C5", why: "2021年金额 25,800 is one year's share of the period's 77,300, not a total of parts" },
      { rule: "selfeval.weights", why: "a target form without 分值: no points to add up" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值: the form states targets only" },
      { rule: "input.unreadable-value", cell: "D14", why: "不断提升 is a target, text by nature" },
      { rule: "input.unreadable-value", cell: "C12", why: "（%） in the indicator's name is its unit, not a figure" },
    ],
  },
};
