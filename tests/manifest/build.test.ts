// The production build in dist/ (pretest runs `npm run build`; without a dist/ this test builds
// once): a rewritten manifest that validates with every file present, one page that loads
// office.js locally and all three bundles, and nothing fetched from a CDN.
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { spawnSync } from "child_process";
import { validateManifestFile } from "../../scripts/manifest/validate";
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

  it("holds taskpane.html loading ./office-js/office.js first, then the runtime and all three entries", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1].split("?")[0]);
    expect(scripts[0]).toBe("./office-js/office.js");
    for (const f of ["runtime.js", "taskpane.js", "functions.js", "commands.js"]) expect(scripts).toContain(f);
    for (const f of scripts) expect(fs.existsSync(path.join(DIST, f))).toBe(true);
    expect(scripts.filter((s) => s.includes("office.js"))).toHaveLength(1);
  });

  it("serves office.js and its host scripts from dist/office-js", () => {
    expect(fs.existsSync(path.join(DIST, "office-js", "office.js"))).toBe(true);
    expect(fs.readdirSync(path.join(DIST, "office-js")).filter((f) => f.startsWith("excel-")).length).toBeGreaterThan(5);
  });

  it("holds functions.json and functions.zh-CN.json describing the same functions", () => {
    const en = JSON.parse(read("functions.json")) as { functions: { id: string }[] };
    const zh = JSON.parse(read("functions.zh-CN.json")) as { functions: { id: string }[] };
    expect(en.functions.length).toBeGreaterThan(0);
    expect(zh.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
  });

  it("references no CDN from any page", () => {
    const pages = fs.readdirSync(DIST).filter((f) => f.endsWith(".html"));
    expect(pages).toContain("taskpane.html");
    for (const page of pages) {
      const html = read(page);
      expect(html).not.toContain("appsforoffice.microsoft.com");
      expect(html).not.toMatch(/<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    }
  });

  it("keeps the JavaScript the pane page loads under 300 KB gzipped", () => {
    const html = read("taskpane.html");
    const files = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1].split("?")[0]).filter((f) => !f.includes("office-js/"));
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
         }));`,
      ],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, ADDIN_URL: "" } },
    );

  it("rewrites the manifest to the production URL given with --env url=", () => {
    const r = probe('{ url: "https://fund.example.gov.cn/addin" }', "production");
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { manifest: string; chunks: string[]; entries: Record<string, string>; port: number; officeJsCopied: boolean };
    expect(out.manifest).not.toContain("localhost:3000");
    expect(out.manifest).toContain('<SourceLocation DefaultValue="https://fund.example.gov.cn/addin/taskpane.html"/>');
    expect(out.manifest).toContain('Value="https://fund.example.gov.cn/addin/functions.zh-CN.json"');
    expect(out.chunks).toEqual(["taskpane", "functions", "commands"]);
    // Other owners may add pages through scripts/webpack-extra.js; these three come first.
    expect(Object.keys(out.entries).slice(0, 3)).toEqual(["taskpane", "functions", "commands"]);
    expect(out.port).toBe(3000);
    expect(out.officeJsCopied).toBe(true);
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
