/** The fake itself: it must fail where Office.js fails, or the gateway tests prove nothing. */
// This file reads before load + sync on purpose, to prove the fake throws as Office.js does.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
import { FakeExcel, type FakeRequestContext } from "../fakes/excel-fake";

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
    fake.payloadLimit = 200;
    await expect(
      fake.run(async (context: FakeRequestContext) => {
        const r = context.workbook.worksheets.getItem("Data").getRange("A1:Z20");
        r.load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(fake.meter.syncs[0].response).toBeGreaterThan(200);
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
});
