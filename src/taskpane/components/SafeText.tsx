/**
 * Cell text as the pane shows it: invisible characters (controls, bidi overrides) appear as
 * styled marks that cannot act (visible-text.ts says which and how). Every place that shows
 * text taken from the workbook — sheet names, headers, names in messages — renders it through this.
 */
import { Fragment } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { textPieces } from "../visible-text";

const useStyles = makeStyles({
  mark: {
    // Control Pictures (␛) are in these symbol fonts; the escapes (\u202E) in any monospace one.
    fontFamily: `"Segoe UI Symbol", "Apple Symbols", "Noto Sans Symbols 2", ${tokens.fontFamilyMonospace}`,
    fontSize: "0.85em",
    color: tokens.colorPaletteRedForeground1,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} dotted ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusSmall,
    paddingInline: "1px",
    marginInline: "1px",
    // The mark is a sign, not text in the line's direction.
    unicodeBidi: "isolate",
  },
});

export function SafeText({ text }: { text: string | null | undefined }) {
  const s = useStyles();
  const pieces = textPieces(text ?? "");
  if (pieces.length === 1 && "text" in pieces[0]) return <>{pieces[0].text}</>;
  return (
    <>
      {pieces.map((p, i) =>
        "text" in p ? (
          <Fragment key={i}>{p.text}</Fragment>
        ) : (
          <span key={i} className={s.mark} data-control={p.code} title={p.code}>
            {p.mark}
          </span>
        )
      )}
    </>
  );
}
