import type { CorpusLayout } from "../types";

// 长春新区 “新区新政助力创业创新”: among its measures, 对新纳入国家统计直报的规上工业企业，给予10万元奖励. Laid out as the award list of that
// measure: 序号 | 企业名称 | 统一社会信用代码 | 纳统时间 | 奖励金额（万元）, 合计 at the foot, a note and the sign-off under it.
export const layout: CorpusLayout = {
  id: "changchun-xinqu-2017-new-above-scale-firm-awards",
  source: {
    title: "新区新政助力创业创新（长春新区；新纳入国家统计直报规上工业企业奖励名单据正文拟）",
    url: "http://www.ideotech.cn/?p=6954",
    publisher: "长春新区管委会（转载）",
    date: "2017",
    changes:
      "As published: the measure (对新纳入国家统计直报的规上工业企业，给予10万元奖励) among the new area's ten. Ours: the list as a table, its title and year " +
      "(the stored copy is undated), the firms, codes, months and amounts, the sign-off. Planted: 长春德润汽车部件有限公司 at 15万元 against the 10万元 award; " +
      "吉林新区华宇包装有限公司's code with a wrong check character.",
  },
  classes: ["register", "fixed-award", "credit-codes", "dash-for-no-code", "date-column", "item-in-title", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "signoff-line", "table-from-prose", "new-area-fund", "jilin"],
  catalog: {
    items: [{ name: "新纳入国家统计直报规上工业企业奖励", capType: "fixed", capAmount: 10, unit: "万元", year: 2017, document: "长春新区新区新政" }],
  },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 30, 22, 12, 12],
      rows: [
        ["长春新区2017年新纳入国家统计直报规上工业企业奖励名单", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "纳统时间", "奖励金额"],
        [1, "长春北湖精密模具有限公司", "91220101MA17C2L8W4", "2017年1月", 10],
        [2, "长春德润汽车部件有限公司", "91220101MA14H9Q3T1", "2017年3月", 15],
        [3, "吉林新区华宇包装有限公司", "91220101MA1AX6N5RC", "2017年4月", 10],
        [4, "长春空港食品加工有限公司", "91220101MA16P4E7DK", "2017年6月", 10],
        [5, "长春新区光谷电子有限公司", "—", "2017年8月", 10],
        [6, "长春龙嘉航空物流设备有限公司", "91220101MA19K8T2FE", "2017年9月", 10],
        [7, "长春汇川新材料有限公司", "91220101MA15W3M6B1", "2017年11月", 10],
        ["合计", null, null, null, 75],
        ["注：奖励对象为当年新纳入国家统计直报系统的规模以上工业企业，每户奖励10万元。", null, null, null, null],
        ["长春新区经济发展局　长春新区财政局", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A11:D11", "A12:E12", "A13:E13"],
      numberFormats: { "E4:E11": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", E: "approved" },
        year: 2017,
        item: "新纳入国家统计直报规上工业企业奖励",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E5", why: "15 above the fixed 10万元 award" },
      { rule: "register.invalid-credit-code", cell: "C6", why: "91220101MA1AX6N5RC: the GB 32100 check character of 91220101MA1AX6N5R is B, not C" },
    ],
    absent: [
      { rule: "register.invalid-credit-code", cell: "C8", why: "a dash is no code" },
      { rule: "cap.exceeded", cell: "E11", why: "合计 75 (6 × 10 + 15) is no award" },
      { rule: "register.duplicate", why: "every firm once" },
      { rule: "input.unreadable-value", cell: "D4", why: "纳统时间 is a month written as text, not a payment date" },
      { rule: "register.unpaid", why: "an award list with no payment columns" },
      { rule: "register.late-disbursement", cell: "D10", why: "纳统时间 2017年11月 is when the firm entered the statistics, not a payment" },
    ],
  },
};
