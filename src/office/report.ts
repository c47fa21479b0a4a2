/**
 * The report sheet: the same layout as the command line's annotated copy (src/xlsx/reportSheet.ts):
 * header lines, the tables found, a summary by rule and severity, one row per finding with a
 * link to its cell. Text cells get the text format "@" before their values are written, so a
 * message beginning with = + - @ stays text and never becomes a formula.
 * The sheet is the add-in's own only when the state sheet names its id; a user's sheet with the
 * same name is never touched (the report then takes "审核报告 (2)").
 */
import type { AuditResult } from "../core/api";
import type { RuleId, Severity } from "../core/findings";
import { SEVERITIES, severityRank } from "../core/findings";
import { rangeA1 } from "../core/grid";
import type { Lang } from "../core/settings";
import { formatMessage, ruleTitle, severityLabel } from "../core/i18n/messages";
import { sheetRef } from "./address";
import { WriteBatcher, opBytes } from "./batcher";
import { PAYLOAD_BUDGET } from "./chunking";
import { SEVERITY_COLOR } from "./highlight";
import { assertUnprotected, probeProtection } from "./protection";
import { META_REPORT_ID, ensureStateSheet, loadState, parseState, probeState, writeState } from "./state-sheet";
import { REPORT_LABELS, strings } from "./strings";

type Value = string | number;
const COLS = 8; // A:H
const TEXT = "@";
const AMOUNT = "#,##0.00";
const RATE = "0.00%";
/** Rules whose actual/expected are rates (fractions), shown as percentages. */
const RATE_RULES = new Set<RuleId>(["execution.rate-mismatch", "execution.behind-schedule"]);

interface Line {
  values: Value[];
  formats: string[];
  bold?: boolean;
  link?: { col: number; sheet: string; cell: string; text: string };
  severity?: Severity;
}

function line(cells: (Value | null | undefined)[], formats: (string | null)[] = [], bold = false): Line {
  const values: Value[] = [];
  const fmts: string[] = [];
  for (let i = 0; i < COLS; i++) {
    const v = cells[i];
    values.push(v === null || v === undefined ? "" : v);
    fmts.push(formats[i] ?? (typeof v === "number" ? "General" : TEXT));
  }
  return { values, formats: fmts, bold };
}

/** The report's rows, built in memory (pure, so it is tested without Excel). */
export function reportLines(result: AuditResult, lang: Lang, linkable: (sheet: string) => boolean): Line[] {
  const L = REPORT_LABELS[lang];
  const out: Line[] = [];
  out.push(line([L.title], [], true));
  out.push(line([L.asOf, null, `${result.asOf} ${L.asOfSource[result.asOfSource]}`]));
  out.push(line([L.catalog, null, result.catalog.name]));
  out.push(line([]));
  out.push(line([L.tables], [], true));
  out.push(line([null, null, ...L.tableHead], [], true));
  for (const t of result.tables) {
    const l = line([null, null, t.sheet, rangeA1(t.range), L.kinds[t.kind], t.unit]);
    if (linkable(t.sheet)) l.link = { col: 3, sheet: t.sheet, cell: rangeA1(t.range).split(":")[0], text: rangeA1(t.range) };
    out.push(l);
  }
  out.push(line([]));
  out.push(line([L.summary], [], true));
  out.push(line([null, L.summaryHead[0], null, null, L.summaryHead[1], L.summaryHead[2], L.summaryHead[3]], [], true));
  const counts = new Map<RuleId, { severity: Severity; n: number }>();
  for (const f of result.findings) {
    const c = counts.get(f.rule);
    if (c) c.n++;
    else counts.set(f.rule, { severity: f.severity, n: 1 });
  }
  const byRule = [...counts.entries()].sort((a, b) => severityRank(a[1].severity) - severityRank(b[1].severity) || (a[0] < b[0] ? -1 : 1));
  for (const [rule, { severity, n }] of byRule) {
    const l = line([null, severityLabel(severity, lang), null, null, rule, ruleTitle(rule, lang), n]);
    l.severity = severity;
    l.values[1] = severityLabel(severity, lang);
    out.push(l);
  }
  const totals = SEVERITIES.map((s) => `${severityLabel(s, lang)} ${result.summary[s]}`).join(" / ");
  out.push(line([null, L.total, null, null, null, totals, result.findings.length], [], true));
  out.push(line([]));
  out.push(line([L.findings], [], true));
  out.push(line([...L.findingHead], [], true));
  if (result.findings.length === 0) out.push(line([L.none]));
  result.findings.forEach((f, i) => {
    const numFmt = RATE_RULES.has(f.rule) ? RATE : AMOUNT;
    // The message in the report's language (the audit may have run in the other one).
    const message = lang === result.settings.lang ? f.message : formatMessage(f.rule, f.params, lang);
    const l = line([i + 1, severityLabel(f.severity, lang), f.sheet, f.cell, f.rule, message, f.actual, f.expected], [
      "0",
      null,
      null,
      null,
      null,
      null,
      f.actual === undefined ? TEXT : numFmt,
      f.expected === undefined ? TEXT : numFmt,
    ]);
    l.severity = f.severity;
    if (linkable(f.sheet)) l.link = { col: 3, sheet: f.sheet, cell: f.cell, text: f.cell };
    out.push(l);
  });
  return out;
}

