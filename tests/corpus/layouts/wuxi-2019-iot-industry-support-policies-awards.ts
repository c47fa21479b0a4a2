import type { CorpusLayout } from "../types";

// 无锡 物联网等新一代信息技术产业 配套政策 (a 无锡 service page reposting the measures): seven support items, each in prose with its rate of a base
// (技术和设备投入, 实际投资额, 合同完成金额, 应税销售) and its ceiling. Laid out as that catalog, then a 兑现名单 naming for each firm the item,
// the base it was measured on and the award.
export const layout: CorpusLayout = {
  id: "wuxi-2019-iot-industry-support-policies-awards",
  source: {
    title: "无锡市物联网等新一代信息技术产业配套政策（兑现名单据政策拟）",
    url: "http://xsshangwu.wxshidai.com/index/list?id=40947&wxsd=mp.weixin.qq.com",
    publisher: "无锡时代（政策转载）",
    date: "2019",
    changes:
      "As published, shortened: the seven support items' standards (前3位分档奖励 最高200万元; 产业化项目 技术和设备投入的15%, 单个项目不超过500万元; " +
      "首次达到1亿元、5亿元、10亿元 分别不超过100、200、300万元; 新引进企业 实际投资额的10%, 最高5000万元; 配套企业 实际投资额的5%, 最高500万元; " +
      "系统集成 合同完成金额的1%, 单个合同最高100万元; 应用平台 应税销售的5%, 最高300万元). Ours: the short item names, the whole 兑现名单 — firms, " +
      "codes (无锡 3202xx), bases and awards. Planted: a 产业化 award of 420 on 2,400 of investment (15% is 360); a 配套 award of 600 (5% of 12,000, " +
      "but the ceiling is 500); one code with a wrong check character.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-and-cap", "banded-fixed-awards", "base-column", "item-per-row", "credit-codes",
    "whole-wanyuan", "wanyuan-caption", "total-at-foot", "dash-as-nothing", "policy-digest", "city-fund", "jiangsu",
  ],
  settings: { district: "无锡市" },
  sheets: [
    {
      name: "配套政策",
      widths: [6, 26, 90],
      rows: [
        ["无锡市物联网等新一代信息技术产业配套政策", null, null],
        ["序号", "政策事项", "支持标准"],
        [1, "龙头骨干企业分档奖励", "对物联网等新一代信息技术产业龙头骨干企业，按上年销售和税收贡献情况，根据产业分类，分别给予前3位企业分档奖励，最高不超过200万元，同一企业连续支持不超过2年。"],
        [2, "自主知识产权产业化项目资助", "对拥有自主知识产权、产业化前景好的项目，最高按照项目技术和设备投入的15%择优给予资助，单个项目奖励金额不超过500万元。"],
        [3, "应税销售额首次达标奖励", "对在无锡市年应税销售额连续2年增长且上年首次达到1亿元、5亿元、10亿元的企业，分别给予不超过100万元、200万元、300万元的一次性奖励。"],
        [4, "新引进企业投资补助", "对行业内具有龙头地位和明显竞争优势，且注册2年内在无锡市实际投资额1亿元以上的新引进企业，最高按其实际投资额的10%给予投资方最高不超过5000万元的补助。"],
        [5, "上下游配套企业一次性奖励", "产业链上下游配套优质企业落户无锡市，企业注册2年内实际投资额1000万元以上的，最高按实际投资额的5%给予配套企业一次性奖励，单个企业奖励金额最高不超过500万元。"],
        [6, "系统集成中标奖励", "从事物联网系统集成或提供行业解决方案的企业，单个中标合同金额在500万元以上的，最高按合同完成金额的1%给予奖励，单个合同的奖励金额最高不超过100万元，每年累计不超过300万元。"],
        [7, "应用平台奖励", "对在无锡市年应税销售额超过1000万元的应用平台，最高按其在无锡市年应税销售的5%择优给予一次性奖励，最高不超过300万元。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 26, 12, 12],
      rows: [
        ["2019年度物联网等新一代信息技术产业配套政策奖励兑现名单", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "政策事项", "核定基数", "奖励金额"],
        [1, "无锡新吴感知科技有限公司", "913202148G2KKMLH5A", "龙头骨干企业分档奖励", "—", 200],
        [2, "无锡华芯物联传感有限公司", "91320214PX2HH5QUQ3", "自主知识产权产业化项目资助", 2400, 420],
        [3, "无锡锡东智能网关有限公司", "91320205F63T0HQ4HT", "应税销售额首次达标奖励", "—", 100],
        [4, "无锡梁溪云联科技有限公司", "91320213C7B6XPHYXF", "上下游配套企业一次性奖励", 12000, 600],
        [5, "无锡太湖物联系统集成有限公司", "91320211J9R0AKKMQL", "系统集成中标奖励", 6800, 68],
        [6, "无锡滨湖数联平台有限公司", "91320211DUT7JRX3J7", "应用平台奖励", 3600, 180],
        [7, "无锡惠山精测物联有限公司", "913202069FKQ5DFY8B", "自主知识产权产业化项目资助", 4000, 500],
        ["合计", null, null, null, null, 2068],
        ["注：核定基数分别为项目技术和设备投入、实际投资额、合同完成金额或年应税销售额（万元）。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A11:E11", "A12:F12"],
    },
  ],
  expect: {
    tables: [
      { sheet: "配套政策", kind: "catalog", headerRow: 2, lastRow: 9, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F5", why: "自主知识产权产业化项目资助 is at most 15% of the investment: 15% × 2,400 = 360; 420 awarded, 60 over" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F7", why: "上下游配套企业一次性奖励: 单个企业最高不超过500万元; 600 awarded (5% × 12,000 = 600, but the ceiling holds), 100 over" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C9", why: "91320211DUT7JRX3J7: the GB 32100 check character of 91320211DUT7JRX3J is 6, not 7" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F10", why: "15% × 4,000 = 600 is held to the 500 ceiling; 500 is exactly allowed" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F10", why: "500 is below 15% × 4,000 = 600" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F8", why: "1% × 6,800 = 68, as awarded" },
      { rule: "cap.rate-exceeded", sheet: "兑现名单", cell: "F9", why: "5% × 3,600 = 180, under the 300 ceiling" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F4", why: "龙头骨干企业分档奖励 200 = its ceiling" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F6", why: "首次达标奖励 100: the bands go to 300" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F11", why: "合计 2,068 = 200 + 420 + 100 + 600 + 68 + 180 + 500 is no award" },
      { rule: "register.duplicate", sheet: "兑现名单", cell: "F10", why: "two different firms share the 产业化 item; no firm repeats" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "every 政策事项 is a catalog item word for word" },
      { rule: "input.unreadable-value", sheet: "兑现名单", cell: "E4", why: "— in 核定基数: a banded or ranked award has no base" },
    ],
  },
};
