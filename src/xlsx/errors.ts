/** Why a workbook file cannot be read: the CLI prints the message as its one line and exits 2. */
import type { LimitKey } from "./limits";

export type WorkbookErrorCode = "missing" | "not-a-workbook" | "encrypted" | "unreadable";

/** Finer reasons, so a caller can word the message in the user's language. */
export type WorkbookErrorReason = "empty" | "folder" | "legacy-xls" | "zip-not-xlsx" | "damaged" | "io" | "limit";

export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    message: string,
    readonly path?: string,
    readonly reason?: WorkbookErrorReason,
    /** With reason "limit": which limit and its value. */
    readonly limit?: { key: LimitKey; value: number }
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

/** Why an annotated copy or a summary cannot be written (--out, --summary). */
export type OutputErrorCode = "same-as-input" | "unwritable" | "is-folder" | "too-large";

export class OutputError extends Error {
  constructor(
    readonly code: OutputErrorCode,
    message: string,
    readonly path?: string,
    /** With same-as-input: the input it would overwrite. */
    readonly other?: string,
    /** The option that named the output (--out, --summary), when known. */
    public option?: string
  ) {
    super(message);
    this.name = "OutputError";
  }
}
