import {
  inCommonUnit,
  isEmptyCell,
  moneyToYuan,
  readAsOf,
  readItem,
  readMethodArg,
  readMoney,
  readToleranceArg,
  readUnitArg,
  readYearArg,
  type Money,
} from "../../src/functions/args";
import { CallError, FnError } from "../../src/functions/errors";

function money(v: unknown): Money {
  const m = readMoney(v);
  if (m === "nothing" || m instanceof FnError) throw new Error(`not money: ${String(v)}`);
  return m;
}

function callError(f: () => unknown): FnError {
  try {
    f();
  } catch (e) {
    if (e instanceof CallError) return e.error;
    throw e;
  }
  throw new Error("no CallError thrown");
}

describe("empty cells", () => {
  it("are null, undefined, '' or spaces", () => {
    for (const v of [null, undefined, "", "  "]) expect(isEmptyCell(v)).toBe(true);
    for (const v of [0, "0", "—", false]) expect(isEmptyCell(v)).toBe(false);
  });
});

describe("amounts", () => {
  it("reads numbers and staff's text forms", () => {
    expect(money(5170.28)).toEqual({ value: 5170.28, decimals: 2, unit: null });
    expect(money("5,170.28")).toEqual({ value: 5170.28, decimals: 2, unit: null });
    expect(money("5,170.28万元")).toEqual({ value: 5170.28, decimals: 2, unit: "万元" });
    expect(money("１２３，４５６").value).toBe(123456);
    expect(money("5,170.28 (1-8 月)").value).toBe(5170.28);
  });
  it("reads a dash as nothing, worth 0", () => {
    expect(readMoney("—")).toBe("nothing");
    expect(readMoney("-")).toBe("nothing");
    expect(moneyToYuan("nothing", "万元")).toBe(0);
  });
  it("gives #VALUE! quoting unreadable text, and refuses a percentage", () => {
    const e = readMoney("五千元") as FnError;
    expect(e).toBeInstanceOf(FnError);
    expect(e.code).toBe("#VALUE!");
    expect(e.text("zh-CN")).toContain("五千元");
    expect(e.text("en-US")).toContain("五千元");
    const p = readMoney("34.47%") as FnError;
    expect(p.code).toBe("#VALUE!");
    expect(p.text("en-US")).toContain("34.47%");
    expect((readMoney(true) as FnError).code).toBe("#VALUE!");
  });
  it("converts to 元 with the cell's own unit winning over the argument", () => {
    expect(moneyToYuan(money(5), "万元")).toBe(50000);
    expect(moneyToYuan(money("5万元"), "元")).toBe(50000);
    expect(moneyToYuan(money("1亿元"), "万元")).toBe(1e8);
  });
});

describe("amounts of one function in a common unit", () => {
  it("leaves unitless values as written", () => {
    expect(inCommonUnit([money(495), money(300)]).values).toEqual([495, 300]);
  });
  it("reads a unitless value in the unit another cell states", () => {
    const r = inCommonUnit([money("495万元"), money(300)]);
    expect(r.values).toEqual([495, 300]);
    expect(r.scales).toEqual([1, 1]);
  });
  it("goes to 元 when cells state different units", () => {
    const r = inCommonUnit([money("1万元"), money("5000元")]);
    expect(r.values).toEqual([10000, 5000]);
    expect(r.scales).toEqual([10000, 1]);
  });
  it("counts nothing as 0", () => {
    expect(inCommonUnit([money(10), "nothing"]).values).toEqual([10, 0]);
  });
});

describe("items, dates and years", () => {
  it("reads an item name or code as trimmed text", () => {
    expect(readItem("  示范平台 ")).toBe("示范平台");
    expect(readItem(1.1)).toBe("1.1");
    expect(readItem("")).toBeNull();
  });
  it("reads dates from serials and text", () => {
    expect(readAsOf(44439)).toBe("2021-08-31");
    expect(readAsOf("2021-08-31")).toBe("2021-08-31");
    expect(readAsOf("2021年8月31日")).toBe("2021-08-31");
  });
  it("gives #VALUE! for a missing or unreadable date", () => {
    expect((readAsOf("") as FnError).key).toBe("noDate");
    const e = readAsOf("八月底") as FnError;
    expect(e.code).toBe("#VALUE!");
    expect(e.text("zh-CN")).toContain("八月底");
  });
  it("reads years", () => {
    expect(readYearArg(2022)).toBe(2022);
    expect(readYearArg("2022年")).toBe(2022);
    expect(readYearArg(null)).toBeNull();
    expect((readYearArg("明年") as FnError).text("en-US")).toContain("明年");
  });
});

describe("whole-call options", () => {
  it("reads units, default 元", () => {
    expect(readUnitArg(null)).toBe("元");
    expect(readUnitArg("万元")).toBe("万元");
    expect(readUnitArg("（万元）")).toBe("万元");
    expect(readUnitArg("亿元")).toBe("亿元");
    expect(readUnitArg(10000)).toBe("万元");
    expect(readUnitArg([["万元"]])).toBe("万元");
  });
  it("rejects an unknown unit with a message naming it", () => {
    const e = callError(() => readUnitArg("美元"));
    expect(e.code).toBe("#VALUE!");
    expect(e.text("zh-CN")).toContain("美元");
  });
  it("reads progress methods in both languages", () => {
    expect(readMethodArg(null)).toBe("month");
    expect(readMethodArg("月")).toBe("month");
    expect(readMethodArg("Day")).toBe("day");
    expect(readMethodArg("日")).toBe("day");
    expect(callError(() => readMethodArg("week")).text("en-US")).toContain("week");
  });
  it("reads tolerance in percentage points, default 5", () => {
    expect(readToleranceArg(null)).toBe(5);
    expect(readToleranceArg(3)).toBe(3);
    expect(readToleranceArg("2.5")).toBe(2.5);
    expect(readToleranceArg("5%")).toBeCloseTo(5, 10);
    expect(callError(() => readToleranceArg(-1)).code).toBe("#VALUE!");
    expect(callError(() => readToleranceArg("很多")).text("zh-CN")).toContain("很多");
  });
});
