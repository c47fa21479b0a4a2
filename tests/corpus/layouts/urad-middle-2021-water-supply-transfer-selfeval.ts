import type { CorpusLayout } from "../types";

// 乌拉特中旗财政局 2022-03-16/20 (文号 14): the 旗级绩效评价管理办法 and the 转移支付资金预算绩效管理办法, which have each 苏木镇 and 旗级
// department score its transfer-funded projects on the 项目支出绩效自评表. The stored copy shows the notice and the 办法's opening, not a
// filled form: the form below is the standard one, the project, figures, indicators and scores are ours.
export const layout: CorpusLayout = {
  id: "urad-middle-2021-water-supply-transfer-selfeval",
  source: {
    title: "乌拉特中旗财政局关于印发《乌拉特中旗旗级绩效评价管理办法》和《乌拉特中旗转移支付资金预算绩效管理办法》的通知（项目支出绩效自评表据办法拟）",
    url: "http://1.25.240.11:8082/sites/wltzq/zwinfo.jsp?id=19718",
    publisher: "乌拉特中旗财政局",
    date: "2022-03-20",
    changes:
      "As published: the notice (to 各苏木、镇人民政府, 旗级预算部门; 乌中政办发〔2021〕15号, 内财监〔2019〕1343号, 巴政发〔2021〕5号, 财预〔2020〕10号) " +
      "and 第一条、第二条 of the 办法. The form is the standard 项目支出绩效自评表 the 办法 calls for; the transfer-funded water project, money, goals, " +
      "indicators and scores are ours. Planted: 工程按期完工率 85% against 100% scored 6 of 10 with no 偏差原因; 受益群众满意度 88% under ≥90% " +
      "given its full 10.",
  },
  classes: [
    "selfeval", "money-block", "qizhong-lines", "budget-score", "three-level-indicators", "first-level-merged-down", "target-missed",
    "missing-explanation", "total-score-row", "two-decimal-wanyuan", "wanyuan-in-label", "form-from-measures", "transfer-payment",
    "banner-project", "neimenggu",
  ],
  settings: { district: "乌拉特中旗" },
  sheets: [
    {
      name: "自评表",
      widths: [12, 16, 20, 14, 14, 8, 10, 10, 10, 10],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2021年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "2021年苏木镇农村牧区饮水安全巩固提升工程", null, null, null, null, null, null, null, null],
        ["主管部门", "乌拉特中旗水利局", null, null, null, "实施单位", "乌拉特中旗水利事业发展中心", null, null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额", 260, 300, 276.9, 10, "92.30%", 9.23, null, null],
        [null, "其中：当年财政拨款", 260, 280, 258.5, "—", "—", "—", null, null],
        [null, "上年结转资金", 0, 20, 18.4, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [null, "新建改造苏木镇、嘎查供水工程12处，新增受益人口3000人以上，农村牧区供水保障率达到95%以上。", null, null, null, "完成供水工程12处，新增受益人口3150人，供水保障率96%；2处工程因冬季停工延至次年完工。", null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null, null],
        ["产出指标", "数量指标", "新建改造供水工程处数", "≥12处", "12处", 15, 15, null, null, null],
        [null, null, "新增受益人口", "≥3000人", "3150人", 10, 10, null, null, null],
        [null, "质量指标", "工程验收合格率", "100%", "100%", 15, 15, null, null, null],
        [null, "时效指标", "工程按期完工率", "100%", "85%", 10, 6, null, null, null],
        [null, "成本指标", "项目成本控制", "≤300万元", "276.9万元", 10, 10, null, null, null],
        ["效益指标", "社会效益指标", "农村牧区供水保障率", "≥95%", "96%", 10, 10, null, null, null],
        [null, "可持续影响指标", "工程运行管护机制", "健全", "健全", 10, 10, null, null, null],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "88%", 10, 10, null, null, null],
        ["总分", null, null, null, null, 100, 95.23, null, null, null],
      ],
      merges: [
        "A1:J1", "A2:J2", "B3:J3", "B4:E4", "G4:J4", "A5:A9", "H5:J5", "H6:J6", "H7:J7", "H8:J8", "H9:J9",
        "A10:A11", "B10:E10", "F10:J10", "B11:E11", "F11:J11",
        "H12:J12", "A13:A17", "B13:B14", "A18:A19", "H13:J13", "H14:J14", "H15:J15", "H16:J16", "H17:J17", "H18:J18", "H19:J19", "H20:J20",
        "A21:E21", "H21:J21",
      ],
      numberFormats: { "C6:E9": "0.00", "H6": "0.00", "G21": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2021 }],
    findings: [
      { rule: "selfeval.missing-explanation", cell: "G16", why: "工程按期完工率 85% misses 100% and scores 6 of 10; its 偏差原因分析及改进措施 (H16) is empty" },
      { rule: "selfeval.target-missed-full-score", cell: "G20", why: "受益群众满意度: target ≥90%, actual 88%, yet its full 10 points" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "276.90 / 300.00 = 92.30%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 92.30% = 9.23" },
      { rule: "selfeval.score-mismatch", cell: "G21", why: "9.23 + 15 + 10 + 15 + 6 + 10 + 10 + 10 + 10 = 95.23" },
      { rule: "selfeval.total-mismatch", cell: "D6", why: "全年预算数 300 = 280 + 20 (其他资金 blank)" },
      { rule: "selfeval.total-mismatch", cell: "E6", why: "全年执行数 276.90 = 258.50 + 18.40" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年初预算数 260 = 260 + 0" },
      { rule: "selfeval.weights", why: "10 + 15 + 10 + 15 + 10 + 10 + 10 + 10 + 10 = 100" },
      { rule: "selfeval.target-missed-full-score", cell: "G17", why: "成本 ≤300万元 met at 276.9万元" },
      { rule: "selfeval.target-missed-full-score", cell: "G14", why: "新增受益人口 ≥3000人 met at 3150人" },
      { rule: "execution.overspent", why: "276.90 spent of 300.00" },
    ],
  },
};
