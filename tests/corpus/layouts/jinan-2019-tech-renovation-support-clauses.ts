import type { CorpusLayout } from "../types";

// 济南 技术改造 support, as a policy digest carries it: 1、建立重大技改项目库, 入库重点项目的银行贷款 参照1年期贷款基准利率 给予财政贴息, 最高300万元;
// 2018年后完工的重点技改项目 按 技术改造后产生的地方新增财力的50% 连续3年奖补企业. The clause as a two-item catalog; the year's payments (ours) beside.
export const layout: CorpusLayout = {
  id: "jinan-2019-tech-renovation-support-clauses",
  source: {
    title: "济南市技术改造支持政策（重大技改项目贷款贴息、新增地方财力奖补；兑现明细据政策拟）",
    url: "http://keji360.cn/bencandy.php?fid=125&id=716",
    publisher: "科技360（政策摘编）",
    date: "2019",
    changes:
      "As published: clause 1's wording (贷款贴息 最高300万元; 新增财力的50%连续3年全部奖补企业), set as two rows of a catalog sheet with short names " +
      "of ours; the digest's next entry (济政发〔2019〕8号) is not carried. The second sheet (firms, codes, bases, amounts) is ours. Planted: a 贴息 of " +
      "320 against 最高300万元; a 新增财力奖补 of 180 on 新增地方财力 300 (50% = 150).",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "max-cap", "rate-without-cap", "item-per-row", "base-column", "dash-as-nothing",
    "credit-codes", "districts-and-counties-as-places", "one-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table",
    "policy-digest", "city-policy", "shandong",
  ],
  settings: { district: "济南市" },
  sheets: [
    {
      name: "支持政策",
      widths: [6, 26, 90],
      rows: [
        ["济南市技术改造支持政策", null, null],
        ["序号", "政策事项", "支持内容"],
        [1, "重大技改项目贷款贴息", "建立重大技改项目库，对入库重点项目发生的银行贷款，参照银行1年期贷款基准利率，给予一定财政贴息，最高300万元。"],
        [2, "重点技改项目新增财力奖补", "对2018年后完工符合条件的重点技改项目，按企业技术改造后产生的地方新增财力的50%连续3年全部奖补企业。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现明细",
      widths: [6, 34, 22, 10, 26, 14, 12],
      rows: [
        ["2020年度技术改造支持资金兑现明细（部分）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "区县", "政策事项", "新增地方财力", "兑现金额"],
        [1, "济南历城华创精工机械有限公司", "91370112MA3U7KD8RG", "历城区", "重大技改项目贷款贴息", "—", 300],
        [2, "济南章丘锻压智造有限公司", "91370114MA3W2HN5TX", "章丘区", "重大技改项目贷款贴息", "—", 320],
        [3, "济南莱芜钢联新材料有限公司", "91370116MA94CQ7LXM", "莱芜区", "重点技改项目新增财力奖补", 360, 180],
        [4, "平阴玫瑰生物制品有限公司", "91370124MA3R8EF2KX", "平阴县", "重点技改项目新增财力奖补", 300, 180],
        [5, "济南泉城数控系统有限公司", "91370102MA3X4PB6YX", "历下区", "重大技改项目贷款贴息", "—", 126.5],
        ["合计", null, null, null, null, null, 1106.5],
        ["注：新增地方财力为技术改造完工后企业当年新增的地方级税收；贷款贴息按最高额内据实核定，无基数。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A9:F9", "A10:G10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "支持政策", kind: "catalog", headerRow: 2, lastRow: 4, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "兑现明细",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G5", why: "重大技改项目贷款贴息 is 最高300万元; 320 paid, 20 over" },
      { rule: "cap.rate-exceeded", sheet: "兑现明细", cell: "G7", why: "重点技改项目新增财力奖补 is 50% of 新增地方财力: 50% × 300 = 150; 180 paid, 30 over" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G4", why: "300 is exactly the 最高300万元" },
      { rule: "cap.rate-exceeded", sheet: "兑现明细", cell: "G6", why: "50% × 360 = 180, exactly the amount" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G8", why: "126.5 under 300" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "G9", why: "the 合计 is no award" },
      { rule: "composition.total-mismatch", sheet: "兑现明细", cell: "G9", why: "300 + 320 + 180 + 180 + 126.5 = 1,106.5" },
      { rule: "cap.unknown-policy", sheet: "兑现明细", why: "both 政策事项 are catalog items word for word" },
      { rule: "input.unreadable-value", sheet: "兑现明细", cell: "F4", why: "— in 新增地方财力: a 贴息 has no base" },
      { rule: "register.ineligible-location", sheet: "兑现明细", cell: "D7", why: "平阴县 and the four districts all lie in 济南市" },
      { rule: "register.invalid-credit-code", sheet: "兑现明细", why: "all five codes carry their check character" },
    ],
  },
};
