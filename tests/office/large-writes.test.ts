/**
 * Writes at scale stay under the 5 MB request limit of Excel on the web, as office.js itself
 * measures a request (the fake mirrors every operation on office.js: tests/fakes/officejs-meter.ts),
 * and take a number of syncs that grows with the data's size in budget-sized chunks, not with
 * the number of cells. Source of the limit:
 * https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices
 */
import { audit } from "../../src/core/audit";
import type { Finding } from "../../src/core/findings";
import { PAYLOAD_BUDGET } from "../../src/office/chunking";
import { MAX_HIGHLIGHT_CELLS } from "../../src/office/state-sheet";
import { marksOf } from "../../src/office/highlight";
import { seedWorkbook } from "../core/fixtures/seed";
import { FakeExcel } from "../fakes/excel-fake";
import type { Meter } from "../fakes/fake-context";
import { bigSheet, gatewayOver } from "./helpers";

const LIMIT = 5_000_000;
const N = 50_000;

function manyFindings(sheet: string, n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    rule: "cap.exceeded",
    severity: i % 3 === 0 ? "error" : i % 3 === 1 ? "warning" : "info",
    sheet,
    // Every other row of column H, then column G: runs of one cell, the worst case for ranges.
    cell: `${i % 2 === 0 ? "H" : "G"}${i + 2}`,
    message: `企业${i + 1} 核定金额 ${40000 + i} 元超过上限 30,000 元（${"说明".repeat(20)}）`,
    actual: 40000 + i,
    expected: 30000,
    params: {},
    row: i + 1,
  }));
}

/**
 * O(chunks): the syncs a job needs when every request and every answer is filled to the budget,
 * plus a few fixed ones (finding the sheets and the state, creating the state sheet, and one
 * partly filled request per phase).
 */
function chunksOf(meter: Meter, fixed: number): number {
  const requests = meter.syncs.reduce((n, s) => n + s.request, 0);
  const answers = meter.syncs.reduce((n, s) => n + s.response, 0);
  return Math.ceil(requests / PAYLOAD_BUDGET) + Math.ceil(answers / PAYLOAD_BUDGET) + fixed;
}

function summary(meter: Meter) {
  return { syncs: meter.syncCount, maxRequest: meter.maxRequest, maxResponse: meter.maxResponse, refused: meter.syncs.filter((s) => !s.ok).length };
}

describe("large writes (50,000 cells or rows)", () => {
  const findings = manyFindings("清单", N);
  const cells = new Set(findings.map((f) => f.cell)).size;

  it("has 50,000 distinct cells to mark", () => {
    expect(cells).toBe(N);
  });

  it("highlights with notes and clears 50,000 cells, every request under 5 MB by office.js's measure, in O(chunks) syncs", async () => {
    const fake = FakeExcel.fromGrids([bigSheet("清单", N + 10)]);
    const gw = gatewayOver(fake);
    fake.meter.reset();
    const out = await gw.highlight(findings, { notes: true, lang: "zh-CN" });
    const h = summary(fake.meter);
    expect(out.cells).toBe(N);
    expect(fake.sheet("清单").fills.size).toBe(N);
    expect(fake.sheet("清单").notes.size).toBe(N);
    expect(h.refused).toBe(0);
    expect(h.maxRequest).toBeLessThan(LIMIT);
    expect(h.maxResponse).toBeLessThan(LIMIT);
    expect(h.syncs).toBeLessThanOrEqual(chunksOf(fake.meter, 6));
    // Address lists stay under Excel's 8192-character cut (fake.test.ts pins the cut).
    expect(fake.model.longestAddress).toBeGreaterThan(1000);
    expect(fake.model.longestAddress).toBeLessThanOrEqual(8000);

    fake.meter.reset();
    const cleared = await gw.clearHighlights();
    const c = summary(fake.meter);
    expect(cleared.restored).toBe(N);
    expect(fake.sheet("清单").fills.size).toBe(0);
    expect(fake.sheet("清单").notes.size).toBe(0);
    expect(c.refused).toBe(0);
    expect(c.maxRequest).toBeLessThan(LIMIT);
    expect(c.maxResponse).toBeLessThan(LIMIT);
    expect(c.syncs).toBeLessThanOrEqual(chunksOf(fake.meter, 6));
  });

  it("writes a report of 50,000 findings, every request under 5 MB by office.js's measure, in O(chunks) syncs", async () => {
    const fake = FakeExcel.fromGrids([...seedWorkbook(), bigSheet("清单", N + 10)]);
    const base = audit({ sheets: seedWorkbook(), settings: { today: "2021-08-31" } });
    fake.meter.reset();
    const name = await gatewayOver(fake).writeReport({ ...base, findings }, "zh-CN");
    const r = summary(fake.meter);
    expect(r.refused).toBe(0);
    expect(r.maxRequest).toBeLessThan(LIMIT);
    expect(r.syncs).toBeLessThanOrEqual(chunksOf(fake.meter, 6));
    expect(fake.sheet(name).hyperlinks.size).toBe(N + base.tables.length);
    expect(fake.sheet(name).formulas.size).toBe(0);
  });

  it("sends a refused request again in halves (RequestPayloadSizeLimitExceeded) and still writes everything", async () => {
    const fake = FakeExcel.fromGrids([bigSheet("清单", 12010)]);
    fake.payloadLimit = 1_500_000; // a host stricter than the 4 MB budget assumes
    const some = findings.slice(0, 12000);
    fake.meter.reset();
    const out = await gatewayOver(fake).highlight(some, { notes: true, lang: "zh-CN" });
    expect(out.cells).toBe(12000);
    expect(fake.sheet("清单").notes.size).toBe(12000);
    expect(fake.meter.syncs.some((s) => s.error === "RequestPayloadSizeLimitExceeded")).toBe(true);
    for (const s of fake.meter.syncs.filter((x) => x.ok)) expect(s.request).toBeLessThanOrEqual(1_500_000);
    await gatewayOver(fake).clearHighlights();
    expect(fake.sheet("清单").fills.size).toBe(0);
    expect(fake.sheet("清单").notes.size).toBe(0);
  });

  it("marks at most MAX_HIGHLIGHT_CELLS cells, the most severe first", () => {
    const many = Array.from({ length: MAX_HIGHLIGHT_CELLS + 5 }, (_, i) => ({ ...findings[0], severity: i < 5 ? ("info" as const) : ("error" as const), cell: `A${i + 1}` }));
    const marks = marksOf(many, "zh-CN");
    expect(marks).toHaveLength(MAX_HIGHLIGHT_CELLS);
    expect(marks.every((m) => m.severity === "error")).toBe(true);
  });
});
