/**
 * A register's records column by column. Text and amounts stay in the grid's own value arrays
 * (read when asked for, as the reader read them; a text amount keeps the reader's figure); rows,
 * years and payment dates are typed arrays. A million-row register so makes no million row
 * objects: making them (and the garbage collector moving them) was a third of an audit's time.
 * `at(k)` makes one record's `RegisterRow` when a caller needs the object.
 */
import type { IsoDate } from "../../dates";
import type { Cell } from "../../grid";
import { toHalfWidth } from "../../text";
import { isPlainCode } from "../../creditCode";
import { textOf } from "../../tables/figures";
import { toYuan, type Unit } from "../../units";
import type { RegisterRow } from "./types";

/** The instalment columns, when a list has them. */
export type Instalment = "paidBefore" | "paidNow" | "paidTotal" | "dueThisYear";
export const INSTALMENTS: readonly Instalment[] = ["paidBefore", "paidNow", "paidTotal", "dueThisYear"];

/** Every money column a list can hold: the amounts asked and approved, a rate's base, and the instalments. */
export type RegisterMoney = MoneyField | Instalment;
export const REGISTER_MONEY: readonly RegisterMoney[] = ["requested", "approved", "base", ...INSTALMENTS];

/** The text columns, by value-array index (-1 when the list has no such column). */
export interface TextColumns {
  enterprise: number;
  creditCode: number;
  registeredIn: number;
  taxRegisteredIn: number;
  itemCode: number;
  item: number;
  project: number;
  category: number;
  batch: number;
  /** A place's lower level in a column of its own (县（市、区） beside 设区市): read joined to the place. */
  registeredInLower?: number;
  taxRegisteredInLower?: number;
}

/** The money read from the cells when asked for: the reader's figures, not copies of them. */
export type MoneyField = "requested" | "approved" | "base";
/** A money column: its value-array index and unit; what its cells hold when they are not plain numbers. */
interface MoneyColumn {
  i: number;
  unit: Unit;
  /** The reader's figure for each record whose cell is text (`12.5万元`, `—`), by record. */
  read: Map<number, number | null> | null;
}

/** An upper level's name and a lower's as one place; a lower written in full (石家庄市藁城区) or the same as the upper (定州市) stands alone. */
function joinLevels(upper: string | null, lower: string | null): string | null {
  if (!upper || !lower) return upper ?? lower;
  const u = upper.trim();
  const l = lower.trim();
  return l.includes(u) ? l : `${u}${l}`;
}

/** A place led by its province or city (天津市武清区, 广西壮族自治区北海市银海区): a name of two characters at least before 省, 市 or 自治区 (沙市区 and 市中区 are districts). */
const WRITTEN_IN_FULL = /^[^\s省市]{2,}?(?:省|市|自治区)\S+$/;

/** A credit code as read: plain codes as they are, others half-width and upper case. */
function codeOf(v: Cell | undefined): string | null {
  const t = textOf(v);
  if (t === null || isPlainCode(t)) return t;
  return toHalfWidth(t).toUpperCase();
}

export class RegisterStore {
  /** Number of records. */
  length = 0;
  /** Sheet row of each record. */
  private rowOf: Int32Array;
  /**
   * Money columns. A number cell is read again when asked for (the same toYuan as the reader's),
   * so a million records need no arrays of amounts: fresh memory of that size cost more to touch
   * than the reading.
   */
  private readonly money: Record<MoneyField, MoneyColumn | null>;
  /** Year, 0 for none. */
  private yr: Int32Array;
  /** Payment dates as indexes into `dates` (-1 for none): a list's dates repeat, and a million
   * pointers pushed into one growing array cost more than the rest of the record. */
  private paidIx: Int32Array | null = null;
  private readonly dates: IsoDate[] = [];
  private readonly dateIds = new Map<IsoDate, number>();
  private approvalYr: Int32Array | null = null;
  private inst: Partial<Record<Instalment, Float64Array>> = {};
  /** The category row each record sits under: an index into `groups`, -1 for none. */
  private groupOf: Int32Array | null = null;
  private readonly groups: string[] = [];
  /** Items set from outside the item column (category rows, the title), by record. */
  private items: (string | null)[] | null = null;
  /** Records whose values were resolved through merges: their own value arrays. */
  private resolved: Map<number, Cell[]> | null = null;
  /** Records continuing the one above: their name merged down from it, no award of their own. */
  private continued: Set<number> | null = null;
  /** Base columns beside the first, each another rate item's base (resolveMoreBases). */
  private moreBases: MoneyColumn[] = [];
  /**
   * For each record, the base column of its own item's base: 0 the base column, j the j-th further one, -1 none
   * named (its base the first filled column). Set once the further bases are read (resolveMoreBases).
   */
  private baseColumnOf: Int8Array | null = null;
  /** Changes with every write, so a materialised row list knows when it is stale. */
  version = 0;
  /** Text is held as given (a store made from row objects), not as cells to be read. */
  private verbatim = false;

