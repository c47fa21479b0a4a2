/**
 * The `ledger` range of FUND.PAID: a payment ledger with its header row (日期 | 凭证号 | 摘要 | 收款单位 |
 * 统一社会信用代码 | 政策项目 | 金额, or the other headings the task pane recognises), read by the core's
 * recogniser and summed per payee and item by core/paidTo.ts — the matching the reconciliation
 * uses. Cached by the range's values.
 */
import { rangeA1 } from "../core/grid";
import type { LedgerTable } from "../core/kinds/ledger/types";
import { LedgerPaid } from "../core/paidTo";
import { recognise } from "../core/tables/recognise";
import type { ColumnMapping } from "../core/tables/types";
import { builtinCatalogIndex } from "./catalogArg";
import { CallError, valueError } from "./errors";
import type { Matrix } from "./matrix";
import { isBlankMatrix, RangeCache, rangeGrid } from "./rangeCache";

const SHEET = "ledger";
const ranges = new RangeCache<LedgerPaid>(readLedgerRange);

/** The ledger's payments for a `ledger` argument. Throws CallError when it is missing or no ledger. */
export function ledgerPaid(arg: Matrix | null): LedgerPaid {
  if (!arg || isBlankMatrix(arg)) throw new CallError(valueError("noLedger"));
  return ranges.get(arg);
}

function readLedgerRange(values: Matrix): LedgerPaid {
  const grid = rangeGrid(SHEET, values);
  const found = recognise([grid], []).tables.find((t): t is LedgerTable => t.kind === "ledger");
  if (!found) throw new CallError(valueError("noLedgerTable"));
  // The user named the range as the ledger: read it as one, from the header the recogniser found to
  // the range's last row. (Left to itself the recogniser may take an all-text payment row — text
  // dates and amounts — for the header of another table and drop the rows from there on.)
  const whole: ColumnMapping = {
    sheet: SHEET,
    range: rangeA1({ r0: found.range.r0, c0: found.range.c0, r1: Math.max(found.range.r1, values.length - 1), c1: found.range.c1 }),
    kind: "ledger",
    headerRows: found.headerRows,
    columns: {},
  };
  const ledgers = recognise([grid], [whole]).tables.filter((t): t is LedgerTable => t.kind === "ledger");
  const has = (f: string) => ledgers.some((t) => t.columns.some((c) => c.field === f));
  // Without these the question "paid to whom, for what" has no answer in the ledger: say so, not 0.
  if (!has("payee") && !has("creditCode")) throw new CallError(valueError("ledgerNoPayee"));
  if (!has("item")) throw new CallError(valueError("ledgerNoItem"));
  return new LedgerPaid(ledgers, builtinCatalogIndex());
}
