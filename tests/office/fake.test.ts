/** The fake itself: it must fail where Office.js fails, or the gateway tests prove nothing. */
// This file reads before load + sync on purpose, to prove the fake throws as Office.js does.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
import { FakeExcel, type FakeRequestContext } from "../fakes/excel-fake";
import { OfficeJsRequestMeter } from "../fakes/officejs-meter";
import type { SheetGrid } from "../../src/core/grid";

function small(): FakeExcel {
  return FakeExcel.fromGrids(
    [{ name: "Data", top: 0, left: 0, values: [["a", 1], ["b", 2]], merges: [] }],
    { fills: { Data: { A1: { color: "#FFFF00", pattern: "Solid", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 } } } }
  );
}

describe("fake Excel", () => {
  it("throws PropertyNotLoaded before load + sync, and counts syncs", async () => {
    const fake = small();
    await fake.run(async (context: FakeRequestContext) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      r.load("values");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(r.values).toEqual([["a", 1], ["b", 2]]);
      expect(() => r.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(fake.meter.syncCount).toBe(1);
  });

  it("applies writes only at sync and keeps loaded values as stale snapshots", async () => {
    const fake = small();
    await fake.run(async (context: FakeRequestContext) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const seen = ws.getRange("B1");
      seen.load("values");
      await context.sync();
      ws.getRange("B1").values = [[42]];
      expect(fake.valueAt("Data", "B1")).toBe(1);
      await context.sync();
      expect(fake.valueAt("Data", "B1")).toBe(42);
      expect(seen.values).toEqual([[1]]); // stale until reloaded
      seen.load("values");
      await context.sync();
      expect(seen.values).toEqual([[42]]);
    });
    expect(fake.meter.syncCount).toBe(3);
  });

  it("reads a fill property as null when the cells differ, and No Fill as #FFFFFF", async () => {
    const fake = small();
    await fake.run(async (context: FakeRequestContext) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const both = ws.getRange("A1:A2").format.fill;
      const none = ws.getRange("A2").format.fill;
      both.load("color");
      none.load("color,pattern,tintAndShade");
      await context.sync();
      expect(both.color).toBeNull();
      expect(none.color).toBe("#FFFFFF");
      expect(none.pattern).toBe("None");
      expect(none.tintAndShade).toBeNull();
    });
  });

  it("turns typed text starting with = into a formula, unless the cell is text-formatted", async () => {
    const fake = small();
    await fake.run(async (context: FakeRequestContext) => {
      const ws = context.workbook.worksheets.getItem("Data");
      ws.getRange("C1").values = [["=SUM(B1:B2)"]];
      const t = ws.getRange("C2");
      t.numberFormat = [["@"]];
      t.values = [["=SUM(B1:B2)"]];
    });
    expect(fake.formulaAt("Data", "C1")).toBe("=SUM(B1:B2)");
    expect(fake.formulaAt("Data", "C2")).toBeUndefined();
    expect(fake.valueAt("Data", "C2")).toBe("=SUM(B1:B2)");
  });

  it("refuses writes to a protected sheet with AccessDenied, keeping earlier writes of the batch", async () => {
    const fake = small();
    fake.sheet("Data").protected = true;
    fake.addGrid({ name: "Other", top: 0, left: 0, values: [["x"]], merges: [] });
    await expect(
      fake.run(async (context: FakeRequestContext) => {
        context.workbook.worksheets.getItem("Other").getRange("B1").values = [["y"]];
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [["z"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.valueAt("Other", "B1")).toBe("y");
    expect(fake.valueAt("Data", "A1")).toBe("a");
  });

  it("measures payloads and refuses a response above the limit", async () => {
    const fake = small();
    fake.payloadLimit = 2000;
    await expect(
      fake.run(async (context: FakeRequestContext) => {
        const r = context.workbook.worksheets.getItem("Data").getRange("A1:Z200");
        r.load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(fake.meter.syncs[0].response).toBeGreaterThan(2000);
    expect(fake.meter.syncs[0].ok).toBe(false);
  });

  it("answers isNullObject only after a sync", async () => {
    const fake = small();
    await fake.run(async (context: FakeRequestContext) => {
      const ws = context.workbook.worksheets.getItemOrNullObject("Missing");
      expect(() => ws.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(ws.isNullObject).toBe(true);
    });
  });

  it("ends proxies with the run", async () => {
    const fake = small();
    let kept: { values: unknown } | null = null;
    await fake.run(async (context: FakeRequestContext) => {
      kept = context.workbook.worksheets.getItem("Data").getRange("A1");
    });
    expect(() => ((kept as unknown as { values: unknown[][] }).values = [[1]])).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  // ---- where the fake follows Excel's documented behaviour (each case names its source) -----

  it("sizes each request with office.js's own serialiser (https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices)", async () => {
    const fake = small();
    await fake.run(async (context: FakeRequestContext) => {
      const fill = context.workbook.worksheets.getItem("Data").getRange("B2").format.fill;
      fill.color = "#FFC7CE";
      fill.pattern = "Solid";
      await context.sync();
    });
    // The same two writes queued on office.js directly.
    const direct = new OfficeJsRequestMeter();
    const fill = direct.workbook.worksheets.getItem("Data").getRange("B2").format.fill;
    fill.color = "#FFC7CE";
    fill.pattern = "Solid";
    const bytes = direct.take();
    expect(fake.meter.syncs[0].request).toBe(bytes);
    // One cell's fill costs hundreds of bytes of object paths and actions, not the ~20 of its value.
    expect(bytes).toBeGreaterThan(500);
  });

  it("returns only merged areas whose top-left cell is in the range (https://github.com/OfficeDev/office-js/issues/3611)", async () => {
    const fake = FakeExcel.fromGrids([{ name: "M", top: 0, left: 0, values: [["x"]], merges: [{ r0: 0, c0: 0, r1: 3, c1: 1 }, { r0: 2, c0: 3, r1: 2, c1: 5 }] }]);
    await fake.run(async (context: FakeRequestContext) => {
      const ws = context.workbook.worksheets.getItem("M");
      const lower = ws.getRange("A2:F4").getMergedAreasOrNullObject(); // A1:B4 starts above
      lower.load("address");
      const upper = ws.getRange("A1:F2").getMergedAreasOrNullObject();
      upper.load("address");
      await context.sync();
      expect(lower.address).toBe("M!D3:F3");
      expect(upper.address).toBe("M!A1:B4"); // whole, not cut at the range
    });
  });

  it("fails getMergedAreasOrNullObject above 512 merged areas (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1))", async () => {
    const merges = Array.from({ length: 513 }, (_, i) => ({ r0: 2 * i, c0: 0, r1: 2 * i + 1, c1: 0 }));
    const grid: SheetGrid = { name: "M", top: 0, left: 0, values: [["x"]], merges };
    const fake = FakeExcel.fromGrids([grid]);
    const read = (address: string) =>
      fake.run(async (context: FakeRequestContext) => {
        const m = context.workbook.worksheets.getItem("M").getRange(address).getMergedAreasOrNullObject();
        m.load("areaCount");
        await context.sync();
        return m.areaCount;
      });
    await expect(read("A1:A1026")).rejects.toMatchObject({ code: "GeneralException" });
    await expect(read("A1:A1024")).resolves.toBe(512);
  });

  it("throws ApiNotFound on Worksheet.notes when the host lacks ExcelApi 1.18, before any sync (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-notes-member)", async () => {
    const fake = small();
    expect(fake.requirements.isSetSupported("ExcelApi", "1.18")).toBe(true);
    fake.model.excelApi = "1.17";
    expect(fake.requirements.isSetSupported("ExcelApi", "1.18")).toBe(false);
    expect(fake.requirements.isSetSupported("ExcelApi", "1.13")).toBe(true);
    await fake.run(async (context: FakeRequestContext) => {
      const ws = context.workbook.worksheets.getItem("Data");
      expect(() => ws.notes).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
    expect(fake.meter.syncCount).toBe(0);
  });

  it("cuts getRanges addresses at 8192 characters (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-troubleshooting#range-return-character-limit)", async () => {
    const fake = small();
    const long = Array.from({ length: 1700 }, (_, i) => `C${i + 1}`).join(",");
    expect(long.length).toBeGreaterThan(8192);
    await fake.run(async (context: FakeRequestContext) => {
      const areas = context.workbook.worksheets.getItem("Data").getRanges(long);
      areas.load("areaCount");
      await context.sync();
      expect(areas.areaCount).toBeLessThan(1700); // the areas past the cut are gone
    });
    expect(fake.model.longestAddress).toBe(long.length);
  });

  it("gives sheets new ids when the workbook is opened again (https://github.com/OfficeDev/office-js/issues/1390)", async () => {
    const fake = small();
    const before = fake.sheet("Data").id;
    fake.model.reopen();
    expect(fake.sheet("Data").id).not.toBe(before);
    expect(fake.sheet("Data").id).toBe("{00000000-0001-0000-0000-000000000000}");
  });

  it("reads and writes per-cell properties in one call each (ExcelApi 1.9 getCellProperties / setCellProperties)", async () => {
    const fake = small();
    await fake.run(async (context: FakeRequestContext) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("A1:A2");
      const props = r.getCellProperties({ format: { fill: { color: true, pattern: true } } });
      expect(() => props.value).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(props.value).toEqual([[{ format: { fill: { color: "#FFFF00", pattern: "Solid" } } }], [{ format: { fill: { color: "#FFFFFF", pattern: "None" } } }]]);
      r.setCellProperties([[{ format: { fill: { pattern: "None" } } }], [{ format: { fill: { color: "#C6EFCE", pattern: "Solid" } } }]]);
      await context.sync();
    });
    expect(fake.fillAt("Data", "A1")).toBeNull();
    expect(fake.fillAt("Data", "A2")?.color).toBe("#C6EFCE");
  });
});
