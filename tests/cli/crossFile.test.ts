/**
 * register.duplicate across files (src/core/crossFile.ts) on hand-made register tables: identity
 * by credit code, else by name; the same item by catalog entry whether named or coded; the year;
 * each file's own duplicates left to the per-file rule.
 */
import { crossFileDuplicates, type FileRegisters } from "../../src/core/crossFile";
import { BUILTIN_CATALOG } from "../../src/core/catalog/builtin";
import type { RegisterRow, RegisterTable } from "../../src/core/tables/types";
import { RegisterStore, withRows } from "../../src/core/kinds/register/store";

function row(r: number, fields: Partial<RegisterRow>): RegisterRow {
  return {
    row: r,
    enterprise: null,
    creditCode: null,
    registeredIn: null,
    taxRegisteredIn: null,
    itemCode: null,
    item: null,
    requested: null,
    approved: null,
    base: null,
    year: 2021,
    batch: null,
    paidOn: null,
    ...fields,
  };
}

function table(rows: RegisterRow[]): RegisterTable {
  return withRows({
    kind: "register",
    sheet: "清单",
    range: { r0: 0, c0: 0, r1: rows.length, c1: 5 },
    headerRows: 1,
    unit: "元",
    unitSource: "default",
    columns: [],
    hiddenRows: [],
    store: RegisterStore.fromRows(rows),
    col: { enterprise: 0, creditCode: 1, item: 2, itemCode: 3 },
  });
}

const item = BUILTIN_CATALOG.items.find((i) => i.code) as { code: string; name: string };
const file = (name: string, rows: RegisterRow[]): FileRegisters => ({ file: name, catalog: BUILTIN_CATALOG, registers: [table(rows)] });

test("the same award in a later file is reported there, naming the first file, sheet and row", () => {
  const found = crossFileDuplicates(
    [
      file("a.xlsx", [row(1, { enterprise: "甲公司", creditCode: "91310112MA1FL0001X", item: item.name })]),
      // By code in b, by name in a: the same catalog entry. The code is matched whatever its case and spaces.
      file("b.xlsx", [row(1, { enterprise: "甲公司（新）", creditCode: " 91310112ma1fl0001x ", itemCode: item.code }), row(2, { enterprise: "乙公司", item: item.name })]),
    ],
    "en-US"
  );
  expect(found.map((f) => [f.file, f.cell, f.otherFile, f.otherCell, f.severity])).toEqual([["b.xlsx", "D2", "a.xlsx", "C2", "error"]]);
  expect(found[0].message).toContain('a.xlsx, sheet "清单" row 2');
});

test("without a credit code the name decides; another year or item is another award", () => {
  const found = crossFileDuplicates(
    [
      file("a.xlsx", [row(1, { enterprise: "丙 公司", item: "某项目" }), row(2, { enterprise: "丁公司", item: "某项目" })]),
      file("b.xlsx", [row(5, { enterprise: "丙公司", item: "某项目" }), row(6, { enterprise: "丁公司", item: "某项目", year: 2022 }), row(7, { enterprise: "丁公司", item: "别的项目" })]),
    ],
    "zh-CN"
  );
  expect(found.map((f) => `${f.file}!${f.cell}`)).toEqual(["b.xlsx!C6"]);
  expect(found[0].message).toContain("a.xlsx");
  expect(found[0].message).toContain("第 2 行");
});

test("a duplicate within one file is the per-file rule's, not reported again", () => {
  const found = crossFileDuplicates(
    [file("a.xlsx", [row(1, { enterprise: "甲", item: "x" }), row(2, { enterprise: "甲", item: "x" })]), file("b.xlsx", [row(1, { enterprise: "乙", item: "x" })])],
    "zh-CN"
  );
  expect(found).toEqual([]);
});