  constructor(
    private readonly lines: readonly (Cell[] | undefined)[],
    private readonly top: number,
    readonly text: TextColumns,
    money: Partial<Record<MoneyField, { i: number; unit: Unit }>>,
    capacity: number,
    instalments: readonly Instalment[],
    hasPaidOn: boolean,
    hasApprovalYear: boolean,
    /** The sheet column of value-array index 0 (the grid's left). */
    private readonly left = 0,
  ) {
    const n = Math.max(0, capacity);
    this.rowOf = new Int32Array(n);
    const column = (f: MoneyField): MoneyColumn | null => {
      const m = money[f];
      return m && m.i >= 0 ? { i: m.i, unit: m.unit, read: null } : null;
    };
    this.money = { requested: column("requested"), approved: column("approved"), base: column("base") };
    this.yr = new Int32Array(n);
    for (const f of instalments) this.inst[f] = new Float64Array(n).fill(NaN);
    if (hasPaidOn) this.paidIx = new Int32Array(n).fill(-1);
    if (hasApprovalYear) this.approvalYr = new Int32Array(n);
  }

  /** Adds a record; `values` is given only when it is not the grid's own row (merges resolved). */
  add(row: number, values: Cell[] | null, requested: number | null, approved: number | null, base: number | null, year: number | null, paidOn: IsoDate | null, group: string | null): number {
    const k = this.length++;
    this.rowOf[k] = row;
    const line = values ?? (this.lines[row - this.top] as Cell[]);
    this.keep(k, line, this.money.requested, requested);
    this.keep(k, line, this.money.approved, approved);
    this.keep(k, line, this.money.base, base);
    this.yr[k] = year ?? 0;
    if (this.paidIx && paidOn !== null) {
      let d = this.dateIds.get(paidOn);
      if (d === undefined) {
        d = this.dates.length;
        this.dates.push(paidOn);
        this.dateIds.set(paidOn, d);
      }
      this.paidIx[k] = d;
    }
    if (values) (this.resolved ??= new Map()).set(k, values);
    if (group !== null) {
      // Records before the first category row stay at -1.
      if (!this.groupOf) this.groupOf = new Int32Array(this.rowOf.length).fill(-1);
      // Category rows come one after another: a new one is a new entry.
      if (this.groups[this.groups.length - 1] !== group) this.groups.push(group);
      this.groupOf[k] = this.groups.length - 1;
    }
    return k;
  }

  /** Keeps the reader's figure where the cell is not a plain number (text, or a store of given values). */
  private keep(k: number, line: Cell[], m: MoneyColumn | null, figure: number | null): void {
    if (m === null) return;
    const c = line[m.i];
    if (c === null || c === undefined) {
      if (figure === null) return;
    } else if (typeof c === "number" && Number.isFinite(c) && !this.verbatim) return;
    (m.read ??= new Map()).set(k, figure);
  }

  private moneyAt(k: number, m: MoneyColumn | null): number | null {
    if (m === null) return null;
    if (m.read !== null) {
      const x = m.read.get(k);
      if (x !== undefined) return x;
    }
    const c = this.line(k)[m.i];
    return typeof c === "number" ? toYuan(c, m.unit) : null;
  }

  setInstalment(k: number, f: Instalment, v: number | null): void {
    const a = this.inst[f];
    if (a) a[k] = v === null ? NaN : v;
  }

  /** Marks a record as the one above continued (another project of the same applicant and award). */
  markContinued(k: number): void {
    (this.continued ??= new Set()).add(k);
  }
  /** Whether the record continues the one above: the same applicant, not listed again. */
  continues(k: number): boolean {
    return this.continued !== null && this.continued.has(k);
  }

  setApprovalYear(k: number, y: number | null): void {
    if (this.approvalYr) this.approvalYr[k] = y ?? 0;
  }

  private line(k: number): Cell[] {
    const own = this.resolved?.get(k);
    return own ?? (this.lines[this.rowOf[k] - this.top] as Cell[]);
  }

  private textAt(k: number, i: number): string | null {
    if (i < 0) return null;
    const v = this.line(k)[i];
    return this.verbatim ? (v as string | null) : textOf(v);
  }

