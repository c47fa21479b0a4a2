import type { CorpusLayout } from "../types";

// 内蒙古自治区生态环境厅 2024年单位预算公开 (an English rendering on the China Carbon Credit Platform): part VI's tables run 1 收支总表 … 10 项目
// 支出表, 11 项目绩效目标表, 12 政府采购预算表, with part III's 4. 项目支出绩效目标情况说明. Laid out as one project's 项目支出绩效目标表 on the
// region's form: 项目名称, 主管部门 | 实施单位, a money block (年度资金总额, 其中：财政拨款, 其他资金), 年度总体目标, then 一级 / 二级 / 三级指标 | 指标值.
export const layout: CorpusLayout = {
  id: "neimenggu-ecology-dept-2024-monitoring-network-targets",
  source: {
    title: "内蒙古自治区生态环境厅2024年单位预算公开（十一、项目绩效目标表；表据目录拟）",
    url: "http://www.carbon.kcomber.com/en/news/d7e3568d-87f4-4529-ac4a-14eb2fe231a8",
    publisher: "内蒙古自治区生态环境厅（中国碳交易网英文转载）",
    date: "2024",
    changes:
      "As published: the budget's parts and the names of its twelve tables (11. Project performance target table), the department's place as a " +
      "constituent unit of the region's government, and part III's 4. Description of project expenditure performance targets. The stored copy is " +
      "an English rendering of the contents and text, without the tables: the form (项目支出绩效目标表), the project (the region's monitoring " +
      "network's upkeep), the implementing unit, the money, the goal and every indicator and value are ours (table-from-prose). Nothing planted: " +
      "the money block adds up and the targets are stated, not scored.",
  },
  classes: [
    "targets", "composition", "target-form", "money-block", "qizhong-lines", "three-level-indicators", "text-targets", "no-weights",
    "goal-text-row", "wanyuan-in-label", "year-row", "table-from-prose", "english-rendering", "region-department", "clean", "neimenggu",
  ],
  sheets: [
    {
      name: "项目绩效目标表",
      widths: [14, 16, 16, 34, 20],
      rows: [
        ["项目支出绩效目标表", null, null, null, null],
        ["（2024年度）", null, null, null, null],
        ["项目名称", "自治区生态环境质量监测网络运行维护", null, null, null],
        ["主管部门", "内蒙古自治区生态环境厅", "实施单位", "内蒙古自治区生态环境监测总站", null],
        ["项目资金（万元）", "年度资金总额", 860, null, null],
        [null, "其中：财政拨款", 860, null, null],
        [null, "其他资金", null, null, null],
        ["年度总体目标", "保障全区国控、区控环境空气和地表水自动监测站点稳定运行，数据有效获取率达到国家考核要求，按时报送监测数据和分析报告。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "数量指标", "运维空气自动监测站点数量", "≥132个"],
        [null, null, null, "运维地表水自动监测站点数量", "≥78个"],
        [null, null, "质量指标", "监测数据有效获取率", "≥90%"],
        [null, null, "时效指标", "月度监测报告报送时限", "次月10日前"],
        [null, null, "成本指标", "项目支出控制", "≤860万元"],
        [null, "效益指标", "社会效益指标", "为环境质量考核提供数据支撑", "有效支撑"],
        [null, null, "可持续影响指标", "监测网络持续稳定运行", "长期"],
        [null, "满意度指标", "服务对象满意度指标", "盟市生态环境部门满意度", "≥90%"],
      ],
      merges: ["A1:E1", "A2:E2", "B3:E3", "D4:E4", "A5:A7", "C5:E5", "C6:E6", "C7:E7", "B8:E8", "A9:A17", "B10:B14", "C10:C11", "B15:B16"],
    },
  ],
  expect: {
    tables: [
      { sheet: "项目绩效目标表", kind: "composition", unit: "万元", headerRow: 5, lastRow: 7, columns: { B: "line", C: "amount" } },
      { sheet: "项目绩效目标表", kind: "targets", headerRow: 9, lastRow: 17, columns: { B: "type", D: "name", E: "target" } },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "C5", why: "年度资金总额 860 = 财政拨款 860 + 其他资金 nothing" },
      { rule: "selfeval.weights", why: "a target form without 分值: no points to add up" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值: the form states targets only" },
      { rule: "input.unreadable-value", cell: "E13", why: "次月10日前 is a target, text by nature" },
      { rule: "execution.no-spending", why: "a target form records no spending" },
    ],
  },
};
