/** highlight / clearHighlights: fills by severity, exact restore, never a user value changed. */
import { audit } from "../../src/core/audit";
import type { Finding } from "../../src/core/findings";
import { SEVERITY_COLOR } from "../../src/office/highlight";
import { STATE_SHEET } from "../../src/office/state-sheet";
import { GatewayError } from "../../src/workbook-gateway";
import { seedWorkbook } from "../core/fixtures/seed";
import { FakeExcel, type FillModel } from "../fakes/excel-fake";
import { gatewayOver } from "./helpers";

const YELLOW: FillModel = { color: "#FFFF00", pattern: "Solid", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };
const PATTERN: FillModel = { color: "#C6EFCE", pattern: "Gray25", patternColor: "#FF0000", tintAndShade: 0.4, patternTintAndShade: -0.25 };
const WHITE: FillModel = { color: "#FFFFFF", pattern: "Solid", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };

function seedFindings(): Finding[] {
  return audit({ sheets: seedWorkbook(), settings: { today: "2021-08-31", asOf: "2021-08-31" } }).findings;
}

/** The seed with pre-existing formats on cells the audit flags: yellow, a pattern, white, none. */
function setUp(findings: Finding[], noFillPattern: "None" | null = "None") {
  const seed = seedWorkbook();
  const cells = findings.map((f) => ({ sheet: f.sheet, cell: f.cell }));
  const fills: Record<string, Record<string, FillModel>> = {};
  const put = (i: number, f: FillModel) => {
    const c = cells[i];
    if (!c) return;
    (fills[c.sheet] ??= {})[c.cell] = f;
  };
  put(0, YELLOW);
  put(1, PATTERN);
  put(2, WHITE);
  const fake = FakeExcel.fromGrids(seed, { fills, formulas: { 预算构成: { Z1: "=SUM(D4:D17)" } } });
  fake.model.noFillPattern = noFillPattern;
  return fake;
}

function snapshot(fake: FakeExcel) {
  const names = seedWorkbook().map((g) => g.name);
  return { content: fake.userContent(names), formats: names.map((n) => fake.formats(n)) };
}

