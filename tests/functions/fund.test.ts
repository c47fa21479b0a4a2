/**
 * The FUND functions' logic on scalars and 2-D ranges: the worked examples of domain.md and every
 * error path. Results are checked against figures worked out by hand from the seed's tables.
 */
import * as fund from "../../src/functions/fund";
import * as fundTables from "../../src/functions/fundTables";
import { CATALOG_RANGE, column, SERIAL_2021_08_31, TABLE_A, TABLE_C_2021, one, err, callErr } from "./fixtures";


describe("FUND.EXECRATE", () => {
  it("is actual / budget (Table B 2021: 5,170.28 / 15,000)", () => {
    expect(one(fund.execRate(5170.28, 15000))).toBeCloseTo(0.3446853, 6);
    expect(one(fund.execRate([[5170.28]], [[15000]]))).toBeCloseTo(0.3446853, 6);
    expect(one(fund.execRate("5,170.28 (1-8 月)", "15,000"))).toBeCloseTo(0.3446853, 6);
    expect(one(fund.execRate(9999.76, 10000))).toBeCloseTo(0.999976, 9);
  });
  it("is #DIV/0! for a zero or missing budget", () => {
    expect(err(one(fund.execRate(10, 0))).code).toBe("#DIV/0!");
    expect(err(one(fund.execRate(0, "—"))).code).toBe("#DIV/0!");
  });
  it("spills over Table C's 2021 columns, each row its own result", () => {
    const out = fund.execRate(column(TABLE_C_2021, 1), column(TABLE_C_2021, 0));
    expect(out).toHaveLength(9);
    const expected = [1.65, 600 / 900, 1134.35 / 7040, 210.45 / 2490, 0, 2257.58 / 3500, 1.18225];
    expected.forEach((x, i) => expect(out[i][0]).toBeCloseTo(x, 9));
    expect(err(out[7][0]).code).toBe("#DIV/0!");
    expect(err(out[8][0]).code).toBe("#DIV/0!");
  });
  it("gives #VALUE! quoting unreadable text, only for that element", () => {
    const out = fund.execRate([[100], ["一百"], [50]], [[200]]);
    expect(out[0][0]).toBe(0.5);
    const e = err(out[1][0]);
    expect(e.code).toBe("#VALUE!");
    expect(e.text("zh-CN")).toContain("一百");
    expect(out[2][0]).toBe(0.25);
  });
  it("leaves blank rows blank", () => {
    expect(fund.execRate([[""], [null], [30]], [[""], [null], [60]])).toEqual([[""], [""], [0.5]]);
  });
  it("reads a unitless figure in the unit its partner states", () => {
    expect(one(fund.execRate("495万元", 300))).toBeCloseTo(1.65, 10);
    expect(one(fund.execRate("495万元", "3,000,000元"))).toBeCloseTo(1.65, 10);
  });
  it("gives #N/A where ranges of different sizes do not line up", () => {
    const out = fund.execRate([[1], [2], [3]], [[4], [8]]);
    expect(out[0][0]).toBe(0.25);
    expect(out[1][0]).toBe(0.25);
    expect(err(out[2][0]).code).toBe("#N/A");
  });
});

describe("FUND.PROGRESS", () => {
  it("is 8/12 at the end of August by month, from text or a serial", () => {
    expect(one(fund.progress("2021-08-31", null))).toBeCloseTo(8 / 12, 12);
    expect(one(fund.progress(SERIAL_2021_08_31, "月"))).toBeCloseTo(8 / 12, 12);
    expect(one(fund.progress("2021年8月31日", "month"))).toBeCloseTo(8 / 12, 12);
  });
  it("counts days by day", () => {
    expect(one(fund.progress(SERIAL_2021_08_31, "day"))).toBeCloseTo(243 / 365, 12);
    expect(one(fund.progress("2020-12-31", "日"))).toBe(1);
  });
  it("spills over a column of dates", () => {
    const out = fund.progress([["2021-03-31"], ["2021-06-30"], [""]], null);
    expect(out[0][0]).toBeCloseTo(0.25, 12);
    expect(out[1][0]).toBeCloseTo(0.5, 12);
    expect(out[2][0]).toBe("");
  });
  it("gives #VALUE! for a bad date or method", () => {
    expect(err(one(fund.progress("八月底", null))).text("zh-CN")).toContain("八月底");
    expect(callErr(() => fund.progress("2021-08-31", "week")).text("en-US")).toContain("week");
  });
});

