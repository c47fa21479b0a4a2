import type { CorpusLayout } from "../types";

// 柳城县扶贫开发领导小组 柳城扶领发〔2020〕3号 (2020-03-11): 柳城县2020年以奖代补特色产业扶贫实施方案 — its aim that 特色产业 cover 95% or more of
// poor households in 2020. Laid out as the county's project 绩效目标表 for the scheme: 一级指标 | 二级指标 | 三级指标 | 指标值 | 分值, the points
// heading 年度绩效指标（100分） alone on the row above the header, 一级 and 二级 merged down.
export const layout: CorpusLayout = {
  id: "liucheng-2020-award-for-work-industry-targets",
  source: {
    title: "柳城县扶贫开发领导小组关于印发柳城县2020年以奖代补特色产业扶贫实施方案的通知（项目绩效目标表，表据方案拟）",
    url: "http://www.liucheng.gov.cn/xxgk/fdzdgknr/shgysyjs/fpxx/202106/t20210626_2841395.shtml",
    publisher: "柳城县扶贫开发领导小组",
    date: "2020-03-11",
    changes:
      "As published: the document number, the scheme's name and legal bases (桂开办发〔2018〕28号, 〔2018〕57号, 桂财农〔2018〕192号, 桂开办发〔2019〕32号, " +
      "〔2020〕7号), its aim (特色产业覆盖贫困户比例达到95%以上) and 总体目标's wording. The scheme has no target table: laid out by us as the 广西 project " +
      "绩效目标表 (一级 | 二级 | 三级指标 | 指标值 | 分值) under a points heading; the 95% is the scheme's, the other indicators and every 分值 are ours. " +
      "Planted: the heading states 100分 where the 分值 add to 20 + 15 + 15 + 10 + 15 + 5 + 10 = 90.",
  },
  classes: [
    "targets", "three-level-indicators", "points-column", "points-heading-above-header", "first-level-merged-down", "text-targets",
    "percent-targets", "date-target", "notes-under-table", "table-from-prose", "county-fund", "poverty-alleviation", "guangxi",
  ],
  settings: { district: "柳城县" },
  sheets: [
    {
      name: "绩效目标表",
      widths: [14, 18, 30, 18, 8],
      rows: [
        ["柳城县2020年以奖代补特色产业扶贫项目绩效目标表", null, null, null, null],
        ["项目名称：2020年以奖代补特色产业扶贫项目        主管部门：柳城县扶贫开发领导小组办公室", null, null, null, null],
        ["年度绩效指标（100分）", null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
        ["产出指标", "数量指标", "以奖代补覆盖贫困户数", "≥3000户", 20],
        [null, null, "特色产业覆盖贫困户比例", "≥95%", 15],
        [null, "质量指标", "奖补对象识别精准率", "100%", 15],
        [null, "时效指标", "奖补资金兑现时间", "2020年12月底前", 10],
        ["效益指标", "经济效益指标", "享受奖补贫困户户均增收", "≥2000元", 15],
        [null, "可持续影响指标", "特色产业持续带动增收年限", "≥3年", 5],
        ["满意度指标", "服务对象满意度指标", "受奖补贫困户满意度", "≥90%", 10],
        ["备注：奖补对象、品种及标准按《柳城县2020年以奖代补特色产业扶贫实施方案》执行。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A3:E3", "A5:A8", "B5:B6", "A9:A10", "A12:E12"],
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "targets", headerRow: 4, lastRow: 11, columns: { A: "type", C: "name", D: "target" } },
    ],
    findings: [
      { rule: "selfeval.weights", cell: "A3", why: "the heading states 100分; the indicators' 分值 add to 20 + 15 + 15 + 10 + 15 + 5 + 10 = 90 (10 short)" },
    ],
    absent: [
      { rule: "selfeval.indicator-contradicted", why: "a target table with no 实际完成值: nothing stated done" },
      { rule: "selfeval.target-missed-full-score", why: "targets only, no results" },
      { rule: "input.unreadable-value", cell: "D8", why: "2020年12月底前 is a date target, text by nature" },
      { rule: "composition.total-mismatch", why: "no money in the table: 3000户 and 2000元 are targets" },
    ],
  },
};
