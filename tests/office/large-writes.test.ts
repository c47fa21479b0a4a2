/** Writes at scale stay under the 5 MB request limit of Excel on the web. */
import { audit } from "../../src/core/audit";
import type { Finding } from "../../src/core/findings";
import { MAX_HIGHLIGHT_CELLS } from "../../src/office/state-sheet";
import { seedWorkbook } from "../core/fixtures/seed";
import { FakeExcel } from "../fakes/excel-fake";
import { bigSheet, gatewayOver } from "./helpers";

function manyFindings(sheet: string, n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    rule: "cap.exceeded",
    severity: i % 3 === 0 ? "error" : i % 3 === 1 ? "warning" : "info",
    sheet,
    cell: `H${i + 2}`,
    message: `企业${i + 1} 核定金额 ${40000 + i} 元超过上限 30,000 元（${"说明".repeat(20)}）`,
    actual: 40000 + i,
    expected: 30000,
    params: {},
    row: i + 1,
  }));
}

describe("large writes", () => {
  it("highlights and clears 12,000 findings (capped) in requests under the limit", async () => {
    const fake = FakeExcel.fromGrids([bigSheet("清单", 12000)]);
    const findings = manyFindings("清单", 12000);
    const gw = gatewayOver(fake);
    fake.meter.reset();
    await gw.highlight(findings, { notes: true });
    expect(fake.meter.syncs.every((s) => s.ok)).toBe(true);
    expect(fake.meter.maxRequest).toBeLessThan(5_000_000);
    expect(fake.meter.maxResponse).toBeLessThan(5_000_000);
    expect(fake.sheet("清单").fills.size).toBe(MAX_HIGHLIGHT_CELLS);
    await gw.clearHighlights();
    expect(fake.sheet("清单").fills.size).toBe(0);
    expect(fake.sheet("清单").notes.size).toBe(0);
    expect(fake.meter.maxRequest).toBeLessThan(5_000_000);
  });

  it("writes a report of 12,000 findings in requests under the limit", async () => {
    const fake = FakeExcel.fromGrids([...seedWorkbook(), bigSheet("清单", 12000)]);
    const base = audit({ sheets: seedWorkbook(), settings: { today: "2021-08-31" } });
    fake.meter.reset();
    const name = await gatewayOver(fake).writeReport({ ...base, findings: manyFindings("清单", 12000) }, "zh-CN");
    expect(fake.meter.syncs.every((s) => s.ok)).toBe(true);
    expect(fake.meter.maxRequest).toBeLessThan(5_000_000);
    expect(fake.sheet(name).hyperlinks.size).toBe(12000 + base.tables.length);
  });
});
