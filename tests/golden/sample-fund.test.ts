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
  expect(kinds).toEqual([
    "预算构成:composition:元",
    "执行情况:execution:万元",
    "执行情况:execution:万元",
    "申报清单:register:万元",
    "政策目录:catalog:元",
    "分期拨付:register:万元",
    "拨付台账:ledger:元",
    "专户明细账:ledger:万元",
    "绩效目标:targets:元",
  ]);
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

test("money flow: each reconciliation fault planted in the sample fires once, at its cell", () => {
  const money = doc.findings.filter((f) => /^(ledger\.|budget\.|register\.(unpaid|paid-exceeds))/.test(f.rule));
  const at = (rule: string) => money.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell}`);
  // 分期拨付 row 6: 上期 80 + 本期 60 万元 against an award of 120 万元.
  expect(at("register.paid-exceeds-award")).toEqual(["分期拨付!H6"]);
  // 分期拨付 row 8: a 2020 award with nothing paid, past 2020-11-30.
  expect(at("register.unpaid")).toEqual(["分期拨付!H8"]);
  // 拨付台账: 600,000 + 500,000 to a 1,000,000 award (row 8), voucher 记-052 twice (row 10), a payee with no award (row 11).
  expect(at("ledger.overpaid")).toEqual(["拨付台账!G8"]);
  expect(at("ledger.duplicate-payment")).toEqual(["拨付台账!G10"]);
  expect(at("ledger.unmatched-payment")).toEqual(["拨付台账!G11"]);
  // 专户明细账 row 9: May's balance with two digits swapped; June follows the right figure, so once.
  expect(at("ledger.balance-mismatch")).toEqual(["专户明细账!H9"]);
  // Category 7's payments to 08-31 against Table C's 472.90 万元; the account's against Table B's 5,170.28 agree.
  expect(at("ledger.actual-mismatch")).toEqual(["执行情况!E16"]);
  const mismatch = money.find((f) => f.rule === "ledger.actual-mismatch") as F;
  expect((mismatch.actual as number) - (mismatch.expected as number)).toBe(600_000); // the repeated voucher
  // Awards due in 2021 against its budget: the fund, categories 1 and 6 (the register alone) and 7 (with the instalments).
  expect(at("budget.overcommitted")).toEqual(["执行情况!C3", "执行情况!D10", "执行情况!D15", "执行情况!D16"]);
  const seven = money.find((f) => f.rule === "budget.overcommitted" && f.cell === "D16") as F;
  expect([seven.actual, seven.expected]).toEqual([4_600_000, 4_000_000]); // 30 + (100 + 60 + 40 + 100 + 50 + 80) 万元 against 400
});

test("money flow: instalment pairs, split awards and a reconciled account raise nothing", () => {
  const quiet = doc.findings.filter((f) => ["分期拨付", "拨付台账", "专户明细账"].includes(f.sheet)).map((f) => `${f.sheet}!${f.cell}`);
  expect(quiet.sort()).toEqual(["分期拨付!F4", "分期拨付!H6", "分期拨付!H8", "专户明细账!H9", "拨付台账!G10", "拨付台账!G11", "拨付台账!G8"].sort());
});

test("performance targets: the stated 100% eligibility is contradicted by the register's own eligibility findings", () => {
  const contradicted = doc.findings.filter((f) => f.rule === "selfeval.indicator-contradicted");
  expect(contradicted.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["绩效目标!E5"]);
  // The register's awards of 2021 with an eligibility finding: two places outside, two bad codes, one duplicate.
  const ineligible = doc.findings.filter((f) => f.sheet === "申报清单" && /^register\.(ineligible-location|invalid-credit-code|duplicate)$/.test(f.rule));
  expect(ineligible).toHaveLength(5);
  expect(contradicted[0].message).toMatch(new RegExp(`(\\d+) 项核定中 (\\d+) 项无资格问题$`));
  const [, of, fit] = /(\d+) 项核定中 (\d+) 项/.exec(contradicted[0].message) as RegExpExecArray;
  expect(Number(of) - Number(fit)).toBe(ineligible.length);
});
