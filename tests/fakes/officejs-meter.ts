/**
 * Office.js's own request serialiser, without a host. The Excel host script of the
 * `@microsoft/office-js` package (excel-web-16.00.js: the OfficeExtension runtime plus the Excel
 * API classes) is loaded into a Node `vm` context; a RequestContext built there queues the same
 * operations the add-in queues, and the body office.js would post to Excel on the web is built
 * with its own `ClientRequest.buildRequestMessageBodyAndRequestFlags()`. Its JSON text (what
 * RichApiMessageUtility.buildMessageArrayForIRequestExecutor sends) is what the 5 MB request
 * limit counts (https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices).
 *
 * The package is an old snapshot without the Notes API (ExcelApi 1.18), so Worksheet.notes,
 * NoteCollection and Note are defined here the way office.js defines Comments (ExcelApi 1.10):
 * a "Notes" navigation property, "Add"(cellAddress, content), "GetItemOrNullObject"(key), and a
 * "Content" property and "Delete" method on a note — the same request shape, names as in
 * https://learn.microsoft.com/javascript/api/excel/excel.notecollection.
 *
 * Nothing is sent anywhere: the pending request is measured and dropped.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

const HOST_SCRIPT = path.join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist", "excel-web-16.00.js");

/** The loosely typed office.js objects of the sandbox. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type OfficeJsObject = any;

const NOTES_POLYFILL = `
(function () {
  var H = OfficeExtension.BatchApiHelper;
  function NoteCollection() { return Excel.CommentCollection.apply(this, arguments) || this; }
  NoteCollection.prototype = Object.create(Excel.CommentCollection.prototype);
  NoteCollection.prototype.constructor = NoteCollection;
  Object.defineProperty(NoteCollection.prototype, "_className", { get: function () { return "NoteCollection"; } });
  function Note() { return Excel.Comment.apply(this, arguments) || this; }
  Note.prototype = Object.create(Excel.Comment.prototype);
  Note.prototype.constructor = Note;
  Object.defineProperty(Note.prototype, "_className", { get: function () { return "Note"; } });
  NoteCollection.prototype.add = function (cellAddress, content) {
    return H.createMethodObject(Note, this, "Add", 0, [cellAddress, content], false, true, null, 0);
  };
  NoteCollection.prototype.getItemOrNullObject = function (key) {
    return H.createMethodObject(Note, this, "GetItemOrNullObject", 1, [key], false, false, null, 4);
  };
  NoteCollection.prototype.getItem = function (key) {
    return H.createIndexerObject(Note, this, [key]);
  };
  Object.defineProperty(Excel.Worksheet.prototype, "notes", {
    get: function () {
      if (!this.__notes) this.__notes = H.createPropertyObject(NoteCollection, this, "Notes", true, 4);
      return this.__notes;
    },
    configurable: true
  });
})();
`;

let sandbox: vm.Context | null = null;

/** The vm context holding office.js's Excel host script (loaded once per jest worker, ~0.1 s). */
export function officeJsSandbox(): vm.Context {
  if (sandbox) return sandbox;
  const noop = () => undefined;
  const ctx: Record<string, unknown> = { console: { log: noop, warn: noop, error: noop, info: noop }, setTimeout, clearTimeout, setInterval, clearInterval };
  ctx.window = ctx;
  ctx.self = ctx;
  ctx.navigator = { userAgent: "node", language: "en-US" };
  ctx.location = { href: "https://localhost/", protocol: "https:", hostname: "localhost", search: "", hash: "" };
  ctx.document = {
    readyState: "complete",
    addEventListener: noop,
    getElementsByTagName: () => [],
    createElement: () => ({ setAttribute: noop, style: {} }),
    cookie: "",
  };
  ctx.addEventListener = noop;
  const context = vm.createContext(ctx);
  vm.runInContext(fs.readFileSync(HOST_SCRIPT, "utf8"), context, { filename: "excel-web-16.00.js" });
  vm.runInContext(NOTES_POLYFILL, context, { filename: "notes-polyfill.js" });
  sandbox = context;
  return context;
}

/** UTF-8 bytes of a string. */
export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/**
 * One office.js RequestContext whose pending request is measured instead of sent. Queue operations
 * on `workbook` / `application` exactly as the add-in does on Excel's, then call `take()`.
 */
export class OfficeJsRequestMeter {
  readonly context: OfficeJsObject;

  constructor() {
    const sb = officeJsSandbox();
    this.context = vm.runInContext("new Excel.RequestContext()", sb);
  }

  get workbook(): OfficeJsObject {
    return this.context.workbook;
  }

  get application(): OfficeJsObject {
    return this.context.application;
  }

  /** The request body office.js would send for what is queued now, as its JSON text. */
  body(): string {
    const req = this.context._pendingRequest;
    if (!req.hasActions) return "";
    return JSON.stringify(req.buildRequestMessageBodyAndRequestFlags().body);
  }

  /** Measures the pending request in UTF-8 bytes and starts a new one (as a sync would). */
  take(): number {
    const text = this.body();
    this.context.m_pendingRequest = null;
    return text === "" ? 0 : utf8Bytes(text);
  }
}
