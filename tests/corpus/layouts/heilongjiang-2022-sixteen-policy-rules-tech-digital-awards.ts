import type { CorpusLayout } from "../types";

// 黑龙江省 “16项扶持企业优惠政策” as a summary of their 实施细则 (定义（对象） / 支持条件 / 支持方式): the first two — 技术改造 贴息
// (≤800万元 under 2亿元, ≤2500万元 at 2亿元 and above) and 数字化车间（生产线）/ 智能工厂 10% one-off (≤200 / ≤1000) — as a catalog,
// each tier on a row of its own, and a 兑现明细 (ours) beside it with the 投资额 / 合同金额 each award is measured on.
export const layout: CorpusLayout = {
  id: "heilongjiang-2022-sixteen-policy-rules-tech-digital-awards",
  source: {
    title: "黑龙江省16项扶持企业优惠政策（实施细则摘要）— 1.支持企业技术改造政策实施细则；2.制造业企业数字化车间（生产线）及智能工厂补助政策实施细则（兑现明细据细则拟）",
    url: "https://bjspsj.com/zcnews/8761/preview/1",
    publisher: "（转载）",
    date: "2022",
    changes:
      "As published: the summary's numbering (1、2、), each rule's name and its three parts 定义（对象） / 支持条件 / 支持方式 (shortened), the " +
      "tiers and ceilings as the prose gives them. Ours: each rule's tiers set on rows of their own (1-1, 1-2, 2-1, 2-2) with a short 政策事项 " +
      "name, and the second sheet (firms, codes, 投资额 / 合同金额, awards). Planted: a 数字化车间 award of 195 on a 合同金额 of 1,800 (10% = 180, " +
      "the rate binds under the 200 ceiling); a 技改贴息（2亿元以下） award of 860 against 最高不超过800万元.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "implementation-rules", "tiers-on-rows", "rate-and-cap", "max-cap", "condition-column",
    "base-column", "credit-codes", "cities-as-places", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "province-policy",
    "heilongjiang",
  ],
  settings: { district: "黑龙江省" },
  sheets: [
    {
      name: "政策细则",
      widths: [8, 26, 40, 40, 60],
      rows: [
        ["黑龙江省扶持企业优惠政策（实施细则摘要）", null, null, null, null],
        ["序号", "政策事项", "定义（对象）", "支持条件", "支持方式"],
        ["1-1", "企业技术改造贴息（2亿元以下）", "符合国家产业政策的企业技改项目，指设备投资和软件投资总和，包括贷款和自筹资金", "计划技术改造投资额2亿元以下的项目建设期应不超过12个月", "在项目入统后，以计划技术改造投资额为依据，省级财政按60%拨付补助资金；对投资额2亿元以下的项目，给予12个月贴息补助，最高不超过800万元。"],
        ["1-2", "企业技术改造贴息（2亿元以上）", "同上", "计划技术改造投资额2亿元以上（含）的项目建设期应不超过24个月", "对投资额2亿元以上（含）的重点项目，给予24个月贴息补助，最高不超过2500万元。企业利用自筹资金实施技术改造，按照同等贴息政策支持。"],
        ["2-1", "数字化车间（生产线）补助", "符合黑龙江省数字化车间建设标准的生产单元", "必须是制造业企业，用于数字化车间（生产线）建设的项目合同金额达1000万元以上", "按项目合同金额给予10%的一次性补助，最高不超过200万元。"],
        ["2-2", "智能工厂补助", "符合黑龙江省智能工厂建设标准的生产单元", "必须是制造业企业，用于智能工厂建设的项目合同金额达5000万元以上", "按项目合同金额给予10%的一次性补助，最高不超过1000万元。"],
      ],
      merges: ["A1:E1"],
    },
    {
      name: "兑现明细",
      widths: [6, 34, 22, 12, 30, 16, 12],
      rows: [
        ["2022年度工业振兴政策资金兑现明细（部分）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在市（地）", "政策事项", "投资额/合同金额", "补助金额"],
        [1, "哈尔滨松北北疆装备制造有限公司", "91230109FDWP7QB47E", "哈尔滨市", "企业技术改造贴息（2亿元以下）", 15000, 620],
        [2, "大庆龙凤石化新材料股份有限公司", "91230603Y5UXW4PHEX", "大庆市", "企业技术改造贴息（2亿元以上）", 36000, 1980],
        [3, "齐齐哈尔龙沙重型机床有限公司", "91230202CAX42440EX", "齐齐哈尔市", "数字化车间（生产线）补助", 1800, 195],
        [4, "牡丹江东安轨道装备有限公司", "91231002Y1HCCQW0YU", "牡丹江市", "智能工厂补助", 12000, 1000],
        [5, "佳木斯向阳农机制造有限公司", "91230803JRMB39RB15", "佳木斯市", "企业技术改造贴息（2亿元以下）", 9000, 860],
        [6, "绥化北林玉米深加工有限公司", "91231202LUJ4GWEW5P", "绥化市", "数字化车间（生产线）补助", 2600, 200],
        ["合计", null, null, null, null, null, 4855],
        ["注：技术改造项目填计划技术改造投资额，数字化车间（生产线）和智能工厂填项目合同金额。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A10:F10", "A11:G11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策细则", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "code", B: "item", E: "standard" } },
      {
        sheet: "兑现明细",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "兑现明细", cell: "G6", why: "数字化车间（生产线）补助 is 10% of 合同金额: 10% × 1,800 = 180 (under the 200 ceiling, so the rate binds); 195 awarded, 15 over" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G8", why: "企业技术改造贴息（2亿元以下） is 最高不超过800万元; 860 awarded, 60 over" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G4", why: "620 under the 800 ceiling" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G5", why: "1,980 under the 2,500 ceiling of the 2亿元以上 tier" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G7", why: "10% × 12,000 = 1,200 is held to the 1,000 ceiling; 1,000 is exactly allowed" },
      { rule: "cap.rate-exceeded", sheet: "兑现明细", cell: "G7", why: "1,000 is below 10% × 12,000 = 1,200" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G9", why: "10% × 2,600 = 260 held to 200; 200 is exactly the ceiling" },
      { rule: "cap.rate-exceeded", sheet: "兑现明细", cell: "G4", why: "贴息 has no rate of the 投资额: the 15,000 base is no ceiling of 10%" },
      { rule: "composition.total-mismatch", sheet: "兑现明细", cell: "G10", why: "合计 4,855 = 620 + 1,980 + 195 + 1,000 + 860 + 200" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G10", why: "the 合计 is no award" },
      { rule: "cap.unknown-policy", sheet: "兑现明细", why: "every 政策事项 is a catalog item word for word" },
      { rule: "register.ineligible-location", sheet: "兑现明细", cell: "D4", why: "all six cities lie in 黑龙江省" },
      { rule: "register.invalid-credit-code", sheet: "兑现明细", why: "all six codes carry their GB 32100 check character" },
    ],
  },
};
