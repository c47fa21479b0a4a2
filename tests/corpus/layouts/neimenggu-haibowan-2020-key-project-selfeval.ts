import type { CorpusLayout } from "../types";

// 乌海市海勃湾区财政局 2021: 附件47 乌海市海勃湾区2020年重大政策和重点项目绩效执行结果 — six 2020 projects chosen as 重点项目 under
// 《内蒙古自治区项目支出绩效评价管理办法》, evaluated by a third party (正在开展). No form is published; laid out as the 项目支出绩效自评表 such
// an annex carries for one of them: 项目资金 block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), 年度总体目标, then
// 一级 / 二级 / 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施, 总分 at the foot — project and figures of our own.
export const layout: CorpusLayout = {
  id: "neimenggu-haibowan-2020-key-project-selfeval",
  source: {
    title: "乌海市海勃湾区2020年重大政策和重点项目绩效执行结果（附件47；项目支出绩效自评表据正文拟）",
    url: "https://doc.chddh.cn/archives/r647ynl3w36zmomepw0g.html",
    publisher: "乌海市海勃湾区财政局",
    date: "2021",
    changes:
      "As published: one paragraph — six 2020 projects chosen as 重点项目 under 《内蒙古自治区项目支出绩效评价管理办法》, evaluated by a third party, the work " +
      "under way. Ours: the form (the project 基层医疗卫生机构能力提升项目, its departments, money block, goals, nine indicators, scores and 总分). Planted: " +
      "设备采购完成时间 2020年12月 misses its 2020年10月底前 yet scores its full 10; 就诊群众满意度 87% (target ≥90%) scores 8 of 10 with no 偏差原因; " +
      "总分 typed 95 over scores adding up to 97.",
  },
  classes: [
    "selfeval", "project-selfeval", "money-block", "qizhong-lines", "date-target", "percent-target", "count-targets", "missing-explanation",
    "total-score-row", "two-decimal-wanyuan", "wanyuan-in-label", "year-in-caption", "past-year", "table-from-prose", "district-level", "neimenggu",
  ],
  settings: { asOf: "2021-06-30", district: "海勃湾区" },
  sheets: [
    {
      name: "项目支出绩效自评表",
      widths: [14, 16, 26, 16, 16, 8, 10, 26],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null],
        ["（2020年度）", null, null, null, null, null, null, null],
        ["项目名称", "基层医疗卫生机构能力提升项目", null, null, null, null, null, null],
        ["主管部门", "海勃湾区卫生健康委员会", null, "实施单位", "海勃湾区卫生健康综合服务中心", null, null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "年度资金总额", 860, 860, 774, 10, "90.00%", 9],
        [null, "其中：当年财政拨款", 860, 860, 774, "—", "—", "—"],
        [null, "上年结转资金", 0, 0, 0, "—", "—", "—"],
        [null, "其他资金", 0, 0, 0, "—", "—", "—"],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null],
        [null, "为全区基层医疗卫生机构配置诊疗设备不少于120台（套），培训基层医务人员300人次以上，提升基层首诊能力。", null, null, "配置设备126台（套），培训312人次，设备于2020年12月完成采购安装并投入使用。", null, null, null],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "配置基层医疗设备数量", "≥120台（套）", "126台（套）", 15, 15, null],
        [null, null, "培训基层医务人员人次", "≥300人次", "312人次", 10, 10, null],
        [null, "质量指标", "设备验收合格率", "100%", "100%", 15, 15, null],
        [null, "时效指标", "设备采购完成时间", "2020年10月底前", "2020年12月", 10, 10, null],
        [null, "成本指标", "项目成本控制", "≤860万元", "774万元", 10, 10, null],
        ["效益指标", "社会效益指标", "基层医疗机构诊疗人次增长率", "≥5%", "6.2%", 15, 15, null],
        [null, "可持续影响指标", "设备正常使用年限", "≥5年", "5年", 5, 5, null],
        ["满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%", "87%", 10, 8, null],
        ["总分", null, null, null, null, 100, 95, null],
      ],
      merges: [
        "A1:H1", "A2:H2", "B3:H3", "B4:C4", "E4:H4", "A5:B5", "A6:A9", "A10:A11", "B10:D10", "E10:H10", "B11:D11", "E11:H11",
        "A13:A17", "B13:B14", "A18:A19", "A21:E21",
      ],
      numberFormats: { "C6:E9": "#,##0.00", "H6": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "项目支出绩效自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2020 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "G16", why: "设备采购完成时间 2020年12月 misses 2020年10月底前, yet scores its full 10" },
      { rule: "selfeval.missing-explanation", cell: "G20", why: "就诊群众满意度 scores 8 of 10 (87% against ≥90%) and its 偏差原因 cell H20 is empty" },
      { rule: "selfeval.score-mismatch", cell: "G21", why: "总分 95 ≠ 9 + 15 + 10 + 15 + 10 + 10 + 15 + 5 + 8 = 97" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "774.00 / 860.00 = 90.00%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 90.00% = 9.00, as stated" },
      { rule: "selfeval.missing-explanation", cell: "H6", why: "执行率 90.00% is not below 90%" },
      { rule: "selfeval.total-mismatch", cell: "E6", why: "年度资金总额 774.00 = 774.00 + 0.00 + 0.00; 全年预算数 860.00 likewise" },
      { rule: "selfeval.weights", why: "10 + 15 + 10 + 15 + 10 + 10 + 15 + 5 + 10 = 100" },
      { rule: "selfeval.target-missed-full-score", cell: "G17", why: "774万元 is within ≤860万元" },
      { rule: "selfeval.target-missed-full-score", cell: "G19", why: "5年 meets ≥5年" },
      { rule: "execution.overspent", why: "774.00 spent of 860.00" },
    ],
  },
};
