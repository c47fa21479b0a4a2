// Shared by the manifest tests: the repository paths and a scratch copy of manifest + assets.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";

export const ROOT = path.resolve(__dirname, "..", "..");
export const MANIFEST = path.join(ROOT, "manifest.xml");
export const VALIDATOR = path.join(ROOT, "scripts", "validate-manifest.js");

export const manifestText = (): string => fs.readFileSync(MANIFEST, "utf8");

/** A temp folder holding `text` as manifest.xml and a copy of assets/; returns the manifest path. */
export function scratchManifest(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-test-"));
  fs.cpSync(path.join(ROOT, "assets"), path.join(dir, "assets"), { recursive: true });
  const file = path.join(dir, "manifest.xml");
  fs.writeFileSync(file, text);
  return file;
}

/** Replaces exactly one occurrence, so a test fails loudly if the manifest changes under it. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one "${from}" in manifest.xml`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export function runValidator(file: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [VALIDATOR, file, ...args], { encoding: "utf8", cwd: ROOT });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
