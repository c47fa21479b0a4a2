#!/usr/bin/env node
// `npm start` / `npm stop`: sideload into Excel desktop where it can exist (Windows, macOS)
// through office-addin-debugging, fetched by npx on demand because its native keyring module
// does not build everywhere (so it stays out of package.json). Elsewhere: one line on how to
// sideload into Excel on the web instead, and exit 0.
"use strict";
const { spawnSync } = require("child_process");

const MANIFEST = "manifest.xml";

function webInstructions(stop) {
  return stop
    ? "Excel desktop is not on this machine; nothing to stop (end `npm run dev-server` with Ctrl+C; in Excel on the web remove the add-in under Home > Add-ins > My add-ins)."
    : `Excel desktop is not on this machine: run \`npm run dev-server\`, then in Excel on the web choose Home > Add-ins > More add-ins > My add-ins > Upload My Add-in and upload ${MANIFEST}.`;
}

function main(argv, platform = process.platform) {
  const stop = argv.includes("--stop");
  if (platform !== "win32" && platform !== "darwin") {
    console.log(webInstructions(stop));
    return 0;
  }
  // package.json "config" names the app (excel), the app type (desktop) and the port (3000);
  // `start` also runs `npm run dev-server` itself.
  const args = ["--yes", "office-addin-debugging@7", stop ? "stop" : "start", MANIFEST];
  const r = spawnSync(platform === "win32" ? "npx.cmd" : "npx", args, { stdio: "inherit", shell: platform === "win32" });
  if (r.error) {
    console.error(`start: could not run npx office-addin-debugging: ${r.error.message}`);
    return 1;
  }
  return r.status ?? 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
module.exports = { main, webInstructions };
