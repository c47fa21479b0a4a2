import type { CorpusLayout } from "../types";

// 梁溪区 (无锡) 2018-01: the upgraded industry policy — clause 01 支持智能化技术改造: a 技改 project with 500万元 or more of new
// technology and equipment gets, on completion, 5% of the actual investment, at most 200万元. Laid out as the clause's row (standard in
// words, rate and ceiling) beside an award list of our own.
export const layout: CorpusLayout = {
  id: "liangxi-2018-smart-upgrade-awards",
  source: {
    title: "梁溪区重磅出台产业政策升级版（一、支持智能制造“十百千”工程 01支持智能化技术改造；条款表与奖励名单据正文拟）",
    url: "http://www.wxtw.com.cn/zcfwshow.asp?id=1256",
    publisher: "无锡市台湾同胞投资企业协会（转载梁溪区政策）",
    date: "2018-01-09",
    changes:
      "Table from prose: clause 01's sentence (新增技术和设备投资额达到500万元（含）以上，按照其技术和设备的实际投资额的5%给予不超过200万元奖励) " +
      "is laid out as one catalog row with its threshold, rate and ceiling. The award list (firms, codes 320213, projects, 实际投资额, awards) is " +
      "ours: the page has none. Planted: an award of 260万元 (5% of 5,200, above the 200万元 ceiling); an award of 52万元 on 960万元 invested " +
      "(5% gives 48).",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-and-ceiling", "base-column", "threshold-in-standard", "credit-codes", "item-column", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "table-from-prose", "district-policy", "jiangsu"],
  settings: { district: "无锡市梁溪区" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 24, 64, 12, 16],
      rows: [
        ["梁溪区支持智能制造“十百千”工程政策条款", null, null, null, null],
        ["序号", "政策事项", "支持标准", "奖励比例", "最高限额（万元）"],
        ["一、支持智能制造“十百千”工程", null, null, null, null],
        [1, "支持智能化技术改造", "对于符合产业结构调整指导目录、经备案（或核准）的技改项目，新增技术和设备投资额达到500万元（含）以上的，项目竣工后，按照其技术和设备的实际投资额的5%给予不超过200万元奖励", "5%", 200],
      ],
      merges: ["A1:E1", "A3:E3"],
    },
    {
      name: "奖励名单",
      widths: [6, 30, 22, 20, 28, 16, 14],
      rows: [
        ["梁溪区智能化技术改造项目奖励名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "政策事项", "项目名称", "技术和设备实际投资额（万元）", "奖励金额（万元）"],
        [1, "无锡梁溪精工机械有限公司", "91320213MA1MQ7R2XT", "支持智能化技术改造", "数控加工中心智能化改造", 1860, 93],
        [2, "无锡市惠康医疗器械有限公司", "91320213MA1N4C8K6G", "支持智能化技术改造", "洁净车间自动化生产线", 720, 36],
        [3, "无锡运河智能装备有限公司", "91320213MA20H3LD10", "支持智能化技术改造", "工业机器人集成产线", 5200, 260],
        [4, "无锡崇安电子科技有限公司", "91320213MA1P6UY9B1", "支持智能化技术改造", "SMT贴片线升级", 960, 52],
        [5, "无锡南禅食品有限公司", "91320213MA1R2GT5E6", "支持智能化技术改造", "智能包装线", 540, 27],
        [6, "无锡北塘新材料有限公司", "91320213MA1T8WF038", "支持智能化技术改造", "复合材料连续成型线", 3980, 199],
        ["合计", null, null, null, null, 13260, 667],
      ],
      merges: ["A1:G1", "A9:E9"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 4, columns: { B: "item", C: "standard", D: "rate", E: "capAmount" } },
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "project", F: "base", G: "approved" },
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "G5", why: "260 > the clause's ceiling of 200万元 (5% × 5,200 = 260 is cut to 200)" },
      { rule: "cap.rate-exceeded", sheet: "奖励名单", cell: "G6", why: "52 > 5% × 960 = 48" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "G8", why: "199 = 5% × 3,980, under the 200万元 ceiling" },
      { rule: "cap.rate-exceeded", sheet: "奖励名单", cell: "G3", why: "93 = 5% × 1,860" },
      { rule: "cap.unknown-policy", why: "every row's 政策事项 is the catalog's row" },
      { rule: "register.invalid-credit-code", sheet: "奖励名单", why: "all six codes carry their GB 32100 check character" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", why: "the standard gives a rate (5%) and a ceiling (200万元)" },
    ],
  },
};
