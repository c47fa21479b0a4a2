/** insertCatalog (read back by the recogniser), select, and document settings. */
import { BUILTIN_CATALOG } from "../../src/core/catalog/builtin";
import { catalogFromTables } from "../../src/core/catalog/fromTables";
import { recognise } from "../../src/core/tables/recognise";
import { SETTING_KEYS } from "../../src/workbook-gateway";
import { seedWorkbook } from "../core/fixtures/seed";
import { FakeExcel } from "../fakes/excel-fake";
import { gatewayOver } from "./helpers";

describe("OfficeGateway.insertCatalog", () => {
  for (const lang of ["zh-CN", "en-US"] as const) {
    it(`adds an editable catalog table the recogniser reads back (${lang})`, async () => {
      const fake = FakeExcel.fromGrids(seedWorkbook());
      const before = fake.userContent(seedWorkbook().map((g) => g.name));
      const gw = gatewayOver(fake);
      const name = await gw.insertCatalog(BUILTIN_CATALOG, lang);
      expect(name).toBe(lang === "zh-CN" ? "政策目录" : "Policy catalog");
      expect(fake.model.tables).toHaveLength(1);
      expect(fake.model.tables[0].range).toEqual({ r0: 0, c0: 0, r1: BUILTIN_CATALOG.items.length, c1: 7 });
      expect(fake.userContent(seedWorkbook().map((g) => g.name))).toEqual(before);
      const grids = await gw.readSheets("all");
      const read = catalogFromTables(recognise(grids.filter((g) => g.name === name)).tables);
      expect(read).not.toBeNull();
      expect(read!.items.map((i) => [i.name, i.capType, i.capAmount])).toEqual(BUILTIN_CATALOG.items.map((i) => [i.name, i.capType, i.capAmount]));
    });
  }

  it("takes a free sheet and table name when the catalog was inserted before", async () => {
    const fake = FakeExcel.fromGrids(seedWorkbook());
    const gw = gatewayOver(fake);
    await gw.insertCatalog(BUILTIN_CATALOG, "zh-CN");
    expect(await gw.insertCatalog(BUILTIN_CATALOG, "zh-CN")).toBe("政策目录 (2)");
    expect(fake.model.tables.map((t) => t.name)).toEqual(["PolicyCatalog", "PolicyCatalog2"]);
  });

  it("refuses a protected workbook structure with a clear message", async () => {
    const fake = FakeExcel.fromGrids(seedWorkbook(), { structureProtected: true });
    const err = await gatewayOver(fake).insertCatalog(BUILTIN_CATALOG, "zh-CN").catch((e) => e);
    expect(err.code).toBe("protected");
    expect(err.message).toContain("工作簿");
    expect(fake.model.sheets).toHaveLength(3);
  });
});

describe("OfficeGateway.select and sheetNames", () => {
  it("activates the sheet and selects the cell", async () => {
    const fake = FakeExcel.fromGrids(seedWorkbook());
    await gatewayOver(fake).select("分类执行", "E5");
    expect(fake.model.activeSheetId).toBe(fake.sheet("分类执行").id);
    expect(fake.model.selection?.rect).toEqual({ r0: 4, c0: 4, r1: 4, c1: 4 });
  });

  it("says when the sheet is gone", async () => {
    const fake = FakeExcel.fromGrids(seedWorkbook());
    await expect(gatewayOver(fake).select("没有", "A1")).rejects.toMatchObject({ code: "not-found" });
  });

  it("lists sheets without the add-in's hidden state sheet", async () => {
    const fake = FakeExcel.fromGrids(seedWorkbook());
    const gw = gatewayOver(fake);
    await gw.highlight(
      (await import("../../src/core/audit")).audit({ sheets: seedWorkbook(), settings: { today: "2021-08-31" } }).findings
    );
    expect(await gw.sheetNames()).toEqual(seedWorkbook().map((g) => g.name));
  });
});

describe("OfficeGateway settings", () => {
  it("saves settings into the document so they survive a reload", async () => {
    const fake = FakeExcel.fromGrids(seedWorkbook());
    const gw = gatewayOver(fake);
    expect(await gw.getSetting(SETTING_KEYS.settings)).toBeUndefined();
    await gw.setSetting(SETTING_KEYS.settings, { tolerance: 3, district: "闵行" });
    expect(fake.settings.saveCalls).toBe(1);
    fake.settings.reload();
    expect(await gw.getSetting(SETTING_KEYS.settings)).toEqual({ tolerance: 3, district: "闵行" });
  });

  it("reports a failed save", async () => {
    const fake = FakeExcel.fromGrids(seedWorkbook());
    fake.settings.failNextSave = true;
    await expect(gatewayOver(fake).setSetting("k", 1)).rejects.toMatchObject({ code: "unavailable" });
  });
});