describe("OfficeGateway.highlight and clearHighlights", () => {
  const findings = seedFindings();

  it("has findings on the seed to work with", () => {
    expect(findings.length).toBeGreaterThan(3);
    expect(new Set(findings.map((f) => f.severity)).size).toBeGreaterThan(1);
    expect(new Set(findings.slice(0, 4).map((f) => `${f.sheet}!${f.cell}`)).size).toBe(4);
  });

  for (const noFill of ["None", null] as const) {
    it(`fills flagged cells by severity and restores every previous fill exactly (No Fill reads pattern ${noFill})`, async () => {
      const fake = setUp(findings, noFill);
      const before = snapshot(fake);
      const gw = gatewayOver(fake);
      await gw.highlight(findings);
      for (const f of findings) {
        const worst = findings.filter((x) => x.sheet === f.sheet && x.cell === f.cell).map((x) => x.severity);
        const sev = worst.includes("error") ? "error" : worst.includes("warning") ? "warning" : "info";
        expect(fake.fillAt(f.sheet, f.cell)?.color).toBe(SEVERITY_COLOR[sev]);
      }
      expect(snapshot(fake).content).toEqual(before.content);
      await gw.clearHighlights();
      expect(snapshot(fake)).toEqual(before);
      expect(fake.fillAt(findings[0].sheet, findings[0].cell)).toEqual(YELLOW);
      expect(fake.fillAt(findings[1].sheet, findings[1].cell)).toEqual(PATTERN);
      expect(fake.fillAt(findings[2].sheet, findings[2].cell)).toEqual(WHITE);
      expect(fake.fillAt(findings[3].sheet, findings[3].cell)).toBeNull();
    });
  }

  it("keeps the original fill when highlighting twice, and restores cells no longer flagged", async () => {
    const fake = setUp(findings);
    const before = snapshot(fake);
    const gw = gatewayOver(fake);
    await gw.highlight(findings);
    await gw.highlight(findings.slice(0, 2));
    expect(fake.fillAt(findings[2].sheet, findings[2].cell)).toEqual(WHITE);
    expect(fake.fillAt(findings[0].sheet, findings[0].cell)?.color).not.toBe(YELLOW.color);
    await gw.highlight(findings);
    await gw.clearHighlights();
    expect(snapshot(fake)).toEqual(before);
  });

  it("travels with the workbook: a new gateway (a reloaded pane) clears what another one highlighted", async () => {
    const fake = setUp(findings);
    const before = snapshot(fake);
    await gatewayOver(fake).highlight(findings);
    expect(fake.sheet(STATE_SHEET).visibility).toBe("VeryHidden");
    await gatewayOver(fake).clearHighlights();
    expect(snapshot(fake)).toEqual(before);
  });

  it("leaves alone a cell the user re-coloured after the highlight", async () => {
    const fake = setUp(findings);
    const gw = gatewayOver(fake);
    await gw.highlight(findings);
    const f = findings[3];
    fake.sheet(f.sheet).setFill(...rc(f.cell), { ...YELLOW, color: "#00B0F0" });
    await gw.clearHighlights();
    expect(fake.fillAt(f.sheet, f.cell)?.color).toBe("#00B0F0");
  });

  it("adds notes without overwriting a user's note, and removes only its own", async () => {
    const fake = setUp(findings);
    const userCell = findings[0];
    fake.sheet(userCell.sheet).notes.set(userCell.cell, "用户的批注");
    const before = snapshot(fake);
    const gw = gatewayOver(fake);
    const out = await gw.highlight(findings, { notes: true, lang: "zh-CN" });
    expect(out.notice).toBeUndefined();
    expect(fake.sheet(userCell.sheet).notes.get(userCell.cell)).toBe("用户的批注");
    const other = findings.find((f) => f.sheet !== userCell.sheet || f.cell !== userCell.cell)!;
    expect(fake.sheet(other.sheet).notes.get(other.cell)).toContain(other.message);
    await gw.clearHighlights();
    expect(snapshot(fake)).toEqual(before);
  });

  it("on a host without ExcelApi 1.18 highlights without notes and puts the messages on the report sheet", async () => {
    const fake = setUp(findings);
    fake.model.excelApi = "1.17"; // Worksheet.notes would throw ApiNotFound here
    const result = audit({ sheets: seedWorkbook(), settings: { today: "2021-08-31", asOf: "2021-08-31" } });
    const out = await gatewayOver(fake).highlight(findings, { notes: true, lang: "zh-CN", report: result });
    expect(fake.fillAt(findings[3].sheet, findings[3].cell)).not.toBeNull();
    expect(out.reportSheet).toBe("审核报告");
    expect(out.notice).toContain("ExcelApi 1.18");
    expect(out.notice).toContain("审核报告");
    const messages = fake.sheet("审核报告").vals.map((r) => r?.[5]);
    for (const f of findings) expect(messages).toContain(f.message);
    for (const name of seedWorkbook().map((g) => g.name)) expect(fake.sheet(name).notes.size).toBe(0);
    // Without a result to write, the notice still says where the messages are.
    const again = await gatewayOver(fake, { lang: "en-US" }).highlight(findings, { notes: true, lang: "en-US" });
    expect(again.notice).toMatch(/no notes \(ExcelApi 1\.18/);
  });

  it("refuses a protected sheet before writing anything", async () => {
    const fake = setUp(findings);
    fake.sheet(findings[0].sheet).protected = true;
    const before = snapshot(fake);
    const err = await gatewayOver(fake).highlight(findings).catch((e) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err.code).toBe("protected");
    expect(err.message).toContain(findings[0].sheet);
    expect(snapshot(fake)).toEqual(before);
    expect(fake.model.sheetByKey(STATE_SHEET)).toBeUndefined();
  });

  it("refuses a protected workbook structure when the state sheet must be added", async () => {
    const fake = setUp(findings);
    fake.model.structureProtected = true;
    const before = snapshot(fake);
    await expect(gatewayOver(fake, { lang: "en-US" }).highlight(findings)).rejects.toMatchObject({ code: "protected" });
    expect(snapshot(fake)).toEqual(before);
  });

  it("refuses to clear when a highlighted sheet got protected, changing nothing", async () => {
    const fake = setUp(findings);
    const gw = gatewayOver(fake);
    await gw.highlight(findings);
    const marked = snapshot(fake);
    fake.sheet(findings[0].sheet).protected = true;
    await expect(gw.clearHighlights()).rejects.toMatchObject({ code: "protected" });
    expect(snapshot(fake)).toEqual(marked);
  });

  it("highlights in a bounded number of syncs and suspends screen updating while writing", async () => {
    const fake = setUp(findings);
    fake.meter.reset();
    await gatewayOver(fake).highlight(findings);
    expect(fake.meter.syncCount).toBeLessThanOrEqual(4);
    expect(fake.model.screenUpdatingSuspensions).toBeGreaterThan(0);
  });

  // Saved fills are keyed by sheet id with the name as a fallback: Worksheet.id survives renames
  // (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-id-member)
  // but not always a reopening elsewhere (https://github.com/OfficeDev/office-js/issues/1390).
  it("restores by sheet name when the ids changed after the workbook was opened again", async () => {
    const fake = setUp(findings);
    const before = snapshot(fake);
    await gatewayOver(fake).highlight(findings);
    fake.model.reopen();
    const out = await gatewayOver(fake).clearHighlights();
    expect(out.notice).toBeUndefined();
    expect(snapshot(fake)).toEqual(before);
  });

  it("restores by sheet id when a highlighted sheet was renamed", async () => {
    const fake = setUp(findings);
    const before = snapshot(fake);
    await gatewayOver(fake).highlight(findings);
    const sheet = fake.sheet(findings[0].sheet);
    sheet.name = "改名后";
    const out = await gatewayOver(fake).clearHighlights();
    expect(out.notice).toBeUndefined();
    sheet.name = findings[0].sheet;
    expect(snapshot(fake)).toEqual(before);
  });

  it("says which sheet's saved fills were lost when neither id nor name is found, and restores the rest", async () => {
    const fake = setUp(findings);
    await gatewayOver(fake).highlight(findings);
    const gone = findings[0].sheet;
    const n = new Set(findings.filter((f) => f.sheet === gone).map((f) => f.cell)).size;
    fake.model.reopen();
    fake.sheet(gone).name = "别的表";
    const out = await gatewayOver(fake).clearHighlights();
    expect(out.notice).toContain(`“${gone}”${n} 个单元格`);
    const other = findings.find((f) => f.sheet !== gone)!;
    expect(fake.fillAt(other.sheet, other.cell)?.color).not.toBe(SEVERITY_COLOR.error);
    // The lost records are dropped: the next clear has nothing to say.
    expect((await gatewayOver(fake).clearHighlights()).notice).toBeUndefined();
  });
});

function rc(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, c - 1];
}
