#!/usr/bin/env node
// `npm run demo` / `npm run check`: compiles the command line (tsc -p tsconfig.cli.json) only when
// a source it is built from is newer than the last build, so an unchanged tree starts at once;
// then runs the command line with the remaining arguments in this same process (one start-up).
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const STAMP = path.join(ROOT, "lib", ".build-stamp");
const SOURCES = ["src/core", "src/xlsx", "src/cli", "src/report"].map((d) => path.join(ROOT, d));
const CONFIGS = ["tsconfig.json", "tsconfig.cli.json", "package.json"].map((f) => path.join(ROOT, f));

function newest(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let m = st.mtimeMs; // a deleted file changes its folder
  for (const e of fs.readdirSync(p)) m = Math.max(m, newest(path.join(p, e)));
  return m;
}

let built = 0;
try {
  built = fs.statSync(STAMP).mtimeMs;
} catch {
  built = 0;
}
const sources = Math.max(...SOURCES.map(newest), ...CONFIGS.map(newest));
if (built === 0 || sources > built || !fs.existsSync(path.join(ROOT, "lib", "cli", "main.js"))) {
  const tsc = require.resolve("typescript/bin/tsc");
  const r = spawnSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.cli.json")], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
  fs.writeFileSync(STAMP, new Date().toISOString() + "\n");
}

if (process.argv.length > 2) {
  process.argv.splice(1, 1, path.join(__dirname, "subsidy-audit.js"));
  require("./subsidy-audit.js");
}
