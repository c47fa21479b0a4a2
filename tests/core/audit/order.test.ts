import { sortFindings } from "../../../src/core/rules/order";
import { RULES, type Finding, type RuleId } from "../../../src/core/findings";

function f(sheet: string, cell: string, row: number, rule: RuleId): Finding {
  return { rule, severity: RULES[rule], sheet, cell, message: "", params: {}, row };
}

const key = (x: Finding) => `${x.sheet}!${x.cell} ${x.rule}`;

describe("sortFindings", () => {
  it("orders by sheet as given, then row, column (AA after Z), severity and rule", () => {
    const list = [
      f("未列出", "A1", 0, "cap.no-cap"),
      f("甲", "A1", 0, "execution.overspent"),
      f("乙", "AA3", 2, "cap.exceeded"),
      f("乙", "Z3", 2, "cap.no-cap"),
      f("乙", "B9", 8, "cap.exceeded"),
      f("乙", "C3", 2, "register.duplicate"),
      f("乙", "C3", 2, "cap.no-cap"),
      f("乙", "C3", 2, "cap.unknown-policy"),
      f("乙", "C3", 2, "cap.exceeded"),
      f("乙", "C2", 1, "input.unreadable-value"),
    ];
    expect(sortFindings(list, ["乙", "甲"]).map(key)).toEqual([
      "乙!C2 input.unreadable-value",
      "乙!C3 cap.exceeded", // errors first, then by rule id
      "乙!C3 register.duplicate",
      "乙!C3 cap.unknown-policy",
      "乙!C3 cap.no-cap",
      "乙!Z3 cap.no-cap",
      "乙!AA3 cap.exceeded",
      "乙!B9 cap.exceeded",
      "甲!A1 execution.overspent",
      "未列出!A1 cap.no-cap",
    ]);
  });

  it("keeps findings that tie on every key in the order given", () => {
    const a = { ...f("甲", "B2", 1, "register.duplicate"), message: "first" };
    const b = { ...f("甲", "B2", 1, "register.duplicate"), message: "second" };
    expect(sortFindings([a, b], ["甲"]).map((x) => x.message)).toEqual(["first", "second"]);
    expect(sortFindings([b, a], ["甲"]).map((x) => x.message)).toEqual(["second", "first"]);
  });
});
