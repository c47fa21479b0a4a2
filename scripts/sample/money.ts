/**
 * The sample's money-flow sheets, for the reconciliation checks (资金对账):
 * - 分期拨付: earlier years' awards of category 7 (推进协同创新产业发展) paid in instalments (万元);
 * - 拨付台账: the category's 2021 payments (元), joined to the awards of 分期拨付 and 申报清单;
 * - 专户明细账: the fund's own three-column account for 2021 (万元), whose payments to 08-31 add up
 *   to the 5,170.28 万元 Table B reports.
 * Each new rule has one planted fault (named in `planted`); everything else reconciles, so a finding
 * elsewhere is a fault of the checks, not of the data.
 */
import { creditCode, prng } from "./register";

export const ITEM = "协同创新产业发展资金";

export const INSTALMENT_CAPTION = "2021 年推进协同创新产业发展资金以前年度立项项目分期拨付表";
export const INSTALMENT_UNIT = "单位：万元";
export const INSTALMENT_HEADER = ["序号", "单位名称", "统一社会信用代码", "扶持项目", "立项年度", "核定金额", "上期拨付", "本期拨付", "本年应拨付"];

export interface Instalment {
  enterprise: string;
  creditCode: string;
  approvalYear: number;
  approved: number;
  paidBefore: number;
  paidNow: number;
  dueThisYear: number;
  planted?: string;
}

export interface Payment {
  date: string;
  voucher: string;
  summary: string;
  payee: string;
  creditCode: string | null;
  item: string;
  /** 元. */
  amount: number;
  planted?: string;
}

/** Codes from their own fixed seed, so the register's codes do not move. */
const codes = (() => {
  const rand = prng(20211130);
  return Array.from({ length: 8 }, () => creditCode(rand));
})();

export const INSTALMENTS: Instalment[] = [
  { enterprise: "上海交闵智能制造研究院有限公司", creditCode: codes[0], approvalYear: 2019, approved: 200, paidBefore: 100, paidNow: 100, dueThisYear: 100 },
  { enterprise: "上海莘庄协同创新中心有限公司", creditCode: codes[1], approvalYear: 2020, approved: 150, paidBefore: 90, paidNow: 60, dueThisYear: 60 },
  {
    enterprise: "上海虹桥工业互联网有限公司", creditCode: codes[2], approvalYear: 2020, approved: 120, paidBefore: 80, paidNow: 60, dueThisYear: 40,
    planted: "register.paid-exceeds-award",
  },
  {
    enterprise: "上海江川产业协同发展有限公司", creditCode: codes[3], approvalYear: 2020, approved: 100, paidBefore: 0, paidNow: 60, dueThisYear: 100,
    planted: "ledger.overpaid (the ledger pays 60 + 50)",
  },
  {
    enterprise: "上海浦江协同创新科技有限公司", creditCode: codes[4], approvalYear: 2020, approved: 50, paidBefore: 0, paidNow: 0, dueThisYear: 50,
    planted: "register.unpaid (2020's award, nothing paid by 2020-11-30)",
  },
  { enterprise: "上海七宝数字化服务有限公司", creditCode: codes[5], approvalYear: 2019, approved: 160, paidBefore: 80, paidNow: 80, dueThisYear: 80 },
];
// budget.overcommitted: the category's 2021 dues, 30 (申报清单's one new award) + 430 (本年应拨付 here), exceed its 400 budget.

export const LEDGER_CAPTION = "2021 年推进协同创新产业发展资金拨付台账";
export const LEDGER_UNIT = "单位：元";
export const LEDGER_HEADER = ["日期", "凭证号", "摘要", "收款单位", "统一社会信用代码", "政策项目", "金额"];

const [jiaomin, xinzhuang, hongqiao, jiangchuan, , qibao] = INSTALMENTS;

