/**
 * The corpus is data the recognition will be measured on, so its own shape is tested here:
 * sources cited, expected cells inside their sheets, merges sane, rule ids from the contract,
 * credit codes valid unless a finding says they were planted invalid, and every committed
 * workbook holding exactly its layout's cells (fails when the build is stale: run npm run corpus).
 * Nothing here imports the engine (src/core): the engine is what the corpus measures.
 */
import * as fs from "fs";
import * as path from "path";
import { layouts } from "./layouts";
import { RULE_IDS, checkLayouts, compareCatalog, compareWorkbook, creditCodeValid } from "./shape";
import type { CorpusLayout } from "./types";

const WORKBOOKS = path.join(__dirname, "workbooks");

describe("corpus layouts", () => {
  it("are all well formed", () => {
    expect(checkLayouts(layouts)).toEqual([]);
  });

  it("count at least the classes the corpus was asked for", () => {
    const kinds = (k: string): number => layouts.filter((l) => l.expect.tables.some((t) => t.kind === k)).length;
    expect(layouts.length).toBeGreaterThanOrEqual(32);
    expect(kinds("register")).toBeGreaterThanOrEqual(10);
    expect(kinds("composition")).toBeGreaterThanOrEqual(6);
    expect(kinds("execution")).toBeGreaterThanOrEqual(6);
    expect(kinds("catalog")).toBeGreaterThanOrEqual(4);
    expect(kinds("selfeval")).toBeGreaterThanOrEqual(6);
    expect(kinds("ledger")).toBeGreaterThanOrEqual(2);
    expect(layouts.filter((l) => l.classes.includes("clean")).length).toBeGreaterThanOrEqual(5);
  });

  it("index every layout file exactly once", () => {
    const files = fs.readdirSync(path.join(__dirname, "layouts")).filter((f) => f.endsWith(".ts") && f !== "index.ts");
    expect(files.map((f) => f.replace(/\.ts$/, "")).sort()).toEqual(layouts.map((l) => l.id).sort());
  });
});

describe("the shape checks themselves", () => {
  // Each check must be able to fail, or the test above proves nothing.
  const base = (): CorpusLayout => ({
    id: "probe",
    source: { title: "t", url: "https://example.org/x", changes: "c" },
    classes: ["register"],
    sheets: [{ name: "S", rows: [["序号", "企业名称", "统一社会信用代码", "金额"], [1, "甲公司", "91310112MA1GBUYW2X", 5]] }],
    expect: {
      tables: [{ sheet: "S", kind: "register", headerRow: 1, lastRow: 2, columns: { B: "enterprise", C: "creditCode", D: "approved" } }],
      findings: [{ rule: "cap.exceeded", cell: "D2", why: "w" }],
      absent: [{ rule: "register.duplicate", why: "w" }],
    },
  });

  it("know a valid GB 32100 code from an invalid one", () => {
    expect(creditCodeValid("91350100M000100Y43")).toBe(true); // a published example code
    expect(creditCodeValid("91350100M000100Y44")).toBe(false);
    expect(creditCodeValid("91350100M000100I43")).toBe(false); // I is not in the alphabet
  });

  it("accept a sound layout and reject each kind of fault", () => {
    const ok = base();
    ok.sheets[0].rows[1][2] = "91350100M000100Y43";
    expect(checkLayouts([ok])).toEqual([]);
    const faults: Array<(l: CorpusLayout) => void> = [
      (l) => (l.source.url = "ftp://x"),
      (l) => (l.source.changes = " "),
      (l) => (l.expect.findings[0].cell = "D9"),
      (l) => (l.expect.findings[0].rule = "cap.too-high"),
      (l) => (l.expect.tables[0].lastRow = 3),
      (l) => (l.sheets[0].merges = ["A1:B1", "B1:C1"]),
      (l) => (l.sheets[0].rows[1][2] = "91350100M000100Y44"),
      (l) => (l.expect.findings = []),
      (l) => (l.expect.absent = []),
    ];
    for (const f of faults) {
      const l = base();
      l.sheets[0].rows[1][2] = "91350100M000100Y43";
      f(l);
      expect(checkLayouts([l]).length).toBeGreaterThan(0);
    }
  });

  it("list the contract's rule ids without repeats", () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });
});

describe("corpus workbooks", () => {
  it.each(layouts.map((l) => [l.id, l] as const))("%s holds exactly its layout", async (_id, layout) => {
    const problems = [
      ...(await compareWorkbook(layout, path.join(WORKBOOKS, `${layout.id}.xlsx`))),
      ...compareCatalog(layout, path.join(WORKBOOKS, `${layout.id}.catalog.json`)),
    ];
    expect(problems).toEqual([]);
  });

  it("reports a workbook that no longer matches its layout", async () => {
    const changed: CorpusLayout = JSON.parse(JSON.stringify(layouts[0]));
    const row = changed.sheets[0].rows.find((r) => r.some((v) => typeof v === "number"))!;
    const j = row.findIndex((v) => typeof v === "number");
    row[j] = (row[j] as number) + 1;
    const problems = await compareWorkbook(changed, path.join(WORKBOOKS, `${changed.id}.xlsx`));
    expect(problems.length).toBe(1);
  });

  it("has no workbook without a layout", () => {
    const ids = new Set(layouts.map((l) => l.id));
    const stray = fs
      .readdirSync(WORKBOOKS)
      .filter((f) => f.endsWith(".xlsx") || f.endsWith(".catalog.json"))
      .filter((f) => !ids.has(f.replace(/\.catalog\.json$|\.xlsx$/, "")));
    expect(stray).toEqual([]);
  });
});
