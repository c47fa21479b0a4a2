import type { CorpusLayout } from "../types";

// 江苏省财政厅 江苏省教育厅: 江苏省高等学校重点学科建设专项资金绩效报告 (附件二, 2011), whose report states 总投入金额, 实际到位金额 and 实际支出金额,
// each with 其中：专项资金, the spending on 学术带头人、学科团队建设、仪器设备及图书资料购置、学科基础研究补贴、学术交流与国际合作. The spending is
// taken from the school's 专项资金明细账: laid out as a three-column ledger, 日期 | 凭证号 | 摘要 | 借方 | 贷方 | 余额, 本年累计 at the foot.
export const layout: CorpusLayout = {
  id: "jiangsu-2011-key-discipline-fund-ledger",
  source: {
    title: "江苏省高等学校重点学科建设专项资金绩效报告（专项资金支出明细账据报告所列支出拟）",
    url: "https://www.dyhzdl.cn/k/doc/486ecbbf960590c69ec37640.html",
    publisher: "江苏省财政厅、江苏省教育厅",
    date: "2011-04-11",
    changes:
      "The stored copy is the report form (封面, 编写说明, 项目总投入 / 实际到位 / 实际支出金额 with 其中：专项资金) and names the kinds of spending; it " +
      "shows no ledger. The 专项资金支出明细账 the 实际支出金额 is drawn from is laid out as a three-column ledger (日期 | 凭证号 | 摘要 | 借方 | " +
      "贷方 | 余额, spending on the 借方, a correction on the 贷方, 本年累计 at the foot, 记账 / 复核 line); the school, entries and sums are ours. " +
      "Planted: the 09-26 balance typed 689,000.00 where 584,000.00 + 96,000.00 = 680,000.00; later balances carry it on.",
  },
  classes: [
    "ledger", "three-column-ledger", "dates-as-excel-dates", "running-balance", "carried-slip", "correction-entry", "cumulative-row",
    "signoff-line", "yuan-caption", "table-from-prose", "university", "jiangsu",
  ],
  settings: { asOf: "2011-12-31" },
  sheets: [
    {
      name: "明细账",
      widths: [12, 10, 34, 14, 14, 14],
      rows: [
        ["2011年度重点学科建设专项资金支出明细账", null, null, null, null, null],
        ["单位：南通滨江理工学院（重点学科：材料科学与工程）", null, null, null, null, "单位：元"],
        ["日期", "凭证号", "摘要", "借方", "贷方", "余额"],
        [40617, "记-021", "购置液相色谱仪（学科平台）", 386000, null, 386000],
        [40641, "记-047", "学术带头人科研补贴", 120000, null, 506000],
        [40683, "记-088", "购置图书资料", 45600, null, 551600],
        [40724, "记-132", "冲回多记设备运杂费", null, 6000, 545600],
        [40736, "记-151", "国际学术会议交流费", 38400, null, 584000],
        [40812, "记-203", "学科基础研究补贴（博士研究生）", 96000, null, 689000],
        [40834, "记-236", "购置高性能计算服务器", 72500, null, 761500],
        [40867, "记-262", "学科团队培训费", 18500, null, 780000],
        ["本年累计", null, null, 777000, 6000, null],
        ["记账：", null, "复核：", null, "财务负责人：", null],
      ],
      merges: ["A1:F1", "A2:E2", "A12:C12"],
      numberFormats: { "A4:A11": "yyyy-mm-dd", "D4:F12": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "明细账",
        kind: "ledger",
        unit: "元",
        headerRow: 3,
        lastRow: 12,
        columns: { A: "date", B: "voucher", C: "summary", D: "debit", E: "credit", F: "balance" },
        year: 2011,
      },
    ],
    findings: [
      { rule: "ledger.balance-mismatch", sheet: "明细账", cell: "F9", why: "584,000.00 + 96,000.00 − 0 = 680,000.00, typed 689,000.00 (9,000.00 apart)" },
    ],
    absent: [
      { rule: "ledger.balance-mismatch", sheet: "明细账", cell: "F10", why: "689,000.00 + 72,500.00 = 761,500.00: the slip carried on is reported once, at F9" },
      { rule: "ledger.balance-mismatch", sheet: "明细账", cell: "F11", why: "761,500.00 + 18,500.00 = 780,000.00" },
      { rule: "ledger.balance-mismatch", sheet: "明细账", cell: "F7", why: "551,600.00 − 6,000.00 = 545,600.00: a 贷方 correction" },
      { rule: "ledger.duplicate-payment", why: "every voucher number differs, and no payee is paid the same sum twice" },
      { rule: "ledger.unmatched-payment", why: "no payee column and no register: nothing to match" },
      { rule: "register.late-disbursement", why: "every date is on or before 2011-11-30 (the last 11-20)" },
      { rule: "ledger.duplicate-payment", sheet: "明细账", cell: "D12", why: "本年累计 is no payment: 386,000 + 120,000 + 45,600 + 38,400 + 96,000 + 72,500 + 18,500 = 777,000" },
    ],
  },
};
