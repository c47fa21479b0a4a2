/**
 * FUND.INDISTRICT over the repository's own geography assets (assets/geo), served by a fake fetch
 * as the add-in's host would serve them; the district setting read from document settings as the
 * pane stores it; the async boundary turning errors into CustomFunctions.Error.
 */
import * as fs from "fs";
import * as path from "path";
import { loadGeography } from "../../src/office/geography";
import { runFunctionAsync } from "../../src/functions/boundary";
import { settingDistrict } from "../../src/functions/district";
import { FnError, type ErrorRuntime } from "../../src/functions/errors";
import * as fund from "../../src/functions/fund";
import type { Out, OutMatrix } from "../../src/functions/spill";
import { SETTING_KEYS } from "../../src/workbook-gateway";

const ASSETS = path.join(__dirname, "..", "..", "assets", "geo");

/** Serves assets/geo as the add-in's host does; records what was asked. */
function fakeHost() {
  const asked: string[] = [];
  const fetcher = async (url: string) => {
    const rel = url.replace(/^.*\/assets\/geo\//, "");
    asked.push(rel);
    const file = path.join(ASSETS, rel);
    const ok = fs.existsSync(file);
    return { ok, status: ok ? 200 : 404, json: async () => JSON.parse(fs.readFileSync(file, "utf8")) as unknown };
  };
  return { asked, fetcher };
}

const host = fakeHost();
const env = (defaultDistrict = "闵行") => ({ load: (d: string) => loadGeography(d, host.fetcher), defaultDistrict: () => defaultDistrict });

function one(m: OutMatrix): Out {
  expect(m).toHaveLength(1);
  expect(m[0]).toHaveLength(1);
  return m[0][0];
}

function err(v: Out): FnError {
  if (!(v instanceof FnError)) throw new Error(`expected an error, got ${String(v)}`);
  return v;
}

describe("FUND.INDISTRICT", () => {
  it("is TRUE for 闵行 itself, its towns and streets, its development areas and addresses in it", async () => {
    const places = [["闵行区"], ["上海市闵行区"], ["七宝镇"], ["江川路街道"], ["古美路街道"], ["莘庄工业区"], ["上海市闵行区七宝镇漕宝路1号"], ["310112"]];
    expect(await fund.inDistrict(places, null, env())).toEqual(places.map(() => [true]));
  });
  it("is FALSE for a street of another district (南京东路街道 is 黄浦's) and another district's town", async () => {
    expect(one(await fund.inDistrict("南京东路街道", null, env()))).toBe(false);
    expect(one(await fund.inDistrict("浦东新区张江镇", null, env()))).toBe(false);
  });
  it("judges against the district argument: 黄浦 or its code 310101, and 闵行 by its code 310112", async () => {
    expect(await fund.inDistrict([["南京东路街道"], ["七宝镇"]], "黄浦", env())).toEqual([[true], [false]]);
    expect(await fund.inDistrict([["南京东路街道"], ["七宝镇"]], 310101, env())).toEqual([[true], [false]]);
    expect(await fund.inDistrict([["南京东路街道"], ["七宝镇"]], "310112", env())).toEqual([[false], [true]]);
  });
  it("takes a district per row when the argument is a range; a blank one is the setting's", async () => {
    const out = await fund.inDistrict([["七宝镇"], ["七宝镇"], ["南京东路街道"]], [["黄浦区"], [""], ["黄浦区"]], env());
    expect(out).toEqual([[false], [true], [true]]);
  });
  it("uses the default district when the argument is omitted", async () => {
    expect(await fund.inDistrict([["七宝镇"], ["南京东路街道"]], null, env("黄浦"))).toEqual([[false], [true]]);
  });
  it("is #N/A with the reason when the place cannot be told inside or outside", async () => {
    const out = await fund.inDistrict([["上海市"], ["虹桥商务区"], ["上海市江宁区"], ["某某路1号"], ["—"]], null, env());
    const keys = out.map((r) => err(r[0]).key);
    expect(keys).toEqual(["placeBroader", "placeSpans", "placeConflict", "placeUnrecognised", "placeUnrecognised"]);
    for (const r of out) expect(err(r[0]).code).toBe("#N/A");
    expect(err(out[0][0]).text("zh-CN")).toBe("“上海市”只写到上海市，无法判断是否在闵行区内。");
    expect(err(out[1][0]).text("en-US")).toContain("spans 闵行区 and other districts");
    expect(err(out[3][0]).text("zh-CN")).toContain("某某路1号");
  });
  it("leaves blank places blank and loads nothing for them", async () => {
    const loaded: string[] = [];
    const spy = { load: (d: string) => (loaded.push(d), loadGeography(d, host.fetcher)), defaultDistrict: () => "闵行" };
    expect(await fund.inDistrict([[""], [null], ["  "]], "火星", spy)).toEqual([[""], [""], [""]]);
    expect(loaded).toEqual([]);
    // One load per distinct district named beside a place.
    await fund.inDistrict([["七宝镇"], [""], ["七宝镇"], ["七宝镇"]], [["黄浦"], ["火星"], ["黄浦"], [""]], spy);
    expect(loaded.sort()).toEqual(["闵行", "黄浦"].sort());
  });
  it("is #VALUE! with the core's DistrictError text for a district that is no area", async () => {
    const e = err(one(await fund.inDistrict("七宝镇", "火星", env())));
    expect(e.code).toBe("#VALUE!");
    expect(e.text("zh-CN")).toContain("找不到区县“火星”");
    expect(e.text("en-US")).toMatch(/^No district "火星"/);
    // Only the rows naming it: the others still answer.
    const out = await fund.inDistrict([["七宝镇"], ["七宝镇"]], [["火星"], ["闵行"]], env());
    expect(err(out[0][0]).key).toBe("badDistrict");
    expect(out[1][0]).toBe(true);
  });
  it("is #N/A saying so when the geography cannot be fetched", async () => {
    const failing = { load: async () => Promise.reject(new Error("geography asset index.json: HTTP 404")), defaultDistrict: () => "闵行" };
    const e = err(one(await fund.inDistrict("七宝镇", null, failing)));
    expect(e.code).toBe("#N/A");
    expect(e.text("en-US")).toContain("HTTP 404");
  });
  it("asks the add-in's host for the index and one city's file, once per session", async () => {
    await fund.inDistrict([["七宝镇"], ["南京东路街道"]], [["闵行"], ["黄浦"]], env());
    await fund.inDistrict("七宝镇", null, env());
    expect(host.asked.filter((a) => a === "index.json")).toHaveLength(1);
    expect(host.asked.filter((a) => a === "cities/3101.json")).toHaveLength(1);
  });
});

describe("the district setting", () => {
  const settings = (stored: unknown) => ({ get: (k: string) => (k === SETTING_KEYS.settings ? stored : null), set: () => undefined, saveAsync: () => undefined });
  it("is the district the pane stored in the document settings", () => {
    expect(settingDistrict(settings({ lang: "zh-CN", district: "黄浦区", tolerance: 5 }))).toBe("黄浦区");
    expect(settingDistrict(settings({ district: " 310101 " }))).toBe("310101");
  });
  it("is 闵行 without settings, without a stored district, or with a blank or odd one", () => {
    expect(settingDistrict(null)).toBe("闵行");
    expect(settingDistrict(settings(null))).toBe("闵行");
    expect(settingDistrict(settings({ tolerance: 5 }))).toBe("闵行");
    expect(settingDistrict(settings({ district: "  " }))).toBe("闵行");
    expect(settingDistrict(settings({ district: 310101 }))).toBe("闵行");
    expect(settingDistrict({ get: () => { throw new Error("not loaded"); }, set: () => undefined, saveAsync: () => undefined })).toBe("闵行");
  });
  it("is read from Office.context.document.settings when no settings are passed", () => {
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { document: { settings: settings({ district: "黄浦" }) } } };
    try {
      expect(settingDistrict()).toBe("黄浦");
    } finally {
      delete g.Office;
    }
    expect(settingDistrict()).toBe("闵行");
  });
});

describe("runFunctionAsync", () => {
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
  it("resolves with the values, each bad element its CustomFunctions.Error", async () => {
    const out = await runFunctionAsync(() => fund.inDistrict([["七宝镇"], ["上海市"]], null, env()), runtime, "zh-CN");
    expect(out[0][0]).toBe(true);
    expect(out[1][0]).toBeInstanceOf(StubError);
    expect((out[1][0] as StubError).code).toBe("#N/A");
    expect((out[1][0] as StubError).message).toContain("上海市");
  });
  it("rejects with the CustomFunctions.Error of a single-cell error or a failed call", async () => {
    await expect(runFunctionAsync(() => fund.inDistrict("七宝镇", "火星", env()), runtime, "en-US")).rejects.toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("火星"),
    });
    await expect(
      runFunctionAsync(async () => {
        throw new TypeError("boom");
      }, runtime, "en-US")
    ).rejects.toMatchObject({ code: "#VALUE!", message: expect.stringContaining("boom") });
  });
});
