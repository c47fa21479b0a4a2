/** The severity highlights as ExcelJS fills. */
import type * as ExcelJS from "exceljs";
import type { Severity } from "../core/findings";
import { SEVERITY_RGB } from "../report/colors";

function solid(argb: string): ExcelJS.FillPattern {
  return { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } };
}

export const SEVERITY_FILL: Record<Severity, ExcelJS.FillPattern> = {
  error: solid("FF" + SEVERITY_RGB.error),
  warning: solid("FF" + SEVERITY_RGB.warning),
  info: solid("FF" + SEVERITY_RGB.info),
};
