#!/usr/bin/env node
// The command-line checker. The TypeScript sources are compiled to lib/ by `npm run build:cli`
// (also run by `npm ci` through the prepare script).
"use strict";
require("../lib/cli/main.js").main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
