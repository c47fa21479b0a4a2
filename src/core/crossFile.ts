/**
 * register.duplicate across files: the same award (enterprise by credit code, else by name;
 * the same policy item; the same year) in the registers of two files of one check. Each file's
 * own duplicates are the per-file rule's (rules/register.ts); here an award is reported in a
 * later file when its first occurrence lies in an earlier one, naming that file and row.
 * Identity is built as the per-file rule builds it: nameKey for names, the catalog's item key
 * (CatalogIndex.keyOf) for catalog items, codeKey for item codes outside the catalog.
 */
import { a1 } from "./grid";
import { RULES, type Finding } from "./findings";
import type { Catalog } from "./catalog/types";
import { CatalogIndex, codeKey } from "./catalog/match";
import type { RegisterField, RegisterTable } from "./tables/types";
import { nameKey } from "./text";
import type { Lang } from "./settings";

export interface FileRegisters {
  /** The file as the report names it. */
  file: string;
  /** The catalog the file was audited with (item identity follows its entries). */
  catalog: Catalog;
  registers: RegisterTable[];
}

export interface CrossFileFinding extends Finding {
  file: string;
  /** Where the award was seen first. */
  otherFile: string;
  otherSheet: string;
  otherCell: string;
}

interface First {
  file: string;
  sheet: string;
  cell: string;
  row: number;
}

/**
 * A file's awards reduced to what the rule needs, column by column (cheap to hand from a worker
 * thread to the main one): the identity key, where it stands, and what the message names.
 */
export interface AwardColumns {
  key: string[];
  sheet: string[];
  cell: string[];
  row: number[];
  enterprise: (string | null)[];
  creditCode: (string | null)[];
  item: (string | null)[];
  year: (number | null)[];
}

/** The awards of one file's registers, identified as the per-file rule identifies them. */
export function awardColumns(f: Pick<FileRegisters, "catalog" | "registers">): AwardColumns {
  const out: AwardColumns = { key: [], sheet: [], cell: [], row: [], enterprise: [], creditCode: [], item: [], year: [] };
  const index = new CatalogIndex(f.catalog);
  for (const t of f.registers) {
    const cellOf = (row: number, field: RegisterField, fallback: RegisterField): string => a1(row, t.col[field] ?? t.col[fallback] ?? t.range.c0);
    const s = t.store;
    for (let k = 0; k < s.length; k++) {
      const creditCode = s.creditCode(k);
      const enterprise = s.enterprise(k);
      const itemText = s.item(k);
      const itemCode = s.itemCode(k);
      const year = s.year(k);
      const code = creditCode ? creditCode.trim().toUpperCase() : "";
      const who = code || (enterprise ? "n" + nameKey(enterprise) : "");
      if (!who || who === "n" || !(itemText || itemCode) || s.continues(k)) continue;
      const item = index.findBy(itemCode, itemText, year);
      const what = item ? "i" + index.keyOf(item) : itemText ? "t" + nameKey(itemText) : "k" + codeKey(itemCode as string);
      const row = s.row(k);
      out.key.push(`${who}\u0000${what}\u0000${year ?? ""}`);
      out.sheet.push(t.sheet);
      out.cell.push(cellOf(row, itemText ? "item" : "itemCode", "enterprise"));
      out.row.push(row);
      out.enterprise.push(enterprise);
      out.creditCode.push(creditCode);
      out.item.push(itemText ?? itemCode);
      out.year.push(year);
    }
  }
  return out;
}

/** Findings in the order of the files, then of their rows. */
export function crossFileDuplicates(files: readonly FileRegisters[], lang: Lang): CrossFileFinding[] {
  return duplicatesAcross(
    files.map((f) => ({ file: f.file, awards: awardColumns(f) })),
    lang
  );
}

/** The rule over each file's award columns (see awardColumns). */
export function duplicatesAcross(files: readonly { file: string; awards: AwardColumns }[], lang: Lang): CrossFileFinding[] {
  const out: CrossFileFinding[] = [];
  const first = new Map<string, First>();
  for (const { file, awards: a } of files) {
    for (let i = 0; i < a.key.length; i++) {
      const key = a.key[i];
      const seen = first.get(key);
      if (!seen) {
        first.set(key, { file, sheet: a.sheet[i], cell: a.cell[i], row: a.row[i] });
        continue;
      }
      if (seen.file === file) continue; // the per-file rule reports it
      const params = {
        enterprise: a.enterprise[i] ?? a.creditCode[i],
        creditCode: a.creditCode[i],
        item: a.item[i],
        year: a.year[i],
        otherFile: seen.file,
        otherSheet: seen.sheet,
        otherRow: seen.row + 1,
        otherCell: seen.cell,
      };
      out.push({
        rule: "register.duplicate",
        severity: RULES["register.duplicate"],
        sheet: a.sheet[i],
        cell: a.cell[i],
        message: crossFileMessage(params, lang),
        params,
        row: a.row[i],
        file,
        otherFile: seen.file,
        otherSheet: seen.sheet,
        otherCell: seen.cell,
      });
    }
  }
  return out;
}

function crossFileMessage(
  p: { enterprise: string | null; creditCode: string | null; item: string | null; year: number | null; otherFile: string; otherSheet: string; otherRow: number },
  lang: Lang
): string {
  const who = p.enterprise ?? "";
  const code = p.creditCode && p.creditCode !== who ? (lang === "zh-CN" ? `（${p.creditCode}）` : ` (${p.creditCode})`) : "";
  if (lang === "zh-CN") {
    const year = p.year !== null ? `${p.year} 年` : "";
    return `${who}${code}${year}“${p.item ?? ""}”已在 ${p.otherFile} 的工作表「${p.otherSheet}」第 ${p.otherRow} 行申报：跨文件重复申报`;
  }
  const year = p.year !== null ? ` for ${p.year}` : "";
  return `${who}${code} already applied for "${p.item ?? ""}"${year} in ${p.otherFile}, sheet "${p.otherSheet}" row ${p.otherRow}: a duplicate award across files`;
}
