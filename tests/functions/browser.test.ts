/**
 * The BUILT functions bundle in headless Chromium, as Excel's runtime would load it: the page
 * loads webpack's runtime chunk, the shared chunks and dist/functions.js, with stand-ins for
 * CustomFunctions (associate records id → function; Error / ErrorCode) and Office injected first.
 * Every id of dist/functions.json must be associated, and the worked examples of domain.md must
 * hold through the registered functions, with single values and with 2-D ranges.
 * Needs `npm run build` first (the pretest does it).
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../support/chromium";
import { serveFolder, type StaticServer } from "./static-server";
import { CODE_JIA, column, LEDGER_RANGE, SERIAL_2021_08_31, TABLE_A, TABLE_C_2021 } from "./fixtures";

// FUNCTIONS_DIST lets a run point at another build output (default: the project's dist/).
const DIST = process.env.FUNCTIONS_DIST ?? path.join(__dirname, "..", "..", "dist");

/** Scripts of the page that hosts the functions (shared runtime), minus the other entries and office.js (Microsoft's CDN: a stand-in goes first). */
function functionScripts(): string[] {
  // The page that hosts the functions: functions.html if the build has one, else the shared-runtime page.
  const host = ["functions.html", "taskpane.html"].find((f) => fs.existsSync(path.join(DIST, f))) ?? "taskpane.html";
  const html = fs.readFileSync(path.join(DIST, host), "utf8");
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1].split("?")[0].replace(/^\.\//, ""));
  const kept = srcs.filter((s) => !/^(https?:)?\/\//.test(s) && s !== "taskpane.js" && s !== "commands.js");
  if (!kept.includes("functions.js")) kept.push("functions.js");
  return kept;
}

const STAND_INS = `
window.__associated = {};
window.CustomFunctions = {
  associate: function (id, fn) {
    if (typeof id === "object") { for (var k in id) window.__associated[k] = id[k]; }
    else window.__associated[id] = fn;
  },
  Error: function (code, message) { this.code = code; this.message = message; this.isCustomFunctionsError = true; },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" }
};
window.Office = {
  onReady: function (cb) { var info = { host: null, platform: null }; if (cb) cb(info); return Promise.resolve(info); },
  context: { displayLanguage: "zh-CN" }
};`;

function testPage(scripts: string[]): string {
  const tags = scripts.map((s) => `<script src="/${s}"></script>`).join("\n");
  return `<!doctype html><html><head><meta charset="utf-8"><script>${STAND_INS}</script>\n${tags}</head><body></body></html>`;
}

type Cell = number | string | boolean | { error: string; message?: string } | null;
type CallResult = { value: Cell[][] } | { thrown: { error: string; message?: string } };

let browser: Browser;
let server: StaticServer;
let page: Page;

/**
 * Calls a registered function as Excel does: every declared argument (null when omitted), then an
 * invocation. A function returning a Promise (INDISTRICT) is awaited; its rejection is what it threw.
 */
async function call(id: string, ...args: unknown[]): Promise<CallResult> {
  return page.evaluate(
    async ([fid, fargs]) => {
      const w = window as unknown as { __associated: Record<string, (...a: unknown[]) => unknown> };
      const plain = (v: unknown): unknown => {
        if (v && typeof v === "object" && (v as { isCustomFunctionsError?: boolean }).isCustomFunctionsError) {
          const e = v as { code: string; message?: string };
          return { error: e.code, message: e.message };
        }
        return v;
      };
      try {
        const out = (await w.__associated[fid](...(fargs as unknown[]), { functionName: fid })) as unknown[][];
        return { value: out.map((row) => row.map(plain)) };
      } catch (e) {
        return { thrown: plain(e) };
      }
    },
    [id, args] as const
  ) as Promise<CallResult>;
}

async function value(id: string, ...args: unknown[]): Promise<Cell[][]> {
  const r = await call(id, ...args);
  if (!("value" in r)) throw new Error(`${id} threw ${JSON.stringify(r.thrown)}`);
  return r.value;
}

async function thrown(id: string, ...args: unknown[]): Promise<{ error: string; message?: string }> {
  const r = await call(id, ...args);
  if (!("thrown" in r)) throw new Error(`${id} returned ${JSON.stringify(r.value)}`);
  return r.thrown;
}

async function setDisplayLanguage(lang: string): Promise<void> {
  await page.evaluate((l) => {
    (window as unknown as { Office: { context: { displayLanguage: string } } }).Office.context.displayLanguage = l;
  }, lang);
}

beforeAll(async () => {
  for (const f of ["functions.js", "functions.json"]) {
    if (!fs.existsSync(path.join(DIST, f))) throw new Error(`dist/${f} is missing: run \`npm run build\` first`);
  }
  server = await serveFolder(DIST, { "/__functions-test.html": testPage(functionScripts()) });
  browser = await launchChromium();
  page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${server.url}/__functions-test.html`);
  await page.waitForFunction(() => Object.keys((window as unknown as { __associated: object }).__associated).length > 0, null, {
    timeout: 30000,
  });
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the built bundle", () => {
  it("associates every function of functions.json, and nothing else", async () => {
    const meta = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] };
    const ids = meta.functions.map((f) => f.id).sort();
    const associated = await page.evaluate(() => Object.keys((window as unknown as { __associated: object }).__associated));
    expect(associated.sort()).toEqual(ids);
    expect(ids).toEqual(
      [
        "ALLOWED",
        "CAP",
        "CAPCHECK",
        "CREDITCODE",
        "EXECRATE",
        "EXECSCORE",
        "INDISTRICT",
        "LINECHECK",
        "PAID",
        "PROGRESS",
        "REMAINING",
        "SHORTFALL",
        "STATUS",
        "YUAN",
      ].sort()
    );
  });
});

describe("worked examples through the registered functions", () => {
  afterEach(() => setDisplayLanguage("zh-CN"));

  it("EXECRATE(5170.28, 15000) is 0.344685…", async () => {
    const [[rate]] = await value("EXECRATE", [[5170.28]], [[15000]]);
    expect(rate).toBeCloseTo(0.3446853, 6);
  });
  it("EXECRATE with a zero budget is #DIV/0!", async () => {
    expect((await thrown("EXECRATE", [[1]], [[0]])).error).toBe("#DIV/0!");
  });
  it("STATUS(495, 300, 2021-08-31) is 超支, Overspent in en-US", async () => {
    expect(await value("STATUS", [[495]], [[300]], [["2021-08-31"]], null)).toEqual([["超支"]]);
    await setDisplayLanguage("en-US");
    expect(await value("STATUS", [[495]], [[300]], [["2021-08-31"]], null)).toEqual([["Overspent"]]);
  });
  it("YUAN(\"5,170.28万元\") is 51,702,800", async () => {
    expect(await value("YUAN", [["5,170.28万元"]], null)).toEqual([[51702800]]);
  });
  it("CAP of 区级专精特新中小企业 is 50,000 元, 5 万元", async () => {
    expect(await value("CAP", [["区级专精特新中小企业"]], null, null, null)).toEqual([[50000]]);
    expect(await value("CAP", [["区级专精特新中小企业"]], null, null, "万元")).toEqual([[5]]);
  });
  it("CAP of an unknown item is #N/A naming it, in the user's language", async () => {
    const zh = await thrown("CAP", [["不存在的项目"]], null, null, null);
    expect(zh.error).toBe("#N/A");
    expect(zh.message).toContain("不存在的项目");
    expect(zh.message).toContain("目录");
    await setDisplayLanguage("en-US");
    const en = await thrown("CAP", [["不存在的项目"]], null, null, null);
    expect(en.message).toContain("not in the catalog");
  });
  it("an unreadable amount is #VALUE! quoting the text", async () => {
    const e = await thrown("YUAN", [["约五千元"]], null);
    expect(e.error).toBe("#VALUE!");
    expect(e.message).toContain("约五千元");
  });
  it("CAPCHECK over a 3x1 range: each row its own result, a bad one its own error", async () => {
    const out = await value("CAPCHECK", [[40000], [60000], ["五万"]], [["区级专精特新中小企业"]], null, null, null);
    expect(out[0]).toEqual([0]);
    expect(out[1]).toEqual([10000]);
    expect(out[2][0]).toMatchObject({ error: "#VALUE!" });
    expect((out[2][0] as { message: string }).message).toContain("五万");
  });
  it("ALLOWED in 万元", async () => {
    expect(await value("ALLOWED", [[6], [3]], [["区级专精特新中小企业"]], null, null, "万元")).toEqual([[5], [3]]);
  });
  it("EXECRATE over Table C's 2021 columns", async () => {
    const out = await value("EXECRATE", column(TABLE_C_2021, 1), column(TABLE_C_2021, 0));
    const expected = [1.65, 600 / 900, 1134.35 / 7040, 210.45 / 2490, 0, 2257.58 / 3500, 1.18225];
    expected.forEach((x, i) => expect(out[i][0]).toBeCloseTo(x, 9));
    expect(out[7][0]).toMatchObject({ error: "#DIV/0!" });
    expect(out[8][0]).toMatchObject({ error: "#DIV/0!" });
  });
  it("STATUS and SHORTFALL over Table C as of a date serial", async () => {
    const status = await value("STATUS", column(TABLE_C_2021, 1), column(TABLE_C_2021, 0), [[SERIAL_2021_08_31]], null);
    expect(status.map((r) => r[0])).toEqual(["超支", "正常", "滞后", "滞后", "未支出", "正常", "超支", "正常", "正常"]);
    const points = await value("SHORTFALL", column(TABLE_C_2021, 1), column(TABLE_C_2021, 0), [[SERIAL_2021_08_31]], null);
    expect(points[2][0]).toBeCloseTo((8 / 12 - 1134.35 / 7040) * 100, 9);
    expect(points[5][0]).toBe(0);
  });
  it("LINECHECK finds Table A consistent", async () => {
    const out = await value("LINECHECK", column(TABLE_A, 0), column(TABLE_A, 1), column(TABLE_A, 2));
    expect(out.map((r) => r[0])).toEqual(new Array(TABLE_A.length).fill(0));
    expect(await value("LINECHECK", [[7050000]], [[50000]], [[140]])).toEqual([[50000]]);
  });
  it("PROGRESS by month and by day", async () => {
    const [[m]] = await value("PROGRESS", [[SERIAL_2021_08_31]], null);
    expect(m).toBeCloseTo(8 / 12, 12);
    const [[d]] = await value("PROGRESS", [["2021-08-31"]], "日");
    expect(d).toBeCloseTo(243 / 365, 12);
  });
  it("CREDITCODE over a row", async () => {
    expect(await value("CREDITCODE", [["91350100M000100Y43", "91350100M000100Y44", ""]])).toEqual([[true, false, ""]]);
  });
  it("EXECSCORE: 10 points x 5,170.28 / 15,000; capped at the weight; #DIV/0! for no budget", async () => {
    const [[score]] = await value("EXECSCORE", [[5170.28]], [[15000]], [[10]]);
    expect(score).toBeCloseTo(3.446853, 6);
    expect(await value("EXECSCORE", [[495], ["-"]], [[300], ["-"]], [[10]])).toEqual([[10], [{ error: "#DIV/0!" }]]);
  });
  it("REMAINING in 万元, by awards and by payments", async () => {
    expect(await value("REMAINING", [[15000]], [[14000]], null, "万元")).toEqual([[1000]]);
    expect(await value("REMAINING", [["15,000万元"]], [[14000]], [["5,170.28万元"]], "万元")).toEqual([[9829.72]]);
  });
  it("PAID over a ledger range, by name and by credit code, 0 for an unmatched payee", async () => {
    const payees = [["上海甲机械有限公司"], [CODE_JIA], ["上海丁科技有限公司"]];
    expect(await value("PAID", payees, [["区级“专精特新”中小企业"]], LEDGER_RANGE, null)).toEqual([[80000], [70000], [0]]);
    const e = await thrown("PAID", [["上海甲机械有限公司"]], [["区级专精特新中小企业"]], [["年度", "年初预算"], [2021, 15000]], null);
    expect(e.error).toBe("#VALUE!");
    expect(e.message).toContain("台账");
  });
  it("INDISTRICT fetches the geography from the add-in's own host: 闵行's towns TRUE, 南京东路街道 FALSE", async () => {
    const out = await value("INDISTRICT", [["七宝镇"], ["莘庄工业区"], ["上海市闵行区七宝镇漕宝路1号"], ["南京东路街道"]], null);
    expect(out).toEqual([[true], [true], [true], [false]]);
    expect(await value("INDISTRICT", [["南京东路街道"]], "310101")).toEqual([[true]]);
    const unknown = await thrown("INDISTRICT", [["上海市"]], null);
    expect(unknown.error).toBe("#N/A");
    expect(unknown.message).toContain("上海市");
    const bad = await thrown("INDISTRICT", [["七宝镇"]], "火星");
    expect(bad.error).toBe("#VALUE!");
    expect(bad.message).toContain("火星");
  });
  it("INDISTRICT without a district judges against the district the pane stored in the document settings", async () => {
    await page.evaluate(() => {
      const w = window as unknown as { Office: { context: { document?: unknown } } };
      w.Office.context.document = { settings: { get: (k: string) => (k === "subsidyAudit.settings" ? { district: "黄浦区" } : null) } };
    });
    try {
      expect(await value("INDISTRICT", [["南京东路街道"], ["七宝镇"]], null)).toEqual([[true], [false]]);
    } finally {
      await page.evaluate(() => {
        delete (window as unknown as { Office: { context: { document?: unknown } } }).Office.context.document;
      });
    }
    expect(await value("INDISTRICT", [["南京东路街道"], ["七宝镇"]], null)).toEqual([[false], [true]]);
  });
  it("a bad unit fails the whole call with a message", async () => {
    const e = await thrown("YUAN", [[1]], "美元");
    expect(e.error).toBe("#VALUE!");
    expect(e.message).toContain("美元");
  });
});
