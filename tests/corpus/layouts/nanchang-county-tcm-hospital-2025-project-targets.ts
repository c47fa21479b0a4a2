import type { CorpusLayout } from "../types";

// 南昌县中医院 2025年单位预算: 第二部分 十、《项目支出绩效目标表》 — the Jiangxi form: 项目名称 / 主管部门 / 实施单位 as label–value rows, a
// money block (年度资金总额 with 其中 财政拨款 and 其他资金), 年度绩效目标, then the indicators under 一级指标 | 二级指标 | 三级指标 | 指标值.
// The stored copy lists the tables and describes the hospital but does not show the form's body.
export const layout: CorpusLayout = {
  id: "nanchang-county-tcm-hospital-2025-project-targets",
  source: {
    title: "南昌县中医院2025年单位预算 — 十、项目支出绩效目标表（表据预算目录拟）",
    url: "http://www.liushimy.com/ncxrmzf/2025bmys/202502/51b25c6fbad34c10ab7ae82b463785dd.shtml",
    publisher: "南昌县中医院（转载）",
    date: "2025-02",
    changes:
      "As published: the 单位预算's contents (第二部分 一至十, 十、《项目支出绩效目标表》) and the hospital's facts (二级甲等中医医院, its move " +
      "to 澄湖西路 in 2014, its equipment). The stored copy does not show the form's body: the form is the Jiangxi 项目支出绩效目标表; the " +
      "project (equipment purchase, from the page's list of equipment), the money, the target text and the indicators are ours. Planted: " +
      "年度资金总额 260.00 while 其中 财政拨款 180.00 + 其他资金 70.00 = 250.00.",
  },
  classes: [
    "targets", "composition", "two-tables-one-form", "label-value-rows", "qizhong-lines", "side-label-merged", "no-results-column",
    "year-in-heading", "two-decimal-wanyuan", "hospital", "county-unit", "signoff-line", "table-not-in-stored-copy", "jiangxi",
  ],
  sheets: [
    {
      name: "绩效目标表",
      widths: [16, 14, 18, 26, 20],
      rows: [
        ["项目支出绩效目标表", null, null, null, null],
        ["（2025年度）", null, null, null, null],
        ["单位名称：南昌县中医院", null, null, null, "单位：万元"],
        ["项目名称", "医疗设备购置项目", null, null, null],
        ["主管部门", "南昌县卫生健康委员会", null, "实施单位", "南昌县中医院"],
        ["项目资金", "资金来源", null, "金额", null],
        [null, "年度资金总额", null, 260, null],
        [null, "其中：财政拨款", null, 180, null],
        [null, "      其他资金", null, 70, null],
        ["年度绩效目标", "购置磁共振配套线圈、电子胃肠镜及血液透析机等设备，提升医院诊疗能力，满足县域群众就医需求。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [null, "产出指标", "数量指标", "购置设备数量", "≥12台（套）"],
        [null, null, "质量指标", "设备验收合格率", "100%"],
        [null, null, "时效指标", "设备采购完成时间", "2025年10月底前"],
        [null, null, "成本指标", "设备购置成本", "≤260万元"],
        [null, "效益指标", "社会效益指标", "年门急诊服务人次", "≥18万人次"],
        [null, null, "可持续影响指标", "设备正常使用年限", "≥8年"],
        [null, "满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"],
        ["填报人：万丽", null, "单位负责人：熊建国", null, "填报日期：2025年1月"],
      ],
      merges: [
        "A1:E1", "A2:E2", "A3:D3", "B4:E4", "B5:C5", "A6:A9", "B6:C6", "D6:E6", "B7:C7", "D7:E7", "B8:C8", "D8:E8", "B9:C9", "D9:E9",
        "B10:E10", "A11:A18", "B12:B15", "B16:B17", "A19:B19", "C19:D19",
      ],
      numberFormats: { "D7:D9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "composition", unit: "万元", headerRow: 6, lastRow: 9, columns: { B: "line", D: "amount" }, year: 2025 },
      { sheet: "绩效目标表", kind: "targets", headerRow: 11, lastRow: 18, columns: { B: "type", D: "name", E: "target" }, year: 2025 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D7",
        why: "年度资金总额 260.00; its 其中 lines 财政拨款 180.00 + 其他资金 70.00 = 250.00 (10.00万元 short), the 其他资金 being the rest",
      },
    ],
    absent: [
      { rule: "input.unreadable-value", why: "指标值 (≥12台（套）, 100%, 2025年10月底前) and the label–value rows are text by nature" },
      { rule: "selfeval.weights", why: "a target table has no 分值" },
      { rule: "selfeval.indicator-contradicted", why: "the form states targets only, no results" },
      { rule: "composition.line-mismatch", why: "the money lines have no unit price or quantity" },
      { rule: "cap.unknown-policy", why: "a target form, no register" },
    ],
  },
};
