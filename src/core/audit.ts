/** The engine's entry point: grids in, findings out. */
import type { AuditInput, AuditResult } from "./api";
import { withDefaults } from "./settings";
import { recognise } from "./tables/recognise";
import { auditRecognised } from "./rules/run";
import { validateSettings } from "./rules/validateSettings";

export { auditRecognised, pickAsOf, CHECK_GROUPS } from "./rules/run";
export { SettingsError, validateSettings } from "./rules/validateSettings";

export function audit(input: AuditInput): AuditResult {
  // Bad settings fail before a large workbook is read, not after.
  validateSettings(withDefaults(input.settings));
  return auditRecognised(recognise(input.sheets, input.mappings), input);
}
