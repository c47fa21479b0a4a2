/**
 * The zh-CN metadata generator: it must refuse to build when the text source and the generated
 * functions.json disagree, or when a name breaks Excel's naming rules.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata, loadLocaleSource, NAME_RULE } = require("../../scripts/functions-locale.js");

const metadata = {
  functions: [
    {
      id: "EXECRATE",
      name: "EXECRATE",
      description: "Budget execution rate",
      parameters: [
        { name: "actual", description: "Actual", dimensionality: "matrix", type: "any" },
        { name: "budget", description: "Budget", dimensionality: "matrix", type: "any" },
      ],
      result: { dimensionality: "matrix" },
    },
  ],
};

const source = {
  EXECRATE: {
    name: "执行率",
    description: "预算执行率",
    parameters: { actual: { name: "实际支出", description: "实际" }, budget: { name: "预算", description: "预算" } },
  },
};

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe("functions-locale", () => {
  it("replaces only names and descriptions", () => {
    const out = localizeMetadata(metadata, source, "zh-CN");
    expect(out.functions[0]).toEqual({
      id: "EXECRATE",
      name: "执行率",
      description: "预算执行率",
      parameters: [
        { name: "实际支出", description: "实际", dimensionality: "matrix", type: "any" },
        { name: "预算", description: "预算", dimensionality: "matrix", type: "any" },
      ],
      result: { dimensionality: "matrix" },
    });
    expect(metadata.functions[0].name).toBe("EXECRATE"); // the input is not changed
  });
  it("refuses a function without text", () => {
    expect(() => localizeMetadata(metadata, {}, "zh-CN")).toThrow(/EXECRATE: no zh-CN text/);
  });
  it("refuses a parameter without text, and text for a parameter that is gone", () => {
    const s = clone(source) as { EXECRATE: { parameters: Record<string, unknown> } };
    delete s.EXECRATE.parameters.budget;
    s.EXECRATE.parameters.old = { name: "旧", description: "旧" };
    expect(() => localizeMetadata(metadata, s, "zh-CN")).toThrow(/EXECRATE\(budget\)[\s\S]*"old"/);
  });
  it("refuses text for a function that is gone", () => {
    expect(() => localizeMetadata(metadata, { ...source, GONE: source.EXECRATE }, "zh-CN")).toThrow(/GONE/);
  });
  it("refuses names Excel would reject: too short, not starting with a letter, punctuation", () => {
    for (const bad of ["上限", "1上限", "上-限", "上 限"]) {
      const s = clone(source);
      s.EXECRATE.name = bad;
      expect(() => localizeMetadata(metadata, s, "zh-CN")).toThrow(/must start with a letter/);
    }
  });
  it("accepts Chinese names of three or more characters", () => {
    for (const good of ["执行率", "补贴上限", "FUND_执行率", "折合元"]) expect(NAME_RULE.test(good)).toBe(true);
  });
  it("has a text source whose every function name is valid and unique", () => {
    const zh = loadLocaleSource("zh-CN") as Record<string, { name: string }>;
    const names = Object.entries(zh)
      .filter(([k]) => !k.startsWith("//"))
      .map(([, v]) => v.name);
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const n of names) expect(NAME_RULE.test(n)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });
});
