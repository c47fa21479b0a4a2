import type { CorpusLayout } from "../types";

// 随州市公安局本级 2019年决算公开报告: 第四部分 预算绩效情况说明 — the project self-evaluation is named, its form not shown. Laid out as the
// 项目支出绩效自评表 (2019年度) counties and cities of 湖北 print: 项目资金 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 with 其中 lines,
// 年度总体目标, then 一级 / 二级 / 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因, 总分 at the foot.
export const layout: CorpusLayout = {
  id: "suizhou-police-2019-equipment-project-selfeval",
  source: {
    title: "随州市公安局本级2019年决算公开报告（第四部分 预算绩效情况说明；项目支出绩效自评表据通行格式拟）",
    url: "http://gaj.suizhou.gov.cn/fbjd_19/zwgk/xxgkml/czgk/czyjs/202010/t20201023_838762.shtml",
    publisher: "随州市公安局",
    date: "2020-10-23",
    changes:
      "The stored copy lists the report's parts (第四部分 预算绩效情况说明) and the bureau's duties; no form is shown. Laid out as the usual " +
      "项目支出绩效自评表; the project (公安业务装备经费), indicators and every figure are ours. Planted: 采购完成时间 (target 2019年10月底前, done " +
      "2019年12月) keeps its full 10; the 总分 typed 97.2 where the scores add up to 9.2 + 90 = 99.2. 322 / 350 = 92.00% and 10 × 92% = 9.2 agree; " +
      "the 其中 lines add up to the 年度资金总额 in every column.",
  },
  classes: [
    "selfeval", "project-selfeval", "qizhong-lines", "three-level-indicators", "date-target", "score-column", "total-score-row",
    "whole-wanyuan", "unit-in-header", "table-not-in-stored-copy", "city-department", "hubei",
  ],
  sheets: [
    {
      name: "自评表",
      widths: [10, 14, 16, 24, 16, 14, 10, 10, 24],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2019年度）", null, null, null, null, null, null, null, null],
        ["项目名称", null, "公安业务装备经费", null, null, null, null, null, null],
        ["主管部门", null, "随州市公安局", null, null, "实施单位", "随州市公安局", null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 320, 350, 322, 10, "92.00%", 9.2, null],
        [null, "其中：当年财政拨款", 320, 330, 304, "—", "—", "—", null],
        [null, "上年结转资金", 0, 20, 18, "—", "—", "—", null],
        [null, "其他资金", 0, 0, 0, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
        [null, "更新执法记录仪和警用车辆，提升基层执法装备保障水平。", null, null, null, "购置执法记录仪126台、警用车辆6辆，已交付使用。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "购置执法记录仪数量", "≥120台", "126台", 15, 15, null],
        [null, null, "数量指标", "更新警用车辆数量", "6辆", "6辆", 10, 10, null],
        [null, null, "质量指标", "装备验收合格率", "100%", "100%", 15, 15, null],
        [null, null, "时效指标", "采购完成时间", "2019年10月底前", "2019年12月", 10, 10, null],
        [null, null, "成本指标", "执法记录仪单台采购成本", "≤0.35万元", "0.32万元", 10, 10, null],
        [null, "效益指标", "社会效益指标", "群众安全感", "≥90%", "93%", 15, 15, null],
        [null, null, "可持续影响指标", "装备使用年限", "≥5年", "5年", 10, 10, null],
        [null, "满意度指标", "服务对象满意度指标", "基层民警满意度", "≥90%", "95%", 5, 5, null],
        ["总分", null, null, null, null, null, 100, 97.2, null],
      ],
      merges: ["A1:I1", "A2:I2", "A3:B3", "C3:I3", "A4:B4", "C4:E4", "G4:I4", "A5:B5", "A6:A9", "A10:A11", "B10:E10", "F10:I10",
        "B11:E11", "F11:I11", "A12:A20", "B13:B17", "B18:B19", "A21:F21"],
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2019 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", sheet: "自评表", cell: "H16", why: "采购完成时间: 2019年12月 misses 2019年10月底前, yet scores its full 10" },
      { rule: "selfeval.score-mismatch", sheet: "自评表", cell: "H21", why: "总分 97.2; the scores add up to 9.2 + 15 + 10 + 15 + 10 + 10 + 15 + 10 + 5 = 99.2" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", sheet: "自评表", cell: "G6", why: "322 / 350 = 92.00%" },
      { rule: "selfeval.score-mismatch", sheet: "自评表", cell: "H6", why: "10 × 92.00% = 9.2" },
      { rule: "selfeval.total-mismatch", sheet: "自评表", cell: "E6", why: "304 + 18 + 0 = 322; 330 + 20 + 0 = 350; 320 + 0 + 0 = 320" },
      { rule: "selfeval.weights", why: "10 + 15 + 10 + 15 + 10 + 10 + 15 + 10 + 5 = 100" },
      { rule: "selfeval.missing-explanation", why: "every other indicator scores full and 92.00% is above 90%" },
      { rule: "execution.overspent", why: "322 spent within 350" },
    ],
  },
};
