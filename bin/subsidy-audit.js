#!/usr/bin/env node
// The command-line checker. The TypeScript sources are compiled to lib/ by `npm run build:cli`
// (also run by `npm ci` through the prepare script).
"use strict";
const cli = require("../lib/cli/main.js");
// `check … | head`: a closed pipe ends the process quietly, with the status of the check.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e && e.code === "EPIPE") process.exit(cli.pendingStatus());
    if (stream === process.stdout) {
      try {
        process.stderr.write(`subsidy-audit: cannot write the report (${(e && e.code) || "error"})\n`);
      } catch {
        /* stderr is gone too */
      }
    }
    process.exit(2);
  });
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