  row(k: number): number {
    return this.rowOf[k];
  }
  enterprise(k: number): string | null {
    return this.textAt(k, this.text.enterprise);
  }
  creditCode(k: number): string | null {
    const i = this.text.creditCode;
    if (i < 0) return null;
    const v = this.line(k)[i];
    return this.verbatim ? (v as string | null) : codeOf(v);
  }
  registeredIn(k: number): string | null {
    return this.placeAt(k, this.text.registeredIn, this.text.registeredInLower);
  }
  taxRegisteredIn(k: number): string | null {
    return this.placeAt(k, this.text.taxRegisteredIn, this.text.taxRegisteredInLower);
  }
  /**
   * The lower level of a place given by two columns, when written in full with a province or city of its own
   * (天津市武清区 beside 廊坊市): a place that may stand apart from the upper's. Null otherwise.
   */
  placeInFull(k: number, field: "registeredIn" | "taxRegisteredIn"): string | null {
    const lower = field === "registeredIn" ? this.text.registeredInLower : this.text.taxRegisteredInLower;
    if (lower === undefined || lower < 0) return null;
    const l = this.textAt(k, lower)?.trim() ?? null;
    return l && WRITTEN_IN_FULL.test(l) ? l : null;
  }
  /** A place given by two columns is one place: the upper level's name, then the lower's (德州市宁津县). */
  private placeAt(k: number, i: number, lower: number | undefined): string | null {
    const upper = this.textAt(k, i);
    if (lower === undefined || lower < 0) return upper;
    return joinLevels(upper, this.textAt(k, lower));
  }
  itemCode(k: number): string | null {
    return this.textAt(k, this.text.itemCode);
  }
  /** The policy item: set from category rows or the title, else the item column's. */
  item(k: number): string | null {
    return this.items ? this.items[k] : this.textAt(k, this.text.item);
  }
  project(k: number): string | null {
    return this.textAt(k, this.text.project);
  }
  category(k: number): string | null {
    return this.textAt(k, this.text.category);
  }
  batch(k: number): string | null {
    return this.textAt(k, this.text.batch);
  }
  group(k: number): string | null {
    const g = this.groupOf ? this.groupOf[k] : -1;
    return g < 0 ? null : this.groups[g];
  }
  requested(k: number): number | null {
    return this.moneyAt(k, this.money.requested);
  }
  approved(k: number): number | null {
    return this.moneyAt(k, this.money.approved);
  }
  base(k: number): number | null {
    // A row filling another item's base column too reads its own item's (产值增量 beside 电费 on a 用电补助 row).
    const j = this.baseColumnOf && k < this.baseColumnOf.length ? this.baseColumnOf[k] : -1;
    if (j > 0) return this.moneyAt(k, this.moreBases[j - 1] ?? null);
    const v = this.moneyAt(k, this.money.base);
    if (v !== null || j === 0 || this.moreBases.length === 0) return v;
    // One base column per rate item, a dash on the other items' rows: the row's figure is in the column of its own base.
    for (const m of this.moreBases) {
      const x = this.moneyAt(k, m);
      if (x !== null) return x;
    }
    return null;
  }
  year(k: number): number | null {
    const y = this.yr[k];
    return y === 0 ? null : y;
  }
  paidOn(k: number): IsoDate | null {
    const d = this.paidIx ? this.paidIx[k] : -1;
    return d < 0 ? null : this.dates[d];
  }
  instalment(k: number, f: Instalment): number | null | undefined {
    const a = this.inst[f];
    if (!a) return undefined;
    const v = a[k];
    return v !== v ? null : v;
  }
  approvalYear(k: number): number | null | undefined {
    if (!this.approvalYr) return undefined;
    const y = this.approvalYr[k];
    return y === 0 ? null : y;
  }

  /** The item column names the firms' own projects: its values become each record's project. */
  itemToProject(): void {
    this.text.project = this.text.item;
    this.text.item = -1;
    this.items = null;
    this.version++;
  }

  /** The item column names kinds of award under the title's item: its values become each record's category. */
  itemToCategory(): void {
    this.text.category = this.text.item;
    this.text.item = -1;
    this.items = null;
    this.version++;
  }

  /** The item column and the category or project column trade places: the other's values are the policy items. */
  swapItemWith(field: "category" | "project"): void {
    const item = this.text.item;
    this.text.item = this.text[field];
    this.text[field] = item;
    this.items = null;
    this.version++;
  }

  /** The value-array index of a sheet column; -1 when the store holds its values as given (no sheet columns). */
  indexOf(col: number): number {
    return this.verbatim ? -1 : col - this.left;
  }

  /** The text of a record in any column of its line (by value-array index), read or not. */
  textIn(k: number, i: number): string | null {
    return this.textAt(k, i);
  }

  /** A column (by value-array index) names policy items: its values become each record's item. */
  columnToItem(i: number): void {
    this.text.item = i;
    if (this.text.category === i) this.text.category = -1;
    this.items = null;
    this.version++;
  }

  /** A further base column (another rate item's base), read on rows where the base column states none. */
  addBase(i: number, unit: Unit): void {
    this.moreBases.push({ i, unit, read: null });
    this.version++;
  }

