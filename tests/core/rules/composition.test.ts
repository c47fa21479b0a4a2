import { checkComposition } from "../../../src/core/kinds/composition/check";
import { withDefaults } from "../../../src/core/settings";
import type { CompositionTable } from "../../../src/core/tables/types";
import { fig, handTableA } from "./handTables";

const settings = withDefaults({ today: "2021-09-09" });

describe("composition rules on the seed's Table A", () => {
  const findings = checkComposition(handTableA(), settings);

  it("finds exactly five rounded lines (2, 3, 4, 7, 9) and nothing else", () => {
    expect(findings.map((f) => f.rule)).toEqual(Array(5).fill("composition.line-rounded"));
    expect(findings.every((f) => f.severity === "info")).toBe(true);
    // Table A's lines 2,3,4,7,9 are categories 2,3,4,7,9: sheet rows 7, 8, 9, 12, 14.
    expect(findings.map((f) => f.cell)).toEqual(["C7", "C8", "C9", "C12", "C14"]);
  });

  it("reports unit x quantity minus the amount as 8, 32, −5, −10, −5 元", () => {
    expect(findings.map((f) => (f.expected as number) - (f.actual as number))).toEqual([8, 32, -5, -10, -5]);
    expect(findings.map((f) => f.actual)).toEqual([10_000_000, 47_950_000, 26_000_000, 10_000_000, 8_000_000]);
    expect(findings.map((f) => f.expected)).toEqual([10_000_008, 47_950_032, 25_999_995, 9_999_990, 7_999_995]);
  });

  it("writes a message a budget officer can read", () => {
    expect(findings[0].message).toBe(
      "优质企业扶持；龙头企业和骨干企业奖励；成长企业补贴：预算金额 10,000,000 元，比单价 555,556 元 × 数量 18 = " +
        "10,000,008 元少 8 元，在均价四舍五入允许的 ±9 元以内",
    );
  });
});

describe("composition mismatches", () => {
  it("flags a line beyond rounding as an error on the amount cell", () => {
    const t = handTableA();
    t.lines[0].amount = fig(7_100_000, "C2", 2);
    t.totals[0].amount = fig(200_100_000, "C15", 2);
    t.approvedBudget = undefined;
    const f = checkComposition(t, settings).filter((x) => x.rule === "composition.line-mismatch");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "C2", severity: "error", actual: 7_100_000, expected: 7_000_000, row: 1 });
  });

  it("measures rounding in the unit the unit amount is written in (万元)", () => {
    const t = handTableA();
    t.lines = [t.lines[5]];
    t.totals = [];
    t.approvedBudget = undefined;
    t.columns[3].unit = "万元";
    // 55.56 万元 x 18 = 1,000,080 元 against 1,000,000: within 18 x 50 元 when 55.56 was rounded in 万元.
    t.lines[0].unitAmount = fig(555_600, "D7", 2);
    t.lines[0].amount = fig(10_000_000, "C7", 2);
    t.lines[0].quantity = fig(18, "E7");
    const f = checkComposition(t, settings);
    expect(f.map((x) => x.rule)).toEqual(["composition.line-rounded"]);
    expect(f[0].params.allowance).toBe(900);
  });

  it("checks the 合计 against the sum of all lines", () => {
    const t = handTableA();
    t.totals[0].amount = fig(199_000_000, "C15", 2);
    const f = checkComposition(t, settings).filter((x) => x.rule === "composition.total-mismatch");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "C15", actual: 199_000_000, expected: 200_000_000, severity: "error" });
  });

  it("checks a 小计 against its category's lines only", () => {
    const t = handTableA();
    t.totals.unshift(
      {
        row: 6,
        label: "小计",
        scope: "category",
        category: "支持企业专精特新化发展",
        amount: fig(47_550_000, "C7", 2),
        quantity: null,
      },
      { row: 8, label: "小计", scope: "category", category: null, amount: fig(47_950_001, "C9", 2), quantity: null },
    );
    const f = checkComposition(t, settings).filter((x) => x.rule === "composition.total-mismatch");
    // 7,000,000 + 24,000,000 + 15,000,000 + 350,000 + 1,200,000 = 47,550,000: agrees.
    // The unnamed 小计 on row 8 closes the lines after row 6: line 3 (row 7) = 47,950,000: off by 1.
    expect(f.map((x) => [x.cell, x.actual, x.expected])).toEqual([["C9", 47_950_001, 47_950_000]]);
  });

  it("compares with the approved budget from the caption, else from the settings", () => {
    const t = handTableA();
    t.approvedBudget = { value: 150_000_000, text: "15,000 万元" };
    const f1 = checkComposition(t, settings).filter((x) => x.rule === "composition.approved-mismatch");
    expect(f1).toHaveLength(1);
    expect(f1[0]).toMatchObject({ cell: "C15", actual: 200_000_000, expected: 150_000_000 });

    t.approvedBudget = undefined;
    expect(checkComposition(t, settings).some((x) => x.rule === "composition.approved-mismatch")).toBe(false);
    const withSetting = withDefaults({ today: "2021-09-09", approvedBudget: 210_000_000 });
    const f2 = checkComposition(t, withSetting).filter((x) => x.rule === "composition.approved-mismatch");
    expect(f2.map((x) => x.expected)).toEqual([210_000_000]);
  });

  it("skips lines missing a unit amount or quantity without a crash", () => {
    const t: CompositionTable = handTableA();
    t.lines[5].unitAmount = null;
    t.lines[6].quantity = null;
    t.lines[7].amount = null;
    const rules = checkComposition(t, settings).map((f) => f.cell);
    expect(rules).not.toContain("C7");
    expect(rules).not.toContain("C8");
    // A missing amount counts as nothing in the sum: 合计 and approved budget now differ.
    expect(rules.filter((c) => c === "C15")).toHaveLength(2);
  });
});
