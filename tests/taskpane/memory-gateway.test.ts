import * as path from "path";
import { readWorkbook } from "../../src/xlsx/read";
import { audit } from "../../src/core/audit";
import { BUILTIN_CATALOG } from "../../src/core/catalog/builtin";
import type { SheetGrid } from "../../src/core/grid";
import { GatewayError } from "../../src/workbook-gateway";
import { MemoryGateway } from "../../src/preview/memory-gateway";
import { isCancel, readAndAudit, type RunPhase } from "../../src/taskpane/run-audit";
import { defaultPaneSettings } from "../../src/taskpane/pane-settings";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "sample-fund.xlsx");
let sample: SheetGrid[];
beforeAll(async () => {
  sample = await readWorkbook(SAMPLE);
});

const grid = (name: string, values: SheetGrid["values"]): SheetGrid => ({ name, top: 0, left: 0, values, merges: [] });

describe("MemoryGateway", () => {
  test("reads every sheet with progress, copies not the workbook itself", async () => {
    const g = new MemoryGateway([grid("A", [[1]]), grid("B", [[2]])]);
    const seen: string[] = [];
    const sheets = await g.readSheets("all", { onProgress: (p) => seen.push(`${p.done}/${p.total}`) });
    expect(sheets.map((s) => s.name)).toEqual(["A", "B"]);
    expect(seen).toEqual(["1/2", "2/2"]);
    sheets[0].values[0][0] = 99;
    expect(g.grid("A")?.values[0][0]).toBe(1);
  });

  test("the active sheet and the selection are what select() chose", async () => {
    const g = new MemoryGateway([grid("A", [[1]]), grid("B", [[2, 3], [4, 5]])]);
    await g.select("B", "B2");
    expect(g.state().selection).toEqual({ sheet: "B", cell: "B2" });
    expect((await g.readSheets("active")).map((s) => s.name)).toEqual(["B"]);
    expect(await g.readSheets("selection")).toEqual([{ name: "B", top: 1, left: 1, values: [[5]], merges: [] }]);
  });

  test("select() refuses an unknown sheet or address with a GatewayError", async () => {
    const g = new MemoryGateway([grid("A", [[1]])]);
    await expect(g.select("Z", "A1")).rejects.toBeInstanceOf(GatewayError);
    await expect(g.select("A", "not a cell")).rejects.toMatchObject({ code: "not-found" });
  });

  test("a cancelled read rejects as cancelled", async () => {
    const g = new MemoryGateway([grid("A", [[1]]), grid("B", [[2]])]);
    const c = new AbortController();
    const p = g.readSheets("all", { signal: c.signal, onProgress: () => c.abort() });
    await expect(p).rejects.toMatchObject({ code: "cancelled" });
  });

  test("highlight keeps the most serious fill per cell; clear puts them all back", async () => {
    const g = new MemoryGateway(sample);
    const result = audit({ sheets: sample, settings: { today: "2025-01-01" } });
    await g.highlight(result.findings);
    const cells = new Set(result.findings.map((f) => `${f.sheet}!${f.cell}`));
    expect(Object.keys(g.state().fills).sort()).toEqual([...cells].sort());
    const anError = result.findings.find((f) => f.severity === "error");
    expect(anError && g.state().fills[`${anError.sheet}!${anError.cell}`]).toBe("error");
    await g.clearHighlights();
    expect(g.state().fills).toEqual({});
  });

  test("the report sheet is added once, replaced on the next write, and never read as input", async () => {
    const g = new MemoryGateway(sample);
    const result = audit({ sheets: sample, settings: { today: "2025-01-01" } });
    const name = await g.writeReport(result, "zh-CN");
    expect(await g.writeReport(result, "zh-CN")).toBe(name);
    expect(g.state().added).toEqual([name]);
    expect((await g.sheetNames()).filter((n) => n === name)).toHaveLength(1);
    const report = g.grid(name);
    const text = JSON.stringify(report?.values);
    for (const f of result.findings) expect(text).toContain(f.cell);
    expect((await g.readSheets("all")).map((s) => s.name)).not.toContain(name);
  });

  test("an inserted catalog becomes the workbook's catalog for the next audit, in either language", async () => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const withoutCatalog = sample.filter((s) => s.name !== "政策目录");
      const g = new MemoryGateway(withoutCatalog);
      expect(audit({ sheets: await g.readSheets("all"), settings: { today: "2025-01-01" } }).catalog.origin).toBe("builtin");
      const name = await g.insertCatalog(BUILTIN_CATALOG, lang);
      const after = audit({ sheets: await g.readSheets("all"), settings: { today: "2025-01-01" } });
      expect(after.catalog.origin).toBe("workbook");
      expect(after.catalog.name).toBe(name);
      expect(after.catalog.items.map((i) => [i.name, i.capType, i.capAmount, i.rate])).toEqual(
        BUILTIN_CATALOG.items.map((i) => [i.name, i.capType, i.capAmount, i.rate])
      );
    }
  });

  test("settings are stored as JSON: a caller never shares an object with the workbook", async () => {
    const g = new MemoryGateway([grid("A", [[1]])]);
    const value = { columns: { B: "item" } };
    await g.setSetting("k", value);
    value.columns.B = "changed";
    expect(await g.getSetting("k")).toEqual({ columns: { B: "item" } });
    expect(await g.getSetting("missing")).toBeUndefined();
  });
});

describe("readAndAudit", () => {
  test("reports reading progress per sheet, then auditing, and returns what it read", async () => {
    const g = new MemoryGateway(sample);
    const phases: RunPhase[] = [];
    const out = await readAndAudit(g, "all", { settings: defaultPaneSettings("zh-CN"), mappings: [], today: "2025-01-01" }, (p) =>
      phases.push(p)
    );
    expect(phases[0]).toEqual({ phase: "reading", done: 0, total: 0 });
    expect(phases.filter((p) => p.phase === "reading" && p.total > 0).map((p) => p.phase === "reading" && p.done)).toEqual(
      sample.map((_, i) => i + 1)
    );
    expect(phases[phases.length - 1]).toEqual({ phase: "auditing" });
    expect(out.sheets.map((s) => s.name)).toEqual(sample.map((s) => s.name));
    // The pane's run finds what the command line's audit finds on the same grids.
    expect(out.result.findings).toEqual(audit({ sheets: sample, settings: { today: "2025-01-01", lang: "zh-CN" } }).findings);
  });

  test("a cancel during the read ends the run as cancelled", async () => {
    const g = new MemoryGateway(sample);
    const c = new AbortController();
    const run = readAndAudit(g, "all", { settings: defaultPaneSettings("zh-CN"), mappings: [], today: "2025-01-01", signal: c.signal }, (p) => {
      if (p.phase === "reading" && p.done === 1) c.abort();
    });
    const err = await run.then(
      () => null,
      (e: unknown) => e
    );
    expect(isCancel(err)).toBe(true);
  });
});
