/**
 * Regenerates tests/golden/sample-fund.json: `npx tsx tests/golden/update.ts`. Review the diff
 * by hand against docs (domain.md's worked examples) before committing it: the golden test then
 * holds every later version to it.
 */
import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { SAMPLE_PATH } from "../../scripts/build-sample";

export const GOLDEN_PATH = path.join(__dirname, "sample-fund.json");
/** The sample's tables date it (1-8 月 → 2021-08-31); today only matters if that breaks. */
export const GOLDEN_TODAY = "2021-09-09";

async function update(): Promise<void> {
  let out = "";
  let err = "";
  const code = await main(["check", SAMPLE_PATH, "--format", "json"], {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env: {},
    today: () => GOLDEN_TODAY,
  });
  if (code === 2) throw new Error(`check failed: ${err}`);
  fs.writeFileSync(GOLDEN_PATH, out);
  const doc = JSON.parse(out);
  console.log(`wrote ${path.relative(process.cwd(), GOLDEN_PATH)}: exit ${code}, ${doc.findings.length} findings`, doc.summary);
}

if (require.main === module) {
  update().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
}
