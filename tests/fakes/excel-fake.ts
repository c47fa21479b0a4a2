/**
 * The fake Excel for jest (node): FakeExcelCore whose every request is also built by office.js
 * itself (tests/fakes/officejs-meter.ts), so `meter.syncs[i].request` is the size office.js
 * would post to Excel on the web, the size its 5 MB limit counts.
 */
import { FakeExcelCore } from "./excel-fake-core";
import type { RequestMirror } from "./fake-context";
import { OfficeJsRequestMeter } from "./officejs-meter";

export { FakeSettings, type FakeExtras, type FakeRequestContext } from "./excel-fake-core";
export { FakeOfficeError } from "./fake-errors";
export type { FillModel } from "./fake-model";

export class FakeExcel extends FakeExcelCore {
  override createMirror?: () => RequestMirror = () => new OfficeJsRequestMeter();
}