describe("FUND.STATUS and FUND.SHORTFALL, Table C 2021 as of 2021-08-31", () => {
  const budget = column(TABLE_C_2021, 0);
  const actual = column(TABLE_C_2021, 1);

  it("says 超支 for 495 of 300 (the worked example)", () => {
    expect(one(fund.status(495, 300, "2021-08-31", null, "zh-CN"))).toBe("超支");
    expect(one(fund.status(495, 300, "2021-08-31", null, "en-US"))).toBe("Overspent");
  });
  it("classifies every category", () => {
    const zh = fund.status(actual, budget, [[SERIAL_2021_08_31]], null, "zh-CN").map((r) => r[0]);
    expect(zh).toEqual(["超支", "正常", "滞后", "滞后", "未支出", "正常", "超支", "正常", "正常"]);
    const en = fund.status(actual, budget, "2021-08-31", null, "en-US").map((r) => r[0]);
    expect(en).toEqual(["Overspent", "Normal", "Behind", "Behind", "No spending", "Normal", "Overspent", "Normal", "Normal"]);
  });
  it("measures points behind beyond the tolerance", () => {
    const out = fund.shortfall(actual, budget, "2021-08-31", null).map((r) => r[0] as number);
    const progress = (8 / 12) * 100;
    expect(out[0]).toBe(0);
    expect(out[1]).toBe(0);
    expect(out[2]).toBeCloseTo(progress - (1134.35 / 7040) * 100, 9); // ≈ 50.56
    expect(out[3]).toBeCloseTo(progress - (210.45 / 2490) * 100, 9);
    expect(out[4]).toBeCloseTo(progress, 9);
    expect(out[5]).toBe(0); // 2.2 points behind: within 5
    expect(out.slice(6)).toEqual([0, 0, 0]);
  });
  it("counts 2.2 points as behind when the tolerance is 2", () => {
    expect(one(fund.shortfall("2,257.58", "3,500.00", "2021-08-31", 2))).toBeCloseTo((8 / 12 - 2257.58 / 3500) * 100, 9);
    expect(one(fund.status("2,257.58", "3,500.00", "2021-08-31", "2", "zh-CN"))).toBe("滞后");
  });
  it("gives #VALUE! for a missing as-of date and a bad tolerance", () => {
    expect(err(one(fund.status(1, 2, "", null, "zh-CN"))).key).toBe("noDate");
    expect(callErr(() => fund.shortfall(1, 2, "2021-08-31", "很多")).code).toBe("#VALUE!");
  });
});

describe("FUND.YUAN", () => {
  it("converts 5,170.28万元 to 51,702,800 元", () => {
    expect(one(fund.yuan("5,170.28万元", null))).toBe(51702800);
    expect(one(fund.yuan(5170.28, "万元"))).toBe(51702800);
    expect(one(fund.yuan("5,170.28万元", "元"))).toBe(51702800);
  });
  it("reads full-width digits, 亿元 and dashes", () => {
    expect(one(fund.yuan("１２３，４５６", null))).toBe(123456);
    expect(one(fund.yuan("2亿元", null))).toBe(200000000);
    expect(one(fund.yuan("—", "万元"))).toBe(0);
  });
  it("spills over a column", () => {
    expect(fund.yuan(column(TABLE_C_2021, 0), "万元").map((r) => r[0])).toEqual([
      3000000, 9000000, 70400000, 24900000, 3700000, 35000000, 4000000, 0, 0,
    ]);
  });
  it("gives #VALUE! quoting unreadable text, and for an unknown unit", () => {
    const e = err(one(fund.yuan("约五千", null)));
    expect(e.code).toBe("#VALUE!");
    expect(e.text("en-US")).toContain("约五千");
    expect(callErr(() => fund.yuan(1, "美元")).text("zh-CN")).toContain("美元");
  });
});

