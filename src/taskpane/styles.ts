/** Layout shared by the panels: one column that fits the 320 px pane and grows with it. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePaneStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalL,
    minWidth: 0,
    // The row gap spaces the section; a paragraph's own 1em margins would double it at 320 px.
    "& > p": { margin: 0 },
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "center" },
  grow: { flexGrow: 1, minWidth: 0 },
  /** Two-column label/value list that wraps instead of scrolling sideways. */
  facts: {
    display: "grid",
    gridTemplateColumns: "minmax(0, max-content) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    "& dt": { color: tokens.colorNeutralForeground3 },
    "& dd": { margin: 0, overflowWrap: "anywhere" },
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  /** Form fields side by side where they fit, stacked at 320 px; inputs shrink with their cell. */
  formGrid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "end",
    "& > *": { minWidth: 0 },
    "& .fui-Input, & .fui-Select": { width: "100%", minWidth: 0 },
  },
  number: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  /** Tables that wrap their cells rather than overflow the pane. */
  table: {
    tableLayout: "fixed",
    width: "100%",
    "& td, & th": { overflowWrap: "anywhere", verticalAlign: "top" },
  },
});

/** Colours per severity and status, from the theme (text contrast checked by axe). */
export const useToneStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
});
