/**
 * The request context and the proxy base of the fake Excel. Faithful where add-ins break:
 * - a property read before load() + sync() throws PropertyNotLoaded (office-addin-mock returns a
 *   string instead);
 * - operations are queued and applied only at sync(), in order; a failing operation stops the
 *   batch (earlier writes stay applied, loads are not delivered) and rejects the sync;
 * - a loaded value is a snapshot: later writes through other proxies do not change it;
 * - every sync is counted and its request/response size measured against the 5 MB limit of
 *   Excel on the web.
 */
import { FakeOfficeError, propertyNotLoaded } from "./fake-errors";
import type { WorkbookModel } from "./fake-model";

export interface SyncRecord {
  request: number;
  response: number;
  ok: boolean;
  error?: string;
}

export class Meter {
  syncs: SyncRecord[] = [];
  /** Number of Excel.run batches started. */
  runs = 0;
  get syncCount(): number {
    return this.syncs.length;
  }
  get maxRequest(): number {
    return Math.max(0, ...this.syncs.map((s) => s.request));
  }
  get maxResponse(): number {
    return Math.max(0, ...this.syncs.map((s) => s.response));
  }
  reset(): void {
    this.syncs = [];
    this.runs = 0;
  }
}

export interface OpResult {
  /** Data travelling back to the add-in, measured as JSON. */
  response?: unknown;
  /** Delivers loaded values to the proxy once the whole batch succeeded. */
  commit?: () => void;
}

export interface Op {
  /** Data travelling to Excel, measured as JSON (plus a fixed per-operation overhead). */
  request: unknown;
  run: () => OpResult | void;
}

/** Per-operation envelope of the real protocol (object path, action type, ids). */
const OP_OVERHEAD = 60;

export function jsonBytes(x: unknown): number {
  if (x === undefined) return 0;
  return Buffer.byteLength(JSON.stringify(x), "utf8");
}

export interface FakeHost {
  model: WorkbookModel;
  meter: Meter;
  /** Bytes; Excel on the web refuses a request or response above 5 MB. */
  payloadLimit: number;
}

export class FakeContext {
  private ops: Op[] = [];
  private closed = false;
  private readonly nullables: { resolveOrNull(): unknown; setNull(v: boolean): void }[] = [];

  constructor(readonly host: FakeHost) {}

  get model(): WorkbookModel {
    return this.host.model;
  }

  queue(op: Op): void {
    if (this.closed)
      throw new FakeOfficeError("InvalidObjectPath", "The object path isn't working: the request context has ended (Excel.run finished).");
    this.ops.push(op);
  }

  get pending(): number {
    return this.ops.length;
  }

  registerNullable(o: { resolveOrNull(): unknown; setNull(v: boolean): void }): void {
    this.nullables.push(o);
  }

  close(): void {
    this.closed = true;
  }

  async sync(): Promise<void> {
    if (this.closed) throw new FakeOfficeError("InvalidObjectPath", "The request context has ended.");
    const ops = this.ops;
    this.ops = [];
    const nullables = this.nullables.splice(0);
    await Promise.resolve(); // a real round trip: nothing is applied synchronously
    const rec: SyncRecord = { request: 0, response: 0, ok: false };
    this.host.meter.syncs.push(rec);
    for (const op of ops) rec.request += OP_OVERHEAD + jsonBytes(op.request);
    if (rec.request > this.host.payloadLimit) {
      rec.error = "RequestPayloadSizeLimitExceeded";
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    const commits: (() => void)[] = [];
    for (const op of ops) {
      let res: OpResult | void;
      try {
        res = op.run();
      } catch (e) {
        rec.error = (e as { code?: string }).code ?? String(e);
        throw e;
      }
      if (res) {
        rec.response += jsonBytes(res.response);
        if (res.commit) commits.push(res.commit);
      }
    }
    for (const o of nullables) {
      const isNull = o.resolveOrNull() === null;
      commits.push(() => o.setNull(isNull));
      rec.response += 16;
    }
    if (rec.response > this.host.payloadLimit) {
      rec.error = "ResponsePayloadSizeLimitExceeded";
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    for (const c of commits) c();
    rec.ok = true;
  }

  /** Excel.run keeps no tracked objects here; the API exists so code calling it runs. */
  trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };
}

type Getter<T> = (target: T) => unknown;

/** What a navigation property or a collection item offers to load. */
export interface Loadable {
  load(spec?: string): unknown;
  snapshot(paths: string[]): Snapshot;
}
type Setter<T> = (target: T, value: unknown, ctx: FakeContext) => void;

/**
 * A proxy. Subclasses declare their scalar properties (read from the model at sync), their
 * navigation properties (child proxies) and how they resolve to a model target.
 */
export abstract class FakeObject<T = unknown> {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: FakeContext,
    readonly typeName: string,
    private readonly nullable = false
  ) {
    if (nullable) context.registerNullable(this as unknown as FakeObject);
  }

  /** The model object; throws ItemNotFound (non-nullable) or returns null (nullable). */
  protected abstract resolve(): T | null;
  protected scalars(): Record<string, Getter<T>> {
    return {};
  }
  protected setters(): Record<string, Setter<T>> {
    return {};
  }
  protected navs(): Record<string, () => Loadable> {
    return {};
  }

