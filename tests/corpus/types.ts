/**
 * The layout format of the real-layout corpus: each layout is one workbook, built by
 * scripts/corpus/build.ts, laid out as an office published it (titles, captions, header rows,
 * merges, notes) with values of our own, plus what a correct reading and checking must give.
 * This file stands alone (no imports) so that a folder of layouts type-checks beside a copy of it.
 */
export type CellValue = string | number | boolean | null;

export interface CorpusSheet {
  name: string;
  /** From A1; numbers as numbers, text as published (e.g. "5,170.28 (1-8月)", "—", "34.47%"). */
  rows: CellValue[][];
  /** "A1:F1" */
  merges?: string[];
  /** 1-based */
  hiddenRows?: number[];
  /** "C4:C20" -> "#,##0.00", "F4:F20" -> "0.00%" (applied to the numeric cells of the range). */
  numberFormats?: Record<string, string>;
  /** Column widths in characters, from column A (cosmetic; not checked). */
  widths?: number[];
}

export interface CorpusSource {
  title: string;
  url: string;
  publisher?: string;
  date?: string;
  /** What we changed: values invented, rows cut, problems planted, what the stored copy did not show. */
  changes: string;
}

export type Kind = "register" | "composition" | "execution" | "catalog" | "ledger" | "selfeval" | "targets";

export interface ExpectedTable {
  sheet: string;
  kind: Kind;
  unit?: "元" | "万元" | "亿元";
  /** 1-based first header row */
  headerRow: number;
  /** 1-based last body row (totals included, notes excluded) */
  lastRow: number;
  /** column letter -> field (vocabulary in tests/corpus/README.md); the key ones */
  columns?: Record<string, string>;
  /** when the year / policy item is only in the title or in category rows */
  year?: number;
  item?: string;
}

export interface ExpectedFinding {
  rule: string;
  sheet?: string;
  cell: string;
  why: string;
}

/** A finding that must NOT be reported; cell omitted = nowhere in the workbook. */
export interface AbsentFinding {
  rule: string;
  sheet?: string;
  cell?: string;
  why: string;
}

export interface CorpusLayout {
  id: string;
  source: CorpusSource;
  classes: string[];
  sheets: CorpusSheet[];
  settings?: { asOf?: string; district?: string; tolerance?: number };
  /** JSON catalog ({ items: [...] }, the schema of src/core/catalog/json.ts) when the checks need one not in the workbook */
  catalog?: { items: unknown[] };
  expect: { tables: ExpectedTable[]; findings: ExpectedFinding[]; absent: AbsentFinding[] };
}
