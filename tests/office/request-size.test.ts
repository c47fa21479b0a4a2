/**
 * The request costs the gateway plans with (src/office/ops.ts) against office.js's own
 * serialiser: each operation is built with office.js (the Excel host script of @microsoft/office-js,
 * no host: tests/fakes/officejs-meter.ts) 20,000 times in one request, as large as a real request
 * gets, and the body office.js would post is measured. A constant below the measure would let a
 * request pass 5 MB; one far above it would waste requests.
 */
import { OP_OVERHEAD, type OpKind, argBytes, ops } from "../../src/office/ops";
import { type OfficeJsObject, OfficeJsRequestMeter } from "../fakes/officejs-meter";

const SHEET_ID = "{8E3C5A31-62C9-4B7B-9A7F-0C2D1E4F5A6B}"; // items of a loaded collection are addressed by id
const N = 20_000;
const NOTE = "【专项资金审核】\n错误: 企业12 核定金额 60,000 元超过上限 50,000 元";
const ODD_FILL = { color: "#C6EFCE", pattern: "Gray25", patternColor: "#FF0000", tintAndShade: 0.4, patternTintAndShade: -0.25 };

/** Queues operation i of a kind on a worksheet; returns the bytes of its arguments as ops.ts counts them. */
const CASES: Record<Exclude<OpKind, "other">, (ws: OfficeJsObject, i: number) => number> = {
  fillAreas: (ws, i) => {
    const a = `H${i + 2}:H${i + 9},G${i + 2}`;
    ops.fillAreas(ws, a, "#FFC7CE");
    return argBytes(a, "#FFC7CE", "Solid");
  },
  clearAreas: (ws, i) => {
    const a = `H${i + 2}`;
    ops.clearAreas(ws, a);
    return argBytes(a);
  },
  restoreAreas: (ws, i) => {
    const a = `H${i + 2}`;
    ops.restoreAreas(ws, a, ODD_FILL);
    return argBytes(a, ODD_FILL);
  },
  boldAreas: (ws, i) => {
    const a = `A${i + 2}:H${i + 2}`;
    ops.boldAreas(ws, a);
    return argBytes(a);
  },
  cellProps: (ws, i) => {
    const a = `H${i + 2}:H${i + 30}`;
    ops.cellFills(ws, a);
    return argBytes(a, { format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } } });
  },
  setCellProps: (ws, i) => {
    const a = `D${i + 2}`;
    const data = [[{ hyperlink: { documentReference: "'清单'!H2", textToDisplay: "H2" } }]];
    ops.setCellProps(ws, a, data);
    return argBytes(a, data);
  },
  writeBlock: (ws, i) => {
    const a = `A${i + 1}:C${i + 1}`;
    const formats = [["@", "@", "@"]];
    const values = [["{SHEET-0001}", "清单", `H${i + 2}`]];
    ops.writeBlock(ws, a, formats, values);
    return argBytes(a, formats, values);
  },
  loadRange: (ws, i) => {
    const a = `A${i + 1}:I${i + 8000}`;
    ws.getRange(a).load("values");
    return argBytes(a, "values");
  },
  noteLookup: (ws, i) => {
    const c = `H${i + 2}`;
    ops.noteLookup(ws, c);
    return argBytes(c);
  },
  noteAdd: (ws, i) => {
    const c = `H${i + 2}`;
    ops.noteAdd(ws, c, NOTE);
    return argBytes(c, NOTE);
  },
  // A looked-up note is used in a later request: office.js sends its object path again.
  noteUpdate: (ws, i) => {
    const c = `H${i + 2}`;
    ops.noteUpdate(ws.notes.getItemOrNullObject(c), NOTE);
    return argBytes(c, NOTE);
  },
  noteDelete: (ws, i) => {
    const c = `H${i + 2}`;
    ops.noteDelete(ws.notes.getItemOrNullObject(c));
    return argBytes(c);
  },
};

describe("request costs (src/office/ops.ts) against office.js's serialiser", () => {
  test.each(Object.keys(CASES) as (keyof typeof CASES)[])("%s", (kind) => {
    const meter = new OfficeJsRequestMeter();
    const ws = meter.workbook.worksheets.getItem(SHEET_ID);
    let args = 0;
    for (let i = 0; i < N; i++) args += CASES[kind](ws, i);
    const measured = (meter.take() - args) / N;
    expect({ kind, atLeastMeasured: OP_OVERHEAD[kind] >= measured }).toEqual({ kind, atLeastMeasured: true });
    expect({ kind, closeToMeasured: OP_OVERHEAD[kind] <= measured * 1.3 + 40 }).toEqual({ kind, closeToMeasured: true });
  });

  it("charges a cell's fill written one range at a time what office.js does (~690 bytes), and one address in a list ~8", () => {
    const one = new OfficeJsRequestMeter();
    const ws1 = one.workbook.worksheets.getItem(SHEET_ID);
    for (let i = 0; i < 1000; i++) {
      // Navigation to a proxy, then writes: nothing is read (the lint rule takes `.format` for a read).
      // eslint-disable-next-line office-addins/load-object-before-read
      const fill = ws1.getRange(`H${i + 2}`).format.fill;
      fill.color = "#FFC7CE";
      fill.pattern = "Solid";
    }
    const perRange = one.take() / 1000;
    const list = new OfficeJsRequestMeter();
    const cells = Array.from({ length: 1000 }, (_, i) => `H${2 * i + 10000}`).join(",");
    ops.fillAreas(list.workbook.worksheets.getItem(SHEET_ID), cells, "#FFC7CE");
    const perListed = list.take() / 1000;
    expect(perRange).toBeGreaterThan(600);
    expect(perListed).toBeLessThan(10);
  });
});
