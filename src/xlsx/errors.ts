/** Why a workbook file cannot be read: the CLI prints the message as its one line and exits 2. */
export type WorkbookErrorCode = "missing" | "not-a-workbook" | "encrypted" | "unreadable";

/** Finer reasons, so a caller can word the message in the user's language. */
export type WorkbookErrorReason = "empty" | "folder" | "legacy-xls" | "zip-not-xlsx" | "damaged" | "io";

export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    message: string,
    readonly path?: string,
    readonly reason?: WorkbookErrorReason
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

/** Why an annotated copy cannot be written (--out). */
export type OutputErrorCode = "same-as-input" | "unwritable";

export class OutputError extends Error {
  constructor(
    readonly code: OutputErrorCode,
    message: string,
    readonly path?: string
  ) {
    super(message);
    this.name = "OutputError";
  }
}
