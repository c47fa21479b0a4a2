import { compositionView, executionView } from "../../../src/core/views";
import { withDefaults } from "../../../src/core/settings";
import { handTableA, handTableB, handTableC, CATEGORIES } from "../rules/handTables";

const settings = withDefaults({ today: "2021-09-09" });

describe("compositionView on Table A", () => {
  const v = compositionView(handTableA());

  // domain.md says "14 lines"; the seed's table has 13 policy lines plus the 合计 row.
  it("groups 13 lines into 9 categories with subtotals and shares", () => {
    expect(v.lineCount).toBe(13);
    expect(v.categories.map((c) => c.name)).toEqual(CATEGORIES);
    expect(v.categories.map((c) => c.lines.length)).toEqual([5, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(v.categories[0].subtotal).toBe(47_550_000);
    expect(v.categories[0].share).toBeCloseTo(47_550_000 / 200_000_000, 12);
    expect(v.categories.reduce((s, c) => s + (c.share ?? 0), 0)).toBeCloseTo(1, 12);
  });

  it("states the sum, the stated total and the approved budget", () => {
    expect([v.sum, v.statedTotal, v.approved, v.approvedGap]).toEqual([200_000_000, 200_000_000, 200_000_000, 0]);
  });

  it("shows each line's verdict", () => {
    const verdicts = v.categories.flatMap((c) => c.lines.map((l) => l.verdict));
    expect(verdicts).toEqual([
      "exact",
      "exact",
      "exact",
      "exact",
      "exact",
      "rounded",
      "rounded",
      "rounded",
      "exact",
      "exact",
      "rounded",
      "exact",
      "rounded",
    ]);
    expect(verdicts.filter((x) => x === "rounded")).toHaveLength(5);
    expect(v.categories[1].lines[0]).toMatchObject({ expected: 10_000_008, gap: -8 });
  });
});

describe("executionView", () => {
  it("by category: per-year rate, progress and status, nothing per category where the budget spans the year", () => {
    const v = executionView(handTableC(), "2021-08-31", settings);
    expect(v.rows.map((r) => r.years[0].status)).toEqual([
      "overspent",
      "normal",
      "behind",
      "behind",
      "no-spending",
      "normal",
      "overspent",
      "normal",
      "normal",
    ]);
    expect(v.rows[0].years[0]).toMatchObject({ budget: 3_000_000, actual: 4_950_000, rate: 1.65, progress: 8 / 12 });
    expect(v.rows[5].years[0].rate).toBeCloseTo(2257.58 / 3500, 12);
    for (const r of v.rows) {
      expect(r.years[1]).toMatchObject({ budget: null, budgetSpanned: true, rate: null, status: null, progress: 1 });
    }
    expect(v.totals.map((t) => [t.year, t.budget, t.actual])).toEqual([
      [2021, 150_000_000, 51_702_800],
      [2020, 100_000_000, 99_997_600],
      [2019, 100_000_000, 99_790_800],
    ]);
    expect(v.totals.map((t) => t.status)).toEqual(["behind", "normal", "normal"]);
  });

  it("by year: one row per year", () => {
    const v = executionView(handTableB(), "2021-08-31", settings);
    expect(v.rows.map((r) => r.years[0].status)).toEqual(["behind", "normal", "normal"]);
    expect(v.rows[0].years[0].statedRate).toBe(0.3447);
    expect(v.totals.map((t) => t.rate)).toEqual([
      51_702_800 / 150_000_000,
      99_997_600 / 100_000_000,
      99_790_800 / 100_000_000,
    ]);
  });
});
