import type { RecognisedTable, RegisterTable } from "../../src/core/tables/types";
import { TABLE_KINDS, fieldLabel, fieldsOf } from "../../src/core/kinds/index";
import { FIELDS_BY_KIND, addPickedRange, normaliseRange, removeMapping, setColumnField } from "../../src/taskpane/column-mappings";
import { RegisterStore, withRows } from "../../src/core/kinds/register/store";

function table(sheet: string, r0: number, c0: number, manual = false): RecognisedTable {
  return withRows<Omit<RegisterTable, "rows">>({
    kind: "register",
    sheet,
    range: { r0, c0, r1: r0 + 10, c1: c0 + 5 },
    headerRows: 1,
    unit: "元",
    unitSource: "default",
    columns: [],
    hiddenRows: [],
    manual,
    store: RegisterStore.fromRows([]),
    col: {},
  });
}

test("the pane offers exactly the fields the core reads for each kind, each named in both languages", () => {
  for (const kind of TABLE_KINDS) {
    expect([...FIELDS_BY_KIND[kind]].sort()).toEqual([...fieldsOf(kind)].sort());
    for (const f of FIELDS_BY_KIND[kind]) {
      expect(fieldLabel(kind, f, "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
      expect(fieldLabel(kind, f, "en-US")).toMatch(/^[A-Za-z][A-Za-z ./-]*$/);
    }
  }
  // Fields belong to their kind: a catalog's 比例 is no execution 执行率.
  expect(fieldLabel("catalog", "rate", "zh-CN")).toBe("比例");
  expect(fieldLabel("execution", "rate", "zh-CN")).toBe("执行率");
});

describe("setColumnField", () => {
  test("a detected table's correction goes into the sheet's mapping without a range", () => {
    const m1 = setColumnField([], table("申报清单", 1, 0), 10, "batch");
    expect(m1).toEqual([{ sheet: "申报清单", columns: { K: "batch" } }]);
    const m2 = setColumnField(m1, table("申报清单", 1, 0), 11, null);
    expect(m2).toEqual([{ sheet: "申报清单", columns: { K: "batch", L: null } }]);
    expect(m1).toEqual([{ sheet: "申报清单", columns: { K: "batch" } }]); // the old list is untouched
  });

  test("a picked range's correction goes into that range's mapping", () => {
    const picked = addPickedRange([], { sheet: "S", range: "B3:G13", kind: "register", headerRows: 1 });
    const m = setColumnField(picked, table("S", 2, 1, true), 3, "approved");
    expect(m).toEqual([{ sheet: "S", range: "B3:G13", kind: "register", headerRows: 1, columns: { D: "approved" } }]);
  });
});

test("normaliseRange accepts ranges as typed and refuses single cells and nonsense", () => {
  expect(normaliseRange(" b3 : h40 ")).toBe("B3:H40");
  expect(normaliseRange("$A$1:$C$9")).toBe("A1:C9");
  expect(normaliseRange("H40:B3")).toBe("B3:H40");
  expect(normaliseRange("B3")).toBeNull();
  expect(normaliseRange("B3:H")).toBeNull();
  expect(normaliseRange("合计")).toBeNull();
});

test("addPickedRange replaces the same sheet and range; removeMapping drops one", () => {
  const a = addPickedRange([], { sheet: "S", range: "A1:C9", kind: "register", headerRows: 1 });
  const b = addPickedRange(a, { sheet: "S", range: "A1:C9", kind: "catalog", headerRows: 2 });
  expect(b).toEqual([{ sheet: "S", range: "A1:C9", kind: "catalog", headerRows: 2, columns: {} }]);
  const c = addPickedRange(b, { sheet: "T", range: "A1:C9", kind: "register", headerRows: 1 });
  expect(removeMapping(c, 0).map((m) => m.sheet)).toEqual(["T"]);
});
