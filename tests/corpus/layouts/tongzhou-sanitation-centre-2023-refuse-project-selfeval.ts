import type { CorpusLayout } from "../types";

// 北京市通州区环境卫生服务中心 2023年度部门决算 (第四部分 2023年度部门绩效评价情况): the stored page gives the 决算 notice and
// its outline; the project's 项目支出绩效自评表 is set out as Beijing's units publish it (项目资金 block with 年初预算数 |
// 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, then 一级/二级/三级指标 with 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因).
export const layout: CorpusLayout = {
  id: "tongzhou-sanitation-centre-2023-refuse-project-selfeval",
  source: {
    title: "北京市通州区环境卫生服务中心2023年度部门决算（第四部分 部门绩效评价情况：项目支出绩效自评表）",
    url: "http://www.bjtzh.gov.cn/bjtz/xxfb/202409/1728227.shtml",
    publisher: "北京市通州区环境卫生服务中心",
    date: "2024-09",
    changes:
      "As published: the 决算 notice, the centre's description (区政府直属公益一类事业单位, 归口区城市管理委, 环卫作业改革) and the outline naming " +
      "第四部分 2023年度部门绩效评价情况. The self-evaluation form itself is not in the stored copy: the form is laid out as Beijing's " +
      "项目支出绩效自评表 is (title, 年度 row, 项目名称 / 主管部门 / 实施单位 / 项目负责人, 项目资金 block with 其中 lines, 年度总体目标, " +
      "indicator table, 总分). The project, every figure and every indicator are ours. Planted: 年度资金总额's 全年执行数 1,102.35 where its " +
      "其中 lines give 1,032.35 + 60.00 = 1,092.35; 垃圾日产日清及时率 96.5% misses its ≥98% yet scores its full 10.",
  },
  classes: ["selfeval", "project-selfeval-form", "budget-block-with-sources", "planted-source-slip", "target-missed-full-score", "explained-deduction", "cost-indicator", "district-unit", "beijing"],
  settings: { district: "北京市通州区" },
  sheets: [
    {
      name: "项目支出绩效自评表",
      widths: [12, 18, 24, 14, 14, 8, 10, 10, 30],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "2023年生活垃圾分类及环卫设施运行维护经费", null, null, null, null, null, null, null],
        ["主管部门", "北京市通州区城市管理委员会", null, null, "实施单位", "北京市通州区环境卫生服务中心", null, null, null],
        ["项目负责人", "（略）", null, null, "联系电话", "（略）", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 1260, 1186.4, 1102.35, 10, "92.92%", 9.29, null],
        [null, "其中：当年财政拨款", 1200, 1126.4, 1032.35, null, null, null, null],
        [null, "上年结转资金", 60, 60, 60, null, null, null, null],
        [null, "其他资金", null, null, null, null, null, null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
        [
          null,
          "保障全区生活垃圾收集清运、分类转运及412座公厕运行维护，生活垃圾无害化处理率保持100%，全区环境卫生考核保持全市前十名。",
          null, null, null,
          "全年清运生活垃圾37.2万吨，412座公厕正常运行，无害化处理率100%，环境卫生检查考核位列全市第七名。",
          null, null, null,
        ],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        ["产出指标", "数量指标", "生活垃圾清运量", "≥36万吨", "37.2万吨", 10, 10, null, null],
        [null, null, "公厕运行维护数量", "412座", "412座", 10, 10, null, null],
        [null, "质量指标", "垃圾分类准确率", "≥90%", "91.3%", 10, 10, null, null],
        [null, "时效指标", "垃圾日产日清及时率", "≥98%", "96.5%", 10, 10, null, null],
        [null, "成本指标", "项目成本控制", "≤1186.40万元", "1102.35万元", 10, 10, null, null],
        ["效益指标", "社会效益指标", "环境卫生检查考核排名", "全市前十名", "第七名", 15, 15, null, null],
        [null, "生态效益指标", "生活垃圾无害化处理率", "100%", "100%", 10, 10, null, null],
        [null, "可持续影响指标", "环卫设施完好率", "≥95%", "97%", 5, 5, null, null],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "88%", 10, 8, "部分老旧小区垃圾桶站异味投诉较多，2024年加密桶站清洗频次。", null],
        ["总分", null, null, null, null, 100, 97.29, null, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "B5:D5", "F5:I5", "A6:A10", "H6:I6", "H7:I7", "H8:I8", "H9:I9", "H10:I10",
        "A11:A12", "B11:E11", "F11:I11", "B12:E12", "F12:I12", "H13:I13", "A14:A18", "B14:B15", "H14:I14", "H15:I15", "H16:I16",
        "H17:I17", "H18:I18", "A19:A21", "H19:I19", "H20:I20", "H21:I21", "H22:I22", "A23:E23", "H23:I23",
      ],
      numberFormats: { "C7:E10": "#,##0.00", "H7": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "项目支出绩效自评表", kind: "selfeval", unit: "万元", headerRow: 6, lastRow: 23, year: 2023 }],
    findings: [
      { rule: "selfeval.total-mismatch", cell: "E7", why: "全年执行数: 年度资金总额 1,102.35 where 当年财政拨款 1,032.35 + 上年结转资金 60.00 + 其他资金 0 = 1,092.35: 10.00万元 apart" },
      { rule: "selfeval.target-missed-full-score", cell: "G17", why: "垃圾日产日清及时率 96.5% misses its ≥98% target, yet scores its full 10" },
    ],
    absent: [
      { rule: "selfeval.total-mismatch", cell: "C7", why: "年初预算数 1,260.00 = 1,200.00 + 60.00" },
      { rule: "selfeval.total-mismatch", cell: "D7", why: "全年预算数 1,186.40 = 1,126.40 + 60.00" },
      { rule: "selfeval.rate-mismatch", cell: "G7", why: "1,102.35 / 1,186.40 = 92.916% → 92.92% (the form's own 年度资金总额 figures)" },
      { rule: "selfeval.score-mismatch", cell: "H7", why: "10 × 92.916% = 9.29" },
      { rule: "selfeval.score-mismatch", cell: "G23", why: "总分 97.29 = 9.29 + 10 + 10 + 10 + 10 + 10 + 15 + 10 + 5 + 8" },
      { rule: "selfeval.weights", why: "10 (budget) + 10 + 10 + 10 + 10 + 10 + 15 + 10 + 5 + 10 = 100" },
      { rule: "selfeval.missing-explanation", cell: "G22", why: "居民满意度 scored 8 of 10 gives its reason in 偏差原因" },
      { rule: "selfeval.target-missed-full-score", cell: "G22", why: "居民满意度 88% misses ≥90% but is scored 8, not its full 10" },
      { rule: "selfeval.target-missed-full-score", cell: "G18", why: "1102.35万元 is within ≤1186.40万元" },
      { rule: "selfeval.target-missed-full-score", cell: "G19", why: "第七名 is within 全市前十名" },
      { rule: "selfeval.missing-explanation", cell: "G7", why: "92.92% is above 90%: the budget needs no reason" },
    ],
  },
};
