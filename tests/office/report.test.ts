/** writeReport: the add-in's own sheet, text that never turns into a formula, links to cells. */
import { audit } from "../../src/core/audit";
import { formatMessage } from "../../src/core/i18n/messages";
import type { AuditResult } from "../../src/core/api";
import type { Finding } from "../../src/core/findings";
import { seedWorkbook } from "../core/fixtures/seed";
import { FakeExcel } from "../fakes/excel-fake";
import { gatewayOver } from "./helpers";

function seedResult(lang: "zh-CN" | "en-US" = "zh-CN"): AuditResult {
  return audit({ sheets: seedWorkbook(), settings: { today: "2021-08-31", asOf: "2021-08-31", lang } });
}

/** Column values of a sheet (0-based col), top to bottom. */
function column(fake: FakeExcel, sheet: string, col: number): unknown[] {
  const s = fake.sheet(sheet);
  return s.vals.map((r) => r?.[col] ?? null);
}

describe("OfficeGateway.writeReport", () => {
  it("writes a report sheet with one linked row per finding and leaves user cells unchanged", async () => {
    const result = seedResult();
    const fake = FakeExcel.fromGrids(seedWorkbook());
    const before = fake.userContent(seedWorkbook().map((g) => g.name));
    const name = await gatewayOver(fake).writeReport(result, "zh-CN");
    expect(name).toBe("审核报告");
    expect(fake.userContent(seedWorkbook().map((g) => g.name))).toEqual(before);
    const rules = column(fake, name, 4);
    for (const f of result.findings) expect(rules).toContain(f.rule);
    const messages = column(fake, name, 5);
    for (const f of result.findings) expect(messages).toContain(f.message);
    const links = [...fake.sheet(name).hyperlinks.values()].map((h) => h.documentReference);
    for (const f of result.findings) expect(links).toContain(`'${f.sheet}'!${f.cell}`);
    expect(fake.sheet(name).formulas.size).toBe(0);
    expect(fake.model.activeSheetId).toBe(fake.sheet(name).id);
  });

  it("keeps messages beginning with = + - @ as text, never formulas", async () => {
    const base = seedResult();
    const tricky = ["=SUM(A1:A9)", "+1", "-5", "@x", "-abc", "=1+1"];
    const findings: Finding[] = tricky.map((message, i) => ({ ...base.findings[0], message, cell: `B${i + 2}`, row: i + 1 }));
    const fake = FakeExcel.fromGrids(seedWorkbook());
    const name = await gatewayOver(fake).writeReport({ ...base, findings }, "zh-CN");
    const messages = column(fake, name, 5);
    for (const m of tricky) expect(messages).toContain(m);
    expect(fake.sheet(name).formulas.size).toBe(0);
  });

  it("never replaces a user's sheet of the same name, and replaces only its own report", async () => {
    const fake = FakeExcel.fromGrids([...seedWorkbook(), { name: "审核报告", top: 0, left: 0, values: [["我的笔记"]], merges: [] }]);
    const gw = gatewayOver(fake);
    const first = await gw.writeReport(seedResult(), "zh-CN");
    expect(first).toBe("审核报告 (2)");
    expect(fake.valueAt("审核报告", "A1")).toBe("我的笔记");
    const second = await gw.writeReport({ ...seedResult(), findings: [] }, "zh-CN");
    expect(second).toBe(first);
    expect(fake.model.sheets.filter((s) => s.name.startsWith("审核报告")).length).toBe(2);
    expect(column(fake, second, 0)).toContain("未发现问题。");
    // The old findings' links went with the old content: only the tables' links remain.
    expect(fake.sheet(second).hyperlinks.size).toBe(seedResult().tables.length);
  });

  it("writes an English report with English messages when asked", async () => {
    const fake = FakeExcel.fromGrids(seedWorkbook());
    const result = seedResult("zh-CN");
    const name = await gatewayOver(fake).writeReport(result, "en-US");
    expect(name).toBe("Audit report");
    expect(column(fake, name, 0)).toContain("Special fund audit report");
    const messages = column(fake, name, 5);
    for (const f of result.findings) {
      expect(messages).toContain(formatMessage(f.rule, f.params, "en-US"));
      expect(messages).not.toContain(f.message);
    }
  });

  it("gives a clear protected error when the workbook structure is protected", async () => {
    const fake = FakeExcel.fromGrids(seedWorkbook(), { structureProtected: true });
    await expect(gatewayOver(fake).writeReport(seedResult(), "zh-CN")).rejects.toMatchObject({ code: "protected" });
    expect(fake.model.sheets.length).toBe(3);
  });

  it("gives a clear protected error when its own report sheet was protected", async () => {
    const fake = FakeExcel.fromGrids(seedWorkbook());
    const gw = gatewayOver(fake);
    const name = await gw.writeReport(seedResult(), "zh-CN");
    fake.sheet(name).protected = true;
    const before = fake.userContent([name]);
    await expect(gw.writeReport(seedResult(), "zh-CN")).rejects.toMatchObject({ code: "protected" });
    expect(fake.userContent([name])).toEqual(before);
  });

  it("is left out when every sheet is read again", async () => {
    const fake = FakeExcel.fromGrids(seedWorkbook());
    const gw = gatewayOver(fake);
    await gw.writeReport(seedResult(), "zh-CN");
    const grids = await gw.readSheets("all");
    expect(grids.map((g) => g.name)).toEqual(seedWorkbook().map((g) => g.name));
  });
});
