import {
  isoToSerial,
  lastDayOfMonth,
  parseDateText,
  readDate,
  readYear,
  serialToIso,
} from "../../../src/core/dates";
import { parseUnit, toYuan, unitInText } from "../../../src/core/units";

describe("dates", () => {
  it.each([
    ["2021-08-31", "2021-08-31"],
    ["2021/8/31", "2021-08-31"],
    ["2021.8.31", "2021-08-31"],
    ["2021年8月31日", "2021-08-31"],
    ["２０２１年８月３１日", "2021-08-31"],
    ["20210831", "2021-08-31"],
    ["2021-08-31 13:05", "2021-08-31"],
    ["2021-08-31T00:00:00.000Z", "2021-08-31"],
    ["2021-02-29", null],
    ["2020-02-29", "2020-02-29"],
    ["2021-13-01", null],
    ["下周", null],
  ])("parses %j", (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it("reads Excel serials in the 1900 system", () => {
    expect(serialToIso(44439)).toBe("2021-08-31");
    expect(serialToIso(1)).toBe("1900-01-01");
    expect(serialToIso(61)).toBe("1900-03-01");
    expect(serialToIso(44439.75)).toBe("2021-08-31");
    expect(serialToIso(0)).toBeNull();
    expect(isoToSerial("2021-08-31")).toBe(44439);
    for (const s of [1, 59, 61, 40000, 44439, 2958465]) expect(isoToSerial(serialToIso(s) as string)).toBe(s);
  });

  it("tells a date, nothing and unreadable apart", () => {
    expect(readDate(44439)).toEqual({ kind: "date", iso: "2021-08-31" });
    expect(readDate("2021年11月30日")).toEqual({ kind: "date", iso: "2021-11-30" });
    expect(readDate(null)).toEqual({ kind: "nothing" });
    expect(readDate(" ")).toEqual({ kind: "nothing" });
    expect(readDate("—")).toEqual({ kind: "nothing" });
    expect(readDate("abc")).toEqual({ kind: "unreadable", text: "abc" });
    // As an amount cell shows it: TRUE, not true.
    expect(readDate(true)).toEqual({ kind: "unreadable", text: "TRUE" });
    // The same "nothing" words as an amount cell (an unpaid row's 拨付日期).
    for (const t of ["——", "－", "/", "无", " N/A "]) expect(readDate(t)).toEqual({ kind: "nothing" });
    expect(readDate("未拨付")).toEqual({ kind: "unreadable", text: "未拨付" });
    expect(readDate(-5)).toEqual({ kind: "unreadable", text: "-5" });
  });

  it("reads years in the forms tables use", () => {
    expect(readYear(2021)).toBe(2021);
    expect(readYear("2021")).toBe(2021);
    expect(readYear("2021年")).toBe(2021);
    expect(readYear("2021 年")).toBe(2021);
    expect(readYear("2021年度")).toBe(2021);
    expect(readYear("２０２１年")).toBe(2021);
    expect(readYear(2021.5)).toBeNull();
    expect(readYear("二〇二一")).toBeNull();
    expect(readYear(null)).toBeNull();
  });

  it("knows the last day of each month", () => {
    expect(lastDayOfMonth(2021, 8)).toBe("2021-08-31");
    expect(lastDayOfMonth(2021, 2)).toBe("2021-02-28");
    expect(lastDayOfMonth(2020, 2)).toBe("2020-02-29");
    expect(lastDayOfMonth(2100, 2)).toBe("2100-02-28");
  });
});

describe("units", () => {
  it.each([
    ["预算金额（元）", "元"],
    ["单价/均价（元）", "元"],
    ["拟扶持金额（万元）", "万元"],
    ["金额(万元)", "万元"],
    ["金额［亿元］", "亿元"],
    ["（单位：万元）", "万元"],
    ["单位:亿元", "亿元"],
    ["（1）2019-2021 各年度预算及支出情况（单位：万元）", "万元"],
    ["Amount (unit: 10k yuan)", "万元"],
    ["金额（元/户）", "元"],
    // A count unit with its bracketed alternative before the money unit (learn26u).
    ["单位：台（套）、万元", "万元"],
    ["计量单位：头（只）/万元", "万元"],
    ["单位：人，元", "元"],
    ["涉及政策项（数量）", null],
    ["2022 年项目总投入预算 20,000 万元", null],
    ["实际支出", null],
  ])("finds the unit in %j", (text, unit) => {
    expect(unitInText(text)).toBe(unit);
  });

  it("parses unit words and converts to 元 to the fen", () => {
    expect(parseUnit("万元")).toBe("万元");
    expect(parseUnit(" yuan ")).toBe("元");
    expect(parseUnit("亿")).toBe("亿元");
    expect(parseUnit("美元")).toBeNull();
    expect(toYuan(5170.28, "万元")).toBe(51_702_800);
    expect(toYuan(0.1 + 0.2, "元")).toBe(0.3);
    expect(toYuan(2, "亿元")).toBe(200_000_000);
    expect(toYuan(1.005, "万元")).toBe(10_050);
  });
});
