/**
 * Lines priced by a standard (蓄水池容积（m³） | 补助标准（元/m³） | 补助资金, 面积（亩） | 标准（元/亩） | 金额): each line's
 * measure times the standard per that measure is its money. Recipients named beside them (firms, cooperatives,
 * farmers) make it look a register of applicants, but the product is what it states: an allocation, checked
 * line by line. The agreement of the sampled lines is the evidence, so a register's unrelated figures add nothing.
 */
import type { Cell } from "../grid";
import type { AnyKind } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import type { ColumnRead } from "./base";
import { readAmount } from "../amount";

/** What lines agreeing with their measure × standard add to the kind's score: as much as a register's firms. */
const PRICED_WEIGHT = 0.5;
/** Money and standard may be stated in units apart (万元 beside 元/亩). */
const SCALES = [1, 1e-4, 1e4];

const num = (v: Cell | undefined): number | null => {
  const a = readAmount(v);
  return a.kind === "number" ? a.value : null;
};

/** The measure's thing, whatever time it is counted over (亩 of 亩/年). */
const thing = (m: string) => m.split(/[/·]/)[0];

/**
 * The score a kind's reading gains when it reads a quantity counted in a measure (FieldDef.byUnit `measure`), a
 * standard per that same measure (`perMeasure`) and the field they make (FieldDef.priced), each line named once, and
 * most sampled lines (two or more) holding all three agree with the product. Bounded by the sample.
 */
export function pricedLines(kind: AnyKind, columns: readonly ColumnRead[], sample: { values: Cell[][] }): number {
  const defs = kind.fields as Record<string, FieldDef>;
  const qi = columns.findIndex((c) => !c.part && !!c.field && defs[c.field]?.byUnit === "measure" && !!defs[c.field].priced && !!c.measure);
  if (qi < 0) return 0;
  const priced = defs[columns[qi].field as string].priced as NonNullable<FieldDef["priced"]>;
  const qm = columns[qi].measure as string;
  const ui = columns.findIndex((c) => !c.part && c.field === priced.per && !!c.measure && thing(c.measure) === thing(qm));
  const ai = columns.findIndex((c) => !c.part && c.field === priced.makes);
  if (ui < 0 || ai < 0) return 0;
  // Each line a recipient named once: a place repeated down the line column (乙县, 乙县) leaves the recipients unread.
  const li = priced.line ? columns.findIndex((c) => !c.part && c.field === priced.line) : -1;
  if (priced.line && li < 0) return 0;
  if (li >= 0) {
    const names = sample.values[li].filter((v) => typeof v === "string" && v.trim() !== "").map((v) => String(v).trim());
    if (new Set(names).size !== names.length) return 0;
  }
  let lines = 0;
  let agree = 0;
  const n = Math.min(sample.values[qi].length, sample.values[ui].length, sample.values[ai].length);
  for (let r = 0; r < n; r++) {
    const q = num(sample.values[qi][r]);
    const u = num(sample.values[ui][r]);
    const a = num(sample.values[ai][r]);
    if (q === null || u === null || a === null || a === 0) continue;
    lines++;
    if (SCALES.some((s) => Math.abs(q * u * s - a) <= Math.max(0.01, Math.abs(a) * 0.005))) agree++;
  }
  return agree >= 2 && agree * 2 > lines ? PRICED_WEIGHT : 0;
}
