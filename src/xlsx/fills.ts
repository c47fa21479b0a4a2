/** Light fills per severity, readable under black text: red-ish, amber, blue. */
import type * as ExcelJS from "exceljs";
import type { Severity } from "../core/findings";

function solid(argb: string): ExcelJS.FillPattern {
  return { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } };
}

export const SEVERITY_FILL: Record<Severity, ExcelJS.FillPattern> = {
  error: solid("FFFFC7CE"),
  warning: solid("FFFFEB9C"),
  info: solid("FFDDEBF7"),
};
