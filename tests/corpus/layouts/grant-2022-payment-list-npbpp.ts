import type { CorpusLayout } from "../types";

// A grant payment list (资助款发放清单) in the published format: one payment per row to a person — 受益人姓名, 单位,
// 职务, 资助金额（元）, 付款方式, 付款日期, 附件 — the project in the title, the paying department on a line under it,
// a 合计 and a 发放人 / 审核人 line.
export const layout: CorpusLayout = {
  id: "grant-2022-payment-list-npbpp",
  source: {
    title: "揭秘资助款发放清单：掌握规范格式，轻松管理资金（资助款发放清单的规范格式：表格示例）",
    url: "https://www.npbpp.com/news/jie-mi-zi-zhu-kuan-fa-fang-qing-dan-zhang-wo-gui-fan-ge-shi-qing-song-guan-li-zi-jin.html",
    publisher: "npbpp.com",
    changes:
      "The columns and their order (序号 | 受益人姓名 | 单位 | 职务 | 资助金额（元） | 付款方式 | 付款日期 | 附件), the title form " +
      "“XX项目资助款发放清单” and the 发放部门 line follow the published format; the project (青年科技人才资助), the department, the " +
      "payees, their units and all amounts and dates are ours; the 合计 row and the 发放人 / 审核人 line are ours. Dates are " +
      "Excel dates shown as yyyy-mm-dd (the published example writes 2022-01-01). Planted: 王磊 paid 30,000.00 twice in the " +
      "year (2022-04-20 and 2022-09-06) with nothing marking an instalment; 吴昊 paid on 2022-12-20, after the 11-30 deadline.",
  },
  classes: ["ledger", "payment-list", "people-as-payees", "item-in-title", "dates-as-excel-dates", "payment-method-column", "signoff-line", "yuan-in-header"],
  settings: { asOf: "2022-12-31" },
  sheets: [
    {
      name: "发放清单",
      widths: [6, 12, 26, 12, 14, 12, 12, 8],
      rows: [
        ["2022年度青年科技人才资助项目资助款发放清单", null, null, null, null, null, null, null],
        ["发放部门：市科学技术局人才工作科", null, null, null, null, null, null, null],
        ["序号", "受益人姓名", "单位", "职务", "资助金额（元）", "付款方式", "付款日期", "附件"],
        [1, "张伟", "市第一人民医院", "主治医师", 50000, "银行转账", 44635, "合同"],
        [2, "李娜", "市农业科学研究所", "助理研究员", 50000, "银行转账", 44635, "合同"],
        [3, "王磊", "市职业技术学院", "讲师", 30000, "银行转账", 44671, "合同"],
        [4, "刘洋", "华泰电机有限公司", "工程师", 80000, "银行转账", 44691, "合同"],
        [5, "陈静", "市环境监测站", "工程师", 30000, "现金支付", 44720, "发票"],
        [6, "杨帆", "市第二中学", "教师", 20000, "银行转账", 44754, "合同"],
        [7, "王磊", "市职业技术学院", "讲师", 30000, "银行转账", 44810, "合同"],
        [8, "赵敏", "康检生物技术有限公司", "研发主管", 60000, "银行转账", 44852, "合同"],
        [9, "周杰", "市水利水电勘测设计院", "工程师", 40000, "银行转账", 44893, "合同"],
        [10, "吴昊", "通衢信息技术有限公司", "软件工程师", 50000, "银行转账", 44915, "合同"],
        ["合计", null, null, null, 440000, null, null, null],
        ["发放人：", null, null, "审核人：", null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "A14:D14"],
      numberFormats: { "E4:E14": "#,##0.00", "G4:G13": "yyyy-mm-dd" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "发放清单",
        kind: "ledger",
        unit: "元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "payee", E: "amount", G: "date" },
        year: 2022,
      },
    ],
    findings: [
      {
        rule: "ledger.duplicate-payment",
        cell: "E10",
        why: "王磊 (市职业技术学院) is paid 30,000.00 for the same grant on 2022-04-20 (row 6) and again on 2022-09-06, neither marked as an instalment",
      },
      { rule: "register.late-disbursement", cell: "G13", why: "paid 2022-12-20, after the year's disbursement deadline of 2022-11-30" },
    ],
    absent: [
      { rule: "ledger.duplicate-payment", cell: "E5", why: "rows 4 and 5 pay the same amount on the same day, but to different people" },
      { rule: "ledger.duplicate-payment", cell: "E8", why: "陈静 is paid 30,000.00 as 王磊 is, but she is another payee" },
      { rule: "ledger.duplicate-payment", cell: "E14", why: "合计 is not a payment" },
      { rule: "register.late-disbursement", cell: "G12", why: "2022-11-28 is before the 11-30 deadline" },
      { rule: "ledger.unmatched-payment", why: "the workbook holds no register to match payments against" },
      { rule: "register.invalid-credit-code", why: "the payees are people; there are no codes" },
      { rule: "input.unreadable-value", why: "付款方式, 职务 and 附件 are text columns, not amounts or dates" },
    ],
  },
};
