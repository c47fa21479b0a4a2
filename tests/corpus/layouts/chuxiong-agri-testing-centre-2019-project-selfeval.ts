import type { CorpusLayout } from "../types";

// 楚雄州农业农村局 2020-09-24: 楚雄州农产品质量检测中心2019年度部门决算公开, whose 第四部分 四、部门绩效自评情况 lists （一）项目支出绩效
// 自评表. Laid out as 云南's 项目支出绩效自评表: 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, 年度资金总额
// with its 其中 lines, 年度总体目标 (预期目标 | 实际完成情况), then 一级 / 二级 / 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及
// 改进措施, points in the 一级 labels, 总分 at the foot.
export const layout: CorpusLayout = {
  id: "chuxiong-agri-testing-centre-2019-project-selfeval",
  source: {
    title: "楚雄州农产品质量检测中心2019年度部门决算公开（第四部分 四、部门绩效自评情况（一）项目支出绩效自评表）",
    url: "http://nyncj.cxz.gov.cn/info/1668/129719.htm",
    publisher: "楚雄州农业农村局",
    date: "2020-09-24",
    changes:
      "As published: the centre's name, the year and the contents naming （一）项目支出绩效自评表; the stored copy shows the contents and the " +
      "centre's introduction, not the form. The form follows 云南's 项目支出绩效自评表 (as other 楚雄 units publish it); the project, its money, " +
      "targets, results and scores are ours. Planted: 执行率 written 97.50% where 88.50 / 96.00 = 92.19% (the 其中 line and the score 9.22 " +
      "follow the true rate); 定量检测样品数 1850批次 against ≥2000批次 given its full 15; 总分 98.22 where the scores add up to 97.22.",
  },
  classes: ["selfeval", "national-template", "points-in-labels", "qizhong-lines", "dash-as-nothing", "rates-as-text", "text-targets", "prefecture-institution", "wanyuan-in-header", "yunnan"],
  settings: { asOf: "2020-09-24" },
  sheets: [
    {
      name: "项目自评表",
      widths: [18, 14, 16, 30, 14, 14, 8, 8, 30],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2019年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "农产品质量安全例行监测检测经费", null, null, null, null, null, null, null],
        ["主管部门", "楚雄州农业农村局", null, null, "实施单位", "楚雄州农产品质量检测中心", null, null, null],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        ["年度资金总额", 96, 96, 88.5, 10, "97.50%", 9.22, null, null],
        ["其中：当年财政拨款", 96, 96, 88.5, "—", "92.19%", "—", null, null],
        ["上年结转资金", "—", "—", "—", "—", "—", "—", null, null],
        ["其他资金", "—", "—", "—", "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null, null],
        [null, "完成全州蔬菜、水果、茶叶、畜禽产品等农产品质量安全定量检测2000批次以上，覆盖10个县市，检测结果准确可靠，主要农产品质量安全监测合格率保持在97%以上。", null, null, "完成定量检测1850批次，覆盖10个县市，主要农产品质量安全监测合格率98.2%。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标（50分）", "数量指标", "农产品质量安全定量检测样品数", "≥2000批次", "1850批次", 15, 15, null],
        [null, null, "数量指标", "例行监测覆盖县市数", "10个", "10个", 10, 10, null],
        [null, null, "质量指标", "检测结果准确率", "≥98%", "99%", 10, 10, null],
        [null, null, "时效指标", "检测报告出具及时率", "≥95%", "96%", 10, 10, null],
        [null, null, "成本指标", "检测经费支出", "≤96万元", "88.5万元", 5, 5, null],
        [null, "效益指标（30分）", "社会效益指标", "主要农产品质量安全监测总体合格率", "≥97%", "98.2%", 15, 15, null],
        [null, null, "可持续影响指标", "检测能力持续提升", "持续提升", "达到预期", 15, 15, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "受检生产经营主体满意度", "≥90%", "88%", 10, 8, "部分受检主体对抽样频次有意见，下一步加强沟通和政策宣传。"],
        ["总分", null, null, null, null, null, 100, 98.22, null],
      ],
      merges: ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A10:A11", "B10:D10", "E10:I10", "B11:D11", "E11:I11", "A12:A20", "B13:B17", "B18:B19", "A21:F21"],
      numberFormats: { "B6:D7": "0.00", "G6": "0.00", "H21": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "项目自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2019 }],
    findings: [
      { rule: "selfeval.rate-mismatch", cell: "F6", why: "执行率 97.50%; 全年执行数 88.50 / 全年预算数 96.00 = 92.19%" },
      { rule: "selfeval.target-missed-full-score", cell: "H13", why: "定量检测样品数 1850批次 misses ≥2000批次 yet scores its full 15" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "总分 98.22; the scores add up to 9.22 + 15 + 10 + 10 + 10 + 5 + 15 + 15 + 8 = 97.22" },
    ],
    absent: [
      { rule: "selfeval.score-mismatch", cell: "G6", why: "得分 9.22 = 10 × 92.19% (the true rate), within rounding" },
      { rule: "selfeval.rate-mismatch", cell: "F7", why: "92.19% = 88.50 / 96.00" },
      { rule: "selfeval.weights", why: "分值 10 + 15 + 10 + 10 + 10 + 5 + 15 + 15 + 10 = 100" },
      { rule: "selfeval.missing-explanation", cell: "I20", why: "the 满意度 indicator below its full score gives its reason" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "88.5万元 is within ≤96万元" },
      { rule: "selfeval.total-mismatch", why: "年度资金总额 96 = 当年财政拨款 96 (the other lines are dashes)" },
      { rule: "execution.overspent", why: "88.50 spent of 96.00" },
    ],
  },
};
