/**
 * The request context and the proxy base of the fake Excel. Faithful where add-ins break:
 * - a property read before load() + sync() throws PropertyNotLoaded (office-addin-mock returns a
 *   string instead);
 * - operations are queued and applied only at sync(), in order; a failing operation stops the
 *   batch (earlier writes stay applied, loads are not delivered) and rejects the sync;
 * - a loaded value is a snapshot: later writes through other proxies do not change it;
 * - every sync is counted and its request/response size measured against the 5 MB limit of
 *   Excel on the web. With a request mirror (tests/fakes/officejs-meter.ts, the default under
 *   jest) every operation is also queued on a real office.js proxy and the request is measured
 *   by office.js's own serialiser; without one (the browser stand-in) by a JSON estimate.
 */
import { utf8Length } from "../../src/office/address";
import { FakeOfficeError, propertyNotLoaded } from "./fake-errors";
import type { WorkbookModel } from "./fake-model";

/** The loosely typed office.js objects a mirror hands out. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Mirror = any;

/** An office.js RequestContext whose pending request can be measured (see officejs-meter.ts). */
export interface RequestMirror {
  readonly workbook: Mirror;
  readonly application: Mirror;
  /** Bytes of the pending request as office.js serialises it; starts a new request. */
  take(): number;
}

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
  return utf8Length(JSON.stringify(x));
}

export interface FakeHost {
  model: WorkbookModel;
  meter: Meter;
  /** Bytes; Excel on the web refuses a request or response above 5 MB. */
  payloadLimit: number;
  /** Makes the office.js mirror of a new request context, when requests are measured that way. */
  createMirror?: () => RequestMirror;
}

export class FakeContext {
  private ops: Op[] = [];
  private closed = false;
  private readonly nullables: { resolveOrNull(): unknown; setNull(v: boolean): void }[] = [];

  /** The office.js context every operation is mirrored on (null: requests are estimated). */
  readonly mirror: RequestMirror | null;

  constructor(readonly host: FakeHost) {
    this.mirror = host.createMirror ? host.createMirror() : null;
  }

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
    if (this.mirror) rec.request = this.mirror.take();
    else for (const op of ops) rec.request += OP_OVERHEAD + jsonBytes(op.request);
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

/**
 * A ClientResult (e.g. of Range.getCellProperties): `value` throws until the sync that
 * delivers it, as office.js's does.
 */
export class FakeClientResult<V> {
  private delivered = false;
  private v: V | undefined;
  deliver(v: V): void {
    this.v = v;
    this.delivered = true;
  }
  get value(): V {
    if (!this.delivered) throw propertyNotLoaded("ClientResult", "value");
    return this.v as V;
  }
}
type Setter<T> = (target: T, value: unknown, ctx: FakeContext) => void;

/**
 * A proxy. Subclasses declare their scalar properties (read from the model at sync), their
 * navigation properties (child proxies) and how they resolve to a model target.
 */
export abstract class FakeObject<T = unknown> {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private mirrorMaker?: () => Mirror;
  private mirrorObject?: Mirror;

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

  /** Says how to make the office.js proxy this one mirrors (from its parent's mirror). */
  mirrored(make: () => Mirror): this {
    this.mirrorMaker = make;
    return this;
  }

  /** The office.js proxy this fake proxy stands for; null when the context has no mirror. */
  shadow(): Mirror | null {
    if (!this.context.mirror) return null;
    if (this.mirrorObject === undefined) {
      if (!this.mirrorMaker) throw new Error(`fake ${this.typeName}: no office.js mirror defined (every proxy the gateway uses must have one)`);
      this.mirrorObject = this.mirrorMaker();
    }
    return this.mirrorObject;
  }

  /** Runs `f` on the office.js mirror, if any: the same call the add-in makes on a real proxy. */
  protected onMirror(f: (m: Mirror) => void): void {
    const m = this.shadow();
    if (m) f(m);
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
    this.onMirror((m) => (m[prop] = clone(value)));
    this.context.queue({
      request: { set: prop, value: copy },
      run: () => setter(this.target(prop), copy, this.context),
    });
    this.loaded.set(prop, clone(value));
  }

  /** Queues a method call that changes the workbook; `mirrorArgs` are what the add-in passed. */
  protected call(name: string, args: unknown, fn: (t: T) => void, mirrorArgs: unknown[] = []): void {
    this.onMirror((m) => m[name](...mirrorArgs));
    this.context.queue({ request: { call: name, args }, run: () => fn(this.target(name)) });
  }

  load(spec?: string | string[] | { select?: string; expand?: string }): this {
    this.onMirror((m) => m.load(spec));
    return this.loadQuiet(spec);
  }

  /** load() without mirroring: for navigations loaded through a parent's load path. */
  loadQuiet(spec?: string | string[] | { select?: string; expand?: string }): this {
    const paths = parseLoad(spec);
    const own: string[] = [];
    const scalars = this.scalars();
    const navs = this.navs();
    for (const p of paths.length ? paths : Object.keys(scalars)) {
      const [head, ...rest] = p.split("/");
      if (rest.length) {
        const nav = navs[head];
        if (!nav) throw new FakeOfficeError("InvalidArgument", `Unknown navigation property '${head}'.`, this.typeName);
        (nav() as FakeObject).loadQuiet(rest.join("/"));
      } else if (scalars[head]) own.push(head);
      else if (navs[head]) (navs[head]() as FakeObject).loadQuiet();
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

  /**
   * Reads the given properties now (inside a collection's load operation): scalars, and
   * navigation paths such as "protection/protected" through the navigation proxy.
   */
  snapshot(paths: string[]): Snapshot {
    const scalars = this.scalars();
    const navs = this.navs();
    const own = paths.length ? paths.filter((p) => !p.includes("/")) : Object.keys(scalars);
    const nested = new Map<string, string[]>();
    for (const p of paths.filter((x) => x.includes("/"))) {
      const [head, ...rest] = p.split("/");
      if (!navs[head]) throw new FakeOfficeError("InvalidArgument", `Unknown navigation property '${head}'.`, `${this.typeName}.load`);
      nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
    }
    const t = this.target("load");
    const data: Record<string, unknown> = {};
    for (const p of own) {
      if (!scalars[p]) throw new FakeOfficeError("InvalidArgument", `Unknown property '${p}'.`, `${this.typeName}.load`);
      data[p] = clone(scalars[p](t));
    }
    const subs: Snapshot[] = [];
    for (const [head, rest] of nested) {
      const sub = navs[head]().snapshot(rest);
      data[head] = sub.data;
      subs.push(sub);
    }
    return {
      data,
      commit: () => {
        own.forEach((p) => this.loaded.set(p, data[p]));
        subs.forEach((x) => x.commit());
      },
    };
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

  override loadQuiet(spec?: string | string[] | { select?: string; expand?: string }): this {
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
