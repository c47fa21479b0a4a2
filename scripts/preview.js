#!/usr/bin/env node
/**
 * `npm run preview`: the built task pane in an ordinary browser, against an in-memory copy of the
 * sample workbook. Serves dist/ (the webpack build) and /preview/sample.json (the workbook's
 * grids, read with the command line's xlsx reader), on 127.0.0.1 only. No Office, no network.
 *
 *   node scripts/preview.js [--port 3001] [--workbook samples/sample-fund.xlsx] [--dist dist]
 *
 * --port 0 picks a free port (the tests use it); the URL is printed on one line. --workbook also
 * takes a .json file of grids ({ "sheets": SheetGrid[] }, as /preview/sample.json serves them):
 * the browser tests lay out small workbooks that way (a near miss, text with control characters).
 * The add-in's geography (dist/assets/geo, copied there by the build) is served from dist/ like
 * every other file, so the pane fetches it from its own host as in Excel.
 *
 * The preview page itself loads no office.js (it runs on the in-memory workbook). The add-in's own
 * page, /taskpane.html, loads office.js from Microsoft's CDN; served here, that one address is
 * rewritten to /__office-js/office.js, the local copy from @microsoft/office-js, so nothing leaves
 * this machine (outside Office the page then says to open it in Excel).
 */
"use strict";
const http = require("http");
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const { OFFICE_JS_CDN } = require("./webpack-plugins");
const LOCAL_OFFICE_JS = "/__office-js/";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

function parseArgs(argv) {
  const opts = { port: 3001, workbook: path.join(ROOT, "samples", "sample-fund.xlsx"), dist: path.join(ROOT, "dist") };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--port") {
      const p = Number(next());
      if (!Number.isInteger(p) || p < 0 || p > 65535) throw new Error("--port takes a number from 0 to 65535");
      opts.port = p;
    } else if (a === "--workbook") opts.workbook = path.resolve(next());
    else if (a === "--dist") opts.dist = path.resolve(next());
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

/** The command line's xlsx reader (lib/, from `npm run build:cli`); built once when missing. */
function loadReader() {
  const reader = path.join(ROOT, "lib", "xlsx", "read.js");
  if (!fs.existsSync(reader)) {
    execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  return require(reader);
}

/** A page as the preview serves it: the office.js CDN address pointed at the local copy. */
function localOfficeJs(html) {
  return html.split(OFFICE_JS_CDN).join(`${LOCAL_OFFICE_JS}office.js`);
}

async function startPreviewServer(options) {
  const opts = { ...parseArgs([]), ...options };
  const page = path.join(opts.dist, "preview.html");
  if (!fs.existsSync(page)) {
    throw new Error(`${path.relative(ROOT, page)} is missing: run \`npm run build\` first (the preview entry builds it).`);
  }
  let sheets;
  if (opts.workbook.toLowerCase().endsWith(".json")) {
    const doc = JSON.parse(fs.readFileSync(opts.workbook, "utf8"));
    sheets = Array.isArray(doc) ? doc : doc.sheets;
    if (!Array.isArray(sheets)) throw new Error(`${opts.workbook}: expected { "sheets": [...] }`);
  } else {
    const { readWorkbook } = loadReader();
    sheets = await readWorkbook(opts.workbook);
  }
  const sample = JSON.stringify({ file: path.basename(opts.workbook), sheets });

  const distRoot = path.resolve(opts.dist) + path.sep;
  const officeJsRoot = path.dirname(require.resolve("@microsoft/office-js/dist/office.js")) + path.sep;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || "/", "http://localhost");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    if (url.pathname === "/") {
      res.writeHead(302, { Location: "/preview.html" }).end();
      return;
    }
    if (url.pathname === "/preview/sample.json") {
      res.writeHead(200, { "Content-Type": MIME[".json"], "Cache-Control": "no-store" });
      res.end(req.method === "HEAD" ? undefined : sample);
      return;
    }
    let file;
    const local = url.pathname.startsWith(LOCAL_OFFICE_JS);
    const folder = local ? officeJsRoot : distRoot;
    try {
      file = path.resolve(folder, "." + decodeURIComponent(local ? url.pathname.slice(LOCAL_OFFICE_JS.length - 1) : url.pathname));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!file.startsWith(folder) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": MIME[".txt"] }).end("not found");
      return;
    }
    const type = MIME[path.extname(file).toLowerCase()] || "application/octet-stream";
    res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" });
    if (req.method === "HEAD") res.end();
    else if (file.endsWith(".html")) res.end(localOfficeJs(fs.readFileSync(file, "utf8")));
    else fs.createReadStream(file).pipe(res);
  });

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, "127.0.0.1", resolve);
  });
  const port = server.address().port;
  return { url: `http://127.0.0.1:${port}/preview.html`, port, close: () => new Promise((r) => server.close(r)) };
}

if (require.main === module) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`preview: ${e.message}\n`);
    process.exit(2);
  }
  startPreviewServer(opts).then(
    (s) => process.stdout.write(`Preview: ${s.url}\n`),
    (e) => {
      process.stderr.write(`preview: ${e.message}\n`);
      process.exit(2);
    }
  );
}

module.exports = { startPreviewServer, parseArgs, localOfficeJs };
