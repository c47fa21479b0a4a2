/**
 * Headless Chromium for browser tests: Debian's /usr/bin/chromium driven by playwright-core,
 * never a downloaded browser, with the flags this closed network needs.
 */
import { chromium, type Browser } from "playwright-core";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install -y chromium)`);
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "sa-chromium-home-"));
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    env: { ...process.env, HOME: home },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/** Where browser tests put screenshots: kept as CI artifacts. */
export function artifactPath(name: string): string {
  const dir = path.join(__dirname, "..", "..", "test-artifacts");
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}
