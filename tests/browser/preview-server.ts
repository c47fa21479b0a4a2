/**
 * Starts `node scripts/preview.js --port 0` (the built pane against the in-memory sample
 * workbook, or another: an .xlsx or a .json of grids) and hands back its URL. Needs dist/ from
 * `npm run build` (npm test's pretest builds it).
 */
import * as fs from "fs";
import * as os from "os";
import type { SheetGrid } from "../../src/core/grid";
import { spawn, type ChildProcess } from "child_process";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

export interface PreviewServer {
  url: string;
  stop: () => Promise<void>;
}

/** A workbook for the preview laid out as grids (written to a temporary .json the server reads). */
export function gridsWorkbook(name: string, sheets: SheetGrid[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sa-preview-"));
  const file = path.join(dir, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify({ sheets }));
  return file;
}

export function startPreview(opts: { workbook?: string } = {}): Promise<PreviewServer> {
  const args = [path.join(ROOT, "scripts", "preview.js"), "--port", "0"];
  if (opts.workbook) args.push("--workbook", opts.workbook);
  // PREVIEW_DIST points the tests at another build (while iterating on the pane).
  if (process.env.PREVIEW_DIST) args.push("--dist", process.env.PREVIEW_DIST);
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /Preview: (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
      if (m) {
        resolve({
          url: m[1],
          stop: () =>
            new Promise<void>((r) => {
              if (child.exitCode !== null) return r();
              child.once("exit", () => r());
              child.kill();
            }),
        });
      }
    });
    child.stderr?.on("data", (d: Buffer) => (err += d.toString()));
    child.once("exit", (code) => reject(new Error(`preview server exited (${code}): ${err.trim() || out.trim()}`)));
  });
}
