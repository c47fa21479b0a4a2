import { sortFindings } from "../../../src/core/rules/order";
import { compareFindings, RULES, type Finding, type RuleId } from "../../../src/core/findings";

function f(sheet: string, cell: string, row: number, rule: RuleId): Finding {
  return { rule, severity: RULES[rule], sheet, cell, message: "", params: {}, row };
}

describe("sortFindings", () => {
  it("orders exactly as compareFindings does", () => {
    const rules = Object.keys(RULES) as RuleId[];
    const sheets = ["乙", "甲", "丙"];
    const list: Finding[] = [];
    // A deterministic spread of sheets, rows, columns (incl. AA) and rules, with ties.
    for (let i = 0; i < 400; i++) {
      const col = ["A", "C", "Z", "AA", "AB"][(i * 7) % 5];
      const row = (i * 13) % 9;
      list.push(f(sheets[(i * 5) % 3], `${col}${row + 1}`, row, rules[(i * 11) % rules.length]));
    }
    list.push(f("未列出", "A1", 0, "cap.no-cap"));
    const expected = [...list].sort(compareFindings(sheets));
    const got = sortFindings(list, sheets);
    expect(got.map((x) => [x.sheet, x.cell, x.rule])).toEqual(expected.map((x) => [x.sheet, x.cell, x.rule]));
    expect(got).toHaveLength(list.length);
  });
});
