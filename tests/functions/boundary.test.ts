/**
 * The Excel boundary: CustomFunctions.Error in the user's language, errors inside a spilled result
 * per element, whole-call errors thrown, nothing escaping as a bare exception.
 */
import { runFunction } from "../../src/functions/boundary";
import { FnError, globalRuntime, naError, valueError, divError, type ErrorRuntime } from "../../src/functions/errors";
import { currentLang, langFromDisplayLanguage, setLanguage } from "../../src/functions/lang";
import * as fund from "../../src/functions/fund";
import * as fundTables from "../../src/functions/fundTables";

/** A stand-in for the runtime's CustomFunctions namespace. */
class StubError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}
const runtime: ErrorRuntime = {
  Error: StubError as unknown as ErrorRuntime["Error"],
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
};

function thrown(f: () => unknown): StubError {
  try {
    f();
  } catch (e) {
    if (e instanceof StubError) return e;
    throw e;
  }
  throw new Error("nothing thrown");
}

describe("runFunction", () => {
  it("passes values through", () => {
    expect(runFunction(() => [[1, "正常", true, ""]], runtime, "zh-CN")).toEqual([[1, "正常", true, ""]]);
  });
  it("throws a single-cell error with its message in the user's language", () => {
    const zh = thrown(() => runFunction(() => [[naError("unknownItem", { item: "不存在的项目" })]], runtime, "zh-CN"));
    expect(zh.code).toBe("#N/A");
    expect(zh.message).toContain("不存在的项目");
    expect(zh.message).toContain("目录");
    const en = thrown(() => runFunction(() => [[naError("unknownItem", { item: "不存在的项目" })]], runtime, "en-US"));
    expect(en.message).toContain("not in the catalog");
  });
  it("gives #DIV/0! without a message (Excel shows none for it)", () => {
    const e = thrown(() => runFunction(() => [[divError()]], runtime, "zh-CN"));
    expect(e.code).toBe("#DIV/0!");
    expect(e.message).toBeUndefined();
  });
  it("keeps a bad element's error inside a spilled result", () => {
    const out = runFunction(() => [[1], [valueError("unreadableAmount", { text: "x" })], [3]], runtime, "en-US");
    expect(out[0][0]).toBe(1);
    expect(out[1][0]).toBeInstanceOf(StubError);
    expect((out[1][0] as StubError).code).toBe("#VALUE!");
    expect((out[1][0] as StubError).message).toContain('"x"');
    expect(out[2][0]).toBe(3);
  });
  it("turns an unexpected exception into #VALUE! with a message", () => {
    const e = thrown(() =>
      runFunction(() => {
        throw new TypeError("boom");
      }, runtime, "zh-CN")
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("boom");
  });
  it("throws a whole-call error (bad unit) as #VALUE! naming it", () => {
    const e = thrown(() => runFunction(() => fund.yuan(1, "美元"), runtime, "zh-CN"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("美元");
  });
  it("runs the worked examples end to end", () => {
    expect(runFunction(() => fundTables.cap("区级专精特新中小企业", null, null, "万元"), runtime, "zh-CN")).toEqual([[5]]);
    expect(runFunction((lang) => fund.status(495, 300, "2021-08-31", null, lang), runtime, "en-US")).toEqual([["Overspent"]]);
    const div = thrown(() => runFunction(() => fund.execRate(1, 0), runtime, "zh-CN"));
    expect(div.code).toBe("#DIV/0!");
  });
  it("falls back to plain Errors carrying the code when there is no runtime", () => {
    expect(() => runFunction(() => [[new FnError("#N/A", "noItem")]], null, "en-US")).toThrow(/#N\/A/);
  });
});

describe("language", () => {
  afterEach(() => {
    setLanguage(null);
    delete (globalThis as { Office?: unknown }).Office;
  });
  it("maps Office's display language", () => {
    expect(langFromDisplayLanguage("zh-CN")).toBe("zh-CN");
    expect(langFromDisplayLanguage("zh-TW")).toBe("zh-CN");
    expect(langFromDisplayLanguage("en-US")).toBe("en-US");
    expect(langFromDisplayLanguage("fr-FR")).toBe("en-US");
    expect(langFromDisplayLanguage(undefined)).toBe("zh-CN");
  });
  it("reads Office.context.displayLanguage at call time, zh-CN without Office", () => {
    expect(currentLang()).toBe("zh-CN");
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "en-US" } };
    expect(currentLang()).toBe("en-US");
  });
  it("can be fixed (tests, bench)", () => {
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "en-US" } };
    setLanguage("zh-CN");
    expect(currentLang()).toBe("zh-CN");
  });
});

// CustomFunctions.Error is CustomFunctionsRuntime 1.2, ErrorCode 1.3
// (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error,
// https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets).
describe("requirement sets of the error objects", () => {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  const hostWith = (version: string) => ({ isSetSupported: (name: string, v = "1.1") => name === "CustomFunctionsRuntime" && Number(v.split(".")[1]) <= Number(version.split(".")[1]) });
  beforeEach(() => {
    g.CustomFunctions = runtime;
  });
  afterEach(() => {
    delete g.CustomFunctions;
  });

  it("uses Error and ErrorCode on a host with CustomFunctionsRuntime 1.3", () => {
    const r = globalRuntime(hostWith("1.3"))!;
    const e = thrown(() => runFunction(() => [[divError()]], r, "en-US"));
    expect(e.code).toBe("#DIV/0!");
    expect(r.ErrorCode).toBe(runtime.ErrorCode);
  });

  it("passes the code's text without ErrorCode (1.2)", () => {
    const r = globalRuntime(hostWith("1.2"))!;
    expect(r.ErrorCode).toEqual({});
    const e = thrown(() => runFunction(() => [[naError("unknownItem", { item: "x" })]], r, "en-US"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("x");
  });

  it("throws a plain error, which Excel shows as #VALUE!, without Error (1.1)", () => {
    expect(globalRuntime(hostWith("1.1"))).toBeNull();
    let caught: unknown;
    try {
      runFunction(() => [[valueError("unreadableAmount", { text: "abc" })]], globalRuntime(hostWith("1.1")), "en-US");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(Error);
  });

  it("uses what is defined where the host cannot be asked", () => {
    expect(globalRuntime(null)).toBe(runtime);
    delete g.CustomFunctions;
    expect(globalRuntime(null)).toBeNull();
  });
});

