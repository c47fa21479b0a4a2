import type { CorpusLayout } from "../types";

// 成都市经信委 成都市财政局 2016 (申报截止 2016-04-30): 关于组织开展2015年成都市新上规企业和规模企业上台阶奖励申报工作的通知 — 新上规 firms
// (主营业务收入首次突破2000万元) get 10万元, 上台阶 firms 20万元; the district sends 附件3 《成都市新上规模企业奖励申报项目汇总表》. Filled
// here as 新都区 would send it: one firm asks for the 上台阶 sum under the 新上规 form, one code breaks its check character.
export const layout: CorpusLayout = {
  id: "chengdu-xindu-2015-new-above-scale-award-application-summary",
  source: {
    title: "关于组织开展2015年成都市新上规企业和规模企业上台阶奖励申报工作的通知（附件3：成都市新上规模企业奖励申报项目汇总表；表据正文拟）",
    url: "http://www.ijiuguang.com/news/show.php?itemid=7814",
    publisher: "成都市经济和信息化委员会、成都市财政局（久广资本转载）",
    date: "2016",
    changes:
      "The stored copy is the notice: the two awards and their standards (新上规 10万元, 上台阶 20万元, 成办发〔2014〕55号), the procedure and the " +
      "names of 附件3 / 附件4; the forms themselves are not shown. 附件3 is laid out from the notice (序号 | 企业名称 | 统一社会信用代码 | 2015年主营业务收入 | " +
      "申请奖励金额 | 备注, the 填报单位 line, 合计, the two offices' opinion lines); the district, the firms, codes and figures are ours. The catalog holds " +
      "the notice's two standards. Planted: 成都新都锦江药业有限公司 asks 20 where the 新上规 award is 10; 成都新都香城包装有限公司's code ends in 7 " +
      "where GB 32100 gives 6.",
  },
  classes: ["register", "application-summary", "item-in-title", "fixed-award", "credit-codes", "invalid-credit-code", "cap-exceeded", "requested-amount", "revenue-column", "filler-line", "signoff-lines", "total-at-foot", "table-not-in-stored-copy", "catalog-in-layout", "district-form", "sichuan"],
  settings: { district: "成都市" },
  sheets: [
    {
      name: "附件3",
      widths: [6, 32, 22, 18, 16, 12],
      rows: [
        ["附件3", null, null, null, null, null],
        ["成都市新上规模企业奖励申报项目汇总表", null, null, null, null, null],
        ["填报单位（盖章）：成都市新都区经济和信息化局", null, null, "2015年度", null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "2015年主营业务收入", "申请奖励金额", "备注"],
        [1, "成都新都宏远精密机械有限公司", "91510114MA61R2K7XF", 2380.5, 10, null],
        [2, "成都新都桂湖食品有限公司", "91510114MA6C4N8P3B", 2156, 10, null],
        [3, "成都新都锦江药业有限公司", "91510114MA62T5H9QN", 2610.3, 20, null],
        [4, "成都新都天府建材有限公司", "91510114MA6DL3W8RN", 2044.8, 10, null],
        [5, "成都新都香城包装有限公司", "91510114MA6B7E2K57", 2212.6, 10, null],
        [6, "成都新都繁江电子有限公司", "91510114MA62W4D1LK", 2890, 10, null],
        ["合计", null, null, 14294.2, 70, null],
        ["区（市）县工业和信息化主管部门意见：（盖章）", null, null, "区（市）县财政局意见：（盖章）", null, null],
        ["填表人：", null, "联系电话：", null, null, null],
      ],
      merges: ["A2:F2", "A3:C3", "A11:C11", "A12:C12", "D12:F12"],
      numberFormats: { "D5:D11": "#,##0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "新上规模企业奖励", category: "中小企业成长工程", capType: "fixed", capAmount: 10, unit: "万元", year: 2015, document: "成办发〔2014〕55号" },
      { name: "规模企业上台阶奖励", category: "中小企业成长工程", capType: "fixed", capAmount: 20, unit: "万元", year: 2015, document: "成办发〔2014〕55号" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "附件3",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", E: "requested" },
        year: 2015,
        item: "新上规模企业奖励",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E7", why: "成都新都锦江药业有限公司 asks 20 under 新上规模企业奖励, whose award is a fixed 10万元 (10万元 over)" },
      { rule: "register.invalid-credit-code", cell: "C9", why: "91510114MA6B7E2K57: the check character for 91510114MA6B7E2K5 is 6, not 7" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "the title names the catalog item 新上规模企业奖励 word for word" },
      { rule: "register.duplicate", why: "six different firms; 合计 is no seventh" },
      { rule: "cap.exceeded", cell: "E11", why: "合计 70 is the sum of the requests, not a request" },
      { rule: "cap.exceeded", cell: "D5", why: "主营业务收入 is the qualifying revenue (over 2000万元), not money asked for" },
      { rule: "register.location-code-mismatch", why: "characters 3–8 (510114) are 新都区, in 成都市" },
      { rule: "register.unpaid", why: "an application summary records no payments" },
    ],
  },
};
