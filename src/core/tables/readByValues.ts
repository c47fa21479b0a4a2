/**
 * Fields read from a column's values where no heading names them: row names of a label column,
 * places and credit codes, figures across places' columns, one row of figures across. Values alone
 * are weak evidence, so these run after the heading-based assignment and add little to the score.
 */
import { isBlank, type Cell } from "../grid";
import type { AnyKind, Field } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import { headsListing, type ColumnRead } from "./base";
import { SITE_AREA, valueFit } from "./fit";
import { TEXT_VALUES, YES_NO, cellText, leafOf, type ColumnLabels } from "./headerLabels";
import { readAmount } from "../amount";

const HAS_DIGIT = /\d/;

/**
 * A field read from columns headed by whom each value is for (FieldDef.acrossHeadings: 东镇山村 |
 * 西乡河村 right of the indicators' names): of two or more unread columns side by side after the
 * last naming column, each with a figure or a yes/no answer in most of its values, the first. An explanation column
 * (指标解释: 反映…) states none. Returns what the reading adds to the score (values: weak evidence).
 */
export function valuesAcross(kind: AnyKind, columns: ColumnRead[], sample: { values: Cell[][] }): number {
  const fields = kind.fields as Record<string, FieldDef>;
  let added = 0;
  for (const [field, def] of Object.entries(fields)) {
    if (!def.acrossHeadings || columns.some((c) => c.field === field)) continue;
    let last = -1;
    columns.forEach((c, i) => {
      if (c.field && fields[c.field]?.value === "label") last = i;
    });
    if (last < 0) continue;
    const figured = (i: number) => {
      const filled = sample.values[i].filter((v) => !isBlank(v));
      // A yes/no target (否: no quality problem found) is a place's value as a figure is.
      const n = filled.filter((v) => HAS_DIGIT.test(cellText(v)) || YES_NO.test(cellText(v))).length;
      return filled.length >= 2 && filled.length >= 0.8 * sample.values[i].length && n >= 0.8 * filled.length;
    };
    // Each place's values are written alike: plain numbers in every column, or text in every one
    // (a scoring rule's text beside the 自评得分 figures is no pair of places).
    const numeric = (i: number) => {
      const filled = sample.values[i].filter((v) => !isBlank(v));
      return filled.filter((v) => typeof v === "number").length >= 0.8 * filled.length;
    };
    const run: number[] = [];
    for (let i = last + 1; i < columns.length; i++) {
      if (columns[i].field === null && columns[i].header !== "" && figured(i) && (run.length === 0 || numeric(i) === numeric(run[0]))) run.push(i);
      else if (run.length > 0) break;
    }
    if (run.length < 2) continue;
    const c = columns[run[0]];
    c.field = field as Field;
    c.evidence = { key: c.header, word: null, how: "values", score: 0.3, fit: null };
    added += 0.3;
  }
  return added;
}

/**
 * One row of figures across (三公经费: 预算数 | 决算数, each a 合计 and its categories, one row
 * under them): the parts' headings name what each figure is, so no column need name the rows.
 * Only the row-naming fields may be missing, and only with a single row of figures.
 */
export function oneRowAcross(kind: AnyKind, missing: readonly Field[], columns: ColumnRead[], sample: { values: Cell[][] }): boolean {
  const fields = kind.fields as Record<string, { value: string }>;
  if (!missing.every((f) => TEXT_VALUES.has(fields[f]?.value ?? ""))) return false;
  if (sample.values.length === 0 || sample.values[0].length !== 1) return false;
  const wholes = new Set(columns.filter((c) => c.part?.exhaustive && fields[c.field ?? ""]?.value === "amount").map((c) => c.part?.of));
  const parts = columns.filter((c) => c.part?.exhaustive).length;
  return wholes.size >= 1 && parts >= 2 && columns.every((c) => c.field !== null);
}

