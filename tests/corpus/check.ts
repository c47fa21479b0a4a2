/**
 * Reads one corpus workbook through the file gateway, audits it as a reviewer would (its catalog,
 * its district's geography, its as-of date) and compares the result with what the layout states:
 * tables (kind, unit, rows, key columns, year and item from the title), findings that must appear
 * and false alarms that must not. Returns the differences, one line each; none means read right.
 */
import * as fs from "fs";
import * as path from "path";
import { audit } from "../../src/core/audit";
import type { AuditResult } from "../../src/core/api";
import { catalogFromJson } from "../../src/core/catalog/json";
import { geographyFor } from "../../src/core/geo/geography";
import type { CityDataJson } from "../../src/core/geo/types";
import { parseA1 } from "../../src/core/grid";
import { rowTotalAfterGroups } from "../../src/core/kinds/composition/read";
import type { RecognisedTable } from "../../src/core/tables/types";
import { readWorkbook } from "../../src/xlsx/read";
import { index, readAsset } from "../core/geo/assets";
import type { CorpusLayout, ExpectedTable } from "./types";

/** The corpus's field words (tests/corpus/README.md) in the engine's field ids, per kind. */
const FIELD: Record<string, Record<string, string>> = {
  register: { place: "registeredIn", taxPlace: "taxRegisteredIn", paidDate: "paidOn" },
  composition: { line: "item" },
  execution: { line: "category", adjustedBudget: "budget" },
  catalog: {},
  ledger: {},
  selfeval: {},
  targets: {},
};

/** A date split into columns (`date:月`, `date:日`) is read as the ledger's 月 and 日 fields. */
const SPLIT: Record<string, string> = { "date:月": "month", "date:日": "day" };

/**
 * An execution table's line is the engine's category; a layout naming a `category` beside its
 * `line` names what groups the lines (资金级次: the level the money came from), the engine's level.
 */
function engineField(kind: string, word: string, withLine = false): { field: string; part: boolean } {
  if (SPLIT[word]) return { field: SPLIT[word], part: false };
  const [base, part] = word.split(":");
  if (kind === "execution" && withLine && base === "category") return { field: "level", part: part !== undefined };
  return { field: FIELD[kind]?.[base] ?? base, part: part !== undefined };
}

/**
 * Readings that are the same column by another name: a 序号 column numbering an outline
 * (一 / （一）) is read as 序号 where the corpus calls it a code; both place the row in the outline.
 */
function sameReading(want: string, got: string | null): boolean {
  return got === want || (want === "code" && got === "seq");
}

export async function auditLayout(layout: CorpusLayout, workbooks: string): Promise<AuditResult> {
  const file = path.join(workbooks, `${layout.id}.xlsx`);
  const sheets = await readWorkbook(file);
  const catalogFile = path.join(workbooks, `${layout.id}.catalog.json`);
  const catalog = fs.existsSync(catalogFile) ? catalogFromJson(fs.readFileSync(catalogFile, "utf8"), path.basename(catalogFile)) : undefined;
  const s = layout.settings ?? {};
  const district = s.district ?? "闵行";
  return audit({
    sheets,
    settings: { today: "2024-12-31", district, ...(s.asOf ? { asOf: s.asOf } : {}), ...(s.tolerance !== undefined ? { tolerance: s.tolerance } : {}) },
    ...(catalog ? { catalog } : {}),
    // The workbook settles a district name several districts share (宝山区), as the CLI does.
    geography: geographyFor(district, index(), (p) => readAsset<CityDataJson>(p), sheets),
  });
}

const ROW_RULES = new Set(["register.duplicate", "execution.behind-schedule", "execution.no-spending", "execution.overspent", "register.unpaid"]);

function rowOf(cell: string): number {
  return parseA1(cell)?.row ?? -1;
}

/** The table on the expected sheet and rows, and over the expected columns (side-by-side blocks). */
function tableFor(result: AuditResult, e: ExpectedTable): RecognisedTable | undefined {
  const cols = Object.keys(e.columns ?? {}).map((l) => parseA1(`${l}1`)?.col ?? -1);
  const over = (t: RecognisedTable) => cols.every((c) => c >= t.range.c0 && c <= t.range.c1);
  const here = result.tables.filter((t) => t.sheet === e.sheet && t.range.r0 <= e.headerRow - 1 && t.range.r1 >= e.headerRow - 1);
  return here.find(over) ?? here[0] ?? result.tables.find((t) => t.sheet === e.sheet && t.kind === e.kind);
}

