import type { CorpusLayout } from "../types";

// The three-column ledger page (三栏式明细分类账): 年 split into 月/日 and 凭证 into 字/号 over two
// header rows, 借方/贷方/借或贷/余额 (written with a space, as printed ledgers do), a year-total row.
export const layout: CorpusLayout = {
  id: "three-column-ledger-ucaimi",
  source: {
    title: "三栏式明细分类账簿（three-column subsidiary ledger）",
    url: "http://ucaimi.com/wiki/term/三栏式明细分类账簿",
    publisher: "ucaimi.com (MBA智库式 accounting wiki)",
    changes:
      "Header as published (年: 月/日; 凭证: 字/号; 摘要; 借 方; 贷 方; 借或贷; 余 额, over two rows) with the year written into the " +
      "年 cell and an account line above it; entries invented for a fund's 银行存款 sub-account, ending with a 本年累计 row. " +
      "Planted: the 8-16 balance is 7,750,000.00 where 8,000,000.00 − 300,000.00 = 7,700,000.00; later balances carry " +
      "on from the stated figure.",
  },
  classes: ["ledger", "three-column", "two-header-rows", "split-date-columns", "spaced-headers", "year-total-row", "yuan"],
  settings: { asOf: "2023-12-31" },
  sheets: [
    {
      name: "明细账",
      widths: [5, 5, 5, 6, 36, 16, 16, 8, 16],
      rows: [
        ["银行存款明细分类账", null, null, null, null, null, null, null, null],
        ["科目：银行存款——专项资金户", null, null, null, null, null, null, null, "第1页"],
        ["2023年", null, "凭证", null, "摘要", "借 方", "贷 方", "借或贷", "余 额"],
        ["月", "日", "字", "号", null, null, null, null, null],
        [1, 1, null, null, "上年结转", null, null, "借", 1850000],
        [3, 20, "记", 15, "收到区财政拨入专项资金", 8000000, null, "借", 9850000],
        [4, 12, "记", 22, "支付区级“专精特新”中小企业奖励", null, 50000, "借", 9800000],
        [5, 18, "记", 31, "支付技术改造项目新增设备补贴", null, 1200000, "借", 8600000],
        [6, 30, "记", 47, "支付智能工厂培育资助", null, 600000, "借", 8000000],
        [8, 16, "记", 58, "支付两化融合贯标企业奖励", null, 300000, "借", 7750000],
        [9, 28, "记", 66, "收到区财政拨入专项资金（第二批）", 5000000, null, "借", 12750000],
        [10, 20, "记", 73, "支付市级“专精特新”中小企业奖励", null, 2400000, "借", 10350000],
        [11, 25, "记", 88, "支付企业技术中心资助", null, 1500000, "借", 8850000],
        [12, 31, null, null, "本年累计", 13000000, 6050000, "借", 8850000],
      ],
      merges: ["A1:I1", "A2:H2", "A3:B3", "C3:D3", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "I3:I4"],
      numberFormats: { "F5:G14": "#,##0.00", "I5:I14": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "明细账",
        kind: "ledger",
        unit: "元",
        headerRow: 3,
        lastRow: 14,
        columns: { A: "date:月", B: "date:日", D: "voucher", E: "summary", F: "debit", G: "credit", I: "balance" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "ledger.balance-mismatch", cell: "I10", why: "8,000,000.00 + 0.00 − 300,000.00 = 7,700,000.00; stated 7,750,000.00 (50,000.00 too much)" },
    ],
    absent: [
      { rule: "ledger.balance-mismatch", cell: "I11", why: "12,750,000.00 = the stated 7,750,000.00 + 5,000,000.00: the slip is reported once, where it happened" },
      { rule: "ledger.balance-mismatch", cell: "I14", why: "本年累计 is a summary row: its 借方/贷方 are the year's totals (8,000,000 + 5,000,000; 50,000 + … + 1,500,000 = 6,050,000) and its 余额 repeats the last balance" },
      { rule: "register.late-disbursement", cell: "A14", why: "12-31 本年累计 is a summary row, not a payment" },
      { rule: "ledger.duplicate-payment", why: "every voucher number differs" },
      { rule: "ledger.unmatched-payment", why: "the workbook holds no register to match payments against" },
    ],
  },
};
