import type { Finding, RuleId } from "../../src/core/findings";
import { RULES } from "../../src/core/findings";
import { filterChoices, filterFindings, findingsOfRules, groupFindings, NO_FILTER } from "../../src/taskpane/findings-view";

function finding(rule: RuleId, sheet: string, cell: string, message: string): Finding {
  return { rule, severity: RULES[rule], sheet, cell, message, params: {}, row: Number(cell.replace(/\D/g, "")) - 1 };
}

const list: Finding[] = [
  finding("composition.line-rounded", "预算构成", "C8", "优质企业扶持 少 8 元"),
  finding("execution.behind-schedule", "执行情况", "D3", "2021 年执行率 34.47%"),
  finding("execution.overspent", "执行情况", "E10", "支持企业专精特新化发展 超支"),
  finding("cap.exceeded", "申报清单", "H26", "上海闵睿精密机械有限公司 超过补贴上限"),
  finding("execution.overspent", "执行情况", "E16", "推进协同创新产业发展 超支"),
];
const render = (f: Finding) => f.message;

describe("filterFindings", () => {
  test("no filter keeps everything in order", () => {
    expect(filterFindings(list, NO_FILTER, render)).toEqual(list);
  });

  test("severity, rule and sheet filters combine", () => {
    expect(filterFindings(list, { ...NO_FILTER, severity: "error" }, render).map((f) => f.cell)).toEqual(["E10", "H26", "E16"]);
    expect(filterFindings(list, { ...NO_FILTER, severity: "error", sheet: "执行情况" }, render).map((f) => f.cell)).toEqual([
      "E10",
      "E16",
    ]);
    expect(filterFindings(list, { ...NO_FILTER, rule: "execution.behind-schedule" }, render).map((f) => f.cell)).toEqual(["D3"]);
  });

  test("text matches the rendered message, the sheet and the cell, ignoring width, case and spaces", () => {
    expect(filterFindings(list, { ...NO_FILTER, text: "闵睿" }, render).map((f) => f.cell)).toEqual(["H26"]);
    expect(filterFindings(list, { ...NO_FILTER, text: "ｅ１０" }, render).map((f) => f.cell)).toEqual(["E10"]);
    expect(filterFindings(list, { ...NO_FILTER, text: "执行情况!e16" }, render).map((f) => f.cell)).toEqual(["E16"]);
    expect(filterFindings(list, { ...NO_FILTER, text: "协同 创新" }, render).map((f) => f.cell)).toEqual(["E16"]);
    // The search reads what the user reads: another language's rendering is another text.
    expect(filterFindings(list, { ...NO_FILTER, text: "overspent" }, () => "Overspent").length).toBe(list.length);
  });
});

describe("groupFindings", () => {
  test("one group per rule, errors first, rules in contract order, findings kept in order", () => {
    const groups = groupFindings(list);
    expect(groups.map((g) => g.rule)).toEqual([
      "cap.exceeded",
      "execution.overspent",
      "execution.behind-schedule",
      "composition.line-rounded",
    ]);
    expect(groups[1].findings.map((f) => f.cell)).toEqual(["E10", "E16"]);
    expect(groups.map((g) => g.severity)).toEqual(["error", "error", "warning", "info"]);
  });

  test("an empty list has no groups", () => {
    expect(groupFindings([])).toEqual([]);
  });
});

test("filterChoices lists the rules (contract order) and sheets (as found) present", () => {
  expect(filterChoices(list)).toEqual({
    rules: ["cap.exceeded", "composition.line-rounded", "execution.overspent", "execution.behind-schedule"],
    sheets: ["预算构成", "执行情况", "申报清单"],
  });
});

test("findingsOfRules keeps the rules with the given prefixes", () => {
  expect(findingsOfRules(list, ["cap.", "register."]).map((f) => f.cell)).toEqual(["H26"]);
});
