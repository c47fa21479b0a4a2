import type { CorpusLayout } from "../types";

// 泸西县 2024年度政府预算公开 includes 关于泸西县2024年重大政策和重点项目等绩效目标说明. Laid out as a 云南 重点项目绩效目标表: project block
// (项目名称, 主管/实施单位, 项目资金 年度资金总额 over 其中 中央 / 省级 / 县级), 年度目标, then 一级 | 二级 | 三级指标 | 指标性质 | 指标值 | 度量单位.
export const layout: CorpusLayout = {
  id: "luxi-2024-farmland-project-targets",
  source: {
    title: "泸西县2024年度政府预算公开（6.关于泸西县2024年重大政策和重点项目等绩效目标说明；目标表据云南格式拟）",
    url: "https://www.hhlx.gov.cn/info/3041/250781.htm",
    publisher: "泸西县财政局",
    date: "2024-02-04",
    changes:
      "The stored copy lists the 预算公开 parts (目录) without the 绩效目标 tables: the table is laid out as 云南 项目绩效目标表 are printed — " +
      "指标性质 (≥ / = / ≤) and 度量单位 split from 指标值 (table-not-in-stored-copy). The project, indicators and figures are ours. Planted: " +
      "年度资金总额 2,850.00 where 中央 1,800.00 + 省级 600.00 + 县级 350.00 = 2,750.00.",
  },
  classes: ["targets", "composition", "money-block", "qizhong-lines", "three-level-indicators", "indicator-value-split", "merged-text-down", "time-target", "cost-target", "percent-target", "no-points", "two-decimal-wanyuan", "wanyuan-caption", "table-not-in-stored-copy", "county-level", "yunnan"],
  settings: { district: "泸西县" },
  sheets: [
    {
      name: "项目绩效目标表",
      widths: [14, 18, 24, 10, 14, 10],
      rows: [
        ["泸西县2024年重点项目绩效目标表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["项目名称", "泸西县2024年高标准农田建设项目", null, null, null, null],
        ["主管部门", "泸西县农业农村局", null, "实施单位", "泸西县农业农村局", null],
        ["项目资金", "年度资金总额", 2850, null, null, null],
        [null, "其中：中央补助", 1800, null, null, null],
        [null, "      省级补助", 600, null, null, null],
        [null, "      县级配套", 350, null, null, null],
        ["年度目标", "新建高标准农田1.2万亩，其中高效节水灌溉0.3万亩，完善田间道路和灌排设施，提升项目区粮食综合生产能力。", null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        ["产出指标", "数量指标", "新建高标准农田面积", "≥", 1.2, "万亩"],
        [null, null, "新建高效节水灌溉面积", "≥", 0.3, "万亩"],
        [null, "质量指标", "项目验收合格率", "=", 100, "%"],
        [null, "时效指标", "项目完工时间", "≤", "2024年12月", null],
        [null, "成本指标", "亩均财政投入", "≤", 2375, "元/亩"],
        ["效益指标", "经济效益指标", "亩均粮食产能提升", "≥", 50, "公斤"],
        [null, "可持续影响指标", "工程设施使用年限", "≥", 15, "年"],
        ["满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥", 90, "%"],
      ],
      merges: ["A1:F1", "B3:F3", "B4:C4", "E4:F4", "A5:A8", "C5:F5", "C6:F6", "C7:F7", "C8:F8", "B9:F9", "A11:A15", "B11:B12", "A16:A17"],
      numberFormats: { "C5:C8": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "项目绩效目标表", kind: "composition", unit: "万元", headerRow: 5, lastRow: 8, columns: { B: "line", C: "amount" } },
      { sheet: "项目绩效目标表", kind: "targets", headerRow: 10, lastRow: 18, columns: { A: "type", C: "name", E: "target" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C5", why: "年度资金总额 2,850.00 where 中央 1,800.00 + 省级 600.00 + 县级 350.00 = 2,750.00: 100.00 apart" },
    ],
    absent: [
      { rule: "selfeval.weights", why: "a target table without 分值: no points to add up" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值: the table states targets only" },
      { rule: "input.unreadable-value", cell: "E14", why: "2024年12月 is a time target, text by nature" },
      { rule: "composition.total-mismatch", cell: "E15", why: "2,375 元/亩 is a cost target (2,850万元 / 1.2万亩), no money of the block" },
      { rule: "composition.total-mismatch", cell: "E11", why: "1.2万亩 is an area target; 0.3万亩 of it is 高效节水, not a part to add" },
      { rule: "input.unreadable-value", cell: "D11", why: "指标性质 ≥ is a comparison sign, not a value" },
    ],
  },
};