/** A row label saying what its figures are: a year (2011年, 2011年度, 上年, 本年) or none, then one of a field's `rowLabels`. */
const ROW_LABEL_YEAR = /^(?:(?:19|20)\d{2}年度?|[上本]年度?)?/;
/** A sideways grid's total column: a total word (合计, 总计), or one ending its heading (三公经费总数, 经费合计). */
const ACROSS_TOTAL = /^(合计|总计|合计数|总数)$|.(合计|总计|总数)$/;

/** The field a row's label says its figures are (2011年预算: the budget), by the kind's FieldDef.rowLabels; else null. */
export function rowLabelField(kind: AnyKind, v: Cell): string | null {
  if (typeof v !== "string") return null;
  const word = v.replace(/\s+/g, "").replace(ROW_LABEL_YEAR, "");
  if (word === "") return null;
  for (const [f, d] of Object.entries(kind.fields as Record<string, FieldDef>)) if (d.value === "amount" && d.rowLabels?.includes(word)) return f;
  return null;
}

/**
 * A small grid laid sideways (FieldDef.rowLabels: a blank corner over rows labelled 2010年决算 | 2011年预算, the lines
 * as columns and their 合计 or 总数 first or last): the label column names the rows, every other column is the
 * field the rows' labels name, the total the whole and the rest its exhaustive parts, so each row's lines are
 * checked against its own total. Rows of several fields (a final account beside next year's budget) read as the
 * first field the kind gives labels for; nothing is measured across the rows. Returns whether the grid is such.
 * Under a title the kind names (titled.cornerHeadedUnder) the corner may name the rows (项目). A line split under
 * its heading (公务用车购置及运行费 over 小计 | 购置费 | 运行费) keeps its parts under its 小计, which alone counts in the total.
 */
export function rowsLabelledAcross(kind: AnyKind, columns: ColumnRead[], sample: { values: Cell[][] }, title: string): boolean {
  const fields = kind.fields as Record<string, FieldDef>;
  const byLabel = Object.entries(fields).filter(([, d]) => d.rowLabels && d.value === "amount");
  const name = Object.entries(fields).find(([, d]) => d.value === "label")?.[0];
  if (byLabel.length === 0 || !name || columns.length < 4 || columns.length > 12) return false;
  const cornerNamed = columns[0].field === name && !!kind.titled?.cornerHeadedUnder?.some((w) => title.includes(w));
  if ((columns[0].header.trim() !== "" && !cornerNamed) || (columns[0].field !== null && columns[0].field !== name)) return false;
  const rest = columns.slice(1);
  if (rest.some((c) => c.header.trim() === "" || (c.field !== null && fields[c.field]?.value !== "amount"))) return false;
  const seen = new Set<string>();
  const rows = sample.values[0]?.length ?? 0;
  for (let r = 0; r < rows; r++) {
    const figures = sample.values.slice(1).map((v) => v[r]);
    // A note under the grid (注：…, merged across it or not) holds no figure.
    if (!figures.some((v) => readAmount(v).kind === "number")) continue;
    const f = rowLabelField(kind, sample.values[0][r]);
    if (!f || figures.some((v) => !isBlank(v) && readAmount(v).kind !== "number")) return false;
    seen.add(f);
  }
  if (seen.size === 0) return false;
  const totals = rest.flatMap((c, i) => (ACROSS_TOTAL.test(c.header.replace(/\s+/g, "")) ? [i + 1] : []));
  if (totals.length !== 1 || (totals[0] !== 1 && totals[0] !== columns.length - 1)) return false;
  const field = byLabel.find(([f]) => seen.has(f))?.[0] as Field;
  const whole = columns[totals[0]];
  columns[0].field = name as Field;
  columns[0].evidence ??= { key: "", word: null, how: "values", score: 0.3, fit: null };
  for (const c of rest) {
    c.field = field;
    c.evidence = { key: c.header, word: null, how: "values", score: 0.3, fit: null };
    if (c === whole) delete c.part;
    else if (!(c.part && c.part.of !== whole.col && underSameHeading(c, columns, c.part.of))) c.part = { of: whole.col, exhaustive: true };
    delete c.group;
    delete c.aside;
  }
  return true;
}

