/**
 * The terminal report: a header (file, as-of date and where it came from, tables found, catalog),
 * findings grouped by sheet then severity, one line each (cell, rule, message), counts by rule and
 * a summary line. Messages come from the core already worded (amounts grouped, with units).
 */
import type { AuditResult } from "../core/api";
import { SEVERITIES, severityRank } from "../core/findings";
import { rangeA1 } from "../core/grid";
import type { Lang } from "../core/settings";
import { ruleTitle, severityLabel } from "../core/i18n/messages";
import { countsByRule } from "../report/rows";
import type { Paint } from "./color";
import { KIND } from "./kindNames";
import { TEXT } from "./strings";
import type { CrossFileFinding } from "../core/crossFile";
import type { FindingSummary } from "../core/findings";
import { escapeControls as esc, safeLine } from "./safeText";
import type { MultiEntry } from "./jsonReport";
import type { TargetIndicatorView } from "../core/targetsView";
import { renderIndicators } from "./indicatorsText";

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w += isWide(c) ? 2 : 1;
  }
  return w;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

export function padDisplay(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : s + " ".repeat(width - w);
}

export function renderText(file: string, result: AuditResult, lang: Lang, p: Paint, indicators: readonly TargetIndicatorView[] = []): string {
  const T = TEXT[lang];
  const out: string[] = [];
  const colon = lang === "zh-CN" ? "：" : ": ";
  out.push(`${p.bold("subsidy-audit")}  ${T.file}${colon}${esc(file)}`);
  out.push(`${T.asOf}${colon}${result.asOf}${lang === "zh-CN" ? `（${T.asOfSource[result.asOfSource]}）` : ` (${T.asOfSource[result.asOfSource]})`}`);
  // What the engine decided for the user (a shared district name taken as one district), before what it read.
  for (const n of result.notices ?? []) out.push(`${T.notice}${colon}${esc(n.message)}`);
  out.push(`${T.tables(result.tables.length)}${result.tables.length ? colon.trimEnd() : ""}`);
  const kindWidth = Math.max(...result.tables.map((t) => displayWidth(KIND[lang][t.kind])), 0);
  const whereWidth = Math.max(...result.tables.map((t) => displayWidth(`${esc(t.sheet)}!${rangeA1(t.range)}`)), 0);
  for (const t of result.tables) {
    out.push(`  ${padDisplay(KIND[lang][t.kind], kindWidth)}  ${padDisplay(`${esc(t.sheet)}!${rangeA1(t.range)}`, whereWidth)}  ${T.unit(t.unit)}`);
  }
  const c = result.catalog;
  const sep = lang === "zh-CN" ? "，" : ", ";
  out.push(`${T.catalog}${colon}${T.catalogOrigin[c.origin]} ${esc(c.name)}${sep}${T.items(c.items.length)}`);
  out.push("");

  if (result.findings.length === 0) {
    out.push(T.noFindings);
  } else {
    const cellWidth = Math.max(6, ...result.findings.map((f) => f.cell.length));
    const ruleWidth = Math.max(...result.findings.map((f) => f.rule.length));
    for (const [sheet, findings] of groupBy(result.findings, (f) => f.sheet)) {
      out.push(p.bold(T.sheet(esc(sheet))));
      const bySeverity = [...groupBy(findings, (f) => f.severity)].sort(
        (a, b) => severityRank(a[0]) - severityRank(b[0])
      );
      for (const [severity, list] of bySeverity) {
        out.push(`  ${p.severity(severity, `${severityLabel(severity, lang)} (${list.length})`)}`);
        for (const f of list) {
          out.push(`    ${p.dim(f.cell.padEnd(cellWidth))}  ${f.rule.padEnd(ruleWidth)}  ${oneLine(f.message)}`);
        }
      }
      out.push("");
    }
    out.push(T.byRule);
    const rows = countsByRule(result.findings);
    const sevWidth = Math.max(...SEVERITIES.map((s) => displayWidth(severityLabel(s, lang))));
    const idWidth = Math.max(...rows.map((r) => r.rule.length));
    const titleWidth = Math.max(...rows.map((r) => displayWidth(ruleTitle(r.rule, lang))));
    for (const { rule, severity, count } of rows) {
      out.push(
        `  ${p.severity(severity, padDisplay(severityLabel(severity, lang), sevWidth))}  ${rule.padEnd(idWidth)}  ${padDisplay(ruleTitle(rule, lang), titleWidth)}  ${String(count).padStart(5)}`
      );
    }
  }
  out.push("");
  out.push(...renderIndicators(indicators, lang));
  const s = result.summary;
  out.push(p.bold(T.summary(s.error, s.warning, s.info)));
  return out.join("\n") + "\n";
}

/** A message on one line, with any control character from a cell shown escaped. */
function oneLine(s: string): string {
  return safeLine(s);
}

/**
 * Several files: each file's report (as for one file, ending in its one-line total), a line for
 * each file that could not be used, the duplicates across files, and an overall summary line.
 */
export function renderMultiText(entries: readonly MultiEntry[], cross: readonly CrossFileFinding[], lang: Lang, p: Paint): string {
  const T = TEXT[lang];
  const colon = lang === "zh-CN" ? "：" : ": ";
  const total: FindingSummary = { error: 0, warning: 0, info: 0 };
  let used = 0;
  const out: string[] = [];
  for (const e of entries) {
    if ("error" in e) {
      out.push(`${p.bold("subsidy-audit")}  ${T.file}${colon}${esc(e.file)}`);
      out.push(p.severity("error", `${T.unusable}${colon}${safeLine(e.error)}`));
      out.push("");
      continue;
    }
    used++;
    total.error += e.result.summary.error;
    total.warning += e.result.summary.warning;
    total.info += e.result.summary.info;
    out.push(renderText(e.file, e.result, lang, p, e.indicators));
  }
  if (cross.length > 0) {
    out.push(p.bold(`${T.crossFile} (${cross.length})`));
    for (const f of cross) {
      total[f.severity]++;
      out.push(`  ${p.severity(f.severity, severityLabel(f.severity, lang))}  ${esc(f.file)} ${esc(f.sheet)}!${f.cell}  ${f.rule}  ${oneLine(f.message)}`);
    }
    out.push("");
  }
  out.push(p.bold(T.overall(entries.length, used, total.error, total.warning, total.info)));
  return out.join("\n") + "\n";
}

function groupBy<K, V>(items: readonly V[], key: (v: V) => K): Map<K, V[]> {
  const m = new Map<K, V[]>();
  for (const v of items) {
    const k = key(v);
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  }
  return m;
}