describe("FUND.LINECHECK", () => {
  it("finds every line of Table A consistent (exact or within rounding)", () => {
    const out = fund.lineCheck(column(TABLE_A, 0), column(TABLE_A, 1), column(TABLE_A, 2));
    expect(out.map((r) => r[0])).toEqual(new Array(TABLE_A.length).fill(0));
  });
  it("returns the gap when it is more than rounding explains", () => {
    expect(one(fund.lineCheck(7050000, 50000, 140))).toBe(50000);
    expect(one(fund.lineCheck("10,000,020.00", "555,556", 18))).toBe(12); // allowance 9
    expect(one(fund.lineCheck("9,999,990.00", "555,556", 18))).toBe(-18);
    // 240,000.00 is stated to the fen: a 5 元 gap is no rounding of it.
    expect(one(fund.lineCheck("6,000,005.00", "240,000.00", 25))).toBe(5);
  });
  it("works in the unit the cells state", () => {
    expect(one(fund.lineCheck("1,000万元", "55.5556", 18))).toBe(0);
    expect(one(fund.lineCheck("1000万元", "555556元", 18))).toBe(0);
  });
  it("gives #VALUE! for an unreadable quantity or amount", () => {
    expect(err(one(fund.lineCheck(100, 10, "十"))).text("zh-CN")).toContain("十");
    expect(err(one(fund.lineCheck("一百", 10, 10))).code).toBe("#VALUE!");
  });
});

describe("FUND.CREDITCODE", () => {
  it("accepts a valid code, also lower case or full-width", () => {
    expect(one(fund.creditCode("91350100M000100Y43"))).toBe(true);
    expect(one(fund.creditCode("91350100m000100y43"))).toBe(true);
    expect(one(fund.creditCode("９１３５０１００Ｍ０００１００Ｙ４３"))).toBe(true);
  });
  it("rejects a wrong check character, length or character", () => {
    expect(fund.creditCode([["91350100M000100Y44"], ["91350100M000100Y4"], ["91350100M000100I43"], [12345]])).toEqual([
      [false],
      [false],
      [false],
      [false],
    ]);
  });
  it("leaves a blank cell blank", () => {
    expect(one(fund.creditCode(""))).toBe("");
  });
});

describe("FUND.CAP with the built-in catalog", () => {
  it("gives 区级专精特新 50,000 元, or 5 万元", () => {
    expect(one(fundTables.cap("区级专精特新中小企业", null, null, null))).toBe(50000);
    expect(one(fundTables.cap("区级专精特新中小企业", null, null, "万元"))).toBe(5);
    expect(one(fundTables.cap("区级“专精特新”中小企业", null, null, null))).toBe(50000);
  });
  it("finds by name or code over a range", () => {
    expect(fundTables.cap([["区级专精特新中小企业"], ["1.3"], ["示范平台"]], null, null, null)).toEqual([[50000], [500000], [600000]]);
  });
  it("gives #N/A naming an unknown item", () => {
    const e = err(one(fundTables.cap("不存在的项目", null, null, null)));
    expect(e.code).toBe("#N/A");
    expect(e.text("zh-CN")).toContain("不存在的项目");
    expect(e.text("en-US")).toContain("不存在的项目");
  });
  it("gives #N/A for an item with no cap set", () => {
    const e = err(one(fundTables.cap("技术改造项目新增设备补贴", null, null, null)));
    expect(e.code).toBe("#N/A");
    expect(e.key).toBe("noCap");
  });
});

describe("FUND.CAPCHECK and FUND.ALLOWED with the built-in catalog", () => {
  const item = "区级专精特新中小企业";
  it("measures the excess over the cap, 0 within it", () => {
    expect(one(fundTables.capCheck(60000, item, null, null, null))).toBe(10000);
    expect(one(fundTables.capCheck(50000, item, null, null, null))).toBe(0);
    expect(one(fundTables.capCheck(6, item, null, null, "万元"))).toBe(1);
    expect(one(fundTables.capCheck("6万元", item, null, null, null))).toBe(10000);
  });
  it("allows at most the cap", () => {
    expect(one(fundTables.allowed(60000, item, null, null, null))).toBe(50000);
    expect(one(fundTables.allowed(40000, item, null, null, null))).toBe(40000);
    expect(one(fundTables.allowed(6, item, null, null, "万元"))).toBe(5);
  });
  it("checks a 3x1 range, a bad element failing alone", () => {
    const out = fundTables.capCheck([[40000], [60000], ["五万"]], [[item], ["示范平台"], [item]], null, null, null);
    expect(out[0][0]).toBe(0);
    expect(out[1][0]).toBe(0);
    const e = err(out[2][0]);
    expect(e.code).toBe("#VALUE!");
    expect(e.text("zh-CN")).toContain("五万");
  });
  it("broadcasts one item against a column of amounts", () => {
    expect(fundTables.capCheck([[10000], [70000], ["—"]], item, null, null, null)).toEqual([[0], [20000], [0]]);
  });
  it("has nothing to exceed for an item with no cap", () => {
    expect(one(fundTables.capCheck(9e9, "技术改造项目新增设备补贴", null, null, null))).toBe(0);
    expect(one(fundTables.allowed(123, "技术改造项目新增设备补贴", null, null, null))).toBe(123);
  });
  it("gives #N/A for an unknown item and #VALUE! for a missing one", () => {
    expect(err(one(fundTables.capCheck(1, "不存在的项目", null, null, null))).code).toBe("#N/A");
    expect(err(one(fundTables.capCheck(1, "", null, null, null))).key).toBe("noItem");
  });
});

