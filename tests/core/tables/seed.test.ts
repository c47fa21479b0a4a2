import { rangeA1 } from "../../../src/core/grid";
import { recognise } from "../../../src/core/tables/recognise";
import type { CompositionTable, ExecutionTable, RecognisedTable } from "../../../src/core/tables/types";
import { seedSheet, seedWorkbook, tableA, tableB, tableC, TABLE_A_LINES, TABLE_C_ROWS, type Placed } from "../fixtures/seed";

function only<K extends RecognisedTable["kind"]>(tables: RecognisedTable[], kind: K): Extract<RecognisedTable, { kind: K }> {
  const found = tables.filter((t) => t.kind === kind);
  expect(found).toHaveLength(1);
  return found[0] as Extract<RecognisedTable, { kind: K }>;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("Table A (budget composition, 元)", () => {
  const result = recognise([tableA()]);
  const a = only(result.tables, "composition") as CompositionTable;

  it("is found under its caption, notes excluded, in 元 from the header", () => {
    expect(result.tables).toHaveLength(1);
    expect(rangeA1(a.range)).toBe("A3:E17"); // header on row 3, 合计 on row 17, note on row 19 left out
    expect(a.headerRows).toBe(1);
    expect(a.unit).toBe("元");
    expect(a.unitSource).toBe("header");
    expect(a.caption).toContain("20,000 万元");
    expect(a.columns.map((c) => c.field)).toEqual(["category", "item", "amount", "unitAmount", "quantity"]);
    expect(result.unreadable).toEqual([]);
  });

  it("reads every policy line with the category of its merged cell", () => {
    // The seed has 13 budget lines (5 under category 1, one each under 2-9) and a 合计 row.
    expect(a.lines).toHaveLength(TABLE_A_LINES.length);
    expect(a.lines).toHaveLength(13);
    expect(new Set(a.lines.map((l) => l.category)).size).toBe(9);
    expect(a.lines.slice(0, 5).every((l) => l.category === "支持企业专精特新化发展")).toBe(true);
    expect(a.lines[5].category).toBe("鼓励优质项目引进和企业成长壮大");
    const second = a.lines[1];
    expect(second.item).toBe("市级“专精特新”中小企业（新申报）");
    expect(second.itemCell).toBe("B5");
    expect(second.amount).toMatchObject({ value: 24_000_000, cell: "C5", decimals: 2 });
    expect(second.unitAmount?.value).toBe(200_000);
    expect(second.quantity?.value).toBe(120);
    expect(sum(a.lines.map((l) => l.amount?.value ?? 0))).toBe(200_000_000);
  });

  it("reads the 合计 row as the table total and the caption's approved budget", () => {
    expect(a.totals).toHaveLength(1);
    expect(a.totals[0]).toMatchObject({ label: "合计", scope: "table", category: null, row: 16 });
    expect(a.totals[0].amount).toMatchObject({ value: 200_000_000, cell: "C17" });
    expect(a.approvedBudget?.value).toBe(200_000_000);
    expect(a.approvedBudget?.text).toContain("20,000 万元");
  });

  it("has no approved budget without the caption", () => {
    const t = only(recognise([tableA({ caption: false })]).tables, "composition") as CompositionTable;
    expect(t.approvedBudget).toBeUndefined();
    expect(t.caption).toBeUndefined();
    expect(rangeA1(t.range)).toBe("A1:E15");
    expect(t.lines).toHaveLength(13);
  });
});

describe("Table B (execution by year, 万元)", () => {
  const result = recognise([tableB()]);
  const b = only(result.tables, "execution") as ExecutionTable;

  it("takes its unit from the caption", () => {
    expect(b.layout).toBe("by-year");
    expect(rangeA1(b.range)).toBe("A3:E6");
    expect(b.unit).toBe("万元");
    expect(b.unitSource).toBe("caption");
    expect(b.columns.map((c) => c.field)).toEqual(["year", "initialBudget", "budget", "actual", "rate"]);
  });

  it("reads years, amounts in 元, rates as fractions and the 1-8 月 period", () => {
    expect(b.rows.map((r) => r.years[0].year)).toEqual([2021, 2020, 2019]);
    const y21 = b.rows[0].years[0];
    expect(y21.budget?.value).toBe(150_000_000);
    expect(y21.initialBudget?.value).toBe(150_000_000);
    expect(y21.actual).toMatchObject({ value: 51_702_800, cell: "D4", decimals: 2 });
    expect(y21.statedRate).toMatchObject({ value: 0.3447, decimals: 2 });
    expect(y21.asOf).toBe("2021-08-31");
    expect(b.rows[1].years[0].asOf).toBeUndefined();
    expect(b.rows[1].years[0].statedRate?.value).toBe(1);
    expect(b.rows[2].years[0].actual?.value).toBe(99_790_800);
    expect(b.total).toBeNull();
    expect(b.groupBudgets).toEqual([]);
  });
});

describe("Table C (execution by category, two header rows, 万元)", () => {
  const result = recognise([tableC()]);
  const c = only(result.tables, "execution") as ExecutionTable;

  it("reads the two header rows with year groups", () => {
    expect(c.layout).toBe("by-category");
    expect(c.headerRows).toBe(2);
    expect(rangeA1(c.range)).toBe("A2:I13");
    expect(c.unit).toBe("万元");
    expect(c.unitSource).toBe("caption");
    expect(c.columns.map((x) => x.field)).toEqual([
      "seq",
      "category",
      "itemCount",
      "budget",
      "actual",
      "budget",
      "actual",
      "budget",
      "actual",
    ]);
    expect(c.columns.map((x) => x.year ?? null)).toEqual([null, null, null, 2021, 2021, 2020, 2020, 2019, 2019]);
    expect(c.columns[4].header).toBe("2021 年 / 1-8 月实际支出");
    expect(result.unreadable).toEqual([]);
  });

  it("reads nine categories, 2021 figures per category as of 2021-08-31", () => {
    expect(c.rows).toHaveLength(9);
    expect(c.rows.map((r) => r.category)).toEqual(TABLE_C_ROWS.map((r) => r[1]));
    const first = c.rows[0];
    expect(first.itemCount?.value).toBe(5);
    const y21 = first.years.find((y) => y.year === 2021);
    expect(y21?.budget?.value).toBe(3_000_000);
    expect(y21?.actual?.value).toBe(4_950_000);
    expect(y21?.asOf).toBe("2021-08-31");
    // `-` and `—` are nothing, not zero and not unreadable.
    expect(c.rows[4].years[0].actual).toBeNull();
    expect(c.rows[7].years[0].budget).toBeNull();
    expect(sum(c.rows.map((r) => r.itemCount?.value ?? 0))).toBe(23);
  });

  it("keeps the 2020 and 2019 merged budgets as one figure for the group", () => {
    expect(c.groupBudgets.map((g) => g.year)).toEqual([2020, 2019]);
    for (const g of c.groupBudgets) {
      expect(g.figure.value).toBe(100_000_000);
      expect(g.rows).toEqual(c.rows.map((r) => r.row));
    }
    expect(c.groupBudgets[0].figure.cell).toBe("F4");
    expect(c.groupBudgets[1].figure.cell).toBe("H4");
    for (const r of c.rows) {
      for (const year of [2020, 2019]) {
        const y = r.years.find((f) => f.year === year);
        expect(y?.budget).toBeNull();
        expect(y?.budgetSpanned).toBe(true);
      }
      expect(r.years.find((f) => f.year === 2021)?.budgetSpanned).toBe(false);
    }
    expect(c.rows[0].years.find((y) => y.year === 2020)?.actual).toBeNull(); // —
    expect(c.rows[1].years.find((y) => y.year === 2020)?.actual?.value).toBe(7_675_500);
  });

  it("reads the 合计 row as the total", () => {
    expect(c.total?.label).toBe("合计");
    expect(c.total?.itemCount?.value).toBe(23);
    const byYear = Object.fromEntries((c.total?.years ?? []).map((y) => [y.year, y]));
    expect(byYear[2021].budget?.value).toBe(150_000_000);
    expect(byYear[2021].actual?.value).toBe(51_702_800);
    expect(byYear[2020].budget?.value).toBe(100_000_000);
    expect(byYear[2020].budgetSpanned).toBe(false);
    expect(byYear[2020].actual?.value).toBe(99_997_600);
    expect(byYear[2019].actual?.value).toBe(99_790_800);
  });
});

describe("the seed workbook and the seed on one sheet", () => {
  it("recognises one table per sheet, in sheet order", () => {
    const r = recognise(seedWorkbook());
    expect(r.tables.map((t) => [t.sheet, t.kind])).toEqual([
      ["预算构成", "composition"],
      ["年度执行", "execution"],
      ["分类执行", "execution"],
    ]);
    expect(r.unreadable).toEqual([]);
  });

  it("finds all three tables on one sheet, top to bottom, each with its own caption and unit", () => {
    const at: { a?: Placed; b?: Placed; c?: Placed } = {};
    const r = recognise([seedSheet(at)]);
    expect(r.tables.map((t) => t.kind)).toEqual(["composition", "execution", "execution"]);
    const [a, b, c] = r.tables as [CompositionTable, ExecutionTable, ExecutionTable];
    expect(a.range.r0).toBe(at.a?.headerRow);
    expect(a.range.r1).toBe(at.a?.totalRow);
    expect(a.unit).toBe("元");
    expect(a.lines).toHaveLength(13);
    expect(a.approvedBudget?.value).toBe(200_000_000);
    expect(b.range.r0).toBe(at.b?.headerRow);
    expect(b.range.r1).toBe(at.b?.bottom);
    expect(b.layout).toBe("by-year");
    expect(b.unit).toBe("万元");
    expect(b.unitSource).toBe("caption");
    expect(c.range.r0).toBe(at.c?.headerRow);
    expect(c.range.r1).toBe(at.c?.totalRow);
    expect(c.layout).toBe("by-category");
    expect(c.unit).toBe("万元");
    expect(c.rows).toHaveLength(9);
    expect(c.groupBudgets).toHaveLength(2);
    expect(r.unreadable).toEqual([]);
  });
});
