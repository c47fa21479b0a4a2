/**
 * Reconciliation speed (issue: follow the money): a payment ledger of 1,000,000 rows against a
 * register of 100,000 awards, every payment joined to its award by credit code and item (a hash
 * join). Measured twice: the reconciliation checks on the recognised tables (auditRecognised with
 * the reconcile group: the join, overpaid awards, duplicates, late payments), and the whole audit()
 * from the grids (recognition included). The same ledger against 10,000 awards shows the cost does
 * not grow with the awards (a nested loop would be ten times slower). Grids pass through JSON, as
 * Office.js and the file reader hand them over (flat strings).
 */
import { audit, auditRecognised } from "../src/core/audit";
import { recognise } from "../src/core/tables/recognise";
import type { Cell, SheetGrid } from "../src/core/grid";
import { section, timeMs } from "./registry";
import { codeFor } from "./synthetic";

const PAYMENTS = 1_000_000;
const ITEMS = ["区级“专精特新”中小企业", "市级“专精特新”中小企业（新申报）", "工信部专精特新“小巨人”企业", "示范平台"];

function register(awards: number): SheetGrid {
  const values: Cell[][] = [["单位名称", "统一社会信用代码", "扶持项目", "核定金额（元）", "年度"]];
  for (let i = 0; i < awards; i++) values.push([`企业${i}`, codeFor(i), ITEMS[i % ITEMS.length], 1_000_000, 2021]);
  return { name: "申报清单", top: 0, left: 0, values: JSON.parse(JSON.stringify(values)) as Cell[][], merges: [] };
}

/** Payment i goes to award i mod awards, as a numbered instalment; every 10,000th to no award. */
function ledger(awards: number): SheetGrid {
  const values: Cell[][] = [["日期", "凭证号", "摘要", "收款单位", "统一社会信用代码", "政策项目", "金额（元）"]];
  for (let i = 0; i < PAYMENTS; i++) {
    const a = i % awards;
    const stray = i % 10_000 === 9_999;
    const month = 1 + (i % 10);
    values.push([
      `2021-${String(month).padStart(2, "0")}-15`,
      `记-${i}`,
      `第${Math.floor(i / awards) + 1}期拨付`,
      stray ? `无名公司${i}` : `企业${a}`,
      stray ? null : codeFor(a),
      ITEMS[a % ITEMS.length],
      100,
    ]);
  }
  return { name: "拨付台账", top: 0, left: 0, values: JSON.parse(JSON.stringify(values)) as Cell[][], merges: [] };
}

section("reconcile", async (ctx) => {
  const out = [];
  const checksMs: Record<number, number> = {};
  for (const awards of [100_000, 10_000]) {
    const sheets = [register(awards), ledger(awards)];
    const input = { sheets, settings: { today: "2021-12-31" }, checks: ["reconcile" as const] };
    const recognition = recognise(sheets);
    if (!recognition.tables.some((t) => t.kind === "ledger")) throw new Error("the synthetic ledger was not recognised");
    let unmatched = 0;
    const checkRuns: number[] = [];
    for (let k = 0; k < 3; k++) {
      checkRuns.push(
        await timeMs(() => {
          unmatched = auditRecognised(recognition, input).findings.filter((f) => f.rule === "ledger.unmatched-payment").length;
        }),
      );
    }
    const wholeRuns: number[] = [];
    for (let k = 0; k < 2; k++) wholeRuns.push(await timeMs(() => audit(input)));
    const checks = Math.min(...checkRuns);
    const whole = Math.min(...wholeRuns);
    checksMs[awards] = checks;
    ctx.log(`reconcile: ${PAYMENTS} payments × ${awards} awards, ${unmatched} unmatched; checks ${checkRuns.map((r) => r.toFixed(0)).join(" / ")} ms, whole ${wholeRuns.map((r) => r.toFixed(0)).join(" / ")} ms`);
    out.push({
      metric: `reconciliation checks: ${PAYMENTS.toLocaleString("en-US")} ledger rows against ${awards.toLocaleString("en-US")} awards`,
      value: Math.round(PAYMENTS / (checks / 1000)),
      unit: "ledger rows/s",
      note: `best of ${checkRuns.length}: ${Math.round(checks)} ms; ${unmatched} unmatched found; target ≥ 1,000,000 rows/s`,
    });
    out.push({
      metric: `whole audit() from the grids, ${awards.toLocaleString("en-US")} awards`,
      value: Math.round(PAYMENTS / (whole / 1000)),
      unit: "ledger rows/s",
      note: `best of ${wholeRuns.length}: ${Math.round(whole)} ms (recognition included)`,
    });
  }
  out.push({ metric: "checks with 100,000 awards / with 10,000", value: Math.round((checksMs[100_000] / checksMs[10_000]) * 100) / 100, unit: "ratio", note: "about 1 for a hash join; 10 for a nested loop" });
  return out;
});
