import type { CorpusLayout } from "../types";

// 湖南省财政厅 2017-07-11 (湘财建指〔2017〕176号): 8,000万元 of the second 2017 central 服务业发展专项资金 sent to 长沙市 for 供应链体系建设,
// with the 中央对地方专项转移支付区域绩效目标表 (附件2) for the city to fill in. Laid out as that form: the fund and departments, the money block
// (年度金额, 其中 中央补助 / 地方资金), the year's goal, then 一级 / 二级 / 三级指标 | 指标值.
export const layout: CorpusLayout = {
  id: "changsha-2017-supply-chain-fund-regional-targets",
  source: {
    title: "湖南省财政厅关于下达2017年第二批中央服务业发展专项资金（供应链体系建设）的通知（附件2：中央对地方专项转移支付区域绩效目标表）",
    url: "http://czt.hunan.gov.cn/czt/ztzl/hnczysgk/zybzzj/qt/201707/t20170719_4315224.html",
    publisher: "湖南省财政厅",
    date: "2017-07-11",
    changes:
      "Kept from the notice: the fund, 8,000万元 to 长沙市, the ministries and the form's name (中央对地方专项转移支付区域绩效目标表, to be filled by the city " +
      "and returned by 7月24日). The form itself is a PDF annex the stored copy does not show: its layout is the standard 区域绩效目标表, and what is filled " +
      "in (地方资金, the goal, the indicators and their values) is ours. Planted: 年度金额 typed 9,500 where 中央补助 8,000 + 地方资金 1,200 = 9,200.",
  },
  classes: [
    "targets", "composition", "regional-target-form", "money-block-above-indicators", "qizhong-lines", "three-level-indicators",
    "text-targets", "annex-title-row", "year-in-title-row", "whole-wanyuan", "table-not-in-stored-copy", "city-fund", "hunan",
  ],
  settings: { district: "长沙市" },
  sheets: [
    {
      name: "区域绩效目标表",
      widths: [16, 18, 30, 30],
      rows: [
        ["附件2", null, null, null],
        ["中央对地方专项转移支付区域绩效目标表", null, null, null],
        ["（2017年度）", null, null, null],
        ["专项名称", "服务业发展专项资金（供应链体系建设）", null, null],
        ["中央主管部门", "商务部", "省级财政部门", "湖南省财政厅"],
        ["省级主管部门", "湖南省商务厅", "填报单位", "长沙市财政局、长沙市商务局"],
        ["资金情况（万元）", "年度金额：", 9500, null],
        [null, "其中：中央补助", 8000, null],
        [null, "地方资金", 1200, null],
        ["年度总体目标", "以标准托盘及其循环共用为切入点，支持供应链重点企业开展供应链体系建设，推广带托运输等标准化模式，降低重点企业物流成本，提高供应链协同水平。", null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "支持供应链重点企业数量", "≥30家"],
        [null, "数量指标", "推广标准托盘数量", "≥20万片"],
        [null, "质量指标", "重点企业标准托盘使用率", "≥60%"],
        [null, "时效指标", "项目完成时限", "2018年6月底前"],
        ["效益指标", "经济效益指标", "重点企业物流成本降低", "≥10%"],
        [null, "社会效益指标", "供应链协同平台对接企业数量", "≥500家"],
        [null, "可持续影响指标", "带托运输等标准化模式", "持续推广"],
        ["满意度指标", "服务对象满意度指标", "试点企业满意度", "≥85%"],
      ],
      merges: ["A1:D1", "A2:D2", "A3:D3", "B4:D4", "A7:A9", "C7:D7", "C8:D8", "C9:D9", "B10:D10", "A12:A15", "A16:A18"],
      numberFormats: { "C7:C9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "区域绩效目标表", kind: "composition", unit: "万元", headerRow: 7, lastRow: 9, columns: { B: "line", C: "amount" }, year: 2017 },
      { sheet: "区域绩效目标表", kind: "targets", headerRow: 11, lastRow: 19, columns: { A: "type", C: "name", D: "target" }, year: 2017 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C7", why: "年度金额 9,500; 中央补助 8,000 + 地方资金 1,200 = 9,200 (300万元 apart)" },
    ],
    absent: [
      { rule: "selfeval.weights", why: "a target form without 分值: no points to add up" },
      { rule: "selfeval.indicator-contradicted", why: "the form states targets only, no results" },
      { rule: "selfeval.target-missed-full-score", why: "no results and no scores" },
      { rule: "input.unreadable-value", why: "≥30家, 2018年6月底前, 持续推广 are targets written as text" },
      { rule: "register.ineligible-location", why: "the form is no register" },
    ],
  },
};
