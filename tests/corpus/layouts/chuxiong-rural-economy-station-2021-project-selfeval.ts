import type { CorpusLayout } from "../types";

// 楚雄州农村经济经营管理站 2021年度部门决算: its part four lists 部门整体支出绩效自评表 and 项目支出绩效自评表 among the
// annexes. Laid out as the Yunnan 项目支出绩效自评表 template: the money block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
// 得分) over 一级 / 二级 / 三级指标 with 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施.
export const layout: CorpusLayout = {
  id: "chuxiong-rural-economy-station-2021-project-selfeval",
  source: {
    title: "楚雄彝族自治州农村经济经营管理站2021年度部门决算（项目支出绩效自评表）",
    url: "http://www.amjinshaylc.com/info/2322/38247.htm",
    publisher: "楚雄彝族自治州农村经济经营管理站",
    date: "2022",
    changes:
      "As published: the station's duties (农村承包土地和“三资”信息化, 集体经济组织赋码登记, 农经统计 …) and that the 决算 annexes a 项目支出绩效自评表. " +
      "The stored copy shows the table of contents, not the form: the project, targets and figures are ours, in the template's layout. Planted: " +
      "赋码登记覆盖率 91% against ≥95% yet scored its full 10; 产权制度改革成果巩固 scored 12 of 15 with no reason given; 总分 typed 98.2 where " +
      "the scores add to 96.2.",
  },
  classes: ["selfeval", "project-selfeval", "money-block", "three-level-indicators", "deviation-column", "year-in-title-row", "wanyuan-in-header", "unit-final-account", "prefecture-fund", "yunnan"],
  settings: { district: "楚雄州", asOf: "2022-06-30" },
  sheets: [
    {
      name: "项目自评表",
      widths: [10, 18, 14, 30, 16, 16, 8, 8, 24],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2021年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "农村集体产权制度改革工作经费", null, null, null, null, null, null, null],
        ["主管部门", "楚雄彝族自治州农业农村局", null, null, null, "实施单位", "楚雄彝族自治州农村经济经营管理站", null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 40, 38.5, 35.42, 10, "92.00%", 9.2, null],
        [null, "其中：当年财政拨款", 40, 38.5, 35.42, "—", "—", "—", null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null],
        [null, "其他资金", null, null, null, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
        [
          null,
          "巩固农村集体产权制度改革成果，完成全州农村集体经济组织年报和赋码登记，开展农经人员业务培训。",
          null, null, null,
          "完成10个县（市）集体经济组织年报，培训农经人员326人次；赋码登记仍有部分村组未完成。",
          null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标（50分）", "数量指标", "培训农经人员人次", "≥300人次", "326人次", 10, 10, null],
        [null, null, null, "完成集体经济组织年报县（市）数", "10个", "10个", 10, 10, null],
        [null, null, "质量指标", "农村集体经济组织赋码登记覆盖率", "≥95%", "91%", 10, 10, null],
        [null, null, "时效指标", "年报数据报送及时率", "100%", "100%", 10, 10, null],
        [null, null, "成本指标", "项目总成本", "≤38.5万元", "35.42万元", 10, 10, null],
        [null, "效益指标（30分）", "社会效益指标", "农村集体“三资”管理规范程度", "有效提升", "有效提升", 15, 15, null],
        [null, null, "可持续影响指标", "农村集体产权制度改革成果巩固", "长期巩固", "部分村组股权管理不规范", 15, 12, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "农村集体经济组织满意度", "≥90%", "93%", 10, 10, null],
        [null, "总分", null, null, null, null, 100, 98.2, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:E4", "G4:I4", "A5:B5", "A6:A9", "I5:I9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11",
        "A12:A21", "B13:B17", "C13:C14", "B18:B19", "B21:F21",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "项目自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2021 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H15", why: "赋码登记覆盖率 91% misses its ≥95% target, yet scores its full 10" },
      { rule: "selfeval.missing-explanation", cell: "H19", why: "产权制度改革成果巩固 scores 12 of 15 and its 偏差原因分析及改进措施 (I19) is empty" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "总分 98.2; the scores add to 9.2 + 10 × 5 + 15 + 12 + 10 = 96.2" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "35.42 / 38.50 = 92.00%, as stated" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 92.00% = 9.2, as stated" },
      { rule: "selfeval.weights", why: "10 + 50 + 30 + 10 = 100" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年度资金总额 = 当年财政拨款 in every column; the other sources are blank" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "35.42万元 meets ≤38.5万元" },
      { rule: "selfeval.missing-explanation", cell: "I6", why: "an execution rate of 92.00% is not below 90%" },
      { rule: "execution.overspent", why: "35.42 spent of 38.50" },
    ],
  },
};