/** A part whose whole shares its heading's top (公务用车购置及运行费 / 购置费 under … / 小计): a split line's part. */
function underSameHeading(c: ColumnRead, columns: readonly ColumnRead[], of: number): boolean {
  const top = (h: string) => (h.includes(" / ") ? h.split(" / ")[0] : null);
  const whole = columns.find((o) => o.col === of);
  return !!whole && top(c.header) !== null && top(c.header) === top(whole.header);
}

/**
 * A required label field no heading named (`用款计划额度构成` over two label columns) is read from
 * the values: the unread text column nearest the figures, its values distinct row by row, names
 * the rows; an unread text column left of it with repeated or merged values groups them (one naming each
 * row apart is the category's `apartAs`, where the kind has one: a category repeats).
 * Returns what the reading adds to the table's score (little: values alone are weak evidence).
 */
export function labelsByValues(kind: AnyKind, columns: ColumnRead[], sample: { values: Cell[][] }, c0: number): number {
  const fields = kind.fields as Record<string, FieldDef>;
  const labelFields = Object.entries(fields)
    .filter(([, d]) => d.value === "label")
    .map(([f]) => f as Field);
  if (labelFields.length === 0 || columns.some((c) => c.field && labelFields.includes(c.field))) return 0;
  // The row's name: a label field the kind requires (a composition's 项目), else its first (a category).
  const required = (kind.requires as readonly (readonly Field[])[]).flat().filter((f) => labelFields.includes(f));
  const name = required.find((f) => f !== "category") ?? required[0] ?? labelFields[0];
  const firstFigure = columns.findIndex((c) => c.field && fields[c.field]?.value === "amount");
  if (firstFigure < 0) return 0;
  const placeField = Object.values(fields).some((d) => d.value === "place");
  // What each line takes in, listed (板块 | 涉及行政村): no line of its own (FieldDef.over's `listing`).
  const listing = Object.values(fields).find((d) => d.over?.field === name)?.over?.listing ?? [];
  let added = 0;
  let item = -1;
  for (let i = firstFigure - 1; i >= 0; i--) {
    const c = columns[i];
    if (c.field !== null) continue;
    // A heading that names something of the row's own (贷款类型 beside a policy item) is not the field.
    if (c.header !== "" && fields[name]?.notFromValues?.some((w) => c.header.includes(w))) continue;
    if (headsListing(c.header, listing)) continue;
    const fit = valueFit("label", sample.values[i]);
    if (fit === null || fit < 0.8) continue;
    // A column of places (所在区 over 江夏区, 东湖新技术开发区) is the kind's place, never its label.
    if (placeField && strictFit("place", sample.values[i]) >= 0.7) continue;
    const filled = sample.values[i].filter((v) => v !== null && v !== "");
    if (item < 0 && new Set(filled).size === filled.length) {
      item = i;
      c.field = name;
      c.evidence = { key: c.header, word: null, how: "values", score: 0.3, fit };
      added += 0.3;
    } else if (item >= 0 && name !== "category" && labelFields.includes("category" as Field)) {
      const apart = fields.category?.apartAs as Field | undefined;
      const own = apart !== undefined && filled.length >= 2 && new Set(filled.map(String)).size === filled.length;
      c.field = own && !columns.some((o) => o.field === apart) ? apart : ("category" as Field);
      c.evidence = { key: c.header, word: null, how: "values", score: 0.2, fit };
      added += 0.2;
      break;
    }
  }
  void c0;
  return added;
}

/**
 * A column whose heading names no field of the kind (单位 over 康庄镇, 尚店镇 …) but whose values
 * are unmistakably of one type — places, credit codes — is read as the kind's field of that type,
 * when the kind has one not yet found.
 */
