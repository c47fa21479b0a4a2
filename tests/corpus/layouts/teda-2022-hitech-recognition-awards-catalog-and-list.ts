import type { CorpusLayout } from "../types";

// A post digesting 天津's 高新技术企业 awards, 2、天津市经济开发区高新技术企业认证奖励政策: banded awards of 30 / 40 / 50万元 by last
// year's sales for a first national recognition, 5万元 for a 市级 高企, 10万元 for a renewed national one. Laid out as the 开发区's
// 政策清单 (表据正文拟) and, beside it, a 兑现明细 of ours with credit codes of 滨海新区 (120116).
export const layout: CorpusLayout = {
  id: "teda-2022-hitech-recognition-awards-catalog-and-list",
  source: {
    title: "天津市经济开发区高新技术企业认证奖励政策（政策清单据正文拟；兑现明细为拟）",
    url: "http://182.61.201.157/p/7182516437",
    changes:
      "As published: the three clauses of the 经济开发区 高企 award (the 30/40/50万元 bands by 销售收入, 市级高企 5万元, 重新认定 10万元), quoted in a post; " +
      "the clause list is built from them (政策清单据正文拟). The 兑现明细 is ours: firms, codes, amounts. Planted: a 重新认定 award of 20 against the clause's 10; " +
      "one code's check character wrong. Left: the same firm under two different items, a 50 at the top band.",
  },
  classes: ["catalog", "register", "two-sheets", "catalog-in-workbook", "prose-caps", "fixed-awards-by-band", "fixed-award", "policy-column", "item-column", "same-firm-two-items", "credit-codes", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "table-from-prose", "development-zone-fund", "tianjin"],
  settings: { district: "天津市滨海新区" },
  sheets: [
    {
      name: "政策清单",
      widths: [6, 30, 60, 30],
      rows: [
        ["天津经济技术开发区高新技术企业认定奖励政策清单", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "扶持事项", "扶持标准", "政策来源"],
        [1, "首次认定国家级高新技术企业奖励", "对于首次通过认定的国家级高新技术企业，按其最近一年销售收入小于5000万元（含）、5000万元至2亿元（含）、2亿元以上三个档次，分别给予30万元、40万元、50万元奖励。", "天津市经济开发区高新技术企业认证奖励政策"],
        [2, "市级高新技术企业奖励", "对通过认定或新迁入的天津市市级高新技术企业，给予每家企业5万元奖励。", "天津市经济开发区高新技术企业认证奖励政策"],
        [3, "国家级高新技术企业重新认定奖励", "对通过重新认定的国家级高新技术企业，给予每家企业10万元奖励。", "天津市经济开发区高新技术企业认证奖励政策"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "兑现明细",
      widths: [6, 30, 22, 30, 12],
      rows: [
        ["2022年度经开区高新技术企业认定奖励兑现明细", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "奖励事项", "奖励金额"],
        [1, "天津泰达智联科技有限公司", "91120116MA05K3QX23", "首次认定国家级高新技术企业奖励", 40],
        [2, "天津滨港精密机械有限公司", "91120116MA06B7LN4W", "首次认定国家级高新技术企业奖励", 50],
        [3, "天津海盛生物医药有限公司", "91120116300528716H", "国家级高新技术企业重新认定奖励", 20],
        [4, "天津开泰新材料有限公司", "91120116MA07D2HT8A", "市级高新技术企业奖励", 5],
        [5, "天津瀚洋信息技术有限公司", "91120116MA05U9WR1X", "市级高新技术企业奖励", 5],
        [6, "天津泰达智联科技有限公司", "91120116MA05K3QX23", "市级高新技术企业奖励", 5],
        ["合计", null, null, null, 125],
        ["注：奖励资金由开发区财政局直接拨付至企业账户。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:D10", "A11:E11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", unit: "万元", headerRow: 3, lastRow: 6, columns: { A: "code", B: "item", C: "standard", D: "document" } },
      { sheet: "兑现明细", kind: "register", unit: "万元", headerRow: 3, lastRow: 10, columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" }, year: 2022 },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "E6", why: "国家级高新技术企业重新认定奖励 is a fixed 10万元 a firm; 20 awarded, 10 over" },
      { rule: "register.invalid-credit-code", sheet: "兑现明细", cell: "C8", why: "91120116MA05U9WR1X: the check character for 91120116MA05U9WR1 is U, not X" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "E5", why: "50 is the top band's award (销售收入 2亿元以上): the item's largest, allowed" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "E4", why: "40 is within the item's largest award of 50" },
      { rule: "register.duplicate", sheet: "兑现明细", cell: "B9", why: "天津泰达智联 is listed again under another item (市级高企), not the same item twice" },
      { rule: "composition.total-mismatch", sheet: "兑现明细", cell: "E10", why: "40 + 50 + 20 + 5 + 5 + 5 = 125, as stated" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "C4", why: "three fixed awards by band read as at most 50; 5000万元 and 2亿元 are band bounds, conditions" },
      { rule: "cap.unknown-policy", why: "every item of the list is in the clause list" },
    ],
  },
};
