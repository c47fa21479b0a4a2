import type { CorpusLayout } from "../types";

// 海南省农业农村厅 2021-05-31: 海南省种子总站's evaluation of its 2020年农业技术创新与推广项目 — the report (附件4-4) with its 项目绩效目标表 and 项目基本信息表,
// the station's work (品种试验示范, 种子质量监督检测, 救灾备荒种子储备). Laid out as the 项目支出绩效自评表 of such a report: the money block
// (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) over 一级 / 二级 / 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施.
export const layout: CorpusLayout = {
  id: "hainan-seed-station-2020-agri-tech-promotion-selfeval",
  source: {
    title: "财政支出项目绩效评价报告（2020年农业技术创新与推广项目，海南省种子总站；自评表据正文拟）",
    url: "http://agri.hainan.gov.cn/hnsnyt/xxgk/czgk/yjsgk/202105/t20210531_2986401.html",
    publisher: "海南省农业农村厅（海南省种子总站）",
    date: "2021-05-31",
    changes:
      "As published: the project, its unit and 主管部门, the evaluation period (2021-05-15 to 05-25), the station's duties (品种试验示范推广, 种子质量监督检测, " +
      "救灾备荒种子储备). The stored copy gives the annex titles only: the form, the money and every indicator are ours. Planted: 种子质量监督抽检 286批次 " +
      "misses its ≥300批次 yet scores its full 15; 满意度 88% under ≥90% scores 8 of 10 with no 偏差原因.",
  },
  classes: [
    "selfeval", "project-selfeval", "money-block", "three-level-indicators", "merged-indicator-levels", "comparison-signs", "weights-15-and-10",
    "two-decimal-wanyuan", "wanyuan-in-header", "table-from-prose", "provincial-unit", "hainan",
  ],
  settings: { district: "海南省" },
  sheets: [
    {
      name: "自评表",
      widths: [10, 14, 18, 26, 16, 16, 8, 8, 30],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2020年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "2020年农业技术创新与推广项目", null, null, null, null, null, null, null],
        ["主管部门", "海南省农业农村厅", null, null, "实施单位", "海南省种子总站", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 180, 172.5, 158.61, 10, "91.95%", 9.19, null],
        [null, "其中：当年财政拨款", 180, 172.5, 158.61, "—", "—", "—", null],
        [null, "上年结转资金", 0, 0, 0, "—", "—", "—", null],
        [null, "其他资金", 0, 0, 0, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null, null],
        [null, "开展农作物新品种区域试验和展示示范，抽检种子质量，储备救灾备荒种子，推广主导品种。", null, null, "完成区域试验42组，抽检种子286批次，储备救灾备荒种子50万公斤，主导品种推广312万亩。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "农作物品种区域试验组数", "≥40组", "42组", 15, 15, null],
        [null, null, null, "种子质量监督抽检样品", "≥300批次", "286批次", 15, 15, null],
        [null, null, "质量指标", "区域试验数据有效率", "≥95%", "97%", 10, 10, null],
        [null, null, "时效指标", "区试年度总结完成时间", "2020年12月底前", "2020年12月", 10, 10, null],
        [null, null, "成本指标", "项目支出", "≤172.5万元", "158.61万元", 10, 10, null],
        [null, "效益指标", "社会效益指标", "主导品种推广面积", "≥300万亩", "312万亩", 10, 10, null],
        [null, null, "可持续影响指标", "救灾备荒种子储备", "≥50万公斤", "50万公斤", 10, 10, null],
        [null, "满意度指标", "服务对象满意度指标", "种子企业及农户满意度", "≥90%", "88%", 10, 8, null],
        [null, "总分", null, null, null, null, 100, 97.19, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:B5", "A6:A9", "I5:I9", "A10:A11", "B10:D10", "E10:I10", "B11:D11", "E11:I11",
        "A12:A21", "B13:B17", "C13:C14", "B18:B19", "B21:F21",
      ],
      numberFormats: { "C6:E9": "0.00", "H6": "0.00", "H21": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2020 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H14", why: "种子质量监督抽检 286批次 misses ≥300批次, yet scores its full 15" },
      { rule: "selfeval.missing-explanation", cell: "H20", why: "满意度 88% under ≥90% scores 8 of 10; its 偏差原因分析及改进措施 (I20) is empty" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "158.61 / 172.50 = 91.95%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 91.95% = 9.19" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "总分 97.19 = 9.19 + 15 + 15 + 10 × 5 + 8, the scores as typed" },
      { rule: "selfeval.weights", why: "10 + 15 + 15 + 10 × 6 = 100" },
      { rule: "selfeval.total-mismatch", cell: "D6", why: "年度资金总额 = 当年财政拨款 + 0 + 0 in every column" },
      { rule: "selfeval.missing-explanation", cell: "H6", why: "执行率 91.95% is not below 90%" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "158.61万元 is within ≤172.5万元" },
      { rule: "selfeval.target-missed-full-score", cell: "H19", why: "50万公斤 meets ≥50万公斤 exactly" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "2020年12月 meets 2020年12月底前" },
      { rule: "execution.overspent", why: "158.61 spent of 172.50; the 年初预算数 180.00 was cut during the year, not overspent" },
    ],
  },
};
