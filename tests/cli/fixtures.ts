/** Small workbooks for the CLI tests, built with ExcelJS into a temp folder. */
import * as path from "path";
import * as ExcelJS from "exceljs";
import { buildSampleWorkbook, SHEETS } from "../../scripts/build-sample";

/** The sample with only the listed sheets kept. */
export async function sampleWith(dir: string, name: string, keep: string[]): Promise<string> {
  const wb = buildSampleWorkbook();
  for (const ws of [...wb.worksheets]) if (!keep.includes(ws.name)) wb.removeWorksheet(ws.id);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Table A alone: only rounding notes (info), so exit 0. */
export function compositionOnly(dir: string): Promise<string> {
  return sampleWith(dir, "composition.xlsx", [SHEETS.composition]);
}

/** A workbook of prose: nothing a checker can recognise. */
export async function proseOnly(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("说明");
  ws.getCell("A1").value = "本工作簿仅用于记录会议纪要。";
  ws.getCell("A3").value = "参会人员";
  ws.getCell("B3").value = "区经委";
  const file = path.join(dir, "prose.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}
