/** Cells that should hold a number or a date and hold neither: reported, never guessed at. */
import type { Finding } from "../findings";
import type { AuditSettings } from "../settings";
import type { UnreadableCell } from "../tables/types";
import { makeFinding } from "./finding";

export function checkUnreadable(cells: readonly UnreadableCell[], settings: AuditSettings): Finding[] {
  return cells.map((u) =>
    makeFinding(
      "input.unreadable-value",
      u.sheet,
      u.cell,
      u.row,
      { text: u.text, field: u.field },
      settings.lang,
    ),
  );
}
