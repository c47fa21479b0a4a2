/** A cell's address as a small button that selects it in the workbook (the panels' "go to cell"). */
import { makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../pane-context";
import { visibleText } from "../visible-text";
import { SafeText } from "./SafeText";

const useStyles = makeStyles({
  link: {
    display: "inline",
    padding: 0,
    border: "none",
    background: "none",
    font: "inherit",
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    cursor: "pointer",
    overflowWrap: "anywhere",
    textAlign: "start",
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
});

export function CellLink({ sheet, cell }: { sheet: string; cell: string }) {
  const { t, gateway, act } = usePane();
  const s = useStyles();
  return (
    <button
      type="button"
      className={s.link}
      data-cell={`${sheet}!${cell}`}
      aria-label={t("cell.goTo", { cell: `${visibleText(sheet)}!${cell}` })}
      onClick={() => void act(() => gateway.select(sheet, cell))}
    >
      <SafeText text={sheet} />!{cell}
    </button>
  );
}