describe("caps from a catalog range", () => {
  it("reads the cap of the range, for the year asked", () => {
    expect(one(fundTables.cap("区级专精特新中小企业", CATALOG_RANGE, null, null))).toBe(50000);
    expect(one(fundTables.cap("区级专精特新中小企业", CATALOG_RANGE, 2023, null))).toBe(60000);
    expect(one(fundTables.cap("1.1", CATALOG_RANGE, "2022", "万元"))).toBe(5);
    expect(one(fundTables.cap("技术改造项目新增设备补贴", CATALOG_RANGE, null, null))).toBe(5000000);
  });
  it("follows an edited cap", () => {
    const edited = CATALOG_RANGE.map((row) => [...row]);
    edited[2][4] = 80000;
    expect(one(fundTables.cap("区级专精特新中小企业", edited, null, null))).toBe(80000);
    expect(one(fundTables.cap("区级专精特新中小企业", CATALOG_RANGE, null, null))).toBe(50000);
  });
  it("caps a rate item at rate x base, or its maximum", () => {
    const item = "技术改造项目新增设备补贴";
    expect(one(fundTables.capCheck(8000000, item, 30000000, CATALOG_RANGE, null))).toBe(5000000);
    expect(one(fundTables.allowed(8000000, item, 30000000, CATALOG_RANGE, null))).toBe(3000000);
    expect(one(fundTables.capCheck(8000000, item, 90000000, CATALOG_RANGE, null))).toBe(3000000);
    expect(one(fundTables.capCheck(800, item, 3000, CATALOG_RANGE, "万元"))).toBe(500);
  });
  it("needs a base for a rate item with no maximum", () => {
    const item = "企业智能制造诊断资助";
    expect(one(fundTables.capCheck(100000, item, 150000, CATALOG_RANGE, null))).toBe(25000);
    const e = err(one(fundTables.capCheck(100000, item, null, CATALOG_RANGE, null)));
    expect(e.code).toBe("#VALUE!");
    expect(e.text("zh-CN")).toContain(item);
    expect(err(one(fundTables.cap(item, CATALOG_RANGE, null, null))).key).toBe("rateOnlyCap");
  });
  it("knows an item without a cap, and not one outside the range", () => {
    expect(err(one(fundTables.cap("鼓励企业上云上平台", CATALOG_RANGE, null, null))).key).toBe("noCap");
    expect(err(one(fundTables.cap("示范平台", CATALOG_RANGE, null, null))).key).toBe("unknownItem");
  });
  it("refuses a range that holds no catalog table", () => {
    const e = callErr(() => fundTables.cap("示范平台", [["a", "b"], [1, 2]], null, null));
    expect(e.code).toBe("#VALUE!");
    expect(e.key).toBe("noCatalogTable");
  });
  it("uses the built-in catalog for a blank catalog range", () => {
    expect(one(fundTables.cap("示范平台", [[""], [""]], null, null))).toBe(600000);
  });
});

describe("data-type cells", () => {
  it("are read by their basic value", () => {
    const formatted = { type: "FormattedNumber", basicValue: 5170.28, numberFormat: "#,##0.00" };
    expect(one(fund.execRate([[formatted]], 15000))).toBeCloseTo(0.3446853, 6);
    expect(one(fund.progress([[{ type: "FormattedNumber", basicValue: SERIAL_2021_08_31 }]], null))).toBeCloseTo(8 / 12, 12);
  });
});