export function typedByValues(kind: AnyKind, columns: ColumnRead[], sample: { values: Cell[][] }): number {
  const fields = kind.fields as Record<string, { value: string }>;
  let added = 0;
  for (const type of ["creditCode", "place"] as const) {
    const field = Object.keys(fields).find((f) => fields[f].value === type && !columns.some((c) => c.field === f)) as Field | undefined;
    if (!field) continue;
    const i = columns.findIndex((c, j) => c.field === null && c.header !== "" && strictFit(type, sample.values[j]) >= 0.7);
    if (i < 0) continue;
    columns[i].field = field;
    columns[i].evidence = { key: columns[i].header, word: null, how: "values", score: 0.3, fit: strictFit(type, sample.values[i]) };
    added += 0.3;
  }
  return added;
}

// A prefecture is a place too: an autonomous one (昌吉回族自治州) or a 盟 (锡林郭勒盟, 兴安盟), no 联盟.
/** A name closing as a place does (某县, 某镇, 某开发区), not merely opening with one (某县水利局 is a body in it). */
export const PLACE_END = /(省|市|区|县|旗|镇|乡|街道|开发区|工业区|园区|新区|片区|高新区|自治州)$/;
const PLACE_WORD = new RegExp(`${PLACE_END.source}|^(.{2,}(镇|乡|街道|区|县))|^.{1,3}[^联]盟$`);
const CODE_18 = /^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/;

/** Share of a column's values that are unmistakably places or credit codes (0 when none are). */
export function strictFit(type: "place" | "creditCode", values: Cell[]): number {
  let n = 0;
  let ok = 0;
  for (const v of values) {
    if (v === null || v === "" || typeof v !== "string") {
      if (typeof v === "number") n++;
      continue;
    }
    n++;
    const t = v.trim();
    if (type === "place" ? PLACE_WORD.test(t) && !SITE_AREA.test(t) && t.length <= 12 : CODE_18.test(t.toUpperCase())) ok++;
  }
  return n === 0 ? 0 : ok / n;
}

/** The numbers of a column, row by row (null where a cell holds none). */
function numbers(values: readonly Cell[], formats?: readonly (string | null)[]): ({ value: number; decimals: number; percent: boolean } | null)[] {
  return values.map((v, r) => {
    const a = readAmount(v, formats?.[r]);
    return a.kind === "number" ? a : null;
  });
}

/** Whether a share's heading (下达进度) less its head word names what the figure's heading holds (累计筹措下达). */
function echoes(share: string, heads: readonly string[], figure: string): boolean {
  const head = heads.find((w) => share.endsWith(w));
  const what = head ? share.slice(0, share.length - head.length) : "";
  return what.length >= 2 && figure.includes(what);
}

type Figures = ReturnType<typeof numbers>;

/** How many rows have a share, a part and a whole (`n`), and on how many the share is part ÷ whole to the decimals shown (`ok`). */
function agreeing(shares: Figures, part: Figures, whole: Figures): { n: number; ok: number } {
  let n = 0;
  let ok = 0;
  shares.forEach((s, r) => {
    const b = whole[r];
    const a = part[r];
    if (!s || !a || !b || b.value <= 0) return;
    n++;
    // A share written as 75.00% or 75 (a percent heading's figure); agreeing to the decimals shown.
    const stated = s.percent || s.value <= 1.5 ? s.value : s.value / 100;
    const shown = s.percent ? s.decimals + 2 : s.decimals;
    if (Math.abs(stated - a.value / b.value) <= 0.5 * 10 ** -shown + 1e-9) ok++;
  });
  return { n, ok };
}

/** The base's heading names a plan (计划补贴资金) and the part's money done (已落实补贴资金): FieldDef.shareOfPair.planned. */
function plannedPair(pair: NonNullable<FieldDef["shareOfPair"]>, labels: readonly ColumnLabels[], base: number, part: number): boolean {
  const p = pair.planned;
  if (!p) return false;
  const baseKey = leafOf(labels[base])?.h.key ?? "";
  const partKey = leafOf(labels[part])?.h.key ?? "";
  return p.of.some((w) => baseKey.includes(w)) && p.done.some((w) => partKey.includes(w));
}

