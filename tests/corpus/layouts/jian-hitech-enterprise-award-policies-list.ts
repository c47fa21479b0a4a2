import type { CorpusLayout } from "../types";

// 吉安市 (江西): a digest of the city's and its counties' awards for 高新技术企业 — first recognition, re-recognition, industrial and
// non-industrial firms — as prose by area, laid out as a clause sheet, with an award list of our own under it that names each clause.
export const layout: CorpusLayout = {
  id: "jian-hitech-enterprise-award-policies-list",
  source: {
    title: "江西省吉安市高新技术企业奖补政策汇总（奖补条款及奖补名单据正文拟）",
    url: "https://gxqyrd.cn/zzrd/gq/7005.html",
    publisher: "潮盛高企网（汇总吉安市及各县（市、区）政策）",
    changes:
      "The page is prose by area; both sheets are ours (表据正文拟). As published: 吉安市 一次性奖补10万元 on first recognition; 吉州区 10万元 first, " +
      "6万元 (工业) / 4万元 (非工业) on re-recognition; 青原区 不低于20万元 for a first 数字领域 firm; 吉安县 10万元; 吉水县 15 / 10万元; 峡江县 20 / 10万元; " +
      "新干县 10万元. The clause names, the order, the 责任 wording cut, and the award list (firms, codes, amounts) are ours. Planted: 吉州区's non-industrial " +
      "re-recognised firm paid 6 (the industrial rate) under its fixed 4万元; 新干's firm given a code whose check character is wrong; 吉水's firm listed " +
      "a second time for the same first-recognition award.",
  },
  classes: [
    "catalog", "register", "two-sheets", "catalog-sheet", "prose-caps", "fixed-award", "area-in-item-name", "industrial-vs-non-industrial",
    "minimum-not-cap", "credit-codes", "counties-as-places", "item-per-row", "whole-wanyuan", "wanyuan-in-header", "total-at-foot",
    "notes-under-table", "table-from-prose", "city-policy", "jiangxi",
  ],
  settings: { district: "吉安市" },
  sheets: [
    {
      name: "奖补条款",
      widths: [6, 10, 40, 70],
      rows: [
        ["吉安市及各县（市、区）高新技术企业奖补政策", null, null, null],
        ["序号", "地区", "奖补事项", "奖补标准"],
        [1, "吉安市", "吉安市首次认定高新技术企业奖补", "首次认定为高新技术企业且在有效期内的企业，受益地财政一次性奖补10万元。"],
        [2, "吉州区", "吉州区首次认定高新技术企业奖励", "对首次认定获批为国家高新技术企业的给予10万元奖励。"],
        [3, "吉州区", "吉州区重新认定高新技术企业奖励（工业企业）", "重新认定获批为国家高新技术企业且在吉州区纳税、研发投入达标的，工业企业奖励6万元。"],
        [4, "吉州区", "吉州区重新认定高新技术企业奖励（非工业企业）", "重新认定获批为国家高新技术企业且在吉州区纳税、研发投入达标的，非工业企业奖励4万元。"],
        [5, "青原区", "青原区首次认定数字领域高新技术企业奖补", "对首次认定的数字领域高新技术企业，由区财政给予每家企业不低于20万元的一次性奖补。"],
        [6, "吉安县", "吉安县新认定及复评认定高新技术企业奖励", "对新认定获批的高新技术企业或3年期满后通过复评并认定的，一次性奖励10万元。"],
        [7, "吉水县", "吉水县首次认定高新技术企业奖励", "对首次认定国家高新技术企业给予一次性15万元奖励。"],
        [8, "吉水县", "吉水县重新认定高新技术企业奖励", "对重新认定国家高新技术企业给予一次性10万元奖励。"],
        [9, "峡江县", "峡江县首次认定高新技术企业奖补", "对首次认定的高新技术企业，由县财政一次性奖补20万元。"],
        [10, "峡江县", "峡江县重新认定高新技术企业奖补", "对重新申报并认定的高新技术企业，由县财政一次性奖补10万元。"],
        [11, "新干县", "新干县高新技术企业奖励", "对当年有研发投入且获批为高新技术企业（含重新认定）的，一次性奖励10万元。"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "奖补名单",
      widths: [6, 12, 30, 22, 40, 16],
      rows: [
        ["吉安市高新技术企业奖补资金名单", null, null, null, null, null],
        ["序号", "县（市、区）", "企业名称", "统一社会信用代码", "奖补事项", "奖补金额（万元）"],
        [1, "吉州区", "吉安庐陵电子科技有限公司", "91360802MA38TK5R20", "吉州区首次认定高新技术企业奖励", 10],
        [2, "吉州区", "吉安后河软件信息服务有限公司", "91360802MA39C7LW4X", "吉州区重新认定高新技术企业奖励（非工业企业）", 6],
        [3, "吉安县", "吉安县天华新材料有限公司", "91360821MA35PQ8H1B", "吉安县新认定及复评认定高新技术企业奖励", 10],
        [4, "吉水县", "吉水文峰光电有限公司", "91360822MA37XN4D6K", "吉水县首次认定高新技术企业奖励", 15],
        [5, "峡江县", "峡江玉笥山生物科技有限公司", "91360823MA38HB2K9C", "峡江县首次认定高新技术企业奖补", 20],
        [6, "新干县", "新干盐化城化工有限公司", "91360824MA3ADF6Y3F", "新干县高新技术企业奖励", 10],
        [7, "吉水县", "吉水文峰光电有限公司", "91360822MA37XN4D6K", "吉水县首次认定高新技术企业奖励", 15],
        ["合计", null, null, null, null, 86],
        ["注：奖补资金由受益地财政承担，一个企业同一事项只奖补一次。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A10:E10", "A11:F11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "奖补条款", kind: "catalog", headerRow: 2, lastRow: 13, columns: { A: "code", C: "item", D: "standard" } },
      {
        sheet: "奖补名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "approved" },
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖补名单", cell: "F4", why: "吉州区重新认定 for a 非工业企业 is a fixed 4万元; 吉安后河软件 is paid 6: 2万元 over" },
      { rule: "register.invalid-credit-code", sheet: "奖补名单", cell: "D8", why: "91360824MA3ADF6Y3F: the GB 32100 check character of 91360824MA3ADF6Y3 is D, not F" },
      { rule: "register.duplicate", sheet: "奖补名单", cell: "C9", why: "吉水文峰光电有限公司 (91360822MA37XN4D6K) already has the same 吉水县首次认定 award on row 6" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "奖补名单", cell: "F7", why: "峡江县首次认定 is 20万元; 20 paid" },
      { rule: "cap.exceeded", sheet: "奖补名单", cell: "F6", why: "吉水县首次认定 is 15万元; 15 paid" },
      { rule: "cap.exceeded", sheet: "奖补名单", cell: "F10", why: "合计 86 is no award" },
      { rule: "cap.unknown-policy", why: "every 奖补事项 of the list is a clause of the 奖补条款 sheet" },
      { rule: "register.ineligible-location", why: "吉州区、吉安县、吉水县、峡江县、新干县 are all in 吉安市" },
      { rule: "register.location-code-mismatch", sheet: "奖补名单", cell: "D5", why: "characters 3–8 (360802, 360821, 360822, 360823, 360824) are each firm's county" },
      { rule: "composition.total-mismatch", sheet: "奖补名单", cell: "F10", why: "10 + 6 + 10 + 15 + 20 + 10 + 15 = 86, as stated" },
      { rule: "input.unreadable-value", sheet: "奖补名单", cell: "A11", why: "the note under the list is text" },
    ],
  },
};
