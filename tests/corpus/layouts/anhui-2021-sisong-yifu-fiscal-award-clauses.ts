import type { CorpusLayout } from "../types";

// 安徽省“四送一服”双千工程 支持实体经济发展政策清单 — 二、财政奖补支持政策（67条）, as reposted 2021-11-20: numbered clauses each closing with
// its document in brackets (新三板 1% ≤70 and 首发上市 400; 5A景区 / 旅游领军企业 ≤200; 债转股 ≤500; “三首” tiers ≤500; 人工智能 研发费用50% ≤500).
// The first five clauses as a catalog, and a 兑现明细 (ours) on a second sheet with 项目研发费用 beside the awards.
export const layout: CorpusLayout = {
  id: "anhui-2021-sisong-yifu-fiscal-award-clauses",
  source: {
    title: "安徽省“四送一服”双千工程 支持实体经济发展政策清单—财政奖补支持政策（67条）（兑现明细据政策拟）",
    url: "http://dlf1890.com/index.php?c=news&id=1045&m=show",
    publisher: "大砻坊科技文化园官网（转载）",
    date: "2021-11-20",
    changes:
      "As published: the list's title and section heading, clauses 1–5 in their order and wording (clause 4 cut after its tiers), each document as " +
      "its closing bracket gives it, set in a column of its own. Ours: the 政策事项 short names, the second sheet (firms, codes, bases, awards). " +
      "Planted: an 人工智能研发项目补助 of 360 on 项目研发费用 600 (50% = 300, under the 500 ceiling); a 旅游领军企业 award of 260 against " +
      "最高200万元.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "clause-list", "document-column", "rate-and-cap", "max-cap", "fixed-and-max-in-one-clause",
    "item-per-row", "base-column", "credit-codes", "cities-as-places", "dash-as-nothing", "whole-wanyuan", "wanyuan-caption", "total-at-foot",
    "notes-under-table", "province-policy", "anhui",
  ],
  settings: { district: "安徽省" },
  sheets: [
    {
      name: "财政奖补政策",
      widths: [6, 24, 90, 26],
      rows: [
        ["安徽省“四送一服”双千工程支持实体经济发展政策清单", null, null, null],
        ["二、财政奖补支持政策（67条）", null, null, null],
        ["序号", "政策事项", "支持政策", "政策依据"],
        [1, "新三板融资和首发上市奖励", "对成功在“新三板”融资企业，省财政按首次股权融资额的1%给予奖励，单个企业最高70万元。对在沪深证券交易所等境内外公开市场首发上市的企业给予400万元奖励。鼓励各地配套制定奖补政策。", "皖发〔2020〕4号"],
        [2, "旅游景区和旅游领军企业奖补", "省财政对新增国家5A级旅游景区和国家级旅游度假区、生态旅游示范区、全域旅游示范区给予最高200万元奖补，对旅游领军企业给予最高200万元奖补。", "皖发〔2020〕4号"],
        [3, "市场化债转股奖励", "支持企业市场化法治化债转股，所在市、县（市、区）可给予单户债权机构最高500万元的奖励，省级按实际奖励额给予一定补助。", "皖发〔2020〕4号"],
        [4, "“三首”产品奖补", "统筹制造强省建设资金，对经评定的“三首”产品省内研制和省内示范应用企业，省财政分别按档次给予一次性奖补，合计最高500万元。其中，单价（或货值）在1000万元（含）以下的，按其单价（或货值）的15%给予奖补；单价（或货值）在1000万元以上的，按其1000万元（含）以内价值的15%加上超出1000万元价值部分的10%给予一次性奖补。", "皖政秘〔2020〕52号"],
        [5, "人工智能研发项目补助", "实施人工智能产业创新工程。对技术含量高、市场潜力大的研发项目按照不超过项目研发费用的50%给予补助，单个项目补助最高500万元。", "皖政〔2020〕14号"],
      ],
      merges: ["A1:D1", "A2:D2"],
    },
    {
      name: "兑现明细",
      widths: [6, 34, 22, 10, 28, 14, 12],
      rows: [
        ["2021年度省级财政奖补资金兑现明细（部分）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在市", "政策事项", "项目研发费用", "奖补金额"],
        [1, "合肥蜀山智算科技有限公司", "91340104LRQMD3TR63", "合肥市", "人工智能研发项目补助", 600, 360],
        [2, "芜湖鸠江视觉智能有限公司", "91340207ETPEEA1WJX", "芜湖市", "人工智能研发项目补助", 1200, 500],
        [3, "黄山屯溪徽旅文化旅游集团有限公司", "913410025ULAGGNJ2W", "黄山市", "旅游景区和旅游领军企业奖补", "—", 260],
        [4, "安庆迎江农村商业银行股份有限公司", "91340802BNMHF7RRWU", "安庆市", "市场化债转股奖励", "—", 450],
        [5, "蚌埠龙子湖江淮文旅发展有限公司", "91340302N8M210H0LC", "蚌埠市", "旅游景区和旅游领军企业奖补", "—", 200],
        ["合计", null, null, null, null, null, 1770],
        ["注：项目研发费用为经核定的项目研发投入；其他事项按最高额内核定兑现，无基数。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A9:F9", "A10:G10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "财政奖补政策", kind: "catalog", headerRow: 3, lastRow: 8, columns: { A: "code", B: "item", C: "standard", D: "document" } },
      {
        sheet: "兑现明细",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "兑现明细", cell: "G4", why: "人工智能研发项目补助 is at most 50% of 项目研发费用: 50% × 600 = 300 (under the 500 ceiling, so the rate binds); 360 awarded, 60 over" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G6", why: "旅游景区和旅游领军企业奖补 is 最高200万元 (both of the clause's awards); 260 awarded, 60 over" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G5", why: "50% × 1,200 = 600 is held to the 500 ceiling; 500 is exactly allowed" },
      { rule: "cap.rate-exceeded", sheet: "兑现明细", cell: "G5", why: "500 is below 50% × 1,200 = 600" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G7", why: "市场化债转股奖励 is 最高500万元; 450 awarded" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G8", why: "200 is exactly the 最高200万元" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G9", why: "合计 1,770 = 360 + 500 + 260 + 450 + 200 is no award" },
      { rule: "composition.total-mismatch", sheet: "兑现明细", cell: "G9", why: "合计 1,770 = 360 + 500 + 260 + 450 + 200" },
      { rule: "cap.unknown-policy", sheet: "兑现明细", why: "every 政策事项 is a catalog item word for word" },
      { rule: "input.unreadable-value", sheet: "兑现明细", cell: "F6", why: "— in 项目研发费用: a maximum award has no base" },
      { rule: "register.ineligible-location", sheet: "兑现明细", cell: "D4", why: "合肥市 and the other four cities all lie in 安徽省" },
      { rule: "register.invalid-credit-code", sheet: "兑现明细", why: "all five codes carry their GB 32100 check character" },
    ],
  },
};
