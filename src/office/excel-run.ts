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

/** Notes need ExcelApi 1.18; older hosts keep fills and the report only. */
export function officeSupportsNotes(): boolean {
  return typeof Office !== "undefined" && Boolean(Office.context?.requirements?.isSetSupported("ExcelApi", "1.18"));
}

/** An Office.js error code ("AccessDenied", "ResponsePayloadSizeLimitExceeded"), if any. */
export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}
