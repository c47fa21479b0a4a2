import {
  allowedAmount,
  capExcess,
  executionRate,
  lineGap,
  rateAgrees,
  roundingAllowance,
  shortfallPoints,
  spendingStatus,
  timeProgress,
} from "../../src/core/measures";
import { fromYuan } from "../../src/core/units";

describe("execution rate", () => {
  it("is actual over budget (Table B, 2021)", () => {
    expect(executionRate(5170.28, 15000)).toBeCloseTo(0.3446853, 6);
  });
  it("is null for a zero budget", () => {
    expect(executionRate(10, 0)).toBeNull();
  });
});

describe("time progress (序时进度)", () => {
  it("counts the as-of month as done, by month", () => {
    expect(timeProgress("2021-08-31", 2021)).toBeCloseTo(8 / 12, 10);
    expect(timeProgress("2021-08-01", 2021, "month")).toBeCloseTo(8 / 12, 10);
  });
  it("counts days including the as-of day, by day", () => {
    expect(timeProgress("2021-08-31", 2021, "day")).toBeCloseTo(243 / 365, 10);
    expect(timeProgress("2020-12-31", 2020, "day")).toBe(1);
  });
  it("is 1 for a past year and 0 for a future one", () => {
    expect(timeProgress("2021-08-31", 2020)).toBe(1);
    expect(timeProgress("2021-08-31", 2022)).toBe(0);
  });
});

describe("shortfall and status against 66.67% progress, tolerance 5 points", () => {
  const p = 8 / 12;
  it("category 3 (16.11%) is about 50.56 points behind", () => {
    expect(shortfallPoints(1134.35 / 7040, p, 5)).toBeCloseTo(50.55, 1);
    expect(spendingStatus(1134.35, 7040, p, 5)).toBe("behind");
  });
  it("category 6 (64.50%) is within the tolerance", () => {
    expect(shortfallPoints(2257.58 / 3500, p, 5)).toBe(0);
    expect(spendingStatus(2257.58, 3500, p, 5)).toBe("normal");
  });
  it("category 1 (495 of 300) is overspent", () => {
    expect(spendingStatus(495, 300, p, 5)).toBe("overspent");
  });
  it("category 5 (nothing of 370) has no spending", () => {
    expect(spendingStatus(0, 370, p, 5)).toBe("no-spending");
  });
  it("categories 8 and 9 (no budget, no spending) are normal", () => {
    expect(spendingStatus(0, 0, p, 5)).toBe("normal");
  });
  it("a year not begun has no spending due", () => {
    expect(spendingStatus(0, 100, 0, 5)).toBe("normal");
  });
});

describe("line gap of unit x quantity", () => {
  it.each([
    [10_000_000, 555_556, 18, 8],
    [47_950_000, 694_928, 69, 32],
    [26_000_000, 742_857, 35, -5],
    [10_000_000, 333_333, 30, -10],
    [8_000_000, 533_333, 15, -5],
  ])("%d vs %d x %d differs by %d, within rounding", (amount, unit, qty, gap) => {
    const g = lineGap(amount, unit, qty, 0);
    expect(g.gap).toBe(-gap);
    expect(g.verdict).toBe("rounded");
  });
  it("an exact line is exact", () => {
    expect(lineGap(7_000_000, 50_000, 140, 0).verdict).toBe("exact");
    expect(lineGap(6_000_000, 240_000, 25, 2).verdict).toBe("exact");
  });
  it("a gap larger than quantity x 0.5 is a mismatch", () => {
    expect(roundingAllowance(18, 0)).toBe(9);
    expect(lineGap(10_000_020, 555_556, 18, 0).verdict).toBe("mismatch");
    expect(lineGap(7_000_001, 50_000, 140, 2).verdict).toBe("mismatch");
  });
});

describe("stated rate against computed rate", () => {
  it("agrees at the stated precision (Table B)", () => {
    expect(rateAgrees(0.3447, 5170.28 / 15000, 2)).toBe(true);
    expect(rateAgrees(1, 9999.76 / 10000, 2)).toBe(true);
    expect(rateAgrees(0.9979, 9979.08 / 10000, 2)).toBe(true);
  });
  it("disagrees when off by more than half the last digit", () => {
    expect(rateAgrees(0.3448, 5170.28 / 15000, 2)).toBe(false);
    expect(rateAgrees(0.34, 5170.28 / 15000, 0)).toBe(true);
    expect(rateAgrees(0.35, 5170.28 / 15000, 0)).toBe(false);
  });
});

describe("amounts against a cap", () => {
  it("the excess is what lies above the limit, 0 within it or without a limit", () => {
    expect(capExcess(80_000, 50_000)).toBe(30_000);
    expect(capExcess(40_000, 50_000)).toBe(0);
    expect(capExcess(40_000, null)).toBe(0);
    expect(allowedAmount(80_000, 50_000)).toBe(50_000);
    expect(allowedAmount(40_000, 50_000)).toBe(40_000);
    expect(allowedAmount(40_000, null)).toBe(40_000);
  });
});

describe("amounts in another unit", () => {
  it("元 back to 万元 keeps the fen", () => {
    expect(fromYuan(51_702_800, "万元")).toBe(5170.28);
    expect(fromYuan(50_000.004, "元")).toBe(50_000);
    expect(fromYuan(100_000_000, "亿元")).toBe(1);
  });
});
