/**
 * The built pages load office.js from Microsoft's CDN. In Chromium the tests intercept that one
 * address (playwright page.route) and answer with either the local copy from @microsoft/office-js
 * (with the files it loads from its own folder) or the stand-in of office-stand-in.ts; every other
 * request outside the page's own server is refused and recorded, so nothing here needs the network.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page, Route } from "playwright-core";
import webpack from "webpack";

const ROOT = path.join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const OFFICE_JS_CDN: string = require("../../scripts/webpack-plugins").OFFICE_JS_CDN;
const CDN_FOLDER = OFFICE_JS_CDN.replace(/office\.js$/, "");
const LOCAL_OFFICE_JS = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

export interface OfficeJsRoute {
  /** Every request the page made to the CDN address (or, for the local copy, its folder). */
  cdnRequests: string[];
  /** Requests outside the page's server that were refused. */
  refused: string[];
}

const TYPES: Record<string, string> = { ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".png": "image/png", ".html": "text/html; charset=utf-8" };

/**
 * Routes the page: `origin` (the test server) passes, the CDN address gets `officeJs`, anything
 * else is aborted. `officeJs` is "local" (the npm package's office.js and its folder) or the
 * text of a stand-in script.
 */
export async function routeOfficeJs(page: Page, origin: string, officeJs: "local" | { script: string }): Promise<OfficeJsRoute> {
  const out: OfficeJsRoute = { cdnRequests: [], refused: [] };
  await page.route("**/*", async (route: Route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    if (officeJs === "local" && url.startsWith(CDN_FOLDER)) {
      out.cdnRequests.push(url);
      const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(CDN_FOLDER).pathname.length));
      const file = path.resolve(LOCAL_OFFICE_JS, rel);
      if (file.startsWith(LOCAL_OFFICE_JS + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? "application/octet-stream", body: fs.readFileSync(file) });
      }
      return route.fulfill({ status: 404, body: "" });
    }
    if (officeJs !== "local" && url === OFFICE_JS_CDN) {
      out.cdnRequests.push(url);
      return route.fulfill({ status: 200, contentType: TYPES[".js"], body: officeJs.script });
    }
    out.refused.push(url);
    return route.abort("blockedbyclient");
  });
  return out;
}

let standIn: Promise<string> | null = null;

/** The stand-in office.js, bundled once per test run with webpack (a few seconds). */
export function buildStandIn(): Promise<string> {
  standIn ??= new Promise<string>((resolve, reject) => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "office-stand-in-"));
    const compiler = webpack({
      mode: "development",
      devtool: false,
      context: ROOT,
      entry: path.join(__dirname, "office-stand-in.ts"),
      output: { path: outDir, filename: "office.js" },
      resolve: { extensions: [".ts", ".tsx", ".js"], extensionAlias: { ".js": [".ts", ".tsx", ".js"] } },
      module: { rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }] },
      target: "web",
      performance: { hints: false },
    });
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err || !stats || stats.hasErrors()) return reject(err ?? new Error(stats?.toString("errors-only") ?? "stand-in build failed"));
      resolve(fs.readFileSync(path.join(outDir, "office.js"), "utf8"));
    });
  });
  return standIn;
}
