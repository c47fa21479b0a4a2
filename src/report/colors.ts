/** The highlight of each severity, light enough to read black text on: red-ish, amber, blue. */
import type { Severity } from "../core/findings";

/** RGB hex without '#': Office.js takes "#RRGGBB", ExcelJS "FFRRGGBB". */
export const SEVERITY_RGB: Record<Severity, string> = { error: "FFC7CE", warning: "FFEB9C", info: "DDEBF7" };
