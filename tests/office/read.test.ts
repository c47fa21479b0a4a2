/** readSheets over the fake: the seed, the sample workbook, and sheets large enough to chunk. */
import * as path from "path";
import { seedWorkbook, seedSheet } from "../core/fixtures/seed";
import { readWorkbook } from "../../src/xlsx/read";
import { GatewayError } from "../../src/workbook-gateway";
import { FakeExcel } from "../fakes/excel-fake";
import { bigSheet, gatewayOver, normalise } from "./helpers";

const SAMPLE = path.join(__dirname, "../../samples/sample-fund.xlsx");

describe("OfficeGateway.readSheets", () => {
  it("reads every seed sheet with values, number formats, merges and hidden rows", async () => {
    const seed = seedWorkbook();
    seed[2].hiddenRows = [4, 6];
    const fake = FakeExcel.fromGrids(seed);
    const grids = await gatewayOver(fake).readSheets("all");
    expect(grids.map((g) => g.name)).toEqual(seed.map((g) => g.name));
    grids.forEach((g, i) => {
      expect(normalise(g.values)).toEqual(normalise(seed[i].values));
      expect(new Set(g.merges.map((m) => JSON.stringify(m)))).toEqual(new Set(seed[i].merges.map((m) => JSON.stringify(m))));
      const fmt = (r: number, c: number) => g.numberFormats![r - g.top]?.[c - g.left];
      seed[i].numberFormats!.forEach((row, r) => row.forEach((f, c) => f && expect(fmt(r, c)).toBe(f)));
    });
    expect(grids[2].hiddenRows).toEqual([4, 6]);
    expect(grids[0].hiddenRows).toBeUndefined();
  });

  it("reads the active sheet only, with its used range's position", async () => {
    const sheet = seedSheet();
    const shifted = { ...sheet, top: 3, left: 2 };
    const fake = FakeExcel.fromGrids([...seedWorkbook(), shifted], { active: sheet.name });
    const [g] = await gatewayOver(fake).readSheets("active");
    expect(g.name).toBe(sheet.name);
    expect(g.top).toBe(3);
    expect(g.left).toBe(2);
    expect(normalise(g.values)).toEqual(normalise(sheet.values));
  });

  it("reads the selection clipped to the used range", async () => {
    const fake = FakeExcel.fromGrids(seedWorkbook());
    fake.select("年度执行", { r0: 1, c0: 0, r1: 200, c1: 2 });
    const [g] = await gatewayOver(fake).readSheets("selection");
    const seed = seedWorkbook()[1];
    expect(g.top).toBe(1);
    expect(g.left).toBe(0);
    expect(normalise(g.values)).toEqual(normalise(seed.values.slice(1).map((r) => r.slice(0, 3))));
  });

  it("matches what the xlsx reader gives for the sample workbook", async () => {
    const fromFile = await readWorkbook(SAMPLE);
    const fake = FakeExcel.fromGrids(fromFile);
    const grids = await gatewayOver(fake).readSheets("all");
    const visible = fromFile.filter((g) => g.values.some((r) => r.some((v) => v !== null && v !== "")));
    expect(grids.map((g) => g.name)).toEqual(visible.map((g) => g.name));
    for (const g of grids) {
      const f = visible.find((x) => x.name === g.name)!;
      const abs = (grid: typeof g) =>
        grid.values.flatMap((row, i) => row.flatMap((v, j) => (v === null || v === "" ? [] : [`${grid.top + i},${grid.left + j}=${JSON.stringify(v)}`])));
      expect(new Set(abs(g))).toEqual(new Set(abs(f)));
      expect(g.merges.length).toBe(f.merges.length);
    }
  });

  it("reads a 10,000-row sheet with hidden rows in at most 3 syncs", async () => {
    const grid = bigSheet("清单", 10000, { hideEvery: 97 });
    const fake = FakeExcel.fromGrids([grid]);
    fake.meter.reset();
    const [g] = await gatewayOver(fake).readSheets("active");
    expect(fake.meter.syncCount).toBeLessThanOrEqual(3);
    expect(fake.meter.syncs.every((s) => s.ok)).toBe(true);
    expect(g.values.length).toBe(10001);
    expect(g.values[10000]).toEqual(grid.values[10000]);
    expect(g.hiddenRows).toEqual(grid.hiddenRows);
  });

  it("reads a 100,000-row sheet in chunks each under the 5 MB payload limit", async () => {
    const grid = bigSheet("清单", 100000, { hideEvery: 1000 });
    const fake = FakeExcel.fromGrids([grid]);
    fake.meter.reset();
    const progress: number[] = [];
    const [g] = await gatewayOver(fake).readSheets("active", { onProgress: (p) => progress.push(p.done) });
    expect(fake.meter.maxResponse).toBeLessThan(5_000_000);
    expect(fake.meter.maxRequest).toBeLessThan(5_000_000);
    expect(fake.meter.syncs.every((s) => s.ok)).toBe(true);
    // Several chunks share a sync: far fewer syncs than 5,000-row chunks.
    expect(fake.meter.syncCount).toBeLessThan(100001 / 5000);
    expect(g.values.length).toBe(100001);
    expect(g.values[54321]).toEqual(grid.values[54321]);
    expect(g.hiddenRows).toEqual(grid.hiddenRows);
    expect(progress[progress.length - 1]).toBe(100001);
  });

  it("learns the cell size from a first small chunk, so long texts stay under the limit", async () => {
    const grid = bigSheet("长文本", 6000, { textLength: 120 });
    const fake = FakeExcel.fromGrids([grid]);
    fake.meter.reset();
    const [g] = await gatewayOver(fake).readSheets("active");
    expect(g.values).toEqual(grid.values);
    expect(fake.meter.syncs.every((s) => s.ok)).toBe(true);
    expect(fake.meter.maxResponse).toBeLessThan(5_000_000);
  });

  it("re-splits a refused request and still reads every row", async () => {
    const grid = bigSheet("清单", 10000);
    const fake = FakeExcel.fromGrids([grid]);
    fake.payloadLimit = 600_000; // a host stricter than the budget assumes
    fake.meter.reset();
    const [g] = await gatewayOver(fake).readSheets("active");
    expect(g.values).toEqual(grid.values);
    expect(fake.meter.syncs.some((s) => !s.ok)).toBe(true);
    for (const s of fake.meter.syncs.filter((x) => x.ok)) expect(s.response).toBeLessThanOrEqual(600_000);
  });

  it("says so when the active sheet is empty", async () => {
    const fake = FakeExcel.fromGrids([{ name: "空表", top: 0, left: 0, values: [], merges: [] }]);
    await expect(gatewayOver(fake).readSheets("active")).rejects.toMatchObject({ code: "empty" });
    await expect(gatewayOver(fake).readSheets("active")).rejects.toBeInstanceOf(GatewayError);
  });

  it("stops between chunks when cancelled", async () => {
    const fake = FakeExcel.fromGrids([bigSheet("清单", 30000)]);
    const ac = new AbortController();
    const read = gatewayOver(fake).readSheets("active", { signal: ac.signal, onProgress: () => ac.abort() });
    await expect(read).rejects.toMatchObject({ code: "cancelled" });
  });
});
