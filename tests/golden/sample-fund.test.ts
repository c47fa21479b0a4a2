/**
 * The sample workbook's report is held to a reviewed golden file, and the seed's worked examples
 * (domain.md) are asserted directly, so a wrong golden cannot pass unnoticed.
 */
import * as fs from "fs";
import * as path from "path";
import { SAMPLE_PATH } from "../../scripts/build-sample";
import { assertBuilt, cli, ROOT } from "../cli/run";
import { GOLDEN_PATH } from "./update";

interface F {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
  actual?: number;
  expected?: number;
}
let doc: { file: string; asOf: string; tables: { sheet: string; range: string; kind: string; unit: string }[]; findings: F[]; summary: Record<string, number> };
let status: number | null;

beforeAll(() => {
  assertBuilt();
  const r = cli(["check", path.relative(ROOT, SAMPLE_PATH), "--format", "json"]);
  status = r.status;
  doc = JSON.parse(r.stdout);
});

test("the report equals the reviewed golden file (regenerate: npx tsx tests/golden/update.ts)", () => {
  expect(status).toBe(1);
  expect(doc).toEqual(JSON.parse(fs.readFileSync(GOLDEN_PATH, "utf8")));
});

const on = (sheet: string, rule?: string) => doc.findings.filter((f) => f.sheet === sheet && (!rule || f.rule === rule));

test("the as-of date comes from Table B/C's 1-8 月", () => {
  expect(doc.asOf).toBe("2021-08-31");
});

test("tables: A in 元, B and C in 万元 from their captions, the register in 万元, the catalog", () => {
  const kinds = doc.tables.map((t) => `${t.sheet}:${t.kind}:${t.unit}`);
  expect(kinds).toEqual(["预算构成:composition:元", "执行情况:execution:万元", "执行情况:execution:万元", "申报清单:register:万元", "政策目录:catalog:元"]);
});

test("Table A: lines 2, 3, 4, 7, 9 are within rounding (8, 32, -5, -10, -5 元); nothing else is flagged", () => {
  const a = on("预算构成");
  expect(a.every((f) => f.rule === "composition.line-rounded" && f.severity === "info")).toBe(true);
  // Sheet rows 8, 9, 10, 13, 15 hold categories 2, 3, 4, 7, 9.
  expect(a.map((f) => f.cell)).toEqual(["C8", "C9", "C10", "C13", "C15"]);
  expect(a.map((f) => (f.expected as number) - (f.actual as number))).toEqual([8, 32, -5, -10, -5]);
});

test("Table B: stated rates agree at two decimals (34.47%, 100.00%, 99.79%)", () => {
  expect(on("执行情况", "execution.rate-mismatch")).toEqual([]);
  expect(on("执行情况", "execution.total-mismatch")).toEqual([]);
});

test("Table C at 2021-08-31: 1 and 7 overspent, 3 and 4 behind, 5 nothing spent; 2 and 6 on pace", () => {
  const byCell = (rule: string) => on("执行情况", rule).filter((f) => f.cell !== "D3").map((f) => f.cell);
  // Table C's 2021 actual column is E; categories 1-9 are rows 10-18.
  expect(byCell("execution.overspent")).toEqual(["E10", "E16"]);
  const over = on("执行情况", "execution.overspent");
  expect(over.map((f) => Math.round(((f.actual as number) / (f.expected as number)) * 1000) / 10)).toEqual([165, 118.2]);
  expect(byCell("execution.behind-schedule")).toEqual(["E12", "E13"]);
  expect(byCell("execution.no-spending")).toEqual(["E14"]);
  expect(on("执行情况").map((f) => f.cell)).not.toContain("E11");
  expect(on("执行情况").map((f) => f.cell)).not.toContain("E15");
  // 2020 and 2019 have one budget for all nine categories: no per-category finding in F-I.
  expect(on("执行情况").filter((f) => /^[F-I]/.test(f.cell))).toEqual([]);
});

test("register: every planted problem fires once, on its row", () => {
  const r = on("申报清单");
  const rules = r.map((f) => f.rule).sort();
  expect(rules).toEqual(
    [
      "cap.exceeded",
      "cap.exceeded",
      "cap.exceeded",
      "cap.rate-exceeded",
      "cap.unknown-policy",
      "cap.no-cap",
      "register.duplicate",
      "register.invalid-credit-code",
      "register.invalid-credit-code",
      "register.ineligible-location",
      "register.ineligible-location",
      "register.late-disbursement",
      "input.unreadable-value",
    ].sort()
  );
  const rate = r.find((f) => f.rule === "cap.rate-exceeded") as F;
  expect([rate.actual, rate.expected]).toEqual([1_800_000, 1_500_000]); // 180万 against 10% of 1,500万
});
