import type { CorpusLayout } from "../types";

// 荆门市水利和湖泊局 2022 部门决算, 十三、预算绩效情况说明: a 项目支出绩效自评表 in the national form — 项目资金（万元） block (年初预算数 /
// 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分) with 其中 lines, 年度总体目标, then 一级 / 二级 / 三级指标 with points in the 一级
// labels, 总分 at the foot. The stated 执行率 two points high, a missed rectification target given its full points, 总分 one high.
export const layout: CorpusLayout = {
  id: "jingmen-water-2022-river-chief-selfeval",
  source: {
    title: "荆门市水利和湖泊局2022年度部门决算（第三部分 十三、预算绩效情况说明 — 项目支出绩效自评表）",
    url: "https://www.jingmen.gov.cn/art/2023/9/26/art_1841_1025085.html",
    publisher: "荆门市水利和湖泊局",
    date: "2023-09-26",
    changes:
      "The stored copy shows the 决算's contents and the bureau's duties (负责…加挂市河湖长制办公室牌子), not the forms: the form is laid " +
      "out in the national 项目支出绩效自评表 the 说明 refers to (项目资金 block with 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金; " +
      "一级指标 with their points; 偏差原因分析及改进措施). The project (河湖长制工作经费, after the bureau's 河湖长制办公室), the targets, " +
      "results and all figures are ours. Planted: 执行率 written 99.35% where 116.82 / 120.00 = 97.35%; 问题整改销号率 ≥95% met by 91% " +
      "yet given its full 10 points; 总分 99 where 10 + 50 + 28 + 10 = 98.",
  },
  classes: ["selfeval", "national-template", "points-in-labels", "qizhong-lines", "dash-as-nothing", "rates-as-text", "qualitative-targets", "explanation-given", "signoff-line", "city-bureau", "wanyuan-in-header", "hubei"],
  sheets: [
    {
      name: "项目自评表",
      widths: [10, 16, 14, 30, 16, 14, 8, 8, 18, 14],
      rows: [
        ["附件：", null, null, null, null, null, null, null, null, null],
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2022年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "河湖长制工作经费", null, null, null, null, null, null, null, null],
        ["主管部门", "荆门市水利和湖泊局", null, null, null, "实施单位", "荆门市水利和湖泊局（市河湖长制办公室）", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额：", 120, 120, 116.82, 10, "99.35%", 10, null, null],
        [null, "其中：当年财政拨款", 120, 120, 116.82, "—", "—", "—", null, null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [
          null,
          "落实市级河湖长巡河、河湖健康评价和“清四乱”问题整改，全年经费120万元。",
          null, null, null,
          "完成市级河湖长巡河26次、4条河湖健康评价，问题整改销号率91%，支出116.82万元。",
          null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, "产出指标（50分）", "数量指标", "市级河湖长巡河次数", "≥24次", "26次", 10, 10, null, null],
        [null, null, null, "河湖健康评价报告", "≥4份", "4份", 10, 10, null, null],
        [null, null, "质量指标", "“清四乱”问题整改销号率", "≥95%", "91%", 10, 10, null, null],
        [null, null, "时效指标", "年度任务完成时间", "2022年12月底前", "2022年12月", 10, 10, null, null],
        [null, null, "成本指标", "项目总成本", "≤120万元", "116.82万元", 10, 10, null, null],
        [null, "效益指标（30分）", "社会效益指标", "河湖“四乱”问题发现处置能力", "有所提高", "达成预期指标", 10, 10, null, null],
        [null, null, "生态效益指标", "主要河湖水质达标率", "≥90%", "92.3%", 10, 10, null, null],
        [null, null, "可持续影响指标", "河湖长制长效管护机制", "持续发挥作用", "基本达成", 10, 8, "部分乡镇巡河记录不完整，下一步加强督导考核", null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "沿河群众满意度", "≥90%", "93%", 10, 10, null, null],
        [null, "总分", null, null, null, null, 100, 99, null, null],
        ["填报人：", null, "联系电话：", null, null, "填报日期：2023年3月", null, null, null, null],
      ],
      merges: [
        "A2:J2", "A3:J3", "B4:J4", "B5:E5", "G5:J5", "A6:A10", "I6:J10", "A11:A12", "B11:E11", "F11:J11", "B12:E12", "F12:J12",
        "A13:A23", "I13:J13", "B14:B18", "C14:C15", "B19:B21", "I14:J14", "I15:J15", "I16:J16", "I17:J17", "I18:J18", "I19:J19",
        "I20:J20", "I21:J21", "I22:J22", "B23:F23", "I23:J23", "F24:J24",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "项目自评表", kind: "selfeval", unit: "万元", headerRow: 6, lastRow: 23, year: 2022 }],
    findings: [
      { rule: "selfeval.rate-mismatch", cell: "G7", why: "116.82 / 120.00 = 97.35%, stated 99.35%" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "问题整改销号率 target ≥95%, achieved 91%, yet scored its full 10" },
      { rule: "selfeval.score-mismatch", cell: "H23", why: "总分 99, but the scores add up to 10 + (10+10+10+10+10) + (10+10+8) + 10 = 98" },
    ],
    absent: [
      { rule: "selfeval.score-mismatch", cell: "H7", why: "budget score 10 at whole points: 10 × 97.35% = 9.7 rounds to 10" },
      { rule: "selfeval.total-mismatch", cell: "C7", why: "120.00 = 当年财政拨款 120.00 + blanks; 116.82 = 116.82" },
      { rule: "selfeval.weights", why: "分值 10 + 50 + 30 + 10 = 100" },
      { rule: "selfeval.target-missed-full-score", cell: "H18", why: "≤120万元 is met by 116.82万元" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "2022年12月底前 is met by 2022年12月" },
      { rule: "selfeval.target-missed-full-score", cell: "H21", why: "基本达成 is scored 8 of 10, not its full points" },
      { rule: "selfeval.missing-explanation", cell: "I21", why: "the indicator below its full score carries its reason; the execution rate is above 90%" },
      { rule: "execution.overspent", why: "116.82 is under 120.00" },
    ],
  },
};
