/** The fund's own targets in the text report: target, what the workbook's data gives, what is stated. */
import { formatRate } from "../core/i18n/format";
import type { Lang } from "../core/settings";
import type { TargetIndicatorView } from "../core/targetsView";
import { escapeControls as esc } from "./safeText";
import { padDisplay, displayWidth } from "./textReport";

export function renderIndicators(list: readonly TargetIndicatorView[], lang: Lang): string[] {
  const measured = list.filter((t) => t.computed !== null || t.stated !== null);
  if (measured.length === 0) return [];
  const zh = lang === "zh-CN";
  const out = [zh ? "绩效目标（目标值 / 据工作簿数据计算 / 填报值）：" : "Performance targets (target / from this workbook's data / stated):"];
  const width = Math.max(...measured.map((t) => displayWidth(esc(t.name))));
  for (const t of measured) {
    const computed =
      t.computed === null
        ? zh ? "无从计算" : "not measurable"
        : formatRate(t.computed, lang) + (t.basis ? (zh ? `（${t.basis.count}/${t.basis.of}）` : ` (${t.basis.count}/${t.basis.of})`) : "") + (t.final ? "" : zh ? "，截至目前" : ", so far");
    const verdict = t.verdict === "contradicted" ? (zh ? "  ← 与数据不符" : "  ← contradicted") : t.verdict === "missed" ? (zh ? "  ← 未达目标" : "  ← target missed") : "";
    out.push(`  ${padDisplay(esc(t.name), width)}  ${esc(t.target ?? "—")} / ${computed} / ${esc(t.stated ?? "—")}${verdict}`);
  }
  out.push("");
  return out;
}
