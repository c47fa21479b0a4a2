/**
 * Requests sized by measured costs (ops.ts) and sent only when the next unit would overflow the
 * budget, so a large write takes as many syncs as it has budget-sized chunks. A unit is a closure
 * that queues its operations; it is queued only when its request is sent, so a request Excel
 * refuses for its size is sent again in two halves (and each half again, if need be): a refused
 * request applies nothing. One unit refused on its own gives one clear error.
 * Screen updating is suspended once per request (ExcelApi 1.9).
 */
import type { Lang } from "../core/settings";
import { GatewayError } from "../workbook-gateway";
import { PAYLOAD_BUDGET } from "./chunking";
import { errorCode } from "./excel-run";
import { strings } from "./strings";

export interface Unit {
  /** Request bytes, from ops.ts's costs. */
  request: number;
  /** Response bytes a read unit expects (0 for writes). */
  response?: number;
  /** Queues the operations (again, when a refused request is split). */
  queue(): void;
}

export interface BatcherOptions {
  lang: Lang;
  /** Reads: also split when the answer is too large (a write's answer never is). */
  reads?: boolean;
  suspendScreen?: boolean;
  budget?: number;
  responseBudget?: number;
}

export function isPayloadError(e: unknown, reads: boolean): boolean {
  const code = errorCode(e);
  return code === "RequestPayloadSizeLimitExceeded" || (reads && code === "ResponsePayloadSizeLimitExceeded");
}

export class RequestBatcher {
  /** Syncs this batcher made, refused ones included. */
  syncs = 0;
  private units: Unit[] = [];
  private request = 0;
  private response = 0;
  private readonly budget: number;
  private readonly responseBudget: number;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly opts: BatcherOptions
  ) {
    this.budget = opts.budget ?? PAYLOAD_BUDGET;
    this.responseBudget = opts.responseBudget ?? PAYLOAD_BUDGET;
  }

  async add(unit: Unit): Promise<void> {
    const res = unit.response ?? 0;
    if (this.units.length > 0 && (this.request + unit.request > this.budget || this.response + res > this.responseBudget)) await this.flush();
    this.units.push(unit);
    this.request += unit.request;
    this.response += res;
  }

  /** Sends what is pending (nothing to do when nothing is). */
  async flush(): Promise<void> {
    const units = this.units;
    this.units = [];
    this.request = 0;
    this.response = 0;
    if (units.length > 0) await this.send(units);
  }

  private async send(units: Unit[]): Promise<void> {
    if (this.opts.suspendScreen) this.context.application.suspendScreenUpdatingUntilNextSync();
    for (const u of units) u.queue();
    this.syncs++;
    try {
      await this.context.sync();
    } catch (e) {
      if (!isPayloadError(e, this.opts.reads ?? false)) throw e;
      if (units.length === 1) throw new GatewayError("too-large", strings(this.opts.lang).tooLarge);
      const half = Math.ceil(units.length / 2);
      await this.send(units.slice(0, half));
      await this.send(units.slice(half));
    }
  }
}
