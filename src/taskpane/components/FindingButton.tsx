/**
 * One finding as a button: its cell and message; a click, Enter or Space selects the cell in the
 * workbook (the "go to cell" every findings list shares). Text from cells in the message and the
 * sheet name is shown through SafeText.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/findings";
import { formatMessage } from "../../core/i18n/messages";
import { usePane } from "../pane-context";
import { SafeText } from "./SafeText";
import { SeverityIcon } from "./SeverityIcon";

export const useFindingButtonStyles = makeStyles({
  item: {
    display: "flex",
    width: "100%",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    minWidth: 0,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
    // A focus ring that shows in high contrast too.
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  icon: { flexShrink: 0, paddingTop: "2px" },
  text: { minWidth: 0, overflowWrap: "anywhere" },
  cell: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalXS },
});

/** `message` when the caller already rendered it (the list caches them); else it is rendered here. */
export function FindingButton({ finding: f, message }: { finding: Finding; message?: string }) {
  const { lang, gateway, act } = usePane();
  const s = useFindingButtonStyles();
  return (
    <button
      type="button"
      className={s.item}
      data-finding={`${f.sheet}!${f.cell}`}
      data-rule={f.rule}
      onClick={() => void act(() => gateway.select(f.sheet, f.cell))}
    >
      <span className={s.icon}>
        <SeverityIcon severity={f.severity} />
      </span>
      <span className={s.text}>
        <span className={s.cell}>
          <SafeText text={f.sheet} />!{f.cell}
        </span>
        <SafeText text={message ?? formatMessage(f.rule, f.params, lang)} />
      </span>
    </button>
  );
}

/** A short list of findings as buttons (the findings on one row of a panel). */
export function FindingButtons({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul style={{ listStyleType: "none", margin: 0, padding: 0 }}>
      {findings.map((f, i) => (
        <li key={`${f.sheet}!${f.cell}!${f.rule}!${i}`}>
          <FindingButton finding={f} />
        </li>
      ))}
    </ul>
  );
}
