import type { CorpusLayout } from "../types";

// 哈尔滨市松北区农业农村局 2024-03-28: one firm's application for the 黑龙江农产品精深加工流动资金贷款贴息 (黑粮产业联〔2023〕92号; its products in the
// 大豆产业 of 黑政办规〔2023〕4号's 指导目录), audited by a third-party accountant: 拟申请补贴资金 1,412,129.96元, shown for five working days.
// Laid out as the audit result's one-row list: 序号 | 企业名称 | 统一社会信用代码 | 所属产业 | 贷款银行 | 贷款金额 | 审计确认利息支出 | 拟申请补贴资金（元）.
export const layout: CorpusLayout = {
  id: "songbei-2024-agri-processing-working-capital-interest-subsidy",
  source: {
    title: "松北区农业农村局关于黑龙江农产品精深加工流动资金贷款贴息项目审计结果的公示（表据正文拟）",
    url: "https://www.chacewang.com/newsdetail/news556485.html",
    publisher: "哈尔滨市松北区农业农村局（转载）",
    date: "2024-03-28",
    changes:
      "As published: the policy and its documents (黑粮产业联〔2023〕92号, 黑政办规〔2023〕4号, 大豆产业), the third-party audit, one firm, " +
      "拟申请补贴资金 1,412,129.96元, the notice period 2024年3月28日—4月3日 and the telephone. Ours: the firm's name and code (invented), " +
      "the bank, the loan and the audited interest, the table form. Nothing planted beyond the list's unchecked policy.",
  },
  classes: [
    "register", "credit-codes", "category-column", "interest-subsidy", "base-column", "single-row", "two-decimal-yuan", "yuan-in-header",
    "notes-under-table", "table-from-prose", "district-fund", "heilongjiang",
  ],
  settings: { district: "哈尔滨市松北区" },
  sheets: [
    {
      name: "公示表",
      widths: [6, 30, 22, 10, 26, 16, 18, 18],
      rows: [
        ["松北区黑龙江农产品精深加工流动资金贷款贴息项目审计结果公示表", null, null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所属产业", "贷款银行", "贷款金额（元）", "审计确认利息支出（元）", "拟申请补贴资金（元）"],
        [1, "哈尔滨北岸调味食品股份有限公司", "91230109MA9MYLM65B", "大豆产业", "中国农业银行股份有限公司哈尔滨松北支行", 60000000, 2824259.92, 1412129.96],
        ["公示时间：2024年3月28日—2024年4月3日（5个工作日）。如有异议，请于4月3日前将书面材料及电子版材料报送松北区农业农村局，联系电话：88107862。", null, null, null, null, null, null, null],
        ["松北区农业农村局　2024年3月28日", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A4:H4", "A5:H5"],
      numberFormats: { "F3:H3": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公示表", kind: "register", unit: "元", headerRow: 2, lastRow: 3,
        // Corrected after the hundred-and-seventy-second holdout's measurement (counted failed): 拟申请补贴资金 is the money applied for, as the corpus reads 申请奖励金额 and 申请奖补资金 (requested); and the sheet states no year of the subsidy (its 公示时间 is when the list was shown), so none is stated. It was stated approved, of 2024.
        columns: { B: "enterprise", C: "creditCode", D: "category", F: "base", H: "requested" },
      },
    ],
    findings: [
      { rule: "cap.unknown-policy", cell: "H3", why: "no catalog loaded: the list's policy (黑龙江农产品精深加工流动资金贷款贴息, from its title) has no cap to check 1,412,129.96元 against — reported once" },
    ],
    absent: [
      { rule: "register.invalid-credit-code", cell: "C3", why: "91230109MA9MYLM65B is valid: check character B" },
      { rule: "register.location-code-mismatch", cell: "C3", why: "characters 3–8 are 230109, 哈尔滨市松北区" },
      { rule: "register.late-disbursement", cell: "A4", why: "the notice period's dates are no payment dates" },
      { rule: "register.unpaid", why: "a 公示 records no payments: no evidence that nothing was paid" },
      { rule: "composition.total-mismatch", why: "one row, no total stated" },
    ],
  },
};
