import type { CorpusLayout } from "../types";

// 重庆市财政局 2022-07-08 (渝财产业〔2022〕68号): the 2022 清算 of the central 非常规天然气 奖补资金 for nine districts and counties, with a 汇总表 and
// a 清算明细表 by firm. Laid out as the 明细表: 序号 | 区县 | 企业名称 | 抽采利用量（立方米） | 奖补标准（元/立方米） | 清算奖补资金（元）, each firm's
// money its gas times the standard, the 合计 at the foot.
export const layout: CorpusLayout = {
  id: "chongqing-2022-unconventional-gas-subsidy-settlement",
  source: {
    title: "重庆市财政局关于清算下达2022年非常规天然气中央奖补资金预算的通知（附件2：清算明细表据正文拟）",
    url: "http://czj.cq.gov.cn/zwgk_268/zfxxgkml/zcwj/qtwj/202207/t20220708_10900370.html",
    publisher: "重庆市财政局",
    date: "2022-07-08",
    changes:
      "The stored page is the notice: the nine districts and counties it is addressed to (涪陵、永川、南川、綦江、大足、铜梁、荣昌、武隆、彭水), the 科目 " +
      "2111001, and the annexes' names (清算汇总表, 清算明细表, 绩效目标表). The 明细表's body is not in the stored copy: its columns, the firms (invented, " +
      "two in 綦江区), the volumes, the standards (0.20 元/立方米 for shale gas, 0.30 for coal-bed gas, ours) and the money are ours. Planted: 武隆区's " +
      "firm 4,815,000 立方米 × 0.20 = 963,000 元, typed 936,000; the 合计 adds the lines as typed.",
  },
  classes: ["composition", "unit-times-quantity", "standard-column", "firms-as-lines", "district-as-category", "yuan-caption", "whole-yuan", "total-at-foot", "dash-in-total-row", "settlement", "table-from-prose", "city-fund", "chongqing"],
  settings: { district: "重庆市" },
  sheets: [
    {
      name: "清算明细表",
      widths: [6, 10, 34, 20, 18, 20],
      rows: [
        ["2022年非常规天然气中央奖补资金清算明细表（表据正文拟）", null, null, null, null, null],
        [null, null, null, null, null, "金额单位：元"],
        ["序号", "区县", "企业名称", "抽采利用量（立方米）", "奖补标准（元/立方米）", "清算奖补资金（元）"],
        [1, "涪陵区", "重庆焦石页岩气开发有限公司", 18650000, 0.2, 3730000],
        [2, "永川区", "重庆来苏页岩气开发有限公司", 6420000, 0.2, 1284000],
        [3, "南川区", "重庆东胜页岩气开发有限公司", 9375000, 0.2, 1875000],
        [4, "綦江区", "重庆松藻煤层气利用有限公司", 2160000, 0.3, 648000],
        [5, "大足区", "重庆足东页岩气有限公司", 3080000, 0.2, 616000],
        [6, "铜梁区", "重庆安居页岩气开发有限公司", 1245000, 0.2, 249000],
        [7, "荣昌区", "重庆峰高页岩气有限公司", 2530000, 0.2, 506000],
        [8, "武隆区", "重庆白马页岩气有限公司", 4815000, 0.2, 936000],
        [9, "彭水县", "重庆连湖页岩气有限公司", 1690000, 0.2, 338000],
        [10, "綦江区", "重庆打通煤矿瓦斯利用有限公司", 870000, 0.3, 261000],
        ["合计", null, null, 50835000, "—", 10443000],
        ["注：清算结果为负数的，由区县负责向企业收回。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A14:C14", "A15:F15"],
      numberFormats: { "D4:D14": "#,##0", "E4:E13": "0.00", "F4:F14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "清算明细表",
        kind: "composition",
        unit: "元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "category", C: "line", D: "quantity", E: "unitAmount", F: "amount" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "F11", why: "武隆区: 4,815,000 立方米 × 0.20 元/立方米 = 963,000 元, typed 936,000: 27,000 short" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F14", why: "the lines as typed: 3,730,000 + 1,284,000 + 1,875,000 + 648,000 + 616,000 + 249,000 + 506,000 + 936,000 + 338,000 + 261,000 = 10,443,000" },
      { rule: "composition.total-mismatch", cell: "D14", why: "the volumes add up to 50,835,000 立方米" },
      { rule: "composition.line-mismatch", cell: "F7", why: "綦江区 coal-bed gas: 2,160,000 × 0.30 = 648,000" },
      { rule: "composition.line-mismatch", cell: "F13", why: "870,000 × 0.30 = 261,000" },
      { rule: "composition.line-mismatch", cell: "F4", why: "18,650,000 × 0.20 = 3,730,000" },
      { rule: "composition.line-rounded", why: "the standard is the policy's own figure and every product is exact" },
      { rule: "cap.unknown-policy", why: "firms paid a volume × a standard: an allocation checked line by line, no award list" },
      { rule: "register.duplicate", why: "綦江区 twice is two different firms, and no register is read" },
      { rule: "input.unreadable-value", cell: "E14", why: "the dash in the 合计's standard cell means none" },
    ],
  },
};
