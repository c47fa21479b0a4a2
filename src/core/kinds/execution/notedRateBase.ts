/**
 * The budget a note under the table says the rate is a share of (注：资金拨付比例＝资金拨付数÷年初预算安排数):
 * a progress table beside both the year-start budget and the money passed down measures its rate against
 * the one the note names, whatever the engine would take by default.
 */
import { headerKey } from "../../text";
import { lastLevel, type ColumnRead } from "../../tables/base";

/** `A＝B÷C` (or `A=B/C`): a rate, the figure over, the figure under. */
const RATIO = /([^=＝÷/；;，,。：:\s]+)\s*[=＝]\s*([^=＝÷/；;，,。：:\s]+)\s*[÷/]\s*([^=＝÷/；;，,。：:\s]+)/g;

/** The heading's words alone, brackets (a unit) left out. */
const words = (header: string) => headerKey(lastLevel(header)).replace(/[（(][^）)]*[）)]/g, "");

/** True when a note defines the rate column as the spending over the year-start budget's column. */
export function rateOfInitialBudget(notes: readonly string[], columns: readonly ColumnRead[]): boolean {
  const head = (field: string) => {
    const c = columns.find((x) => x.field === field);
    return c ? words(c.header) : null;
  };
  const rate = head("rate");
  const actual = head("actual");
  const initial = head("initialBudget");
  if (!rate || !actual || !initial) return false;
  for (const n of notes) {
    for (const m of n.matchAll(RATIO)) {
      if (headerKey(m[1]) === rate && headerKey(m[2]) === actual && headerKey(m[3]) === initial) return true;
    }
  }
  return false;
}
