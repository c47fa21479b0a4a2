import type { CorpusLayout } from "../types";

// 固原市原州区自然资源局 2022-02-23: 项目支出绩效目标申报表（2022年度） for the 南部水源涵养林 project — the label block (项目名称,
// 主管部门及代码 | 实施单位, 项目属性 | 项目期, 项目资金 with 年度资金总额 and 其中：财政拨款 / 其他资金, 年度总体目标) above the 绩效指标
// grid (一级指标 | 二级指标 | 三级指标 | 指标值, 其中 sub-indicators under the area, text targets merged across). No 分值: a clean layout.
export const layout: CorpusLayout = {
  id: "yuanzhou-2022-water-conservation-forest-targets",
  source: {
    title: "项目支出绩效目标申报表（2022年度）——原州区2022年南部水源涵养林建设项目",
    url: "http://www.yzh.gov.cn/xxgk_13314/zfxxgkml/zdxzjcygk/zdju/202203/t20220301_3340181.html",
    publisher: "固原市原州区自然资源局",
    date: "2022-02-23",
    changes:
      "The form is laid out as published: its labels, the 绩效指标 block merged down column A, the 一级 / 二级 headings merged over their rows, " +
      "(必填硬性指标) / (必填) / (选填) notes in the 二级 cells, the 其中 split of the area and the text targets merged over 三级指标 and 指标值. " +
      "The figures are ours (funds 5,840.00, areas 75,000 = 28,000 + 47,000 亩, 26 公里, 126 人); the stored copy stops at 满意度指标, so its one " +
      "row is ours. Nothing planted (clean).",
  },
  classes: ["targets", "approval-form", "label-block-above", "qizhong-sub-indicators", "text-targets-merged", "no-points", "merged-type-column", "county-project", "clean", "ningxia"],
  settings: { district: "固原市原州区", asOf: "2022-02-23" },
  sheets: [
    {
      name: "绩效目标申报表",
      widths: [10, 14, 20, 44, 16],
      rows: [
        ["项目支出绩效目标申报表", null, null, null, null],
        ["（2022年度）", null, null, null, null],
        ["项目名称", "原州区2022年南部水源涵养林建设项目", null, null, null],
        ["主管部门及代码", "固原市原州区自然资源局", null, "实施单位", "固原市原州区自然资源局"],
        ["项目属性", "新建", null, "项目期", "2022年3月-2023年11月"],
        ["项目资金（万元）", "年度资金总额：", null, 5840, null],
        [null, "其中：财政拨款", null, 5840, null],
        [null, "其他资金", null, null, null],
        ["年度总体目标", "在东马场林场、东岳山林场等7个林场和官厅镇、黄铎堡镇、开城镇、彭堡镇等11个乡镇（街道办事处）实施营造林7.5万亩。其中：新造林2.8万亩，未成林抚育提升及退化林改造4.7万亩；修建作业道26公里。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "数量指标（必填硬性指标）", "实施营造林总面积（亩）", 75000],
        [null, null, null, "其中：实施新造林总面积（亩）", 28000],
        [null, null, null, "实施未成林抚育提升及退化林改造总面积（亩）", 47000],
        [null, null, null, "修建作业道长度（公里）", 26],
        [null, null, "质量指标（必填）", "苗木成活率（≥**%）", 85],
        [null, null, "时效指标（必填）", "项目完成时间", "2023年底"],
        [null, null, "成本指标（必填硬性指标）", "项目总投入（≥**万元）", 5840],
        [null, "效益指标", "经济效益指标（选填）", "增加就业机会，提高农民收入。", null],
        [null, null, "社会效益指标（必填）", "受益人数（人）", 126],
        [null, null, "生态效益指标（选填）", "提高森林覆盖率，促进生物多样性保护。", null],
        [null, null, "可持续影响指标（必填）", "提高森林生态系统服务功能，显著改善项目区及周边地区的生态环境。", null],
        [null, "满意度指标", "服务对象满意度指标（必填）", "受益群众满意度（≥**%）", 90],
      ],
      merges: [
        "A1:E1", "A2:E2", "B3:E3", "B4:C4", "B5:C5", "A6:A8", "B6:C6", "B7:C7", "B8:C8", "D6:E6", "D7:E7", "D8:E8", "B9:E9",
        "A10:A22", "B11:B17", "C11:C14", "B18:B21", "D18:E18", "D20:E20", "D21:E21",
      ],
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标申报表", kind: "targets", headerRow: 10, lastRow: 22, columns: { B: "type", D: "name", E: "target" }, year: 2022 },
    ],
    findings: [],
    absent: [
      { rule: "selfeval.weights", why: "a target table with no 分值 and no heading stating points" },
      { rule: "selfeval.indicator-contradicted", why: "no result is stated: an approval form before the work" },
      { rule: "selfeval.total-mismatch", why: "年度资金总额 5,840 = 其中：财政拨款 5,840 + 其他资金 (blank)" },
      { rule: "selfeval.target-missed-full-score", why: "no actual values and no scores" },
      { rule: "execution.overspent", why: "no spending is stated" },
      { rule: "input.unreadable-value", why: "targets such as 2023年底 and the 效益 sentences are text by nature" },
    ],
  },
};
