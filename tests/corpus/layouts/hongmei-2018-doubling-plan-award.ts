import type { CorpusLayout } from "../types";

// 东莞市洪梅镇 2018: the town's 倍增计划 award plan put up for public comment — a six-column detail
// table under the title 洪梅镇“倍增计划”试点企业奖励资金申请项目明细表, one row per firm and award, a
// 合计 row. The town is the whole fund's area, so no place column.
export const layout: CorpusLayout = {
  id: "hongmei-2018-doubling-plan-award",
  source: {
    title: "关于2018年度洪梅镇“倍增计划”奖励资金资助计划的公示（附：洪梅镇“倍增计划”试点企业奖励资金申请项目明细表）",
    url: "http://www.dg.gov.cn/hongmei/hd/yjzj/content/post_3004915.html",
    publisher: "洪梅镇“倍增计划”工作领导小组办公室",
    date: "2018",
    changes:
      "The table title and its six columns are as the stored copy shows them (the page holds the table's title row and column " +
      "widths, not its header wording or body): the header wording (序号 | 企业名称 | 统一社会信用代码 | 奖励项目 | 核定奖励金额 | " +
      "备注), the 单位：万元 caption (the table title, as published, states no year: the catalog's caps apply to every year), the award names, firms, codes and amounts are ours. The caps in the catalog (营业收入增长 50, " +
      "技术改造 100, 研发投入 30万元) are chosen for the corpus; 洪府办〔2018〕24号 is the rule the notice cites. Planted: 望沙智能 " +
      "awarded 120 for 技术改造 above the 100 cap; 洪梅食品's code has a wrong check character; 梅沙新材料's 营业收入增长奖励 listed twice.",
  },
  classes: ["register", "item-per-row", "credit-codes", "no-place-column", "city-without-districts", "wanyuan-caption", "remark-column"],
  settings: { district: "东莞市" },
  sheets: [
    {
      name: "明细表",
      widths: [6, 32, 22, 18, 14, 12],
      rows: [
        ["洪梅镇“倍增计划”试点企业奖励资金申请项目明细表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "奖励项目", "核定奖励金额", "备注"],
        [1, "东莞洪梅精密五金有限公司", "91441900MA51HM2K7E", "营业收入增长奖励", 38.5, null],
        [2, "东莞市洪屋涡电子科技有限公司", "91441900MA4WX3C81K", "技术改造奖励", 86, null],
        [3, "东莞梅沙新材料股份有限公司", "91441900MA4X9N2T0B", "营业收入增长奖励", 50, "试点企业"],
        [4, "东莞洪梅包装制品有限公司", "91441900MA52B7QE3Q", "研发投入奖励", 21.3, null],
        [5, "东莞市望沙智能装备有限公司", "91441900MA4UR6L95J", "技术改造奖励", 120, "试点企业"],
        [6, "东莞洪梅食品有限公司", "91441900MA53D1YG87", "研发投入奖励", 12.6, null],
        [7, "东莞梅沙新材料股份有限公司", "91441900MA4X9N2T0B", "营业收入增长奖励", 50, "试点企业"],
        [8, "东莞市洪屋涡电子科技有限公司", "91441900MA4WX3C81K", "研发投入奖励", 18, null],
        ["合计", null, null, null, 396.4, null],
      ],
      merges: ["A1:F1", "A12:D12"],
      numberFormats: { "E4:E12": "0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "营业收入增长奖励", capType: "max", capAmount: 50, unit: "万元", document: "洪府办〔2018〕24号（上限为语料自拟）" },
      { name: "技术改造奖励", capType: "max", capAmount: 100, unit: "万元", document: "洪府办〔2018〕24号（上限为语料自拟）" },
      { name: "研发投入奖励", capType: "max", capAmount: 30, unit: "万元", document: "洪府办〔2018〕24号（上限为语料自拟）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "明细表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" },
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E8", why: "技术改造奖励 120.00万元 against the 100.00 cap: 20.00万元 over" },
      {
        rule: "register.invalid-credit-code",
        cell: "C9",
        why: "91441900MA53D1YG87: the weighted sum of the first 17 characters gives the check character 3, not 7",
      },
      {
        rule: "register.duplicate",
        cell: "E10",
        why: "东莞梅沙新材料股份有限公司 (91441900MA4X9N2T0B), 营业收入增长奖励, in the same list (no year stated in the workbook): already in row 6",
      },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "E6", why: "50.00 is the 营业收入增长 cap exactly" },
      { rule: "cap.exceeded", cell: "E12", why: "合计 is not an award" },
      { rule: "register.duplicate", cell: "E11", why: "洪屋涡电子's second row is another item (研发投入奖励, not 技术改造奖励)" },
      { rule: "cap.unknown-policy", why: "every 奖励项目 is in the catalog" },
      { rule: "register.ineligible-location", why: "no place column; every code is issued in 东莞 (441900)" },
      { rule: "register.location-code-mismatch", why: "every code's area is 441900, 东莞市" },
      { rule: "input.unreadable-value", why: "备注 (试点企业) is a text column, not an amount" },
    ],
  },
};