/** Request size of one line: values and formats, plus its bold, fill and link operations. */
function lineBytes(l: Line): number {
  return opBytes(l.values) + opBytes(l.formats) + (l.bold ? opBytes(null) : 0) + (l.severity ? opBytes(null) : 0) + (l.link ? opBytes(l.link) * 2 : 0);
}

/** A free sheet name: the base, else "base (2)", "base (3)"… (names compare case-blind). */
export function freeName(base: string, taken: readonly string[]): string {
  const names = new Set(taken.map((n) => n.toLowerCase()));
  if (!names.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const n = `${base} (${i})`.slice(0, 31);
    if (!names.has(n.toLowerCase())) return n;
  }
}

export async function writeReport(context: Excel.RequestContext, result: AuditResult, lang: Lang): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  const probe = probeState(context);
  await context.sync();
  const stateRange = loadState(probe);
  const prot = probeProtection(context, sheets.items);
  await context.sync();
  const state = parseState(stateRange);
  const own = sheets.items.find((s) => s.id === state.meta[META_REPORT_ID]);
  assertUnprotected({ ...prot, sheets: own ? [own] : [] }, lang, !own || probe.isNullObject);

  const names = sheets.items.map((s) => s.name);
  const batch = new WriteBatcher(context);
  await batch.reserve(opBytes(null) * 4);
  let ws: Excel.Worksheet;
  let name: string;
  if (own) {
    ws = own;
    name = own.name; // keep a name the user gave our report
    ws.getRange().clear();
  } else {
    name = freeName(strings(lang).reportSheet, names);
    ws = sheets.add(name);
    ws.load("id");
  }
  await batch.flush();
  const stateWs = ensureStateSheet(context, probe);
  await writeState(stateWs, { ...state, meta: { ...state.meta, [META_REPORT_ID]: ws.id } }, batch);

  const existing = new Set(names);
  const lines = reportLines(result, lang, (s) => existing.has(s));
  let start = 0;
  while (start < lines.length) {
    // A block of rows whose values fit comfortably in one request.
    let end = start;
    let bytes = 0;
    while (end < lines.length && (end === start || bytes < PAYLOAD_BUDGET / 4)) bytes += lineBytes(lines[end++]);
    await batch.reserve(bytes);
    const block = lines.slice(start, end);
    const range = ws.getRange(`A${start + 1}:H${end}`);
    range.numberFormat = block.map((l) => l.formats);
    range.values = block.map((l) => l.values);
    for (let i = 0; i < block.length; i++) {
      const l = block[i];
      const row = start + i + 1;
      if (l.bold) ws.getRange(`A${row}:H${row}`).format.font.bold = true;
      if (l.severity) ws.getRange(`B${row}`).format.fill.color = SEVERITY_COLOR[l.severity];
      if (l.link) {
        const col = String.fromCharCode(65 + l.link.col);
        ws.getRange(`${col}${row}`).hyperlink = { documentReference: sheetRef(l.link.sheet, l.link.cell), textToDisplay: l.link.text };
      }
    }
    start = end;
  }
  await batch.reserve(opBytes(null) * 10);
  const widths = [40, 60, 130, 70, 190, 420, 100, 100];
  widths.forEach((w, i) => {
    const col = String.fromCharCode(65 + i);
    ws.getRange(`${col}:${col}`).format.columnWidth = w;
  });
  ws.getRange(`F1:F${lines.length}`).format.wrapText = true;
  ws.activate();
  await batch.flush();
  return name;
}