  resolveOrNull(): T | null {
    return this.resolve();
  }

  /** For operations: the target, or the error Excel gives for a null object. */
  target(where: string): T {
    const t = this.resolve();
    if (t === null) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist (null object).", `${this.typeName}.${where}`);
    return t;
  }

  setNull(v: boolean): void {
    this.nullState = v;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.nullState;
  }

  protected get<V>(prop: string): V {
    if (this.nullState === true)
      throw new FakeOfficeError("InvalidOperation", `Reading '${prop}' of a null object: test isNullObject first.`, `${this.typeName}.${prop}`);
    if (!this.loaded.has(prop)) throw propertyNotLoaded(this.typeName, prop);
    return this.loaded.get(prop) as V;
  }

  /** Property assignment: queued; the proxy keeps the assigned value locally, as Office.js does. */
  protected set(prop: string, value: unknown): void {
    const setter = this.setters()[prop];
    if (!setter) throw new FakeOfficeError("InvalidArgument", `Property '${prop}' is read-only.`, `${this.typeName}.${prop}`);
    const copy = clone(value);
    this.context.queue({
      request: { set: prop, value: copy },
      run: () => setter(this.target(prop), copy, this.context),
    });
    this.loaded.set(prop, clone(value));
  }

  /** Queues a method call that changes the workbook. */
  protected call(name: string, args: unknown, fn: (t: T) => void): void {
    this.context.queue({ request: { call: name, args }, run: () => fn(this.target(name)) });
  }

  load(spec?: string | string[] | { select?: string; expand?: string }): this {
    const paths = parseLoad(spec);
    const own: string[] = [];
    const scalars = this.scalars();
    const navs = this.navs();
    for (const p of paths.length ? paths : Object.keys(scalars)) {
      const [head, ...rest] = p.split("/");
      if (rest.length) {
        const nav = navs[head];
        if (!nav) throw new FakeOfficeError("InvalidArgument", `Unknown navigation property '${head}'.`, this.typeName);
        nav().load(rest.join("/"));
      } else if (scalars[head]) own.push(head);
      else if (navs[head]) navs[head]().load();
      else throw new FakeOfficeError("InvalidArgument", `Unknown property '${head}'.`, `${this.typeName}.load`);
    }
    if (own.length) {
      this.context.queue({
        request: { load: own },
        run: () => {
          const t = this.resolve();
          if (t === null) return { commit: () => this.setNull(true) };
          const snap: Record<string, unknown> = {};
          for (const p of own) snap[p] = clone(scalars[p](t));
          return { response: snap, commit: () => own.forEach((p) => this.loaded.set(p, snap[p])) };
        },
      });
    }
    return this;
  }

  /** Reads the given scalar properties now (inside a collection's load operation). */
  snapshot(paths: string[]): Snapshot {
    const scalars = this.scalars();
    const own = paths.length ? paths.filter((p) => !p.includes("/")) : Object.keys(scalars);
    const t = this.target("load");
    const data: Record<string, unknown> = {};
    for (const p of own) {
      if (!scalars[p]) throw new FakeOfficeError("InvalidArgument", `Unknown property '${p}'.`, `${this.typeName}.load`);
      data[p] = clone(scalars[p](t));
    }
    return { data, commit: () => own.forEach((p) => this.loaded.set(p, data[p])) };
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/**
 * A collection proxy: `items` throws until loaded; load("name") and load("items/name") both load
 * the items' name, as in Office.js.
 */
export abstract class FakeCollection<T, P extends Loadable> extends FakeObject<T[]> {
  private loadedItems: P[] | undefined;

  protected abstract members(): T[];
  protected abstract itemProxy(member: T): P;

  protected resolve(): T[] {
    return this.members();
  }

  get items(): P[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.typeName, "items");
    return this.loadedItems;
  }

  override load(spec?: string | string[] | { select?: string; expand?: string }): this {
    const paths = parseLoad(spec).map((p) => (p.startsWith("items/") ? p.slice(6) : p)).filter((p) => p !== "items");
    // The members are listed at sync time; their proxies then load inside the same round trip.
    this.context.queue({
      request: { loadItems: paths },
      run: () => {
        const proxies = this.members().map((m) => this.itemProxy(m));
        const snaps = proxies.map((px) => px.snapshot(paths));
        return {
          response: snaps.map((s) => s.data),
          commit: () => {
            snaps.forEach((s) => s.commit());
            this.loadedItems = proxies;
          },
        };
      },
    });
    return this;
  }
}

export interface Snapshot {
  data: Record<string, unknown>;
  commit: () => void;
}

export function parseLoad(spec?: string | string[] | { select?: string; expand?: string }): string[] {
  if (spec === undefined) return [];
  const list = typeof spec === "string" ? spec.split(",") : Array.isArray(spec) ? spec : [spec.select ?? "", spec.expand ?? ""].join(",").split(",");
  return list.map((s) => s.trim()).filter((s) => s.length > 0);
}

export function clone<V>(v: V): V {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as V);
}
