/**
 * The report order: sheet (in the order given; other sheets last), row, column, severity, rule.
 * Keys are computed once per finding rather than once per comparison: a large register can
 * yield hundreds of thousands of findings.
 */
import { severityRank, type Finding } from "../findings";

export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[]): Finding[] {
  const n = findings.length;
  const sheetIdx = new Map(sheetOrder.map((s, i) => [s, i]));
  const sheet = new Float64Array(n);
  const row = new Float64Array(n);
  const col = new Float64Array(n);
  const sev = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const f = findings[i];
    sheet[i] = sheetIdx.get(f.sheet) ?? 1e9;
    row[i] = f.row;
    col[i] = colOf(f.cell);
    sev[i] = severityRank(f.severity);
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => {
    const d = sheet[a] - sheet[b] || row[a] - row[b] || col[a] - col[b] || sev[a] - sev[b];
    if (d !== 0) return d;
    const ra = findings[a].rule;
    const rb = findings[b].rule;
    return ra < rb ? -1 : ra > rb ? 1 : a - b;
  });
  return order.map((i) => findings[i]);
}

/** Column number of an A1 address ("AB12" → 28). */
function colOf(cell: string): number {
  let c = 0;
  for (let i = 0; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (code < 65 || code > 90) break;
    c = c * 26 + (code - 64);
  }
  return c;
}
