import type { Cell, SheetGrid } from "../../../src/core/grid";
import { rangeA1 } from "../../../src/core/grid";
import { recognise } from "../../../src/core/tables/recognise";
import type { CompositionTable, RegisterTable } from "../../../src/core/tables/types";
import { tableA } from "../fixtures/seed";

function sheet(values: Cell[][], name = "S"): SheetGrid {
  return { name, top: 0, left: 0, values, merges: [] };
}

describe("column mappings", () => {
  const unusual = sheet([
    ["说明：以下为第一批"],
    ["受益主体", "条目", "钱数（万元）", "备忘"],
    ["甲", "区级专精特新", 5, "x"],
    ["乙", "市级专精特新", 20, "y"],
  ]);

  it("an unusual header is not recognised on its own", () => {
    expect(recognise([unusual]).tables).toEqual([]);
  });

  it("a picked range with a kind reads the table by hand", () => {
    const r = recognise(
      [unusual],
      [{ sheet: "S", range: "A2:D4", kind: "register", columns: { A: "enterprise", B: "item", C: "approved", D: null } }],
    );
    expect(r.tables).toHaveLength(1);
    const t = r.tables[0] as RegisterTable;
    expect(t.manual).toBe(true);
    expect(rangeA1(t.range)).toBe("A2:D4");
    expect(t.unit).toBe("万元");
    expect(t.columns.map((c) => [c.field, c.manual])).toEqual([
      ["enterprise", true],
      ["item", true],
      ["approved", true],
      [null, true],
    ]);
    expect(t.rows.map((x) => [x.enterprise, x.item, x.approved])).toEqual([
      ["甲", "区级专精特新", 50_000],
      ["乙", "市级专精特新", 200_000],
    ]);
  });

  it("a picked range keeps header matches for columns the user did not map", () => {
    const r = recognise(
      [sheet([["企业", "条目", "核定金额"], ["甲", "x", 1]])],
      [{ sheet: "S", range: "A1:C2", kind: "register", columns: { B: "item" } }],
    );
    const t = r.tables[0] as RegisterTable;
    expect(t.columns.map((c) => c.field)).toEqual(["enterprise", "item", "approved"]);
    expect(t.columns.map((c) => c.manual ?? false)).toEqual([false, true, false]);
  });

  it("letter corrections apply to the detected table holding the column", () => {
    // Read 单价/均价 as nothing, and the quantity column as the unit amount instead.
    const r = recognise([tableA()], [{ sheet: "预算构成", columns: { D: null, E: "unitAmount" } }]);
    const a = r.tables[0] as CompositionTable;
    expect(a.manual).toBe(true);
    expect(a.columns.map((c) => c.field)).toEqual(["category", "item", "amount", null, "unitAmount"]);
    expect(a.columns[3].manual).toBe(true);
    expect(a.lines[0].unitAmount?.value).toBe(140);
    expect(a.lines[0].quantity).toBeNull();
  });

  it("corrections for another sheet, or fields the table cannot take, change nothing", () => {
    const plain = recognise([tableA()]).tables[0];
    const r = recognise(
      [tableA()],
      [
        { sheet: "别的表", columns: { C: null } },
        { sheet: "预算构成", columns: { C: "approved" } },
      ],
    );
    expect(r.tables[0]).toEqual(plain);
  });

  it("bad mappings give one clear error", () => {
    expect(() => recognise([unusual], [{ sheet: "S", range: "A2:??", kind: "register", columns: {} }])).toThrow(/not a cell range/);
    expect(() => recognise([unusual], [{ sheet: "S", range: "A2:D4", columns: {} }])).toThrow(/needs a table kind/);
    expect(() => recognise([unusual], [{ sheet: "S", range: "A2:D4", kind: "register", columns: { A: "quantity" } }])).toThrow(
      /not a field of a register table/,
    );
    expect(() => recognise([unusual], [{ sheet: "S", columns: { "1": "item" } }])).toThrow(/not a column letter/);
  });

  it("a picked range replaces detection over its rows; tables around it are still found", () => {
    const grid = sheet([
      ["企业名称", "政策项", "核定金额"],
      ["甲", "x", 1],
      [],
      ["受益主体", "条目", "钱数"],
      ["乙", "y", 2],
      [],
      ["企业名称", "政策项", "核定金额"],
      ["丙", "z", 3],
    ]);
    const r = recognise([grid], [{ sheet: "S", range: "A4:C5", kind: "register", columns: { A: "enterprise", B: "item", C: "approved" } }]);
    expect(r.tables.map((t) => [rangeA1(t.range), t.manual ?? false])).toEqual([
      ["A1:C2", false],
      ["A4:C5", true],
      ["A7:C8", false],
    ]);
    expect(r.tables.map((t) => (t as RegisterTable).rows[0].approved)).toEqual([1, 2, 3]);
  });
});
