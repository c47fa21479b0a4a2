import type { CorpusLayout } from "../types";

// 荆楚理工学院财务处: 荆楚理工学院预算绩效管理办法（试行）, under 鄂财绩发〔2020〕3号 — 校属各单位 report 自评结果 to 财务处. The stored copy is the
// 办法's text, not a form: the 项目支出绩效自评表 is laid out in the national form the province's rules use — 项目资金（万元） with 年初预算数 /
// 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分, 年度资金总额 over its 其中 lines, the indicators with 年度指标值, 实际完成值, 分值, 得分, 偏差原因.
export const layout: CorpusLayout = {
  id: "jcut-2021-discipline-project-selfeval",
  source: {
    title: "荆楚理工学院预算绩效管理办法（试行）（项目支出绩效自评表据办法所列自评拟）",
    url: "https://cwc.jcut.edu.cn/info/1015/1324.htm",
    publisher: "荆楚理工学院财务处",
    changes:
      "The stored copy is the 办法 (第二章 职责分工: 校属各单位 report 绩效目标, 监控结果, 自评结果 to 财务处), with no form. The 项目支出绩效自评表 is " +
      "laid out in the national form's wording (as Hubei's 鄂财绩发〔2020〕3号 rules use it); the project (学科建设专项经费), goals, indicators " +
      "and figures are ours. Planted: the budget's 得分 typed 9.52 where 10 × 92.50% = 9.25 (digits swapped; 总分 96.52 adds the scores as " +
      "typed); 服务地方企业数 12家 against ≥15家 scores 12 of 15 with no 偏差原因 given.",
  },
  classes: [
    "selfeval", "national-template", "side-label-unit", "budget-score", "qualitative-targets", "explanation-missing",
    "transposed-digits", "table-from-prose", "university", "hubei",
  ],
  sheets: [
    {
      name: "项目自评表",
      widths: [10, 16, 14, 28, 16, 16, 8, 8, 18, 16],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2021年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "学科建设专项经费", null, null, null, null, null, null, null, null],
        ["主管部门", "湖北省教育厅", null, null, null, "实施单位", "荆楚理工学院", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额", 480, 480, 444, 10, "92.50%", 9.52, null, null],
        [null, "其中：当年财政拨款", 420, 420, 392, "—", "—", "—", null, null],
        [null, "上年结转资金", 60, 60, 52, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [
          null,
          "建设省级重点学科2个，新增科研平台2个以上，发表高水平论文40篇以上，提升学科服务地方经济能力。",
          null, null, null,
          "两个省级重点学科通过年度检查，新增科研平台3个，发表论文46篇；服务地方企业数未达预期。",
          null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, "产出指标（50分）", "数量指标", "新增科研平台数", "≥2个", "3个", 10, 10, null, null],
        [null, null, null, "发表学术论文数", "≥40篇", "46篇", 10, 10, null, null],
        [null, null, "质量指标", "重点学科年度检查合格率", "100%", "100%", 10, 10, null, null],
        [null, null, "时效指标", "项目任务按期完成率", "≥95%", "100%", 10, 10, null, null],
        [null, null, "成本指标", "项目总成本", "≤480万元", "444万元", 10, 10, null, null],
        [null, "效益指标（30分）", "社会效益指标", "服务地方企业数", "≥15家", "12家", 15, 12, null, null],
        [null, null, "可持续影响指标", "学科影响力", "持续提升", "持续提升", 15, 15, null, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "师生满意度", "≥90%", "93%", 10, 10, null, null],
        [null, "总分", null, null, null, null, 100, 96.52, null, null],
      ],
      merges: [
        "A1:J1", "A2:J2", "B3:J3", "B4:E4", "G4:J4", "A5:B5", "A6:A9", "I5:J9", "A10:A11", "B10:E10", "F10:J10", "B11:E11", "F11:J11",
        "A12:A21", "I12:J12", "B13:B17", "C13:C14", "B18:B19", "I13:J13", "I14:J14", "I15:J15", "I16:J16", "I17:J17", "I18:J18", "I19:J19",
        "I20:J20", "B21:F21", "I21:J21",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "项目自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2021 }],
    findings: [
      { rule: "selfeval.score-mismatch", cell: "H6", why: "budget 得分 9.52 where 分值 10 × 执行率 92.50% (444 / 480) = 9.25" },
      { rule: "selfeval.missing-explanation", cell: "H18", why: "服务地方企业数 12家 against ≥15家 scores 12 of 15; its 偏差原因分析及改进措施 (I18) is empty" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "444 / 480 = 92.50%, as stated" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "总分 96.52 = 9.52 + 10 × 5 + 12 + 15 + 10, the scores as typed" },
      { rule: "selfeval.weights", why: "10 + 50 + 30 + 10 = 100" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年度资金总额 480 = 420 + 60, 444 = 392 + 52 in every column" },
      { rule: "selfeval.target-missed-full-score", cell: "H18", why: "服务地方企业数 missed its target and is scored 12, not its full 15" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "444万元 meets ≤480万元" },
      { rule: "execution.overspent", why: "444 spent of 480" },
    ],
  },
};
