/**
 * Builds the real-layout corpus: one workbook per layout (values, merges, hidden rows, number
 * formats; text written as text) and, when a layout carries one, its JSON catalog beside it.
 * The layouts are checked first (tests/corpus/shape.ts) so a bad layout never becomes a workbook.
 *
 *   npm run corpus                                   tests/corpus/layouts -> tests/corpus/workbooks
 *   npx tsx scripts/corpus/build.ts IN_DIR [OUT_DIR] another layout folder (its index.ts exports `layouts`)
 *
 * Deterministic: fixed document dates and fixed zip entry dates, so a rebuild gives the same bytes.
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CorpusLayout, CorpusSheet } from "../../tests/corpus/types";
import { checkLayouts, parseRange, sheetWidth } from "../../tests/corpus/shape";

const ROOT = path.join(__dirname, "..", "..");
export const DEFAULT_IN = path.join(ROOT, "tests", "corpus", "layouts");
export const DEFAULT_OUT = path.join(ROOT, "tests", "corpus", "workbooks");
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

function writeSheet(wb: ExcelJS.Workbook, s: CorpusSheet): void {
  const ws = wb.addWorksheet(s.name);
  const width = sheetWidth(s);
  ws.columns = Array.from({ length: width }, (_, i) => ({ width: s.widths?.[i] ?? 14 }));
  s.rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null) return;
      const c = ws.getCell(i + 1, j + 1);
      c.value = v; // strings stay strings: "34.47%" is text, as published
      if (typeof v === "string" && v.length > 12) c.alignment = { wrapText: true, vertical: "middle" };
    })
  );
  for (const [ref, fmt] of Object.entries(s.numberFormats ?? {})) {
    const r = parseRange(ref);
    if (!r) throw new Error(`${s.name}: bad number format range ${ref}`);
    for (let row = r.top.row; row <= r.bottom.row; row++)
      for (let col = r.top.col; col <= r.bottom.col; col++)
        if (typeof s.rows[row - 1]?.[col - 1] === "number") ws.getCell(row, col).numFmt = fmt;
  }
  for (const m of s.merges ?? []) ws.mergeCells(m);
  for (const h of s.hiddenRows ?? []) ws.getRow(h).hidden = true;
}

export async function workbookBytes(layout: CorpusLayout): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "subsidy-audit scripts/corpus/build.ts";
  wb.lastModifiedBy = wb.creator;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const s of layout.sheets) writeSheet(wb, s);
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  // ExcelJS stamps zip entries with the clock; re-pack with a fixed date so rebuilds are identical.
  const zip = await JSZip.loadAsync(raw);
  const out = new JSZip();
  const names = Object.keys(zip.files).sort();
  for (const name of names) {
    const f = zip.files[name];
    if (f.dir) continue;
    out.file(name, await f.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

export async function loadLayouts(dir: string): Promise<CorpusLayout[]> {
  const mod = (await import(path.resolve(dir, "index.ts"))) as { layouts?: CorpusLayout[]; default?: { layouts?: CorpusLayout[] } };
  const layouts = mod.layouts ?? mod.default?.layouts;
  if (!Array.isArray(layouts)) throw new Error(`${dir}/index.ts does not export \`layouts\``);
  return layouts;
}

export async function build(inDir = DEFAULT_IN, outDir = DEFAULT_OUT): Promise<number> {
  const layouts = await loadLayouts(inDir);
  const problems = checkLayouts(layouts);
  if (problems.length) throw new Error(`layouts have problems:\n  ${problems.join("\n  ")}`);
  fs.mkdirSync(outDir, { recursive: true });
  for (const L of layouts) {
    fs.writeFileSync(path.join(outDir, `${L.id}.xlsx`), await workbookBytes(L));
    const cat = path.join(outDir, `${L.id}.catalog.json`);
    if (L.catalog) fs.writeFileSync(cat, JSON.stringify(L.catalog, null, 2) + "\n");
    else if (fs.existsSync(cat)) fs.unlinkSync(cat);
  }
  return layouts.length;
}

if (require.main === module) {
  const [inArg, outArg] = process.argv.slice(2);
  const inDir = inArg ? path.resolve(inArg) : DEFAULT_IN;
  const outDir = outArg ? path.resolve(outArg) : inArg ? path.join(path.resolve(inArg), "..", "workbooks") : DEFAULT_OUT;
  build(inDir, outDir).then(
    (n) => console.log(`corpus: ${n} workbooks in ${path.relative(process.cwd(), outDir) || "."}`),
    (e: unknown) => {
      console.error(`corpus: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    }
  );
}

