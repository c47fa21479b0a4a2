/**
 * The sample's 绩效目标 sheet: the seed's performance targets (目标类型 / 目标名称 / 目标值 / 标杆值依据)
 * with a 实际完成值 column as a unit fills it in mid-year. One stated result is planted against the
 * workbook's own data: 扶持对象资质相符率 stated 100% while the register holds eligibility findings
 * (selfeval.indicator-contradicted). The payment shares are stated too but cannot be contradicted
 * before the 11-30 deadline.
 */
export const TARGETS_CAPTION = "2021 年推进先进制造业等产业发展专项资金绩效目标";
export const TARGETS_HEADER = ["目标类型", "目标名称", "目标值", "标杆值依据", "实际完成值"];

/** [type (written once over its targets), name, target, basis, stated result]. */
export const TARGETS: (string | null)[][] = [
  ["产出数量", "落实政策项", "7 个方向", "闵府规发〔2020〕5 号", "7 个方向"],
  [null, "应补尽补率", "100%", "闵经委发〔2020〕101 号、闵经委规发〔2021〕3 号、闵经委规发〔2021〕7 号", "100%"],
  ["产出质量", "扶持对象资质相符率", "100%", "闵经委规发〔2021〕3 号、闵经委规发〔2021〕7 号", "100%"],
  [null, "补贴资金使用合规性", "合规", "闵经委发〔2020〕101 号", "合规"],
  [null, "应评尽评率", "100%", "闵经委发〔2020〕101 号", null],
  ["产出时效", "新增受理审批时间", "4 月前、10 月前", "计划", null],
  ["效益", "资金拨付及时性", "11 月前", "计划", "及时"],
  [null, "促进企业研发投入占总产值百分比", ">3%", "计划", null],
  [null, "促进完成两化融合管理体系贯标企业数量", "20", "计划", null],
  [null, "政策对象满意度", "90%", "计划", null],
  [null, "长效机制健全性", "建立健全", "计划", null],
];
