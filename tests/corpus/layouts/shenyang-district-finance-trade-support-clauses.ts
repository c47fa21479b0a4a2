import type { CorpusLayout } from "../types";

// A 沈阳 district's 金融 and 商贸 support policy (the copy names 驻沈 regulators, 辽股交 and “我区”, not the district): 第一条…第三条 of its 一、金融产业支持政策,
// each clause a run of one-line awards (新落户的新业态金融机构，给予一次性最高50万元补贴). Kept as the clause list with its prose caps, one award a row,
// the year's payments (ours) on a second sheet.
export const layout: CorpusLayout = {
  id: "shenyang-district-finance-trade-support-clauses",
  source: {
    title: "（沈阳市某区）金融、商贸产业支持政策 — 一、金融产业支持政策 第一条至第三条（兑现明细据政策拟）",
    url: "https://gqrdw.cn/zhengce/494.html",
    publisher: "沈阳市（区名未见于转载页）",
    changes:
      "As published: the section and clause headings (一、金融产业支持政策; 第一条 金融机构加速集聚; 第二条 金融要素市场加速推进; 第三条 金融业成长壮大) and " +
      "the awards' wording and caps (累计最高1亿元; 一次性最高50万元; 登记 5万元, 备案 5万元; 辽股交 创新层 20万元, 成长板 2万元; 首次上市 最高400万元; " +
      "不超过200万元). Cut: the rent subsidies per 平方米 and the share-of-contribution awards, which state no sum; the 商贸 section. The two awards in one " +
      "sentence are written one a row. Ours: the 兑现明细 sheet (firms, codes, sums). Planted: a 私募股权基金管理企业登记 award of 8 where the clause " +
      "gives 5万元; a 企业首次上市 award of 450 above its 最高400万元.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "clause-list", "section-and-clause-rows", "fixed-and-max-caps", "one-award-per-row",
    "item-per-row", "credit-codes", "same-firm-two-items", "at-cap-award", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "excerpt",
    "district-policy", "liaoning",
  ],
  settings: { district: "沈阳市" },
  sheets: [
    {
      name: "支持政策",
      widths: [6, 14, 30, 48],
      rows: [
        ["一、金融产业支持政策", null, null, null],
        ["第一条 金融机构加速集聚", null, null, null],
        ["序号", "条款", "支持事项", "支持标准"],
        [1, "第一条", "新落户的大型法人金融机构", "给予不超过3年，累计最高1亿元补贴"],
        [2, "第一条", "新落户的新业态金融机构", "给予一次性最高50万元补贴"],
        ["第二条 金融要素市场加速推进", null, null, null],
        [3, "第二条", "私募股权基金管理企业登记", "给予5万元奖励"],
        [4, "第二条", "私募股权基金备案", "给予5万元奖励"],
        [5, "第二条", "辽股交标准板创新层挂牌", "给予一次性20万元补贴"],
        [6, "第二条", "辽股交成长板挂牌", "给予一次性2万元补贴"],
        [7, "第二条", "企业首次上市", "给予最高400万元补贴"],
        ["第三条 金融业成长壮大", null, null, null],
        [8, "第三条", "填补我区空白的金融创新项目", "给予不超过200万元的创新奖励"],
      ],
      merges: ["A1:D1", "A2:D2", "A6:D6", "A12:D12"],
    },
    {
      name: "兑现明细",
      widths: [6, 34, 22, 28, 14],
      rows: [
        ["金融产业支持政策资金兑现明细", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "支持事项", "兑现金额"],
        [1, "沈阳盛京新业态金融服务有限公司", "91210103MA0XJ4K21W", "新落户的新业态金融机构", 50],
        [2, "沈阳浑河私募基金管理有限公司", "91210112MA10PLN8XH", "私募股权基金管理企业登记", 8],
        [3, "沈阳浑河私募基金管理有限公司", "91210112MA10PLN8XH", "私募股权基金备案", 5],
        [4, "辽宁北陵精密机械股份有限公司", "91210106117845632W", "企业首次上市", 450],
        [5, "沈阳青年大街科技有限公司", "91210104MA0Y7GQ359", "辽股交成长板挂牌", 2],
        [6, "沈阳市场街餐饮管理有限公司", "91210102MA0U9T4W18", "辽股交标准板创新层挂牌", 20],
        ["合计", null, null, null, 535],
      ],
      merges: ["A1:E1", "A2:E2", "A10:D10"],
      numberFormats: { "E4:E10": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支持政策", kind: "catalog", headerRow: 3, lastRow: 13, columns: { B: "document", C: "item", D: "standard" } },
      {
        sheet: "兑现明细", kind: "register", unit: "万元", headerRow: 3, lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" },
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "E5", why: "私募股权基金管理企业登记: 8万元 where the clause gives 5万元" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "E7", why: "企业首次上市: 450万元 above 给予最高400万元" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "E4", why: "新落户的新业态金融机构 50万元 = its 最高50万元, not above it" },
      { rule: "register.duplicate", sheet: "兑现明细", cell: "B6", why: "沈阳浑河私募基金管理有限公司 twice for two different items (登记, 备案), no duplicate" },
      { rule: "cap.unknown-policy", why: "every item paid is a clause of the 支持政策 sheet" },
      { rule: "composition.total-mismatch", sheet: "兑现明细", cell: "E10", why: "合计 535 = 50 + 8 + 5 + 450 + 2 + 20" },
      { rule: "catalog.unreadable-standard", sheet: "支持政策", cell: "D4", why: "累计最高1亿元 is a maximum in 亿元, readable" },
      { rule: "register.invalid-credit-code", sheet: "兑现明细", why: "all six codes carry their check character" },
    ],
  },
};
