import type { CorpusLayout } from "../types";

// 河北省水利厅 2019-03-26: 44 poor counties' small or substandard rural water works upgraded, 131.77万 people served (18.39万 registered
// poor), 7.35亿元 of central and provincial money sent down, all work done by the end of June 2020. Laid out as the fund's 绩效目标表:
// head, a money block (年度资金总额 with its 其中 sources), the year's goal, then 一级 / 二级 / 三级指标 | 指标值 | 分值 under a side
// label stating the points.
export const layout: CorpusLayout = {
  id: "hebei-2019-rural-water-safety-upgrade-targets",
  source: {
    title: "省水利厅加快推进农村饮水安全巩固提升工作（绩效目标表据正文拟）",
    url: "http://slt.hebei.gov.cn/a/2019/03/26/2019032637694.html",
    publisher: "河北省水利厅（农水处）",
    date: "2019-03-26",
    changes:
      "As published: 44 poor counties, upgrading, matching, extending and linking rural water works, 131.77万 people served of whom 18.39万 " +
      "registered poor, 7.35亿元 of central and provincial money all sent down, every project to be done by the end of June 2020. No form is " +
      "shown: the target table is built from the prose in the usual 绩效目标表 layout; the split of the money, the other indicators and the " +
      "分值 are ours. Planted: 中央 52,000 + 省级 22,000 = 74,000 under a 年度资金总额 of 73,500; the indicators' 分值 add up to 95 under " +
      "a label stating 90分.",
  },
  classes: [
    "targets", "composition", "money-block-qizhong", "sources-run-to-block-end", "three-level-indicators", "points-in-side-label",
    "weights-column", "text-targets", "people-in-wanren", "goals-text-row", "wanyuan-in-label", "table-from-prose", "provincial-fund", "hebei",
  ],
  settings: { district: "河北省" },
  sheets: [
    {
      name: "绩效目标表",
      widths: [16, 14, 16, 34, 16, 8],
      rows: [
        ["2019年河北省农村饮水安全巩固提升工程绩效目标表（表据正文拟）", null, null, null, null, null],
        ["主管部门", "河北省水利厅", null, "实施单位", "44个贫困县水利部门", null],
        ["资金情况（万元）", "年度资金总额", 73500, null, null, null],
        [null, "其中：中央财政资金", 52000, null, null, null],
        [null, "省级财政资金", 22000, null, null, null],
        ["年度总体目标", "对44个贫困县标准偏低、规模偏小的农村供水工程进行改造、配套、升级、联网，受益人口131.77万人，其中建档立卡贫困人口18.39万人；中央及省级专项资金及时全部下达，力争2020年6月底前完成全部建设任务。", null, null, null, null],
        ["年度绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标值", "分值"],
        [null, "产出指标", "数量指标", "改造提升农村供水工程覆盖贫困县数", "44个", 10],
        [null, null, null, "受益人口", "131.77万人", 10],
        [null, null, null, "其中：受益建档立卡贫困人口", "18.39万人", 10],
        [null, null, "质量指标", "工程竣工验收合格率", "100%", 10],
        [null, null, "时效指标", "全部建设任务完成时间", "2020年6月底前", 10],
        [null, null, null, "中央及省级专项资金下达及时率", "100%", 5],
        [null, null, "成本指标", "中央及省级专项资金总额", "≤73500万元", 5],
        [null, "效益指标", "社会效益指标", "农村集中供水率", "≥90%", 10],
        [null, null, null, "农村自来水普及率", "≥85%", 10],
        [null, null, "可持续影响指标", "工程设计使用年限", "≥20年", 5],
        [null, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", 10],
      ],
      merges: [
        "A1:F1", "B2:C2", "E2:F2", "A3:A5", "C3:F3", "C4:F4", "C5:F5", "B6:F6", "A7:A18", "B8:B14", "C8:C10", "C12:C13", "B15:B17",
        "C15:C16",
      ],
      numberFormats: { "C3:C5": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 5, columns: { B: "line", C: "amount" }, year: 2019 },
      { sheet: "绩效目标表", kind: "targets", headerRow: 7, lastRow: 18, columns: { B: "type", D: "name", E: "target" }, year: 2019 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C3", why: "年度资金总额 73,500; its sources running to the block's end, 中央 52,000 + 省级 22,000 = 74,000: 500万元 apart" },
      { rule: "selfeval.weights", cell: "A7", why: "the label states 90分; the indicators' 分值 add up to 10 + 10 + 10 + 10 + 10 + 5 + 5 + 10 + 10 + 5 + 10 = 95" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E9", why: "131.77万人 and 18.39万人 are people, targets in a text column, never money or parts of it" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值: a target table states targets only" },
      { rule: "selfeval.target-missed-full-score", why: "no actual values to compare" },
      { rule: "input.unreadable-value", cell: "E12", why: "2020年6月底前 is a target, text by nature" },
      { rule: "input.unreadable-value", cell: "B6", why: "the year's goal is text" },
    ],
  },
};
