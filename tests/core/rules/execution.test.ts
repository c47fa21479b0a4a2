import { checkExecution } from "../../../src/core/kinds/execution/check";
import { withDefaults } from "../../../src/core/settings";
import type { Finding } from "../../../src/core/findings";
import { fig, handTableB, handTableC } from "./handTables";

const settings = withDefaults({ today: "2021-09-09" });
const AS_OF = "2021-08-31";
const brief = (fs: Finding[]) => fs.map((f) => [f.rule, f.cell, f.actual, f.expected]);

describe("execution rules on the seed's Table B (by year)", () => {
  const findings = checkExecution(handTableB(), AS_OF, settings);

  it("finds no rate mismatch: 34.47%, 100.00% and 99.79% agree at two decimals", () => {
    expect(findings.filter((f) => f.rule === "execution.rate-mismatch")).toEqual([]);
  });

  it("finds 2021 behind schedule (34.47% against 8/12) and nothing else", () => {
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([["execution.behind-schedule", "D2"]]);
    const f = findings[0];
    expect(f.severity).toBe("warning");
    expect(f.actual).toBeCloseTo(51_702_800 / 150_000_000, 12);
    expect(f.expected).toBeCloseTo(8 / 12, 12);
    expect(f.message).toBe(
      "2021 年执行率 34.47%，比截至 2021-08-31 的序时进度 66.67% 低 32.20 个百分点（容差 5 个百分点）",
    );
  });

  it("flags a stated rate that disagrees at its own precision", () => {
    const t = handTableB();
    t.rows[2].years[0].statedRate = fig(0.998, "E4", 1); // 99.8% vs 99.79%: agrees at 1 decimal
    t.rows[1].years[0].statedRate = fig(0.9999, "E3", 2); // 99.99% vs 99.9976% → 100.00%
    const f = checkExecution(t, AS_OF, settings).filter((x) => x.rule === "execution.rate-mismatch");
    expect(f.map((x) => x.cell)).toEqual(["E3"]);
    expect(f[0].actual).toBe(0.9999);
    expect(f[0].expected).toBeCloseTo(0.999976, 9);
  });

  it("judges the pace of the as-of year only; earlier years count as complete", () => {
    const t = handTableB();
    t.rows[1].years[0].actual = fig(50_000_000, "D3", 2); // 2020: 50%
    t.rows[1].years[0].statedRate = fig(0.5, "E3", 2);
    const f = checkExecution(t, AS_OF, settings);
    expect(brief(f).map((x) => x.slice(0, 2))).toEqual([
      ["execution.behind-schedule", "D2"],
      ["execution.behind-schedule", "D3"],
    ]);
    expect(f[1].expected).toBe(1);
  });

  it("does not call a year not yet begun behind or unspent", () => {
    const t = handTableB();
    t.rows[0].years[0].actual = null;
    t.rows[0].years[0].statedRate = null;
    expect(checkExecution(t, "2020-12-31", settings).filter((f) => f.row === 1)).toEqual([]);
  });
});

describe("execution rules on the seed's Table C (by category), as of 2021-08-31", () => {
  const findings = checkExecution(handTableC(), AS_OF, settings);

  it("reproduces the worked results exactly", () => {
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([
      ["execution.overspent", "E3"],
      ["execution.behind-schedule", "E5"],
      ["execution.behind-schedule", "E6"],
      ["execution.no-spending", "E7"],
      ["execution.overspent", "E9"],
    ]);
  });

  it("reports overspending in 元 with the lead's wording", () => {
    const cat1 = findings[0];
    expect(cat1).toMatchObject({ severity: "error", actual: 4_950_000, expected: 3_000_000, row: 2 });
    expect(cat1.message).toBe(
      "支持企业专精特新化发展 2021 年实际支出 4,950,000 元，超过调整后预算 3,000,000 元（执行率 165.00%）",
    );
    expect(findings[4]).toMatchObject({ actual: 4_729_000, expected: 4_000_000 });
  });

  it("gives the rates of the categories behind the calendar", () => {
    expect(findings[1].actual).toBeCloseTo(1134.35 / 7040, 12); // 16.11%
    expect(findings[2].actual).toBeCloseTo(210.45 / 2490, 12); // 8.45%
    expect(findings[3]).toMatchObject({ severity: "warning", actual: 0, expected: 3_700_000 });
  });

  it("fires nothing on 2020/2019 per-category cells (their budget is one merged cell) and nothing on 合计", () => {
    expect(findings.some((f) => /^[FGHI]/.test(f.cell))).toBe(false);
    expect(findings.some((f) => f.row === 11)).toBe(false);
  });

  it("a larger tolerance spares category 3 and 4 only when within it", () => {
    const wide = withDefaults({ today: "2021-09-09", tolerance: 55 });
    const f = checkExecution(handTableC(), AS_OF, wide).map((x) => x.cell);
    expect(f).toEqual(["E3", "E6", "E7", "E9"]); // cat 3 is 50.56 points behind, cat 4 58.22
  });

  it("by day, time progress is days elapsed", () => {
    const byDay = withDefaults({ today: "2021-09-09", progressMethod: "day" });
    const f = checkExecution(handTableC(), AS_OF, byDay).filter((x) => x.rule === "execution.behind-schedule");
    expect(f[0].expected).toBeCloseTo(243 / 365, 12);
  });
});

describe("execution totals", () => {
  it("the seed's 合计 row reconciles: no total mismatch", () => {
    expect(checkExecution(handTableC(), AS_OF, settings).filter((f) => f.rule === "execution.total-mismatch")).toEqual(
      [],
    );
  });

  it("flags a total budget, actual or item count that differs from its rows", () => {
    const t = handTableC();
    const total = t.total!;
    total.itemCount = fig(22, "C12");
    total.years[0].actual = fig(51_712_800, "E12", 2);
    total.years[0].budget = fig(150_000_000, "D12", 2);
    total.years[1].budget = fig(110_000_000, "F12", 2); // against the merged 10,000 万元
    const f = checkExecution(t, AS_OF, settings).filter((x) => x.rule === "execution.total-mismatch");
    expect(brief(f)).toEqual([
      ["execution.total-mismatch", "C12", 22, 23],
      ["execution.total-mismatch", "E12", 51_712_800, 51_702_800],
      ["execution.total-mismatch", "F12", 110_000_000, 100_000_000],
    ]);
    expect(f[2].params.source).toBe("group");
    expect(f[2].message).toBe("合计 2020 年调整后预算 110,000,000 元，与合并单元格所列全年预算 100,000,000 元不符");
    expect(f[0].message).toBe("合计涉及政策项数 22 项，与各项之和 23 项不符");
  });

  it("counts a `—` actual as nothing spent and a `—` budget as no budget: spending without one is overspent", () => {
    const t = handTableC();
    t.rows[7].years[0].actual = fig(100_000, "E10", 2);
    const f = checkExecution(t, AS_OF, settings).filter((x) => x.row === 9);
    expect(brief(f)).toEqual([["execution.overspent", "E10", 100_000, 0]]);
  });
});
