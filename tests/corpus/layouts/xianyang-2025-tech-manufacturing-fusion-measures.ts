import type { CorpusLayout } from "../types";

// 咸阳市工业和信息化局 2025-06-30 (咸工信发〔2025〕70号): 全面推动科技创新和制造业深度融合加快发展新质生产力的若干措施, part 一 提升企业创新能力,
// clauses 1–2 — a reward left to the technology-contract turnover with no amount, then maxima (不超过100万元; 不超过20万元; 分别给予不超过30万元、20万元;
// 分别给予不超过20万元、10万元), each clause closing with its responsible offices in brackets. Laid out as a policy list, one row per award, and the
// year's awards on a second sheet.
export const layout: CorpusLayout = {
  id: "xianyang-2025-tech-manufacturing-fusion-measures",
  source: {
    title: "咸阳市全面推动科技创新和制造业深度融合加快发展新质生产力的若干措施（咸工信发〔2025〕70号）— 一、提升企业创新能力 1—2",
    url: "https://gxw.xianyang.gov.cn/xwzx/tzgg/202507/t20250703_1984525.html",
    publisher: "咸阳市工业和信息化局",
    date: "2025-07-03",
    changes:
      "As published: the clauses' wording and standards (clause 1's 给予一定奖励; clause 2's 100 / 20 / 30、20 / 20、10万元 maxima) and the responsible offices. Ours: " +
      "the split of clause 2 into one row per award with its name, the award list (firms, codes, places, amounts). Planted: a 省级制造业创新中心 awarded 120万元 " +
      "above its 100万元 maximum; a 企业技术中心 awarded 25万元 above 20万元.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "max-cap", "levels-in-one-sentence", "award-without-amount", "responsible-office-column", "clause-number-column", "credit-codes", "districts-as-places", "item-per-row", "wanyuan-caption", "total-at-foot", "city-fund", "shaanxi"],
  settings: { district: "咸阳市" },
  sheets: [
    {
      name: "政策清单",
      widths: [8, 26, 70, 30],
      rows: [
        ["咸阳市2025年科技创新和制造业深度融合支持政策清单（一、提升企业创新能力）", null, null, null],
        ["条款", "支持事项", "支持内容及标准", "责任单位"],
        ["1", "技术合同成交额奖励", "强化技术合同认定登记，按照各县市区、园区2024年技术合同成交额，给予一定奖励。", "市科技局、市工信局、市财政局按职责分工负责"],
        ["2", "省级制造业创新中心奖励", "对新建成的省级制造业创新中心，给予不超过100万元的奖励。", "市工信局、市财政局按职责分工负责"],
        ["2", "企业技术中心奖励", "对新认定的省级企业技术中心（工业企业）和市级企业技术中心，给予不超过20万元的奖励。", "市工信局、市财政局按职责分工负责"],
        ["2", "技术创新示范企业奖励", "对新认定的国家级和省级技术创新示范企业、质量标杆企业、工业品牌培育试点示范企业、服务型制造试点示范企业和工业设计中心，分别给予不超过30万元、20万元奖励。", "市工信局、市财政局按职责分工负责"],
        ["2", "专精特新企业奖励", "对新认定的国家级专精特新“小巨人”和省级“专精特新”中小企业，分别给予不超过20万元、10万元奖励。", "市工信局、市财政局按职责分工负责"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "兑现名单",
      widths: [6, 32, 22, 14, 22, 12],
      rows: [
        ["咸阳市2025年科技创新和制造业深度融合奖励资金拟兑现企业名单", null, null, null, null, null],
        ["单位：万元", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在县市区", "支持事项", "奖励金额"],
        [1, "咸阳秦创精密机械有限公司", "91610400MA6XN2DK37", "咸阳高新区", "省级制造业创新中心奖励", 120],
        [2, "咸阳渭滨新材料科技有限公司", "91610402MA6XQ7TR87", "秦都区", "企业技术中心奖励", 20],
        [3, "咸阳渭城智能装备有限公司", "91610404MA6XBH5W21", "渭城区", "企业技术中心奖励", 25],
        [4, "兴平市槐里电子有限公司", "91610481MA6XC3LM7H", "兴平市", "技术创新示范企业奖励", 30],
        [5, "咸阳渭滨新材料科技有限公司", "91610402MA6XQ7TR87", "秦都区", "专精特新企业奖励", 10],
        [6, "咸阳秦创精密机械有限公司", "91610400MA6XN2DK37", "咸阳高新区", "技术创新示范企业奖励", 20],
        ["合计", null, null, null, null, 225],
      ],
      merges: ["A1:F1", "A2:F2", "A10:E10"],
      numberFormats: { "F4:F10": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", headerRow: 2, lastRow: 7, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "C3", why: "给予一定奖励: no amount and no rate" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F4", why: "省级制造业创新中心奖励 120万元 above its maximum 100万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F6", why: "企业技术中心奖励 25万元 above its maximum 20万元" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F7", why: "技术创新示范企业奖励 30万元: the largest of 分别 30、20万元 (国家级, 省级 are levels), not above it" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F5", why: "20万元 is the 企业技术中心 maximum, not above it" },
      { rule: "register.duplicate", why: "the two firms listed twice are each under two different 支持事项" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D4", why: "咸阳高新区 is 咸阳's development zone" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D7", why: "兴平市 is a county-level city of 咸阳市" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F10", why: "合计 225 (120+20+25+30+10+20) is no award" },
      { rule: "register.unpaid", why: "a list of awards to be paid (拟兑现), with no payment columns" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "C4", why: "不超过100万元 is a readable maximum" },
    ],
  },
};
