import type { CorpusLayout } from "../types";

// 张掖市公共资源交易中心民乐县分中心 2022年度部门决算 (2023-09-28), 第四部分 预算绩效情况说明: the sub-centre's one project, laid out as its
// 项目支出绩效目标表 — 项目名称, 预算单位 beside 年度资金总额, 年度目标, then 年度绩效指标（100分） alone on its row over
// 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 分值 (the Gansu form splits sign, value and unit).
export const layout: CorpusLayout = {
  id: "minle-2022-trading-platform-project-targets",
  source: {
    title: "2022年度张掖市公共资源交易中心民乐县分中心部门决算（第四部分 预算绩效情况说明：项目支出绩效目标表据说明拟）",
    url: "http://gsml.gov.cn/zfxxgk/fdzdgknr/jczwgkbzml/czyjs/2022yjs/202309/t20230928_1120670.html",
    publisher: "民乐县公共资源交易中心",
    date: "2023-09-28",
    changes:
      "The stored copy lists 第四部分 预算绩效情况说明 but shows none of it. The target table, its project (交易平台运行维护经费), the money " +
      "and every indicator are ours, on the sub-centre's duties as the page states them (组织实施县级公共资源交易活动). Planted: the indicators' " +
      "分值 add up to 90 against the 100 points their heading states (the 预算执行 10 points of a 自评 left out of a target table).",
  },
  classes: ["targets", "points-heading-row", "merged-level-cells", "sign-value-unit-columns", "money-beside-unit", "one-project", "table-from-prose", "table-not-in-stored-copy", "county-department", "gansu"],
  settings: { district: "民乐县" },
  sheets: [
    {
      name: "绩效目标表",
      widths: [12, 18, 22, 10, 10, 10, 8],
      rows: [
        ["2022年度项目支出绩效目标表（表据说明拟）", null, null, null, null, null, null],
        ["项目名称", "民乐县公共资源交易平台运行维护经费", null, null, null, null, null],
        ["预算单位", "张掖市公共资源交易中心民乐县分中心", null, null, "年度资金总额（万元）", 18.6, null],
        ["年度目标", "保障交易平台全年稳定运行，完成县级工程建设、政府采购等项目进场交易，电子化交易率达到100%。", null, null, null, null, null],
        ["年度绩效指标（100分）", null, null, null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "分值"],
        ["产出指标", "数量指标", "进场交易项目数", "≥", 260, "个", 15],
        [null, null, "平台运维服务次数", "≥", 12, "次", 10],
        [null, "质量指标", "电子化交易率", "=", 100, "%", 10],
        [null, "时效指标", "交易项目按时开标率", "≥", 98, "%", 10],
        [null, "成本指标", "平台运维成本", "≤", 18.6, "万元", 5],
        ["效益指标", "社会效益指标", "交易投诉办结率", "=", 100, "%", 15],
        [null, "可持续影响指标", "平台连续稳定运行时间", "≥", 360, "天", 15],
        ["满意度指标", "服务对象满意度指标", "市场主体满意度", "≥", 95, "%", 10],
      ],
      merges: ["A1:G1", "B2:G2", "B3:D3", "F3:G3", "B4:G4", "A5:G5", "A7:A11", "B7:B8", "A12:A13"],
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "targets", headerRow: 6, lastRow: 14, columns: { A: "type", C: "name", E: "target" }, year: 2022 },
    ],
    findings: [
      { rule: "selfeval.weights", cell: "A5", why: "分值 15 + 10 + 10 + 10 + 5 + 15 + 15 + 10 = 90, the heading states 100" },
    ],
    absent: [
      { rule: "selfeval.weights", cell: "G14", why: "the finding is on the heading that states the points, once" },
      { rule: "selfeval.indicator-contradicted", why: "a target table alone: no result is stated" },
      { rule: "execution.no-spending", why: "年度资金总额 18.60 is the money's size; no spending column stands beside it" },
      { rule: "composition.total-mismatch", cell: "E11", why: "平台运维成本 ≤ 18.6 万元 is a target, no amount of money to add" },
      { rule: "input.unreadable-value", cell: "D7", why: "指标性质 holds the comparison signs, not figures" },
    ],
  },
};
