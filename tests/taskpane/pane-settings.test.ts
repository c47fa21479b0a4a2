import {
  defaultPaneSettings,
  parseDeadline,
  parseIsoDate,
  parseTolerance,
  readForm,
  sanitiseStored,
  toAuditSettings,
  toForm,
} from "../../src/taskpane/pane-settings";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

test("defaults are the contract's", () => {
  const d = defaultPaneSettings("zh-CN");
  expect(d).toEqual({ ...DEFAULT_SETTINGS, lang: "zh-CN" });
  expect(d.tolerance).toBe(5);
  expect(d.disbursementDeadline).toBe("11-30");
});

test("tolerance is a number of points from 0 to 100", () => {
  expect(parseTolerance("5")).toBe(5);
  expect(parseTolerance(" 2.5 ")).toBe(2.5);
  expect(parseTolerance("0")).toBe(0);
  expect(parseTolerance("100.5")).toBeNull();
  expect(parseTolerance("-1")).toBeNull();
  expect(parseTolerance("五")).toBeNull();
  expect(parseTolerance("")).toBeNull();
});

test("the deadline is MM-DD of a real day", () => {
  expect(parseDeadline("11-30")).toBe("11-30");
  expect(parseDeadline("02-29")).toBe("02-29");
  expect(parseDeadline("11-31")).toBeNull();
  expect(parseDeadline("13-01")).toBeNull();
  expect(parseDeadline("1130")).toBeNull();
});

test("dates are YYYY-MM-DD of a real day", () => {
  expect(parseIsoDate("2021-08-31")).toBe("2021-08-31");
  expect(parseIsoDate("2021-02-29")).toBeNull();
  expect(parseIsoDate("2021/8/31")).toBeNull();
});

describe("readForm", () => {
  const form = toForm(defaultPaneSettings("en-US"));

  test("a valid form gives settings, keeping the district exactly as typed", () => {
    const r = readForm({ ...form, district: " 闵行区 ", tolerance: "3", asOf: "2021-08-31", progressMethod: "day" });
    expect(r).toEqual({
      ok: true,
      settings: { lang: "en-US", district: " 闵行区 ", tolerance: 3, progressMethod: "day", disbursementDeadline: "11-30", asOf: "2021-08-31" },
    });
  });

  test("a blank as-of date means: infer it", () => {
    const r = readForm({ ...form, asOf: "  " });
    expect(r.ok).toBe(true);
    expect(r.ok && "asOf" in r.settings).toBe(false);
  });

  test("each unusable field is named", () => {
    expect(readForm({ ...form, district: "", tolerance: "x", disbursementDeadline: "11/30", asOf: "31.8.2021" })).toEqual({
      ok: false,
      problems: { district: "invalidDistrict", tolerance: "invalidTolerance", disbursementDeadline: "invalidDeadline", asOf: "invalidDate" },
    });
  });
});

test("stored settings keep only well-formed values", () => {
  const fallback = defaultPaneSettings("zh-CN");
  expect(sanitiseStored(undefined, fallback)).toEqual(fallback);
  expect(sanitiseStored("garbage", fallback)).toEqual(fallback);
  expect(
    sanitiseStored({ lang: "fr-FR", district: "徐汇", tolerance: 500, progressMethod: "day", disbursementDeadline: "12-31", asOf: "nope" }, fallback)
  ).toEqual({ ...fallback, district: "徐汇", progressMethod: "day", disbursementDeadline: "12-31" });
});

test("the audit gets the pane's settings and today's date", () => {
  const s = { ...defaultPaneSettings("en-US"), asOf: "2021-08-31" };
  expect(toAuditSettings(s, "2025-01-02")).toEqual({
    lang: "en-US",
    district: "闵行",
    tolerance: 5,
    progressMethod: "month",
    disbursementDeadline: "11-30",
    asOf: "2021-08-31",
    today: "2025-01-02",
  });
});
