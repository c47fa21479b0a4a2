/** --explain as text: every table with each column's reading and why, then the near misses. */
import type { ExplainedTable } from "../core/explain";
import type { Lang } from "../core/settings";
import { safeLine } from "./safeText";

export function renderExplain(list: readonly ExplainedTable[], lang: Lang): string {
  const zh = lang === "zh-CN";
  const lines: string[] = [zh ? "识别依据：" : "How the tables were read:"];
  if (list.length === 0) lines.push(zh ? "  没有看似表头的行。" : "  no row looks like a header.");
  for (const t of list) {
    if (t.recognised) {
      lines.push(`  ${t.kindName}  ${t.sheet}!${t.where}  ${zh ? "表头分" : "heading score"} ${t.score}`);
      for (const c of t.columns) {
        const head = c.header === "" ? (zh ? "（无表头）" : "(no heading)") : c.header;
        lines.push(`    ${c.cell.padEnd(6)} ${head} → ${c.reading}${c.why ? `  ${c.why}` : ""}`);
      }
    } else {
      lines.push(`  ${t.lacking ?? t.kindName}  ${zh ? "（未识别，得分" : "(not recognised, score"} ${t.score}${zh ? "）" : ")"}`);
      const found = t.columns.map((c) => c.reading).join(zh ? "、" : ", ");
      if (found) lines.push(`    ${zh ? "已找到：" : "found: "}${found}`);
    }
  }
  // Headings come from the workbook: control characters are shown, never obeyed; indentation is ours.
  return lines.map((l) => (/^ */.exec(l)?.[0] ?? "") + safeLine(l)).join("\n") + "\n";
}