  /** Which base column holds each record's base (0 the base column, j the j-th further one, -1 the first filled). */
  baseColumns(of: Int8Array): void {
    this.baseColumnOf = of;
    this.version++;
  }

  /**
   * A column (by value-array index) the catalog's words name as the base of its rate (resolve.ts): its
   * number cells become each record's base, in `unit`.
   */
  columnToBase(i: number, unit: Unit): void {
    this.money.base = { i, unit, read: null };
    this.version++;
  }

  /** The number in a record's cell of any column (by value-array index), read or not; null for any other cell. */
  numberIn(k: number, i: number): number | null {
    if (i < 0 || this.verbatim) return null;
    const v = this.line(k)[i];
    return typeof v === "number" && Number.isFinite(v) ? v : null;
  }

  /** The project column names policy items: its values become each record's item. */
  projectToItem(): void {
    this.text.item = this.text.project;
    this.text.project = -1;
    this.items = null;
    this.version++;
  }

  /** Sets every record's item (from the category row it sits under, or the title). */
  setItems(itemOf: (k: number) => string | null): void {
    const items: (string | null)[] = new Array(this.length);
    for (let k = 0; k < this.length; k++) items[k] = itemOf(k);
    this.items = items;
    this.version++;
  }

  /** A store holding the given row objects' values as they are (tables built by hand, merged lists). */
  static fromRows(rows: readonly RegisterRow[]): RegisterStore {
    const has = (f: keyof RegisterRow) => rows.some((r) => r[f] !== undefined);
    const order = ["enterprise", "creditCode", "registeredIn", "taxRegisteredIn", "itemCode", "item", "project", "category", "batch"] as const;
    const text = {} as TextColumns;
    order.forEach((f, i) => (text[f] = f === "project" || f === "category" ? (has(f) ? i : -1) : i));
    const lines = rows.map((r) => [...order.map((f) => r[f] ?? null), r.requested, r.approved, r.base]);
    const money = { requested: { i: order.length, unit: "元" as const }, approved: { i: order.length + 1, unit: "元" as const }, base: { i: order.length + 2, unit: "元" as const } };
    const store = new RegisterStore(lines, 0, text, money, rows.length, INSTALMENTS.filter(has), rows.some((r) => r.paidOn !== null), has("approvalYear"));
    store.verbatim = true;
    rows.forEach((r, i) => {
      // Each record's own line (its row number may repeat or run backwards in a hand-built list).
      const k = store.add(r.row, lines[i], r.requested, r.approved, r.base, r.year, r.paidOn, r.group ?? null);
      for (const f of INSTALMENTS) if (r[f] !== undefined) store.setInstalment(k, f, r[f] ?? null);
      if (r.approvalYear !== undefined) store.setApprovalYear(k, r.approvalYear);
    });
    return store;
  }

  /** Gives every record without a year this one (a list dated by the as-of date). */
  fillYear(year: number): void {
    for (let k = 0; k < this.length; k++) if (this.yr[k] === 0) this.yr[k] = year;
    this.version++;
  }

  /** One record as an object, with the same fields a list of rows would carry. */
  at(k: number): RegisterRow {
    const r: RegisterRow = {
      row: this.rowOf[k],
      enterprise: this.enterprise(k),
      creditCode: this.creditCode(k),
      registeredIn: this.registeredIn(k),
      taxRegisteredIn: this.taxRegisteredIn(k),
      itemCode: this.itemCode(k),
      item: this.item(k),
      requested: this.requested(k),
      approved: this.approved(k),
      base: this.base(k),
      year: this.year(k),
      batch: this.batch(k),
      paidOn: this.paidOn(k),
    };
    if (this.text.project >= 0) r.project = this.project(k);
    if (this.text.category >= 0) r.category = this.category(k);
    for (const f of INSTALMENTS) {
      const v = this.instalment(k, f);
      if (v !== undefined) r[f] = v;
    }
    const ay = this.approvalYear(k);
    if (ay !== undefined) r.approvalYear = ay;
    const g = this.group(k);
    if (g !== null) r.group = g;
    // A copy: a change belongs in the store (setItems, fillYear…), so writing to it fails loudly.
    return Object.freeze(r);
  }
}

/**
 * The table with its records as row objects too (`rows`), made when first asked for and again
 * after the store changes; the checks read the store and never ask.
 */
export function withRows<T extends { store: RegisterStore }>(t: T): T & { readonly rows: RegisterRow[] } {
  const { store } = t;
  let version = -1;
  let rows: RegisterRow[] | null = null;
  const get = (): RegisterRow[] => {
    if (rows && version === store.version) return rows;
    rows = new Array(store.length);
    for (let k = 0; k < store.length; k++) rows[k] = store.at(k);
    version = store.version;
    return rows;
  };
  return Object.defineProperty(t, "rows", { get, enumerable: true, configurable: true }) as T & { readonly rows: RegisterRow[] };
}
