import type { CorpusLayout } from "../types";

// 福建省台湾同胞联谊会 2017-07-31: its 2017年财政支出项目绩效目标表, published under the province's call for 专项支出 self-evaluation —
// 主管部门 line, 专项名称 / 概况 / 总体绩效目标 rows, then 绩效目标 | 评价指标 (merged over the aim's kind and 目标1, 目标2 …) | 绩效内容 |
// 绩效标准 | 全年绩效目标, the first level 投入 / 产出 / 效果 rather than today's 产出 / 效益 / 满意度.
export const layout: CorpusLayout = {
  id: "fujian-2017-taiwan-compatriots-association-targets",
  source: {
    title: "2017年财政支出项目绩效目标表（福建省台湾同胞联谊会）",
    url: "http://fjtl.taiwan.cn/zxgg/201707/t20170731_11825756.htm",
    publisher: "福建省台湾同胞联谊会（福建台胞之家网）",
    date: "2017-07-31",
    changes:
      "As published: the title, 主管部门名称 line, the 专项名称, 概况 and 总体绩效目标 rows (shortened), the headings, the first level 投入 / 产出 " +
      "with 成本目标 and 数量目标, 目标1 … labels and their 绩效内容 and 绩效标准 (the 200元 / 300元 monthly standards). The stored copy stops at " +
      "产出 目标3: the 质量 / 时效 and 效果 rows are ours, and the year's counts of people are ours (not the published 432 / 1792 / 95 / 91). " +
      "Nothing planted: a target table with nothing to report.",
  },
  classes: [
    "targets", "clean", "old-first-level-names", "input-output-outcome", "aim-number-labels", "standard-and-target-columns", "text-targets",
    "no-weights", "no-money-block", "goals-text-rows", "department-line", "provincial-body", "fujian",
  ],
  sheets: [
    {
      name: "绩效目标表",
      widths: [10, 12, 8, 34, 30, 34],
      rows: [
        ["2017年财政支出项目绩效目标表", null, null, null, null, null],
        ["主管部门名称：福建省台湾同胞联谊会", null, null, null, null, null],
        ["专项名称", "台胞扶贫济困生活补贴、涉台联络专项经费及调研培训费", null, null, null, null],
        ["概况", "台胞扶贫济困生活补贴包括台胞困难户生活补贴和高龄补贴；创新对台联谊模式，深化同名村、丰收节、青年夏令营等对台交流活动，加强定居台胞服务工作。", null, null, null, null],
        ["总体绩效目标", "解决在闽台胞生活困难，调动广大台胞参与海西建设；增进与台湾同胞沟通交流，促进两岸和平发展。", null, null, null, null],
        ["绩效目标", "评价指标", null, "绩效内容", "绩效标准", "全年绩效目标"],
        ["投入", "成本目标", "目标1", "发放省直困难、高龄台胞补贴", "100%", "按实际情况发放"],
        [null, null, "目标2", "开展丰收节活动、夏令营活动、台胞技能培训、定居台胞困难大学生助学金", "100%", "100%"],
        ["产出", "数量目标", "目标1", "困难台胞、高龄台胞困难补助受益", "台胞困难户每月每人200元、高龄补贴（没退休金每月每人300元、有退休金200元）", "困难台胞410人、高龄台胞1760人、困难学生助学88人、困难台胞技能培训96人"],
        [null, null, "目标2", "争取台湾民心、增进乡情", "开展丰收节活动1次、夏令营活动1次、台胞技能培训2期", "开展丰收节活动1次、夏令营活动1次、台胞技能培训2期"],
        [null, null, "目标3", "困难台胞助学款", "定居台胞困难大学生每人每年2000元", "88人"],
        [null, "质量目标", "目标1", "补贴发放准确率", "100%", "100%"],
        [null, "时效目标", "目标1", "补贴按月发放", "每月10日前", "12个月"],
        ["效果", "社会效益", "目标1", "在闽台胞生活困难得到缓解", "明显", "明显"],
        [null, "满意度", "目标1", "受助台胞满意度", "≥90%", "≥90%"],
      ],
      merges: ["A1:F1", "A2:F2", "B3:F3", "B4:F4", "B5:F5", "B6:C6", "A7:A8", "B7:B8", "A9:A13", "B9:B11", "A14:A15"],
    },
  ],
  expect: {
    tables: [{ sheet: "绩效目标表", kind: "targets", headerRow: 6, lastRow: 15, columns: { A: "type", D: "name", F: "target" }, year: 2017 }],
    findings: [],
    absent: [
      { rule: "selfeval.weights", why: "no 分值 anywhere: nothing to add up" },
      { rule: "selfeval.target-missed-full-score", why: "targets only: no result and no score" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值" },
      { rule: "input.unreadable-value", why: "绩效标准 and 全年绩效目标 are text by nature (200元, 1次, 明显)" },
      { rule: "composition.total-mismatch", why: "no money block: the form states no amounts" },
    ],
  },
};
