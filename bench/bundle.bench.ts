/**
 * The task pane's initial JavaScript, gzipped: every script taskpane.html loads from the built
 * dist/ (office.js excluded: it is Office's, loaded from Microsoft's CDN). Budget: 300 KB.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { section } from "./registry";

const DIST = path.join(__dirname, "..", "dist");
const BUDGET = 300 * 1024;

section("bundle", async (ctx) => {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1].replace(/[?#].*$/, "").replace(/^\.\//, ""))
    .filter((src) => !/^(https?:)?\/\//.test(src));
  let total = 0;
  for (const src of scripts) total += zlib.gzipSync(fs.readFileSync(path.join(DIST, src)), { level: 9 }).length;
  ctx.log(`bundle: ${scripts.length} scripts on taskpane.html`);
  return [
    {
      metric: "task pane initial JavaScript (gzipped)",
      value: Math.round((total / 1024) * 10) / 10,
      unit: "KB",
      note: `${scripts.length} files; budget ${BUDGET / 1024} KB (${((total / BUDGET) * 100).toFixed(0)}%)`,
    },
  ];
});
