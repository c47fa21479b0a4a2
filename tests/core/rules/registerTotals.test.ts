/**
 * A register's money sums (its 合计 row under the lines, an award split into parts under one merged heading):
 * figures typed as whole numbers state the amounts decided, so their sums agree exactly, as an allocation's do
 * (docs/rules.md, Rounding); figures with decimals, or rounded by their number format, keep the rounding they show.
 */
import { audit } from "../../../src/core/audit";
import { parseRangeA1, type Cell, type SheetGrid } from "../../../src/core/grid";

function grid(values: Cell[][], merges: string[] = [], formats?: (string | null)[][]): SheetGrid {
  return {
    name: "名单",
    top: 0,
    left: 0,
    values,
    ...(formats ? { formats } : {}),
    merges: merges.map((m) => parseRangeA1(m) as NonNullable<ReturnType<typeof parseRangeA1>>),
  };
}

function totals(g: SheetGrid): string[] {
  const r = audit({ sheets: [g], settings: { today: "2023-12-31" } });
  expect(r.tables.map((t) => t.kind)).toEqual(["register"]);
  return r.findings.filter((f) => f.rule === "composition.total-mismatch").map((f) => f.cell);
}

function awards(n: number, each: Cell, foot: Cell): Cell[][] {
  const rows: Cell[][] = [["序号", "企业名称", "奖励金额（万元）"]];
  for (let i = 1; i <= n; i++) rows.push([i, `第${i}号有限公司`, each]);
  rows.push(["合计", null, foot]);
  return rows;
}

describe("a register's 合计 row under whole awards", () => {
  it("is reported when it differs from the lines by a few 万元 over a long list", () => {
    // 100 awards of 10 万元 add up to 1,000; a foot of 1,008 was allowed ±10.5 万元 as if each line were rounded.
    expect(totals(grid(awards(100, 10, 1008)))).toEqual(["C102"]);
  });

  it("is reported when it is off by one 万元 over two lines", () => {
    expect(totals(grid(awards(2, 10, 21)))).toEqual(["C4"]);
  });

  it("agrees when the lines add up to it", () => {
    expect(totals(grid(awards(100, 10, 1000)))).toEqual([]);
  });

  it("keeps the rounding of lines whose figures show decimals", () => {
    // 100 × 10.25 = 1,025; a foot of 1,025.1 is within the rounding shown: ±0.05 for the foot, ±0.005 for each line (20 × that over 100).
    expect(totals(grid(awards(100, 10.25, 1025.1)))).toEqual([]);
  });

  it("keeps the rounding of lines a number format shows whole (10.4 shown 10)", () => {
    const rows = awards(3, 10.4, 31);
    const formats = rows.map((r, i) => r.map((_, j) => (j === 2 && i > 0 && i < rows.length - 1 ? "0" : null)));
    // Each line is 10.4 as stored, shown 10: no whole amount, so the foot 31 against their 31.2 keeps the rounding.
    expect(totals(grid(rows, [], formats))).toEqual([]);
  });
});

describe("an award split under one merged heading (核定奖补 | 上浮 | 合计)", () => {
  const split = (second: Cell): Cell[][] => [
    ["序号", "企业名称", "奖补资金（万元）", null, null],
    [null, null, "核定奖补", "上浮部分", "合计"],
    [1, "甲有限公司", 10, 2, 12],
    [2, "乙有限公司", 20, 4, second],
  ];
  it("reports a row whose whole is off by one 万元 from its whole parts", () => {
    expect(totals(grid(split(25), ["C1:E1"]))).toEqual(["E4"]);
  });

  it("is silent when each row adds up", () => {
    expect(totals(grid(split(24), ["C1:E1"]))).toEqual([]);
  });
});
