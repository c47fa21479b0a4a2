import type { CorpusLayout } from "../types";

// 天津市财政局 津财建一指〔2021〕158号 to 天津市科学技术局 (2021 部门预算 adjusted for 科技型企业发展专项资金 projects, 2,552.2万元), 附件2
// 预算项目绩效表（产业研究院）: label–value rows (项目名称, 主管部门, 实施单位, 项目资金 with 年度资金总额 / 其中：财政拨款 / 其他资金, 年度目标),
// then 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值.
export const layout: CorpusLayout = {
  id: "tianjin-2021-sci-tech-industry-institute-targets",
  source: {
    title: "津财建一指〔2021〕158号 关于调整市科技局2021年部门项目支出预算的通知（附件2 预算项目绩效表（产业研究院），表据通知拟）",
    url: "http://www.tyc-yl.com/zwgk_53713/ysgk_59783/czjzxzj/202206/t20220618_5909582.html",
    publisher: "天津市财政局",
    date: "2021-12-16",
    changes:
      "The stored page gives the notice and the names of its four annexes, not their contents: 附件2 is laid out as the 天津 项目支出绩效目标表 " +
      "form (label–value rows over 一级指标 | 二级指标 | 三级指标 | 指标值, 产出 / 效益 / 满意度 merged down) (table-not-in-stored-copy). " +
      "The project's money, its 年度目标 and every indicator and value are ours. Nothing is planted: a clean target table (targets, no results, " +
      "no 分值); its year is not stated in the form itself.",
  },
  classes: ["targets", "clean", "label-value-rows", "money-block-with-qizhong", "first-level-merged", "second-level-merged", "text-targets", "percent-target", "count-target", "wanyuan-in-label", "table-not-in-stored-copy", "municipal-department", "tianjin"],
  settings: { district: "天津市" },
  sheets: [
    {
      name: "附件2",
      widths: [14, 14, 16, 40, 18],
      rows: [
        ["预算项目绩效表（产业研究院）", null, null, null, null],
        ["项目名称", "科技型企业发展专项资金（产业技术研究院建设）", null, null, null],
        ["主管部门", "天津市科学技术局", "实施单位", "天津市科学技术局", null],
        ["项目资金（万元）", "年度资金总额", 860, null, null],
        [null, "其中：财政拨款", 860, null, null],
        [null, "其他资金", 0, null, null],
        ["年度目标", "支持产业技术研究院开展关键共性技术研发和成果转化，孵化科技型企业，服务本市重点产业链发展。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "数量指标", "支持产业技术研究院数量", "≥6家"],
        [null, null, null, "孵化引育科技型企业数量", "≥30家"],
        [null, null, "质量指标", "研发项目通过验收比例", "≥90%"],
        [null, null, "时效指标", "资金拨付完成时间", "2021年12月底前"],
        [null, null, "成本指标", "单个研究院支持额度", "≤200万元"],
        [null, "效益指标", "经济效益指标", "带动研究院及孵化企业研发投入", "≥3000万元"],
        [null, null, "社会效益指标", "服务重点产业链企业数量", "≥100家"],
        [null, "满意度指标", "服务对象满意度指标", "支持单位满意度", "≥90%"],
      ],
      merges: ["A1:E1", "B2:E2", "D3:E3", "A4:A6", "C4:E4", "C5:E5", "C6:E6", "B7:E7", "A8:A16", "B9:B13", "C9:C10", "B14:B15"],
    },
  ],
  expect: {
    tables: [
      { sheet: "附件2", kind: "targets", headerRow: 8, lastRow: 16, columns: { B: "type", D: "name", E: "target" } },
    ],
    findings: [],
    absent: [
      { rule: "selfeval.total-mismatch", why: "年度资金总额 860 = 其中：财政拨款 860 + 其他资金 0" },
      { rule: "selfeval.weights", why: "a target table with no 分值 and no points in its heading: nothing to add up" },
      { rule: "selfeval.indicator-contradicted", why: "the form states targets only, no results" },
      { rule: "selfeval.target-missed-full-score", why: "no results and no scores" },
      { rule: "input.unreadable-value", why: "指标值 (≥6家, 2021年12月底前, ≤200万元) and the label–value rows are text by nature" },
      { rule: "composition.total-mismatch", why: "no composition: the project's money is one figure with its sources" },
    ],
  },
};