export const PAYMENTS: Payment[] = [
  { date: "2021-03-10", voucher: "记-012", summary: "拨付 2019 年立项项目第二期资金", payee: jiaomin.enterprise, creditCode: jiaomin.creditCode, item: ITEM, amount: 1_000_000 },
  { date: "2021-03-10", voucher: "记-013", summary: "拨付 2020 年立项项目第二期资金", payee: xinzhuang.enterprise, creditCode: xinzhuang.creditCode, item: ITEM, amount: 600_000 },
  { date: "2021-03-26", voucher: "记-021", summary: "拨付 2020 年立项项目首期资金", payee: jiangchuan.enterprise, creditCode: jiangchuan.creditCode, item: ITEM, amount: 600_000 },
  { date: "2021-04-20", voucher: "记-034", summary: "拨付 2019 年立项项目第二期资金", payee: qibao.enterprise, creditCode: qibao.creditCode, item: ITEM, amount: 800_000 },
  {
    date: "2021-05-18", voucher: "记-047", summary: "拨付 2020 年立项项目尾款", payee: jiangchuan.enterprise, creditCode: jiangchuan.creditCode, item: ITEM, amount: 500_000,
    planted: "ledger.overpaid: 600,000 + 500,000 against an award of 1,000,000",
  },
  { date: "2021-06-08", voucher: "记-052", summary: "拨付 2020 年立项项目第二期资金", payee: hongqiao.enterprise, creditCode: hongqiao.creditCode, item: ITEM, amount: 600_000 },
  {
    date: "2021-06-08", voucher: "记-052", summary: "拨付 2020 年立项项目第二期资金", payee: hongqiao.enterprise, creditCode: hongqiao.creditCode, item: ITEM, amount: 600_000,
    planted: "ledger.duplicate-payment (the same voucher entered twice); it is also why the ledger's 5,329,000 exceeds the 4,729,000 reported (ledger.actual-mismatch)",
  },
  {
    date: "2021-07-12", voucher: "记-066", summary: "拨付协同创新服务补助", payee: "上海闵行协同创新服务中心", creditCode: codes[6], item: ITEM, amount: 329_000,
    planted: "ledger.unmatched-payment",
  },
  { date: "2021-08-16", voucher: "记-071", summary: "拨付 2021 年协同创新项目资金", payee: "上海嘉智软件技术有限公司", creditCode: null, item: ITEM, amount: 300_000 },
];

export const ACCOUNT_CAPTION = "2021 年闵行区推进先进制造业等产业发展专项资金专户明细账";
export const ACCOUNT_UNIT = "单位：万元";
export const ACCOUNT_HEADER = ["月", "日", "凭证号", "摘要", "借方", "贷方", "借或贷", "余额"];

export interface AccountLine {
  month: number;
  day: number;
  voucher: string;
  summary: string;
  debit: number | null;
  credit: number | null;
  /** As written; the running balance is computed by the test that plants the slip. */
  balance: number;
  planted?: string;
}

/** The month's payments (万元), adding up to Table B's 5,170.28 by 08-31. */
const MONTHLY = [210.5, 180.2, 960.35, 820.4, 700, 890.13, 600, 808.7];
const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31];

export function accountLines(): AccountLine[] {
  const lines: AccountLine[] = [{ month: 1, day: 5, voucher: "记-001", summary: "收到 2021 年专项资金预算拨款", debit: 15_000, credit: null, balance: 15_000 }];
  let balance = 15_000;
  MONTHLY.forEach((paid, i) => {
    balance = Math.round((balance - paid) * 100) / 100;
    const line: AccountLine = {
      month: i + 1, day: LAST_DAY[i], voucher: `记-${String(100 + i * 10).padStart(3, "0")}`,
      summary: `支付 ${i + 1} 月专项资金`, debit: null, credit: paid, balance,
    };
    // ledger.balance-mismatch: May's balance written with two digits swapped (12,182.55 for 12,128.55);
    // June's balance follows the right figure, so the slip is reported once.
    if (i === 4) Object.assign(line, { balance: 12_182.55, planted: "ledger.balance-mismatch" });
    lines.push(line);
  });
  return lines;
}
