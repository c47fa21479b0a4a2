/**
 * How the gateway reaches Excel: `Excel.run` inside Office, a fake in tests. Only types come
 * from office-js here, so the gateway's modules load under jest without the Office runtime.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function officeRun(): ExcelRun {
  return (batch) => Excel.run(batch);
}

/** Office.context.document.settings, as far as the gateway uses it. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void;
}

export function officeSettings(): DocumentSettings {
  return Office.context.document.settings as unknown as DocumentSettings;
}

/** Office.context.requirements, as far as the gateway asks it. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export function officeRequirements(): Requirements | null {
  return typeof Office !== "undefined" && Office.context?.requirements ? Office.context.requirements : null;
}

/**
 * Notes need ExcelApi 1.18 (https://learn.microsoft.com/javascript/api/excel/excel.notecollection):
 * the host must report the set (isSetSupported) and the loaded office.js must define the API (an
 * old copy of office.js on a new host has Worksheet without notes, and reading it throws).
 */
export function supportsNotes(requirements: Requirements | null): boolean {
  if (!requirements?.isSetSupported("ExcelApi", "1.18")) return false;
  const proto = typeof Excel !== "undefined" ? (Excel as unknown as { Worksheet?: { prototype?: object } }).Worksheet?.prototype : undefined;
  return proto === undefined || "notes" in proto;
}

/** An Office.js error code ("AccessDenied", "ResponsePayloadSizeLimitExceeded"), if any. */
export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}
