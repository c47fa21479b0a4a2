/**
 * audit() on the seed workbook reproduces domain.md's worked results exactly: the full set of
 * findings (rule, sheet, cell, actual, expected), nothing more.
 */
import { audit } from "../../../src/core/audit";
import { a1 } from "../../../src/core/grid";
import type { Finding } from "../../../src/core/findings";
import {
  GridBuilder,
  seedSheet,
  seedWorkbook,
  writeTableA,
  writeTableB,
  writeTableC,
  type Placed,
} from "../fixtures/seed";

const WAN = 10_000;
const where = (write: (b: GridBuilder, r: number, c: number) => Placed): Placed => write(new GridBuilder(), 0, 0);
const A = where(writeTableA);
const B = where(writeTableB);
const C = where(writeTableC);

type Row = [string, string, string, number | undefined, number | undefined];

// Table A: lines 2, 3, 4, 7, 9 (data rows 5, 6, 7, 10, 12) are rounded averages, column C the amount.
const lineCell = (i: number) => a1(A.firstDataRow + i, A.left + 2);
// Table C: category n's 2021 actual sits in column E (left + 4).
const cActual = (n: number) => a1(C.firstDataRow + n - 1, C.left + 4);

const EXPECTED: Row[] = [
  ["composition.line-rounded", "预算构成", lineCell(5), 10_000_000, 10_000_008],
  ["composition.line-rounded", "预算构成", lineCell(6), 47_950_000, 47_950_032],
  ["composition.line-rounded", "预算构成", lineCell(7), 26_000_000, 25_999_995],
  ["composition.line-rounded", "预算构成", lineCell(10), 10_000_000, 9_999_990],
  ["composition.line-rounded", "预算构成", lineCell(12), 8_000_000, 7_999_995],
  ["execution.behind-schedule", "年度执行", a1(B.firstDataRow, B.left + 3), (5170.28 * WAN) / (15000 * WAN), 8 / 12],
  ["execution.overspent", "分类执行", cActual(1), 4_950_000, 3_000_000],
  ["execution.behind-schedule", "分类执行", cActual(3), 1134.35 / 7040, 8 / 12],
  ["execution.behind-schedule", "分类执行", cActual(4), 210.45 / 2490, 8 / 12],
  ["execution.no-spending", "分类执行", cActual(5), 0, 3_700_000],
  ["execution.overspent", "分类执行", cActual(7), 4_729_000, 4_000_000],
];

function expectFindings(actual: Finding[], expected: Row[]): void {
  expect(actual.map((f) => [f.rule, f.sheet, f.cell])).toEqual(expected.map((e) => e.slice(0, 3)));
  actual.forEach((f, i) => {
    expect(f.actual).toBeCloseTo(expected[i][3] as number, 9);
    expect(f.expected).toBeCloseTo(expected[i][4] as number, 9);
  });
}

describe("audit() on the seed workbook", () => {
  const result = audit({ sheets: seedWorkbook(), settings: { today: "2021-09-09" } });

  it("infers the as-of date 2021-08-31 from `1-8 月`", () => {
    expect([result.asOf, result.asOfSource]).toEqual(["2021-08-31", "table"]);
  });

  it("recognises the three tables", () => {
    expect(result.tables.map((t) => [t.sheet, t.kind])).toEqual([
      ["预算构成", "composition"],
      ["年度执行", "execution"],
      ["分类执行", "execution"],
    ]);
  });

  it("finds exactly the worked results, in sheet order", () => {
    expectFindings(result.findings, EXPECTED);
    expect(result.summary).toEqual({ error: 2, warning: 4, info: 5 });
  });

  it("puts category 1's overspending on the cell holding 495 (E4), as the contract's example", () => {
    const f = result.findings.find((x) => x.rule === "execution.overspent")!;
    expect(f.cell).toBe("E4");
    expect(f.message).toBe(
      "支持企业专精特新化发展 2021 年实际支出 4,950,000 元，超过调整后预算 3,000,000 元（执行率 165.00%）",
    );
  });

  it("reports nothing on Table A's total or approved budget, Table B's rates, Table C's totals or 2020/2019 cells", () => {
    const rules = new Set(result.findings.map((f) => f.rule));
    for (const r of [
      "composition.line-mismatch",
      "composition.total-mismatch",
      "composition.approved-mismatch",
      "execution.rate-mismatch",
      "execution.total-mismatch",
      "input.unreadable-value",
    ]) {
      expect(rules.has(r as Finding["rule"])).toBe(false);
    }
    const cols2020 = new Set(["F", "G", "H", "I"]);
    expect(result.findings.filter((f) => f.sheet === "分类执行" && cols2020.has(f.cell[0]))).toEqual([]);
  });

  it("gives the same findings with all three tables on one sheet", () => {
    const at: { a?: Placed; b?: Placed; c?: Placed } = {};
    const one = audit({ sheets: [seedSheet(at)], settings: { today: "2021-09-09" } });
    const shift = (cell: string, from: Placed, to: Placed) => {
      const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
      return m[1] + String(Number(m[2]) - from.top + to.top);
    };
    const moved: Row[] = EXPECTED.map(([rule, sheet, cell, act, exp]) => {
      const [from, to] = sheet === "预算构成" ? [A, at.a!] : sheet === "年度执行" ? [B, at.b!] : [C, at.c!];
      return [rule, "项目描述", shift(cell, from, to), act, exp];
    });
    expectFindings(one.findings, moved);
  });

  it("in English too, with the same figures", () => {
    const en = audit({ sheets: seedWorkbook(), settings: { today: "2021-09-09", lang: "en-US" } });
    expectFindings(en.findings, EXPECTED);
    expect(en.findings.find((x) => x.rule === "execution.overspent")!.message).toBe(
      "支持企业专精特新化发展, 2021: spent 4,950,000 yuan of adjusted budget 3,000,000 yuan (165.00%)",
    );
  });
});
