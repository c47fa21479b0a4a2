/**
 * Groups write operations into requests under the payload budget: the caller reserves the
 * estimated size of each operation before queuing it, and a sync happens only when the next
 * operation would overflow the request. Screen updating is suspended once per request.
 */
import { PAYLOAD_BUDGET } from "./chunking";
import { utf8Length } from "./address";

export class WriteBatcher {
  private bytes = 0;
  /** Syncs this batcher made (for the caller's bookkeeping and tests). */
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = PAYLOAD_BUDGET
  ) {}

  async reserve(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.budget) await this.flush();
    if (this.bytes === 0) this.context.application.suspendScreenUpdatingUntilNextSync();
    this.bytes += bytes;
  }

  async flush(): Promise<void> {
    if (this.bytes === 0) return;
    this.bytes = 0;
    this.syncs++;
    await this.context.sync();
  }
}

/** A rough request size of a value: its JSON plus an operation envelope. */
export function opBytes(payload: unknown): number {
  return 80 + (payload === undefined ? 0 : utf8Length(JSON.stringify(payload)));
}
