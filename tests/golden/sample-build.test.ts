/** samples/sample-fund.xlsx is what scripts/build-sample.ts builds: rebuilt here, compared cell by cell. */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { SAMPLE_PATH, writeSample } from "../../scripts/build-sample";
import { cellDump, tempDir } from "../xlsx/helpers";

let dir: string;
beforeAll(() => (dir = tempDir("sa-sample-")));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("rebuilding the sample gives the committed file's sheets, cell values, merges and hidden rows", async () => {
  const rebuilt = await writeSample(path.join(dir, "sample-fund.xlsx"));
  const committed = await cellDump(SAMPLE_PATH);
  const fresh = await cellDump(rebuilt);
  expect(committed.size).toBeGreaterThan(3000);
  expect([...fresh.entries()]).toEqual([...committed.entries()]);

  const shape = async (file: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb.worksheets.map((ws) => ({
      name: ws.name,
      merges: Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort(),
      hidden: ws.getRows(1, ws.rowCount)?.filter((r) => r.hidden).map((r) => r.number),
    }));
  };
  expect(await shape(rebuilt)).toEqual(await shape(SAMPLE_PATH));
});
