/**
 * A hand-rolled horizontal bar chart (no chart library: the pane stays small). Each bar is a row
 * of text (label, value, details — what a screen reader reads) above an SVG bar drawn in
 * percentages, so it fits any pane width without scaling the text. An optional marker per row
 * draws a reference line (time progress 序时进度). Labels come from cells: shown through SafeText.
 */
import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { SafeText } from "./SafeText";

export type BarTone = "brand" | "ok" | "warning" | "error" | "neutral";

export interface Bar {
  key: string;
  label: string;
  /** The bar's length in the chart's unit (≥ 0). Null draws no bar. */
  value: number | null;
  valueText: string;
  tone: BarTone;
  /** Small print under the label (amounts, status). */
  detail?: ReactNode;
  /** Reference line for this row, in the chart's unit. */
  marker?: number;
}

const FILL: Record<BarTone, string> = {
  brand: tokens.colorBrandBackground,
  ok: tokens.colorPaletteGreenBackground3,
  warning: tokens.colorPaletteDarkOrangeBackground3,
  error: tokens.colorPaletteRedBackground3,
  neutral: tokens.colorNeutralStrokeAccessible,
};

const useStyles = makeStyles({
  figure: { margin: 0, minWidth: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  head: { display: "flex", justifyContent: "space-between", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  label: { minWidth: 0, overflowWrap: "anywhere" },
  value: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  svg: { display: "block", width: "100%", height: "12px", marginTop: "2px" },
  legend: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalS },
});

/** Percent of the scale, clamped to the track; the scale is the largest value or marker (at least `min`). */
function pct(v: number, scale: number): string {
  return `${Math.max(0, Math.min(100, (v / scale) * 100)).toFixed(2)}%`;
}

export function BarChart(props: {
  caption: ReactNode;
  bars: readonly Bar[];
  minScale?: number;
  legend?: ReactNode;
  id?: string;
}) {
  const s = useStyles();
  const scale = Math.max(
    props.minScale ?? 0,
    ...props.bars.map((b) => Math.max(b.value ?? 0, b.marker ?? 0)),
    Number.MIN_VALUE
  );
  return (
    <figure className={s.figure} id={props.id}>
      <figcaption className={s.caption}>{props.caption}</figcaption>
      <ol className={s.list}>
        {props.bars.map((b) => (
          <li key={b.key} data-bar={b.key} data-value={b.value ?? ""}>
            <div className={s.head}>
              <span className={s.label}>
                <SafeText text={b.label} />
              </span>
              <span className={s.value}>{b.valueText}</span>
            </div>
            {b.detail && <div className={s.detail}>{b.detail}</div>}
            <svg className={s.svg} aria-hidden="true" focusable="false">
              <rect x="0" y="2" width="100%" height="8" rx="2" fill={tokens.colorNeutralBackground3} />
              {b.value !== null && b.value > 0 && (
                <rect x="0" y="2" width={pct(b.value, scale)} height="8" rx="2" fill={FILL[b.tone]} />
              )}
              {b.marker !== undefined && (
                <line
                  x1={pct(b.marker, scale)}
                  x2={pct(b.marker, scale)}
                  y1="0"
                  y2="12"
                  stroke={tokens.colorNeutralForeground1}
                  strokeWidth="2"
                />
              )}
            </svg>
          </li>
        ))}
      </ol>
      {props.legend && <div className={s.legend}>{props.legend}</div>}
    </figure>
  );
}
