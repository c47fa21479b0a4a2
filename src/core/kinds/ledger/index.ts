/** The ledger kind: payment ledgers as finance keeps them (拨付台账, 支出明细账, three-column ledgers). */
import { both } from "../../i18n/localised";
import type { KindDescriptor } from "../define";
import { checkLedger } from "./check";
import { LEDGER_FIELDS, type LedgerField } from "./fields";
import { readLedger } from "./read";
import { LEDGER_RULES } from "./rules";
import type { LedgerTable } from "./types";

/** Fields only a record of payments made holds: when, by which voucher, what for, and the running account. */
const RECORD_FIELDS: ReadonlySet<string> = new Set(["date", "month", "day", "voucher", "voucherKind", "summary", "debit", "credit", "balance"]);

export const ledger: KindDescriptor<"ledger", LedgerTable, LedgerField, "reconcile"> = {
  kind: "ledger",
  label: both("拨付台账", "Payment ledger"),
  group: "reconcile",
  groupLabel: both("资金对账", "Reconciliation"),
  fields: LEDGER_FIELDS,
  requires: [["date", "month", "voucher"], ["amount", "debit", "credit", "balance"]],
  priority: 1,
  // A payment request (财政直接支付申请书) lists payments as a ledger does, one voucher each.
  titled: {
    words: [
      "台账", "明细账", "分类账", "日记账", "支付申请书", "拨款申请书", "用款申请书", "发放清单", "发放明细", "支付明细", "付款明细",
      "拨付明细", "已拨付", "已发放", "已兑付", "开支公示", "开支明细", "财务开支", "支出公示",
    ],
    fields: {},
    // A title that calls the table a ledger or a list of payments made outweighs an affiliation
    // column read as the enterprise (受益人姓名 | 单位 | 资助金额 | 付款日期).
    weight: 1,
    // A disclosure of money spent (开支公示) lists payments without dates: what each was for, or
    // to whom, places it.
    requires: {
      words: ["开支公示", "开支明细", "财务开支", "支出公示", "发放清单", "发放明细", "支付明细", "付款明细", "拨付明细"],
      groups: [["date", "month", "voucher", "summary", "payee"], ["amount", "debit", "credit", "balance"]],
    },
  },
  // A list naming its payees by credit code with nothing of a payment record (no date, voucher, summary
  // or running balance) is a register of the firms paid: their codes are checked, their sums capped.
  ruledOut: (_labels, columns) =>
    columns.some((c) => c.field === "creditCode") && !columns.some((c) => c.field !== null && RECORD_FIELDS.has(c.field)),
  read(spec, env): LedgerTable {
    const { end, ...read } = readLedger(spec, env);
    return { ...env.base(spec.picked ? spec.limit : end), kind: "ledger", ...read };
  },
  check: (t, env) => checkLedger(t, env),
  rules: LEDGER_RULES,
};
