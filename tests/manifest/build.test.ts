// The production build in dist/ (pretest runs `npm run build`; without a dist/ this test builds
// once): a rewritten manifest that validates with every file present, one page that loads
// office.js from Microsoft's CDN and all three bundles, and nothing else from another host.
// https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { spawnSync } from "child_process";
import { validateManifestFile } from "../../scripts/manifest/validate";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OFFICE_JS_CDN, pageProblems } = require("../../scripts/webpack-plugins") as { OFFICE_JS_CDN: string; pageProblems: (html: string, must: boolean) => string[] };
import { ROOT } from "./support";

const DIST = path.join(ROOT, "dist");
const read = (f: string) => fs.readFileSync(path.join(DIST, f), "utf8");

beforeAll(() => {
  if (fs.existsSync(path.join(DIST, "manifest.xml")) && fs.existsSync(path.join(DIST, "taskpane.html"))) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
}, 300_000);

describe("dist/ after npm run build", () => {
  it("holds manifest.xml with the development URLs rewritten, and it validates with every file present", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toContain("https://localhost:3000");
    const result = validateManifestFile(path.join(DIST, "manifest.xml"));
    expect(result.checkedAllFiles).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.facts?.baseUrl).toMatch(/^https:\/\//);
    expect(result.facts?.baseUrl).not.toContain("localhost");
  });

  it("holds taskpane.html loading office.js from Microsoft's CDN first, then the commands before the pane", () => {
    expect(OFFICE_JS_CDN).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1].split("?")[0]);
    expect(scripts[0]).toBe(OFFICE_JS_CDN);
    const local = scripts.slice(1);
    for (const f of ["runtime.js", "taskpane.js", "functions.js", "commands.js"]) expect(local).toContain(f);
    for (const f of local) expect(fs.existsSync(path.join(DIST, f))).toBe(true);
    expect(scripts.filter((s) => s.includes("office.js"))).toHaveLength(1);
    // A ribbon button works once its entry has run, before the pane's larger bundle has.
    expect(local.indexOf("commands.js")).toBeLessThan(local.indexOf("taskpane.js"));
  });

  it("ships no copy of office.js (the npm package is for offline development and tests only)", () => {
    expect(fs.existsSync(path.join(DIST, "office-js"))).toBe(false);
    const files = fs.readdirSync(DIST);
    expect(files.filter((f) => /^(office|excel-)/.test(f))).toEqual([]);
  });

  it("holds functions.json and functions.zh-CN.json describing the same functions", () => {
    const en = JSON.parse(read("functions.json")) as { functions: { id: string }[] };
    const zh = JSON.parse(read("functions.zh-CN.json")) as { functions: { id: string }[] };
    expect(en.functions.length).toBeGreaterThan(0);
    expect(zh.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
  });

  it("loads nothing from another host on any page but office.js from exactly the CDN address", () => {
    const pages = fs.readdirSync(DIST).filter((f) => f.endsWith(".html"));
    expect(pages).toContain("taskpane.html");
    for (const page of pages) expect({ page, problems: pageProblems(read(page), page === "taskpane.html") }).toEqual({ page, problems: [] });
    // The preview page runs on an in-memory workbook and loads no office.js at all.
    expect(read("preview.html")).not.toMatch(/office(\.debug)?\.js/);
  });

  it("refuses the pages it must refuse", () => {
    const ok = `<script src="${OFFICE_JS_CDN}"></script><script defer src="runtime.js"></script>`;
    expect(pageProblems(ok, true)).toEqual([]);
    expect(pageProblems(`<script src="./office-js/office.js"></script>`, true).join()).toMatch(/must come from/);
    expect(pageProblems(`<script src="https://appsforoffice.microsoft.com/lib/beta/hosted/office.js"></script>`, false).join()).toMatch(/must come from/);
    expect(pageProblems(`${ok}<script src=https://cdn.example.com/x.js></script>`, true).join()).toMatch(/cdn\.example\.com/);
    expect(pageProblems(`${ok}<link rel=stylesheet href="//fonts.example.com/a.css">`, true).join()).toMatch(/fonts\.example\.com/);
    expect(pageProblems(`<script defer src="runtime.js"></script>`, true).join()).toMatch(/does not load office\.js/);
    expect(pageProblems(`<script src="runtime.js"></script><script src="${OFFICE_JS_CDN}"></script>`, true).join()).toMatch(/before office\.js/);
  });

  it("keeps the JavaScript the pane page loads under 300 KB gzipped", () => {
    const html = read("taskpane.html");
    const files = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1].split("?")[0]).filter((f) => f !== OFFICE_JS_CDN);
    const total = files.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length, 0);
    expect(total).toBeLessThan(300 * 1024);
  });
});

describe("webpack.config.js", () => {
  // Run in a child process: the config pulls in webpack plugins that have no place in jest's module registry.
  const probe = (env: string, mode: string) =>
    spawnSync(
      process.execPath,
      [
        "-e",
        `const c = require("./webpack.config.js")(${env}, { mode: "${mode}" });
         const copy = c.plugins.find((p) => Array.isArray(p.patterns));
         const m = copy.patterns.find((p) => p.from === "manifest*.xml");
         const html = c.plugins.find((p) => p.userOptions && p.userOptions.template);
         process.stdout.write(JSON.stringify({
           manifest: String(m.transform(require("fs").readFileSync("manifest.xml"))),
           chunks: html.userOptions.chunks, entries: c.entry, port: c.devServer.port,
           officeJsCopied: copy.patterns.some((p) => String(p.to) === "office-js"),
           sort: html.userOptions.chunksSortMode,
         }));`,
      ],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, ADDIN_URL: "" } },
    );

  it("rewrites the manifest to the production URL given with --env url=", () => {
    const r = probe('{ url: "https://fund.example.gov.cn/addin" }', "production");
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { manifest: string; chunks: string[]; entries: Record<string, string>; port: number; officeJsCopied: boolean; sort: string };
    expect(out.manifest).not.toContain("localhost:3000");
    expect(out.manifest).toContain('<SourceLocation DefaultValue="https://fund.example.gov.cn/addin/taskpane.html"/>');
    expect(out.manifest).toContain('Value="https://fund.example.gov.cn/addin/functions.zh-CN.json"');
    expect(out.chunks).toEqual(["commands", "functions", "taskpane"]);
    expect(out.sort).toBe("manual");
    // Other owners may add pages through scripts/webpack-extra.js; these three come first.
    expect(Object.keys(out.entries).slice(0, 3)).toEqual(["taskpane", "functions", "commands"]);
    expect(out.port).toBe(3000);
    expect(out.officeJsCopied).toBe(false);
  });

  it("defaults to https://www.contoso.com/ and keeps localhost in development", () => {
    const prod = JSON.parse(probe("{}", "production").stdout) as { manifest: string };
    expect(prod.manifest).toContain('DefaultValue="https://www.contoso.com/taskpane.html"');
    const dev = JSON.parse(probe("{}", "development").stdout) as { manifest: string };
    expect(dev.manifest).toContain('DefaultValue="https://localhost:3000/taskpane.html"');
  });

  it("refuses a production URL that is not https", () => {
    const r = probe('{ url: "http://fund.example.gov.cn/" }', "production");
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/production URL must start with https:\/\//);
  });
});
