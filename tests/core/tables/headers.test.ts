import type { Cell, CellRange, SheetGrid } from "../../../src/core/grid";
import { recognise } from "../../../src/core/tables/recognise";
import type { CompositionTable, ExecutionTable, RecognisedTable } from "../../../src/core/tables/types";
import { tableC } from "../fixtures/seed";

function one(values: Cell[][], merges: CellRange[] = []): RecognisedTable {
  const grid: SheetGrid = { name: "H", top: 0, left: 0, values, merges };
  const r = recognise([grid]);
  expect(r.tables).toHaveLength(1);
  return r.tables[0];
}

describe("header variants", () => {
  it.each([
    [["二级", "三级", "预算金额（元）", "单价/均价（元）", "数量"]],
    [["政策类", "政策项", "金额(元)", "均价", "个数"]],
    [["类别", "项目", "预算数\n（元）", "单价／均价［元］", "户数"]],
    [["类 别", "明细", "预算金额 (元)", "标准", "数 量"]],
    [["Category", "Item", "Amount", "Unit amount", "Quantity"]],
  ])("composition %#", (header) => {
    const t = one([header, ["甲", "项目一", 300, 100, 3]]) as CompositionTable;
    expect(t.kind).toBe("composition");
    expect(t.columns.map((c) => c.field)).toEqual(["category", "item", "amount", "unitAmount", "quantity"]);
    expect(t.lines[0]).toMatchObject({ category: "甲", item: "项目一" });
    expect(t.lines[0].amount?.value).toBe(300);
  });

  it("a bare name + amount list is an allocation table: a composition whose 合计 is checked", () => {
    const grid: SheetGrid = { name: "H", top: 0, left: 0, values: [["项目", "金额"], ["x", 1], ["y", 2], ["合计", 4]], merges: [] };
    const [t] = recognise([grid]).tables as CompositionTable[];
    expect(t.kind).toBe("composition");
    expect(t.lines.map((l) => [l.item, l.amount?.value])).toEqual([["x", 1], ["y", 2]]);
    expect(t.totals.map((x) => x.amount?.value)).toEqual([4]);
  });

  it("a single label over figures is no table: a caption, a form line or a list of numbers", () => {
    const grid: SheetGrid = { name: "H", top: 0, left: 0, values: [["说明", "备注"], [1, 2]], merges: [] };
    expect(recognise([grid]).tables).toEqual([]);
  });

  it.each([
    [["年度", "年初预算", "调整后预算", "实际支出", "预算执行率"]],
    [["年份", "年初预算数", "调整预算", "支出数", "执行率（%）"]],
    [["年 度", "年初预算(万元)", "调整后预算(万元)", "实际执行数(万元)", "执行进度"]],
  ])("execution by year %#", (header) => {
    const t = one([["单位：万元"], header, ["2021年度", 100, 120, 60, "50.00%"]]) as ExecutionTable;
    expect(t.kind).toBe("execution");
    expect(t.layout).toBe("by-year");
    expect(t.unit).toBe("万元");
    expect(t.rows[0].years[0]).toMatchObject({ year: 2021 });
    expect(t.rows[0].years[0].budget?.value).toBe(1_200_000);
    expect(t.rows[0].years[0].initialBudget?.value).toBe(1_000_000);
    expect(t.rows[0].years[0].actual?.value).toBe(600_000);
    expect(t.rows[0].years[0].statedRate?.value).toBe(0.5);
  });

  it("reads year groups written in one header row (2021年调整后预算) and a period in the header", () => {
    const t = one([
      ["序号", "政策类", "2021年调整后预算（万元）", "2021年1-8月实际支出（万元）", "2020年调整后预算", "2020年实际支出"],
      [1, "甲", 300, 495, 10, 9],
    ]) as ExecutionTable;
    expect(t.layout).toBe("by-category");
    expect(t.columns.map((c) => [c.field, c.year ?? null])).toEqual([
      ["seq", null],
      ["category", null],
      ["budget", 2021],
      ["actual", 2021],
      ["budget", 2020],
      ["actual", 2020],
    ]);
    const [y21, y20] = t.rows[0].years;
    expect(y21).toMatchObject({ year: 2021, asOf: "2021-08-31" });
    expect(y21.actual?.value).toBe(4_950_000);
    expect(y20.asOf).toBeUndefined();
    // A unit stated in one amount header is the table's: columns stating none are read in it too.
    expect(t.unit).toBe("万元");
    expect(y20.budget?.value).toBe(100_000);
  });

  it("a 单位 cell beside the header labels states the unit and is no label", () => {
    const t = one([
      ["年度", "调整后预算", "实际支出", "（单位：万元）"],
      [2021, 100, 50, null],
    ]) as ExecutionTable;
    expect(t.unit).toBe("万元");
    expect(t.unitSource).toBe("header");
    expect(t.rows[0].years[0].budget?.value).toBe(1_000_000);
  });

  it("Table C's total label cell is where 合计 is written", () => {
    const t = recognise([tableC()]).tables[0] as ExecutionTable;
    expect(t.total?.labelCell).toBe("A13");
    expect(t.rows[0].labelCell).toBe("B4");
  });

  it("Table A's header is not taken for an execution table, nor Table C's for a composition", () => {
    const a = one([["二级", "三级", "预算金额（元）", "单价/均价（元）", "数量"], ["甲", "x", 1, 1, 1]]);
    expect(a.kind).toBe("composition");
    expect(recognise([tableC()]).tables.map((t) => t.kind)).toEqual(["execution"]);
  });
});
