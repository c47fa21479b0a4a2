/**
 * What Excel would show next to the pane: the selected cell (and a few cells around it) of the
 * in-memory workbook, and how many cells carry a finding's fill. Read-only.
 */
import { useEffect, useState } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { columnLetters, parseA1 } from "../core/grid";
import { SEVERITY_COLOR } from "../office/highlight";
import type { MemoryGateway, MemoryWorkbookState } from "./memory-gateway";

const useStyles = makeStyles({
  bar: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  grid: { borderCollapse: "collapse", tableLayout: "fixed", width: "100%", marginTop: tokens.spacingVerticalXS },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 4px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { color: tokens.colorNeutralForeground3, backgroundColor: tokens.colorNeutralBackground3, textAlign: "center" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px", fontWeight: tokens.fontWeightSemibold },
});


export function SelectionView({ gateway, file }: { gateway: MemoryGateway; file: string }) {
  const s = useStyles();
  const [state, setState] = useState<MemoryWorkbookState>(() => gateway.state());
  useEffect(() => gateway.subscribe(setState), [gateway]);
  const sel = state.selection;
  const at = sel ? parseA1(sel.cell) : null;
  const grid = sel ? gateway.grid(sel.sheet) : null;
  const value = (r: number, c: number) => {
    if (!grid) return "";
    const v = grid.values[r - grid.top]?.[c - grid.left];
    return v === null || v === undefined ? "" : String(v);
  };
  const rows = at ? [at.row - 1, at.row, at.row + 1].filter((r) => r >= 0) : [];
  const cols = at ? [at.col - 1, at.col, at.col + 1].filter((c) => c >= 0) : [];
  return (
    <aside className={s.bar} aria-label="Excel">
      <div>
        {file} ·{" "}
        <span data-testid="preview-selection" data-sheet={sel?.sheet ?? ""} data-cell={sel?.cell ?? ""}>
          {sel ? `${sel.sheet}!${sel.cell}` : "—"}
        </span>
        {sel && at && (
          <>
            {" = "}
            <span data-testid="preview-value">{value(at.row, at.col)}</span>
          </>
        )}{" "}
        · fills: <span data-testid="preview-fills">{Object.keys(state.fills).length}</span> ·
        sheets: <span data-testid="preview-sheets">{state.sheetNames.join(", ")}</span>
      </div>
      {at && sel && (
        <table className={s.grid}>
          <thead>
            <tr>
              <th className={`${s.cell} ${s.head}`} scope="col">
                {sel.sheet.length > 6 ? "" : sel.sheet}
              </th>
              {cols.map((c) => (
                <th key={c} className={`${s.cell} ${s.head}`} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th className={`${s.cell} ${s.head}`} scope="row">
                  {r + 1}
                </th>
                {cols.map((c) => {
                  const addr = `${columnLetters(c)}${r + 1}`;
                  const fill = state.fills[`${sel.sheet}!${addr}`];
                  return (
                    <td
                      key={c}
                      className={`${s.cell} ${r === at.row && c === at.col ? s.selected : ""}`}
                      style={fill ? { backgroundColor: SEVERITY_COLOR[fill] } : undefined}
                      title={value(r, c)}
                    >
                      {value(r, c)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </aside>
  );
}
