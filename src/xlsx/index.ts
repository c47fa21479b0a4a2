/** The .xlsx file adapter (Node): read grids, write an annotated copy. */
export { readWorkbook } from "./read";
export { writeAnnotatedCopy, sameFile, type AnnotateResult } from "./annotate";
export { WorkbookError, OutputError, isWorkbookError, type WorkbookErrorCode, type OutputErrorCode } from "./errors";
