#!/usr/bin/env node
// `npm run validate` — offline structural check of an add-in only manifest.
// Usage: node scripts/validate-manifest.js [manifest.xml] [--all-files] [--quiet]
//   --all-files  also require every URL under the add-in's base URL to exist as a file next
//                to the manifest (on by default for a built dist/manifest.xml).
// Exit 0 when valid (prints OK), 1 with one line per problem, 2 when the file cannot be read.
"use strict";
const fs = require("fs");
const { validateManifestFile } = require("./manifest/validate");

function main(argv) {
  const files = argv.filter((a) => !a.startsWith("--"));
  const file = files[0] || "manifest.xml";
  if (!fs.existsSync(file)) {
    console.error(`validate-manifest: ${file} does not exist`);
    return 2;
  }
  const opts = argv.includes("--all-files") ? { checkAllFiles: true } : {};
  const { errors, warnings, facts } = validateManifestFile(file, opts);
  if (!argv.includes("--quiet")) for (const w of warnings) console.warn(`${file}: warning: ${w}`);
  if (errors.length) {
    for (const e of errors) console.error(`${file}: error: ${e}`);
    console.error(`${file}: ${errors.length} problem${errors.length === 1 ? "" : "s"}`);
    return 1;
  }
  console.log(`${file}: OK (${facts.functionNames.length} ribbon functions, namespace ${facts.namespace ?? "none"}, base ${facts.baseUrl})`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
