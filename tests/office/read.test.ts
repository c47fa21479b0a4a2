/** readSheets over the fake: the seed, the sample workbook, and sheets large enough to chunk. */
import * as path from "path";
import { seedWorkbook, seedSheet } from "../core/fixtures/seed";
import { readWorkbook } from "../../src/xlsx/read";
import { GatewayError } from "../../src/workbook-gateway";
import { FakeExcel } from "../fakes/excel-fake";
import { bigSheet, gatewayOver, normalise } from "./helpers";
import type { CellRange, SheetGrid } from "../../src/core/grid";
import { GridReader } from "../../src/core/grid";

const key = (m: CellRange) => `${m.r0},${m.c0},${m.r1},${m.c1}`;

/** A register whose category column (A) is merged in blocks of `block` rows: `count` merges. */
function mergedRegister(count: number, block = 2): SheetGrid {
  const grid = bigSheet("清单", count * block);
  grid.merges = Array.from({ length: count }, (_, i) => ({ r0: 1 + i * block, c0: 0, r1: i * block + block, c1: 0 }));
  for (const m of grid.merges) for (let r = m.r0 + 1; r <= m.r1; r++) grid.values[r][0] = null; // only the top-left holds the value
  return grid;
}

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

  it("reads a sheet of 600 merged areas (Excel refuses more than 512 per range) without error", async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
    const grid = mergedRegister(600);
    const fake = FakeExcel.fromGrids([grid]);
    fake.meter.reset();
    const [g] = await gatewayOver(fake).readSheets("active");
    expect(new Set(g.merges.map(key))).toEqual(new Set(grid.merges.map(key)));
    expect(g.merges).toHaveLength(600);
    expect(normalise(g.values)).toEqual(normalise(grid.values));
    // One refused request, then windows that cannot exceed the limit.
    expect(fake.meter.syncs.filter((x) => !x.ok)).toHaveLength(1);
    expect(fake.meter.syncCount).toBeLessThanOrEqual(4);
  });

  it("reads 30,000 merged areas over 60,000 rows, each merge once and whole, across chunk and window edges", async () => {
    const grid = mergedRegister(30000);
    // Vertical neighbours of the same width meet at every chunk edge: they must stay two merges.
    const fake = FakeExcel.fromGrids([grid]);
    fake.meter.reset();
    const [g] = await gatewayOver(fake).readSheets("active");
    expect(g.merges).toHaveLength(30000);
    expect(new Set(g.merges.map(key))).toEqual(new Set(grid.merges.map(key)));
    expect(fake.meter.maxResponse).toBeLessThan(5_000_000);
    expect(fake.meter.syncCount).toBeLessThan(30);
  });

  it("joins a merge that starts above the selection: clipped to it, with its value (office-js#3611)", async () => {
    // https://github.com/OfficeDev/office-js/issues/3611: merges are returned only from the range holding their top-left cell.
    const grid: SheetGrid = {
      name: "构成",
      top: 0,
      left: 0,
      values: [
        ["政策类", "政策项", "金额"],
        ["一、研发", "项目1", 100],
        [null, "项目2", 200],
        [null, "项目3", 300],
        [null, "项目4", 400],
        ["二、技改", "项目5", 500],
        [null, "项目6", 600],
      ],
      merges: [
        { r0: 1, c0: 0, r1: 4, c1: 0 },
        { r0: 5, c0: 0, r1: 6, c1: 0 },
      ],
    };
    const fake = FakeExcel.fromGrids([grid]);
    fake.select("构成", { r0: 3, c0: 0, r1: 6, c1: 2 }); // A4:C7 starts inside the first merge
    const [g] = await gatewayOver(fake).readSheets("selection");
    expect(g.top).toBe(3);
    expect(new Set(g.merges.map(key))).toEqual(new Set([key({ r0: 3, c0: 0, r1: 4, c1: 0 }), key({ r0: 5, c0: 0, r1: 6, c1: 0 })]));
    const reader = new GridReader(g);
    expect(reader.value(3, 0)).toBe("一、研发");
    expect(reader.value(4, 0)).toBe("一、研发");
    expect(reader.value(6, 0)).toBe("二、技改");
    expect(fake.valueAt("构成", "A4")).toBeNull(); // nothing written to the workbook
  });

  it("joins a merge that starts left of the selection", async () => {
    const grid: SheetGrid = { name: "表", top: 0, left: 0, values: [["合计（万元）", null, null, 9], ["a", "b", "c", 1]], merges: [{ r0: 0, c0: 0, r1: 0, c1: 2 }] };
    const fake = FakeExcel.fromGrids([grid]);
    fake.select("表", { r0: 0, c0: 1, r1: 1, c1: 3 });
    const [g] = await gatewayOver(fake).readSheets("selection");
    expect(g.merges).toEqual([{ r0: 0, c0: 1, r1: 0, c1: 2 }]);
    expect(new GridReader(g).value(0, 2)).toBe("合计（万元）");
  });

  it("reads a row holding more than 512 merged areas by cutting it into bands of columns", async () => {
    const width = 1400;
    const row: (string | null)[] = Array.from({ length: width }, (_, c) => (c % 2 === 0 ? `h${c}` : null));
    const grid: SheetGrid = { name: "宽表", top: 0, left: 0, values: [row, row.map((v) => (v ? 1 : 2))], merges: Array.from({ length: width / 2 }, (_, i) => ({ r0: 0, c0: 2 * i, r1: 0, c1: 2 * i + 1 })) };
    const fake = FakeExcel.fromGrids([grid]);
    const [g] = await gatewayOver(fake).readSheets("active");
    expect(g.merges).toHaveLength(700);
  });

  it("falls back to smaller pieces when a read keeps failing, then gives one clear error naming the sheet", async () => {
    const fake = FakeExcel.fromGrids([bigSheet("清单", 3000)]);
    fake.sheet("清单").failReads = true;
    fake.meter.reset();
    const err = await gatewayOver(fake).readSheets("active").catch((e) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err.code).toBe("unreadable");
    expect(err.message).toContain("清单");
    // It tried smaller pieces first (halving 3,001 rows down to one), not forever.
    expect(fake.meter.syncCount).toBeGreaterThan(5);
    expect(fake.meter.syncCount).toBeLessThan(20);
  });
});