export function differences(layout: CorpusLayout, result: AuditResult): string[] {
  const out: string[] = [];
  for (const e of layout.expect.tables) {
    const t = tableFor(result, e);
    const where = `${e.sheet}!${e.headerRow}`;
    if (!t) {
      out.push(`table ${e.kind} at ${where}: not found`);
      continue;
    }
    if (t.kind !== e.kind) out.push(`table at ${where}: read as ${t.kind}, not ${e.kind}`);
    if (e.unit && t.unit !== e.unit) out.push(`table at ${where}: unit ${t.unit}, not ${e.unit}`);
    if (t.range.r0 + 1 !== e.headerRow) out.push(`table at ${where}: header at row ${t.range.r0 + 1}`);
    if (t.range.r1 + 1 !== e.lastRow) out.push(`table at ${where}: ends at row ${t.range.r1 + 1}, not ${e.lastRow}`);
    for (const [letter, word] of Object.entries(e.columns ?? {})) {
      const col = parseA1(`${letter}1`)?.col ?? -1;
      const c = t.columns.find((x) => x.col === col);
      const want = engineField(e.kind, word, Object.values(e.columns ?? {}).includes("line"));
      // `amount:市级` is a further column of the field: a part of another, a column group of its own,
      // or a composition's row total after column groups (read and checked as a further column).
      const further = !!c && (!!c.part || !!c.group || (t.kind === "composition" && rowTotalAfterGroups(t.columns)?.col === c.col));
      if (!c || !sameReading(want.field, c.field) || (want.part && !further)) out.push(`table at ${where}: column ${letter} read as ${c?.field ?? "nothing"}${c?.part ? " (part)" : ""}, not ${word}`);
    }
    if (e.year !== undefined) {
      const years = yearsOf(t);
      if (years.length === 0 || years.some((y) => y !== e.year)) out.push(`table at ${where}: year ${JSON.stringify([...new Set(years)])}, not ${e.year}`);
    }
    if (e.item !== undefined && t.kind === "register") {
      const items = new Set(t.rows.map((r) => r.item));
      // Where the catalog splits the title's item by kind of applicant (失业保险稳岗返还（大型企业）), each
      // row is read as its kind's sub-item of it (docs/rules.md, "The kind of each applicant").
      const stated = e.item;
      const under = (i: string | null) => i === stated || (!!i && i.startsWith(`${stated}（`) && i.endsWith("）"));
      if (items.size === 0 || ![...items].every(under)) out.push(`table at ${where}: item ${JSON.stringify([...items])}, not ${e.item}`);
    }
  }
  for (const f of layout.expect.findings) {
    const hit = result.findings.some(
      (x) =>
        x.rule === f.rule &&
        (!f.sheet || x.sheet === f.sheet) &&
        // A duplicate, or a row's spending status, is about its row: the engine puts a duplicate
        // on the item (else enterprise) cell and a status on the 实际支出 cell; an unpaid award on the
        // payment it lacks (本次拨付, docs/worked-examples.md), else its award: the corpus may name another.
        (ROW_RULES.has(f.rule) ? rowOf(x.cell) === rowOf(f.cell) : x.cell === f.cell),
    );
    if (!hit) out.push(`missing ${f.rule} at ${f.sheet ? f.sheet + "!" : ""}${f.cell}`);
  }
  const expected = (x: AuditResult["findings"][number]) =>
    layout.expect.findings.some((f) => f.rule === x.rule && (!f.sheet || f.sheet === x.sheet) && (ROW_RULES.has(f.rule) ? rowOf(x.cell) === rowOf(f.cell) : x.cell === f.cell));
  for (const a of layout.expect.absent) {
    // "Nowhere" (no cell) means nowhere but where the layout expects one. A row's duplicate or status is about its row,
    // as for the findings above, so an absent one names the row by any of its cells.
    const hits = result.findings.filter(
      (x) => x.rule === a.rule && (!a.sheet || x.sheet === a.sheet) && (a.cell ? (ROW_RULES.has(a.rule) ? rowOf(x.cell) === rowOf(a.cell) && !expected(x) : x.cell === a.cell) : !expected(x)),
    );
    for (const x of hits) out.push(`false ${a.rule} at ${x.sheet}!${x.cell}: ${x.message}`);
  }
  return out;
}

function yearsOf(t: RecognisedTable): number[] {
  switch (t.kind) {
    case "register":
      return t.rows.map((r) => r.year).filter((y): y is number => y !== null);
    case "execution":
      return t.rows.flatMap((r) => r.years.map((y) => y.year));
    case "ledger":
      return t.entries.map((e) => e.year).filter((y): y is number => y !== null);
    default:
      return t.context?.year !== null && t.context?.year !== undefined ? [t.context.year] : [];
  }
}
