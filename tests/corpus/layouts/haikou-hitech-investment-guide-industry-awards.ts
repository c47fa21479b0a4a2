import type { CorpusLayout } from "../types";

// 海南自由贸易港海口国家高新技术产业开发区 招商手册: its industry support page, each policy's name beside its condition and its standard in
// words (生产规模上台阶 awards of 30 … 600万元 by output band; 技改 3%（医药5%）of fixed investment, at most 5000万元; 成长奖励 2%（医药3%）of
// the output increment, at most the year's R&D), the 一企一策 note under it; a 兑现明细 of ours on a second sheet.
export const layout: CorpusLayout = {
  id: "haikou-hitech-investment-guide-industry-awards",
  source: {
    title: "海南自由贸易港海口国家高新技术产业开发区招商手册（产业扶持政策；兑现明细据政策拟）",
    url: "http://www-346689.com/basic/78832293.html",
    publisher: "海口国家高新技术产业开发区管理委员会（转载）",
    changes:
      "As published: the three policies' names, conditions and standards in their wording and order, and the note on 一企一策 (the English beside them " +
      "left out). Ours: the 序号 and the second sheet (firms, codes, bases, awards). Planted: a 生产规模上台阶奖 of 650 above its top award of 600万元; " +
      "a 技改 award of 420 on 固定资产总投资 6,000 (3% = 180, even at the 医药 5% only 300); 海口药谷康华制药 awarded 生产规模上台阶奖 twice in 2023.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "levels-in-one-sentence", "rate-with-cap", "two-rates-in-one-standard", "cap-not-a-sum", "conditions-column", "base-column", "dash-as-nothing", "credit-codes", "item-per-row", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "zone-policy", "hainan"],
  settings: { district: "海口市" },
  sheets: [
    {
      name: "产业扶持政策",
      widths: [6, 22, 60, 60],
      rows: [
        ["海口国家高新区产业扶持政策", null, null, null],
        ["序号", "政策名称", "支持条件", "扶持标准"],
        [1, "企业生产规模上台阶奖", "对年度工业总产值首次分别达到5亿元、10亿元、20亿元、30亿元、50亿元、80亿元、100亿元的企业", "当年分别给予一次性奖励30万元、60万元、120万元、180万元、300万元、480万元、600万元"],
        [2, "鼓励工业企业加大技改投资", "工业企业技改项目、扩产扩能项目和环保改造项目的固定资产总投资金额大于等于2000万元（不含税），或设备投资不少于500万元的，以符合规定追溯期内的发票、付款凭证及合同为据（不含土地款）", "竣工投产后一次性给予项目固定资产总投资（不含土地款）3%（医药企业按5%）的资助。单个项目的资助金额最高不超过5000万元"],
        [3, "企业成长奖励", "企业当年实现盈利，产值超过2000万元，研发投入超过500万元", "按当年产值超过近三年峰值增量部分的2%（医药企业按3%）给予企业成长奖励，企业成长奖励金额最高不超过企业当年研发投入的总额"],
        ["注：企业享受本条政策期间，不再享受企业与市政府签订“一企一策”的同类型条款。", null, null, null],
      ],
      merges: ["A1:D1", "A6:D6"],
    },
    {
      name: "兑现明细",
      widths: [6, 32, 22, 24, 16, 12],
      rows: [
        ["2023年度海口国家高新区产业扶持资金兑现明细（拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "政策名称", "固定资产总投资", "奖励金额"],
        [1, "海口药谷康华制药有限公司", "91460106MA5TK3R8CC", "企业生产规模上台阶奖", "—", 120],
        [2, "海口美安新材料科技有限公司", "91460105MA5U2FQ41P", "企业生产规模上台阶奖", "—", 650],
        [3, "海南狮子岭电子科技有限公司", "91460106MA5TN7X0LP", "鼓励工业企业加大技改投资", 8000, 240],
        [4, "海口云龙食品有限公司", "91460108MA5RW2H6BJ", "鼓励工业企业加大技改投资", 6000, 420],
        [5, "海口药谷康华制药有限公司", "91460106MA5TK3R8CC", "企业生产规模上台阶奖", "—", 180],
        ["合计", null, null, null, null, 1610],
      ],
      merges: ["A1:F1", "A9:E9"],
    },
  ],
  expect: {
    tables: [
      { sheet: "产业扶持政策", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", D: "standard" } },
      { sheet: "兑现明细", kind: "register", unit: "万元", headerRow: 3, lastRow: 9, columns: { B: "enterprise", C: "creditCode", D: "item", E: "base", F: "approved" }, year: 2023 },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "F5", why: "企业生产规模上台阶奖 gives at most the largest of its awards, 600万元; 650 awarded, 50 over" },
      { rule: "cap.rate-exceeded", sheet: "兑现明细", cell: "F7", why: "技改 资助 is 3% of 固定资产总投资: 3% × 6,000 = 180 (5% for 医药 would be 300), far under the 5,000 ceiling; 420 awarded, above either" },
      { rule: "register.duplicate", sheet: "兑现明细", cell: "B8", why: "海口药谷康华制药有限公司 (91460106MA5TK3R8CC) has 企业生产规模上台阶奖 in 2023 on rows 4 and 8" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "兑现明细", cell: "F6", why: "3% × 8,000 = 240: exactly allowed" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "F4", why: "120 is one of the band awards, under 600" },
      { rule: "cap.exceeded", sheet: "兑现明细", cell: "F9", why: "合计 1,610 = 120 + 650 + 240 + 420 + 180 is no award" },
      { rule: "composition.total-mismatch", sheet: "兑现明细", cell: "F9", why: "the foot agrees with its lines" },
      { rule: "register.duplicate", sheet: "兑现明细", cell: "B4", why: "the first of the two rows is not the duplicate" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
      { rule: "cap.unknown-policy", sheet: "兑现明细", why: "both items named are in the catalog" },
      { rule: "cap.exceeded", sheet: "产业扶持政策", cell: "C3", why: "5亿元 … 100亿元 are output bands, conditions of the award, never caps" },
    ],
  },
};