/**
 * Money in place against a plan (计划投资 | 已到位资金 | 到位率): the money read as the base by its words (到位资金)
 * is, row by row, the share's part of an unread plan left of it (FieldDef.shareOfPair.planned): the plan is the
 * base and the money in place what is done.
 */
function planLeft(pair: NonNullable<FieldDef["shareOfPair"]>, labels: readonly ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][]; formats?: (string | null)[][] }, base: number, rated: number): boolean {
  const plan = base - 1;
  if (plan < 0 || rated < base || columns[plan].field !== null || !plannedPair(pair, labels, plan, base)) return false;
  const num = (i: number) => numbers(sample.values[i], sample.formats?.[i]);
  const { n, ok } = agreeing(num(rated), num(base), num(plan));
  if (ok < 2 || ok < 0.6 * n) return false;
  columns[plan].field = columns[base].field;
  columns[plan].evidence = { key: columns[plan].header, word: null, how: "values", score: 0.5, fit: null };
  columns[base].field = pair.part as Field;
  // Its words named the budget (到位资金), not what it is now.
  columns[base].evidence = { key: columns[base].header, word: null, how: "values", score: 0.5, fit: null };
  return true;
}

/**
 * A share read by its values (FieldDef.shareOfPair): a 进度 column whose values are, row by row, a
 * figure column's over the `of` field's (a rate column per amount pair) names both. Values that agree
 * on most rows (a stated share may be a slip) are strong evidence: each column adds 0.5.
 */
export function sharesOfPairs(kind: AnyKind, labels: readonly ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][]; formats?: (string | null)[][] }): number {
  const fields = kind.fields as Record<string, FieldDef>;
  let added = 0;
  for (const [field, def] of Object.entries(fields)) {
    const pair = def.shareOfPair;
    if (!pair) continue;
    // A part its heading names already (完成投资 beside 年度计划投资): the 进度 after it (投资进度, 完成进度)
    // is the share when its values agree, unless the share is read already.
    const read = columns.findIndex((c) => c.field === pair.part && !c.part);
    let base = -1;
    for (const f of pair.of) if (base < 0) base = columns.findIndex((c) => c.field === f && !c.part);
    const rated = columns.findIndex((c) => c.field === field && !c.part);
    if (columns.some((c) => c.field === pair.part) && (read < 0 || columns.some((c) => c.field === field))) {
      // Both named by words (已拨付补贴资金 | 落实比例): the pair proven is still evidence of a plan measured.
      if (read >= 0 && base >= 0 && rated >= 0 && base < read && read < rated && plannedPair(pair, labels, base, read)) {
        const whole = numbers(sample.values[base], sample.formats?.[base]);
        const { n, ok } = agreeing(numbers(sample.values[rated], sample.formats?.[rated]), numbers(sample.values[read], sample.formats?.[read]), whole);
        if (ok >= 2 && ok >= 0.6 * n) added += pair.planned?.weight ?? 0;
      }
      continue;
    }
    if (base < 0) continue;
    if (read < 0 && rated >= 0 && planLeft(pair, labels, columns, sample, base, rated)) {
      added += 0.5 + (pair.planned?.weight ?? 0);
      continue;
    }
    const whole = numbers(sample.values[base], sample.formats?.[base]);
    const before = added; // this field's own finding ends its search, not an earlier field's
    for (let i = base + 2; i < columns.length; i++) {
      const key = leafOf(labels[i])?.h.key ?? "";
      // A share its heading names already (read by words) needs no head word of the pair's; only its part is found here.
      const named = columns[i].field === field;
      if ((!named && (columns[i].field !== null || !pair.heads.some((w) => key.endsWith(w)))) || pair.not?.some((w) => key.includes(w))) continue;
      const shares = numbers(sample.values[i], sample.formats?.[i]);
      for (let j = i - 1; j > base; j--) {
        if (read >= 0 ? j !== read : columns[j].field !== null) continue;
        const part = numbers(sample.values[j], sample.formats?.[j]);
        const { n, ok } = agreeing(shares, part, whole);
        // A share whose heading echoes the figure's (下达进度 beside 累计筹措下达, 发放进度 beside 已发放资金) names
        // the pair itself: one agreeing row of two suffices (a table of 其中 lines under its total, one a slip).
        const echoed = echoes(key, pair.heads, leafOf(labels[j])?.h.key ?? "");
        if (echoed ? ok < 1 || ok < 0.5 * n : ok < 2 || ok < 0.6 * n) continue;
        if (plannedPair(pair, labels, base, j)) added += pair.planned?.weight ?? 0;
        if (read < 0) {
          columns[j].field = pair.part as Field;
          columns[j].evidence = { key: columns[j].header, word: null, how: "values", score: 0.5, fit: null };
          added += 0.5;
        }
        if (!named) {
          columns[i].field = field as Field;
          columns[i].evidence = { key: columns[i].header, word: null, how: "values", score: 0.5, fit: null };
          added += 0.5;
        }
        break;
      }
      if (added > before) break;
    }
  }
  return added;
}

