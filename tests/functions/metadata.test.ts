/**
 * Golden test of the built metadata: dist/functions.json (from the JSDoc) and
 * dist/functions.zh-CN.json (from src/functions/locale/zh-CN.json). The golden files hold what
 * users' formulas depend on — ids, names, parameters in order, optional flags, types and result
 * dimensionality — so a change there is deliberate: review it, then refresh the goldens with
 *   UPDATE_GOLDEN=1 npx jest tests/functions/metadata.test.ts
 * Needs `npm run build` first (the pretest does it).
 */
import * as fs from "fs";
import * as path from "path";

const DIST = process.env.FUNCTIONS_DIST ?? path.join(__dirname, "..", "..", "dist");
const GOLDEN = path.join(__dirname, "golden");

interface Param {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}
interface Metadata {
  functions: Fn[];
}

function load(file: string): Metadata {
  const p = path.join(DIST, file);
  if (!fs.existsSync(p)) throw new Error(`dist/${file} is missing: run \`npm run build\` first`);
  return JSON.parse(fs.readFileSync(p, "utf8")) as Metadata;
}

/** The interface of the functions, without the help text (absent fields spelled out). */
function shape(m: Metadata) {
  return m.functions.map((f) => ({
    id: f.id,
    name: f.name,
    parameters: f.parameters.map((p) => ({
      name: p.name,
      type: p.type ?? "any",
      dimensionality: p.dimensionality ?? "scalar",
      optional: p.optional ?? false,
      repeating: p.repeating ?? false,
    })),
    result: { type: f.result.type ?? "any", dimensionality: f.result.dimensionality ?? "scalar" },
    options: f.options ?? {},
  }));
}

function golden(name: string, actual: unknown): unknown {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === "1") {
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(actual, null, 2) + "\n");
  }
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

const en = load("functions.json");
const zh = load("functions.zh-CN.json");

describe("dist/functions.json", () => {
  it("matches the golden interface", () => {
    expect(shape(en)).toEqual(golden("functions.json", shape(en)));
  });
  it("keeps the names and argument order of contract.md", () => {
    const signature = (f: Fn) =>
      `${f.id}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
    expect(en.functions.map(signature)).toEqual([
      "CAP(item, [catalog], [year], [unit])",
      "CAPCHECK(amount, item, [base], [catalog], [unit])",
      "ALLOWED(amount, item, [base], [catalog], [unit])",
      "LINECHECK(amount, unitAmount, quantity)",
      "EXECRATE(actual, budget)",
      "PROGRESS(asOf, [method])",
      "SHORTFALL(actual, budget, asOf, [tolerance])",
      "STATUS(actual, budget, asOf, [tolerance])",
      "YUAN(value, [unit])",
      "CREDITCODE(code)",
      "INDISTRICT(place, [district])",
      "EXECSCORE(actual, budget, weight)",
      "REMAINING(budget, awards, [paid], [unit])",
      "PAID(payee, item, ledger, [unit])",
    ]);
  });
  it("describes every function and parameter", () => {
    for (const f of en.functions) {
      expect(f.description?.length ?? 0).toBeGreaterThan(10);
      for (const p of f.parameters) expect(`${f.id}.${p.name}: ${p.description ?? ""}`).toMatch(/: \S/);
    }
  });
  it("returns a matrix from every function, so ranges spill", () => {
    for (const f of en.functions) expect(f.result.dimensionality).toBe("matrix");
  });
});

describe("dist/functions.zh-CN.json", () => {
  it("matches the golden interface", () => {
    expect(shape(zh)).toEqual(golden("functions.zh-CN.json", shape(zh)));
  });
  it("differs from functions.json only in names and descriptions", () => {
    const strip = (m: Metadata) =>
      shape(m).map((f) => ({ ...f, name: "", parameters: f.parameters.map((p) => ({ ...p, name: "" })) }));
    expect(strip(zh)).toEqual(strip(en));
  });
  it("has Chinese names and help for every function and parameter", () => {
    const cjk = /[\u4e00-\u9fff]/;
    for (const f of zh.functions) {
      expect(f.name).toMatch(cjk);
      expect(f.description).toMatch(cjk);
      for (const p of f.parameters) {
        expect(p.name).toMatch(cjk);
        expect(p.description).toMatch(cjk);
      }
    }
  });
});
