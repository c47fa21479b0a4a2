#!/usr/bin/env node
/**
 * Before `npm test`: the Debian packages the tests need (chromium for the browser tests, a CJK
 * font for their screenshots, xmllint for the manifest check, LibreOffice Calc for the
 * second-application test). Installs the missing ones with apt-get when it can (root, apt-get
 * present); otherwise stops at once with the one command that installs them.
 */
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");

function has(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

function hasCjkFont() {
  const r = spawnSync("fc-list", [], { encoding: "utf8" });
  return r.status === 0 && /wqy|noto sans cjk|noto serif cjk/i.test(r.stdout);
}

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const missing = [];
if (!fs.existsSync(chromium)) missing.push("chromium");
if (!hasCjkFont()) missing.push("fonts-wqy-microhei");
if (!has("xmllint")) missing.push("libxml2-utils");
if (!has("soffice") && !process.env.SOFFICE) missing.push("libreoffice-calc");

if (missing.length === 0) process.exit(0);

const command = `apt-get install -y --no-install-recommends ${missing.join(" ")}`;
const root = typeof process.getuid === "function" && process.getuid() === 0;
if (root && has("apt-get")) {
  console.log(`npm test: installing ${missing.join(", ")} (apt-get)`);
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], { stdio: "inherit", env });
    process.exit(0);
  } catch {
    console.error(`npm test: could not install ${missing.join(", ")}; run: sudo ${command}`);
    process.exit(1);
  }
}
console.error(`npm test needs ${missing.join(", ")}; install with: sudo ${command}`);
process.exit(1);
