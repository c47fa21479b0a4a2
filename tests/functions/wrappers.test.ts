/**
 * CAP, CAPCHECK, ALLOWED and PAID as functions.ts registers them: asynchronous wrappers that load
 * fundTables.ts (and the recogniser) on first use. They must resolve to exactly what the Excel
 * boundary makes of fundTables' logic — values, spilled ranges and errors alike — with the
 * arguments in the order of the contract; the other functions stay synchronous. And the page's
 * initial JavaScript must not reach the recogniser through functions.ts's static imports.
 */
import * as fs from "fs";
import * as path from "path";
import { runFunction } from "../../src/functions/boundary";
import type { ErrorRuntime } from "../../src/functions/errors";
import * as functions from "../../src/functions/functions";
import * as fundTables from "../../src/functions/fundTables";
import { CATALOG_RANGE, CODE_JIA, LEDGER_RANGE } from "./fixtures";

/** A stand-in for the runtime's CustomFunctions namespace, so errors compare by code and message. */
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
const g = globalThis as { CustomFunctions?: unknown };
let saved: unknown;
beforeAll(() => {
  saved = g.CustomFunctions;
  g.CustomFunctions = runtime;
});
afterAll(() => {
  g.CustomFunctions = saved;
});

type Settled = { value: unknown } | { thrown: unknown };
async function settle(f: () => unknown): Promise<Settled> {
  try {
    return { value: await f() };
  } catch (e) {
    return { thrown: e };
  }
}

/** The wrapper's settled result next to the synchronous boundary over the same logic. */
async function both(wrapper: () => Promise<unknown[][]>, logic: Parameters<typeof runFunction>[0]) {
  const expected = await settle(() => runFunction(logic));
  return { actual: await settle(wrapper), expected };
}

const ITEM = "区级专精特新中小企业";
const RATE_ITEM = "技术改造项目新增设备补贴";

describe("the asynchronous wrappers of functions.ts", () => {
  it("return Promises for CAP, CAPCHECK, ALLOWED and PAID, and plain matrices for the others", async () => {
    const pending = [
      functions.cap([[ITEM]]),
      functions.capcheck([[1]], [[ITEM]]),
      functions.allowed([[1]], [[ITEM]]),
      functions.paid([[CODE_JIA]], [[ITEM]], LEDGER_RANGE),
    ];
    for (const p of pending) expect(p).toBeInstanceOf(Promise);
    await Promise.all(pending);
    expect(Array.isArray(functions.yuan([["5万元"]]))).toBe(true);
    expect(Array.isArray(functions.execrate([[1]], [[2]]))).toBe(true);
  });

  it("CAP resolves to what fundTables.cap gives at the boundary", async () => {
    const cases: Array<[unknown[][], unknown[][] | undefined, unknown[][] | undefined, unknown]> = [
      [[[ITEM]], undefined, undefined, "万元"],
      [[[ITEM], ["1.1"], [RATE_ITEM]], [[""]], undefined, undefined],
      [[[ITEM]], CATALOG_RANGE, [[2023]], undefined],
      [[["不存在的项目"]], undefined, undefined, undefined],
      [[[ITEM]], [["a", "b"], [1, 2]], undefined, undefined],
      [[[ITEM]], undefined, undefined, "美元"],
    ];
    for (const [item, catalog, year, unit] of cases) {
      const { actual, expected } = await both(() => functions.cap(item, catalog, year, unit), () => fundTables.cap(item, catalog, year, unit));
      expect(actual).toEqual(expected);
    }
  });

  it("CAPCHECK and ALLOWED resolve to what fundTables gives at the boundary", async () => {
    const cases: Array<[unknown[][], unknown[][], unknown[][] | undefined, unknown[][] | undefined, unknown]> = [
      [[[60000]], [[ITEM]], undefined, undefined, undefined],
      [[[6]], [[ITEM]], undefined, undefined, "万元"],
      [[[40000], [60000], ["五万"]], [[ITEM], ["示范平台"], [ITEM]], undefined, undefined, undefined],
      [[[8000000]], [[RATE_ITEM]], [[30000000]], CATALOG_RANGE, undefined],
      [[[100000]], [["企业智能制造诊断资助"]], undefined, CATALOG_RANGE, undefined],
    ];
    for (const [amount, item, base, catalog, unit] of cases) {
      const check = await both(
        () => functions.capcheck(amount, item, base, catalog, unit),
        () => fundTables.capCheck(amount, item, base, catalog, unit)
      );
      expect(check.actual).toEqual(check.expected);
      const allowed = await both(
        () => functions.allowed(amount, item, base, catalog, unit),
        () => fundTables.allowed(amount, item, base, catalog, unit)
      );
      expect(allowed.actual).toEqual(allowed.expected);
    }
  });

  it("PAID resolves to what fundTables.paid gives at the boundary", async () => {
    const cases: Array<[unknown[][], unknown[][], unknown[][], unknown]> = [
      [[["上海甲机械有限公司"]], [[ITEM]], LEDGER_RANGE, undefined],
      [[[CODE_JIA], ["上海乙材料有限公司"], [""]], [[ITEM], [RATE_ITEM], [""]], LEDGER_RANGE, "万元"],
      [[[CODE_JIA]], [[ITEM]], [[""]], undefined],
      [[[CODE_JIA]], [[ITEM]], [["a", "b"], [1, 2]], undefined],
    ];
    for (const [payee, item, ledger, unit] of cases) {
      const { actual, expected } = await both(() => functions.paid(payee, item, ledger, unit), () => fundTables.paid(payee, item, ledger, unit));
      expect(actual).toEqual(expected);
    }
  });
});

/** Relative modules a file imports statically (type-only imports and import() left out). */
function staticImports(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const specs = [...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+["'](\.[^"']+)["']/gm)].map((m) => m[1]);
  return specs.map((s) => {
    const base = path.resolve(path.dirname(file), s.replace(/\.js$/, ""));
    const found = [".ts", ".tsx", "/index.ts"].map((ext) => base + ext).find((p) => fs.existsSync(p));
    if (!found) throw new Error(`${file}: cannot resolve ${s}`);
    return found;
  });
}

describe("functions.ts's static imports", () => {
  it("do not reach the table recogniser (it loads with fundTables.ts, on first use)", () => {
    const src = path.join(__dirname, "..", "..", "src");
    const seen = new Set<string>();
    const todo = [path.join(src, "functions", "functions.ts")];
    while (todo.length) {
      const f = todo.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      todo.push(...staticImports(f));
    }
    const rel = [...seen].map((f) => path.relative(src, f).split(path.sep).join("/"));
    expect(rel).toContain("functions/fund.ts"); // the walk does follow imports
    expect(rel).not.toContain("functions/fundTables.ts");
    expect(rel).not.toContain("core/tables/recognise.ts");
  });
});
