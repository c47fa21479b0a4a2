import type { CorpusLayout } from "../types";

// 马鞍山市人才综合服务中心 2024-12-02, 附件1: the units whose 2024 job-retention refund (稳岗返还) has been paid —
// one payment per row, the payee's code, the amount in 元 and the date it was paid.
export const layout: CorpusLayout = {
  id: "maanshan-2024-job-retention-refund-paid",
  source: {
    title: "马鞍山市本级2024年度失业保险稳岗返还相关工作公示（附件1：马鞍山市本级2024年失业保险稳岗返还资金已拨付单位名单）",
    url: "https://chacewang.com/newsdetail/news711878.html",
    publisher: "马鞍山市人才综合服务中心",
    date: "2024-12-02",
    changes:
      "The notice's text (皖人社秘〔2024〕136号; 中小微企业按60%返还; 已拨付 / 已退回 lists as two xlsx annexes; 申报期限 2024-12-31) " +
      "and the annex title are as published; the stored copy does not show the xlsx, so its columns (序号 | 单位名称 | " +
      "统一社会信用代码 | 返还金额（元） | 拨付日期 | 备注), the units, codes, amounts and dates are ours, seven rows. Planted: " +
      "恒昌机电 paid 18,426.00 on 2024-09-12 and the same again on 2024-10-15, neither marked as a further instalment; 佳和物业 " +
      "paid on 2024-12-02, after the 11-30 deadline.",
  },
  classes: ["ledger", "payment-list", "credit-codes", "item-in-title", "dates-as-excel-dates", "remark-column", "yuan-in-header", "anhui"],
  settings: { asOf: "2024-12-02", district: "马鞍山市" },
  sheets: [
    {
      name: "已拨付单位名单",
      widths: [6, 34, 22, 14, 12, 22],
      rows: [
        ["马鞍山市本级2024年失业保险稳岗返还资金已拨付单位名单", null, null, null, null, null],
        ["序号", "单位名称", "统一社会信用代码", "返还金额（元）", "拨付日期", "备注"],
        [1, "马鞍山市花山区恒昌机电设备有限公司", "91340503MA2T8KX4LX", 18426, 45547, null],
        [2, "马鞍山市雨山区鑫源钢结构工程有限公司", "91340504MA2U1RP6CB", 7315.2, 45547, null],
        [3, "马鞍山市博望区锐锋刃模具有限公司", "91340506MA2N5HQ30X", 32880, 45547, null],
        [4, "当涂县青山河农产品加工有限公司", "91340521MA2W7YD8HW", 4962.6, 45580, null],
        [5, "马鞍山市花山区恒昌机电设备有限公司", "91340503MA2T8KX4LX", 18426, 45580, null],
        [6, "马鞍山江东物流有限公司", "91340500MA2RB3K1E5", 12604.8, 45580, null],
        [7, "马鞍山市花山区佳和物业服务有限公司", "91340503MA8P2LN9F2", 3150, 45628, "账户信息更正后拨付"],
        ["合计", null, null, 97764.6, null, null],
      ],
      merges: ["A1:F1", "A10:C10"],
      numberFormats: { "D3:D10": "#,##0.00", "E3:E9": "yyyy-mm-dd" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "已拨付单位名单",
        kind: "ledger",
        unit: "元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "payee", C: "creditCode", D: "amount", E: "date" },
        year: 2024,
      },
    ],
    findings: [
      {
        rule: "ledger.duplicate-payment",
        cell: "D7",
        why: "恒昌机电 (91340503MA2T8KX4LX) is paid 18,426.00 for the refund on 2024-09-12 (row 3) and again on 2024-10-15, nothing marking an instalment",
      },
      { rule: "register.late-disbursement", cell: "E9", why: "paid 2024-12-02, after the year's disbursement deadline of 2024-11-30" },
    ],
    absent: [
      { rule: "ledger.duplicate-payment", cell: "D4", why: "rows 3–5 are paid on the same day, but to different units and amounts" },
      { rule: "ledger.duplicate-payment", cell: "D10", why: "合计 is not a payment" },
      { rule: "register.late-disbursement", cell: "E8", why: "2024-10-15 is before the 11-30 deadline" },
      { rule: "ledger.unmatched-payment", why: "the workbook holds no register to match payments against" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "input.unreadable-value", why: "备注 is text by nature" },
    ],
  },
};