/**
 * Money done two ways against one budget, each with its ratio (补贴资金 | 已使用资金 | 使用比例 | 已结算资金 | 结算比例):
 * each ratio is a share of the money just before it, and the last pair is what the table measures (a subsidy's
 * settlement runs behind its use). The best-first reading takes the first money as the field and the second as a
 * part of it, and one ratio as the share: the last pair becomes the field and its share, the first a further
 * figure and its ratio, left unread. Only where both ratios are proven by their values.
 */
export function lastPairMeasured(kind: AnyKind, labels: readonly ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][]; formats?: (string | null)[][] }): void {
  for (const [field, def] of Object.entries(kind.fields as Record<string, FieldDef>)) {
    const pair = def.shareOfPair;
    if (!pair) continue;
    const first = columns.findIndex((c) => c.field === pair.part && !c.part && !c.aside);
    let base = -1;
    for (const f of pair.of) if (base < 0) base = columns.findIndex((c) => c.field === f && !c.part);
    if (first < 0 || base < 0 || base > first || first + 3 >= columns.length) continue;
    const [r1, a2, r2] = [first + 1, first + 2, first + 3];
    const last = columns[a2];
    if (last.field !== pair.part || last.part?.of !== columns[first].col || last.group !== columns[first].group) continue;
    // Another column a part of the first money keeps the reading as it is.
    if (columns.some((c) => c !== last && c.part?.of === columns[first].col)) continue;
    const ratio = (i: number) => {
      const c = columns[i];
      const key = leafOf(labels[i])?.h.key ?? "";
      if (c.part || pair.not?.some((w) => key.includes(w))) return false;
      return c.field === field || (c.field === null && pair.heads.some((w) => key.endsWith(w)));
    };
    if (!ratio(r1) || !ratio(r2) || ![r1, r2].some((i) => columns[i].field === field)) continue;
    const whole = numbers(sample.values[base], sample.formats?.[base]);
    const proven = (share: number, part: number) => {
      const { n, ok } = agreeing(numbers(sample.values[share], sample.formats?.[share]), numbers(sample.values[part], sample.formats?.[part]), whole);
      return ok >= 2 && ok >= 0.6 * n;
    };
    if (!proven(r1, first) || !proven(r2, a2)) continue;
    delete last.part;
    if (columns[r2].field !== field) {
      columns[r2].field = field as Field;
      columns[r2].evidence = { key: columns[r2].header, word: null, how: "values", score: 0.5, fit: null };
    }
    for (const i of [first, r1]) {
      columns[i].field = null;
      delete columns[i].evidence;
    }
  }
}
