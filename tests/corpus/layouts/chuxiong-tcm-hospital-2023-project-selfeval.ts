import type { CorpusLayout } from "../types";

// 楚雄市中医医院 (楚雄州, 云南) — its 2023年度部门决算, published under 楚雄市部门预决算 2024-02-22, closes with 部门绩效自评情况 and its
// （三）项目支出绩效自评表. Laid out in the 云南 form of that table: 项目资金（万元） over 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 with
// the three sources under 年度资金总额, then 一级 / 二级 / 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 | 偏差原因.
export const layout: CorpusLayout = {
  id: "chuxiong-tcm-hospital-2023-project-selfeval",
  source: {
    title: "楚雄市中医医院2024年预算公开（楚雄市中医院2023年度部门决算 第四部分 四（三）项目支出绩效自评表）",
    url: "http://www.cxs.gov.cn/info/egovinfo/1016/xxgkcontent/cxs012-/2024-0222009.htm",
    publisher: "楚雄市卫生健康局（楚雄市中医医院）",
    date: "2024-02-22",
    changes:
      "As published: the hospital, the year, the table's name and place (第四部分 四、部门绩效自评情况 （三）项目支出绩效自评表). The stored copy shows " +
      "the contents and the duties, not the form: the form follows the 云南 项目支出绩效自评表 (指标性质 and 度量单位 in columns of their own); the " +
      "project, the indicators and every figure are ours. Planted: 上年结转资金's 全年预算数 typed 25.00 so the sources add up to 130.00 + 25.00 = " +
      "155.00 against the 年度资金总额 150.00; 中医药服务项目覆盖率 91% against ≥95% yet given its full 10.",
  },
  classes: ["selfeval", "yunnan-template", "indicator-nature-column", "measure-unit-column", "three-money-sources", "wanyuan-in-label", "qualitative-indicator", "table-not-in-stored-copy", "county-hospital", "yunnan"],
  sheets: [
    {
      name: "项目支出绩效自评表",
      widths: [10, 18, 12, 22, 10, 10, 10, 12, 8, 8, 26],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null, null, null, null],
        ["项目名称", "中医药事业传承与发展补助资金", null, null, null, null, null, null, null, null, null],
        ["主管部门", "楚雄市卫生健康局", null, null, null, "实施单位", "楚雄市中医医院", null, null, null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null, null],
        [null, "年度资金总额", 120, 150, 141.3, 10, "94.20%", 9.42, null, null, null],
        [null, "其中：当年财政拨款", 120, 130, 122.3, "—", "—", "—", null, null, null],
        [null, "上年结转资金", 0, 25, 19, "—", "—", "—", null, null, null],
        [null, "其他资金", 0, 0, 0, "—", "—", "—", null, null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null, null],
        [
          null,
          "推广中医适宜技术20项以上，培训基层中医药人员300人次以上，中医药服务项目覆盖率达95%以上，提升中医药服务能力。",
          null, null, null,
          "推广中医适宜技术22项，培训326人次；部分乡镇卫生院中医馆设备未到位，服务项目覆盖率91%。",
          null, null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "中医适宜技术推广项数", "≥", 20, "项", 22, 10, 10, null],
        [null, null, null, "基层中医药人员培训人次", "≥", 300, "人次", 326, 10, 10, null],
        [null, null, "质量指标", "中医药服务项目覆盖率", "≥", 95, "%", 91, 10, 10, null],
        [null, null, "时效指标", "项目完成及时率", "=", 100, "%", 100, 10, 10, null],
        [null, null, "成本指标", "中医诊疗设备购置成本", "≤", 60, "万元", 58.6, 10, 10, null],
        [null, "效益指标", "社会效益指标", "中医门诊服务人次", "≥", 80000, "人次", 83500, 15, 15, null],
        [null, null, "可持续影响指标", "中医药服务能力", "定性", "持续提升", null, "有效提升", 10, 10, null],
        [null, "满意度指标", "服务对象满意度指标", "患者满意度", "≥", 90, "%", 93.5, 15, 15, null],
        [null, "总分", null, null, null, null, null, null, 100, 99.42, null],
      ],
      merges: [
        "A1:K1", "A2:K2", "B3:K3", "B4:E4", "G4:K4", "A5:B5", "A6:A9", "I5:K9", "A10:A11", "B10:E10", "F10:K10", "B11:E11", "F11:K11",
        "A12:A21", "B13:B17", "C13:C14", "B18:B19", "B21:H21",
      ],
      numberFormats: { "C6:E9": "0.00", "J6": "0.00", "J21": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "项目支出绩效自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2023 }],
    findings: [
      { rule: "selfeval.total-mismatch", cell: "D6", why: "年度资金总额 全年预算数 150.00 where 当年财政拨款 130.00 + 上年结转资金 25.00 + 其他资金 0 = 155.00" },
      { rule: "selfeval.target-missed-full-score", cell: "J15", why: "中医药服务项目覆盖率 91% misses its ≥95% (指标性质 ≥, 度量单位 %), yet scores its full 10" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "141.30 / 150.00 = 94.20%, as stated" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 94.20% = 9.42" },
      { rule: "selfeval.score-mismatch", cell: "J21", why: "总分 99.42 = 9.42 + 10 × 5 + 15 + 10 + 15" },
      { rule: "selfeval.weights", why: "10 + 10 × 5 + 15 + 10 + 15 = 100" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年初预算数 120.00 = 120.00 + 0 + 0" },
      { rule: "selfeval.total-mismatch", cell: "E6", why: "全年执行数 141.30 = 122.30 + 19.00 + 0" },
      { rule: "selfeval.target-missed-full-score", cell: "J17", why: "成本 58.6万元 is within ≤60万元" },
      { rule: "selfeval.target-missed-full-score", cell: "J19", why: "定性 持续提升, reached as 有效提升" },
      { rule: "selfeval.missing-explanation", why: "every indicator scores its full 分值 and 94.20% is above 90%" },
      { rule: "execution.overspent", why: "141.30 spent of 150.00" },
    ],
  },
};
