/**
 * Property tests: the sample workbook mutated at random — bytes flipped, the file cut short,
 * parts' XML damaged and the package rebuilt, runs of bytes duplicated — must never crash or
 * hang the checker: every run ends within 30 s and a 1 GB heap, with exit 0, 1 or 2, at most one
 * stderr line and no stack trace, and the mutated input unchanged. Seeds are fixed (fast-check),
 * so a failure names the case that reproduces it.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { SAMPLE_PATH } from "../../scripts/build-sample";
import { assertBuilt } from "../cli/run";
import { sha256, tempDir } from "../xlsx/helpers";
import { writePackage, type Part } from "./packages";
import { expectCalm, runLimited } from "./run";
import { ZipPackage } from "../../src/xlsx/zip";

let dir: string;
let sample: Buffer;
let sampleParts: Part[];

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("sa-mutate-");
  sample = fs.readFileSync(SAMPLE_PATH);
  const pkg = await ZipPackage.open(SAMPLE_PATH);
  sampleParts = [];
  for (const name of pkg.entries.keys()) sampleParts.push({ name, data: await pkg.buffer(name) });
  pkg.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
function check(bytes: Buffer, withOut: boolean): void {
  const file = path.join(dir, `m${n++}.xlsx`);
  fs.writeFileSync(file, bytes);
  const before = sha256(file);
  const r = runLimited(["check", file, "--format", "json"]);
  expectCalm(r);
  expect([0, 1, 2]).toContain(r.status);
  if (r.status !== 2) expect(() => JSON.parse(r.stdout)).not.toThrow();
  else expect(r.stdout).toBe("");
  if (withOut) {
    // --out accepts and refuses exactly what the check does.
    const w = runLimited(["check", file, "--format", "json", "--out", path.join(dir, `m${n}-out.xlsx`)]);
    expectCalm(w);
    expect(w.status).toBe(r.status);
  }
  expect(sha256(file)).toBe(before);
  fs.rmSync(file);
}

const runs = { numRuns: 8, seed: 20211231 };

test("bytes flipped anywhere in the file", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }), fc.boolean(), (flips, withOut) => {
      const b = Buffer.from(sample);
      for (const [at, x] of flips) b[at % b.length] ^= x;
      check(b, withOut);
    }),
    runs
  );
});

test("the file cut short, or a run of its bytes repeated", () => {
  fc.assert(
    fc.property(fc.nat(), fc.nat({ max: 4096 }), fc.boolean(), (at, len, cut) => {
      const i = at % sample.length;
      const b = cut ? sample.subarray(0, i) : Buffer.concat([sample.subarray(0, i), sample.subarray(i, i + len), sample.subarray(i)]);
      check(b, false);
    }),
    runs
  );
});

test("a part's XML damaged (characters changed, cut, or tags dropped) and the package rebuilt with true CRCs", () => {
  fc.assert(
    fc.property(
      fc.nat(),
      fc.constantFrom("flip", "cut", "drop-tag", "swap-digits", "huge-ref"),
      fc.nat(),
      fc.boolean(),
      (which, how, at, withOut) => {
        const parts = sampleParts.map((p) => ({ ...p }));
        const p = parts[which % parts.length];
        let text = (p.data as Buffer).toString("utf8");
        const i = at % Math.max(1, text.length);
        if (how === "flip") text = text.slice(0, i) + String.fromCharCode(33 + (at % 90)) + text.slice(i + 1);
        else if (how === "cut") text = text.slice(0, i);
        else if (how === "drop-tag") text = text.replace(/<[^<>]+>/g, (m) => (m.length % 7 === at % 7 ? "" : m));
        else if (how === "swap-digits") text = text.replace(/\d/g, (d) => String((Number(d) * 7 + at) % 10));
        else text = text.replace(/r="([A-Z]+)(\d+)"/g, (_m, c: string, r: string) => `r="${c}${Number(r) * 1000 + (at % 97)}"`);
        p.data = Buffer.from(text, "utf8");
        const file = path.join(dir, `rebuilt-${n++}.xlsx`);
        writePackage(file, parts);
        check(fs.readFileSync(file), withOut);
      }
    ),
    runs
  );
});

test("a part replaced by a deflate bomb or by random bytes", () => {
  fc.assert(
    fc.property(fc.nat(), fc.uint8Array({ minLength: 0, maxLength: 2048 }), fc.boolean(), (which, noise, bomb) => {
      const parts: Part[] = sampleParts.map((p) => ({ ...p }));
      const k = which % parts.length;
      parts[k] = bomb ? { name: parts[k].name, data: Buffer.alloc(48 * 1024 * 1024, 0x20) } : { name: parts[k].name, data: Buffer.from(noise) };
      const file = path.join(dir, `replaced-${n++}.xlsx`);
      writePackage(file, parts);
      check(fs.readFileSync(file), false);
    }),
    { numRuns: 6, seed: 7 }
  );
});
