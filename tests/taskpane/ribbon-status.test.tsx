/**
 * @jest-environment jsdom
 */
// The ribbon commands leave their last result in localStorage (src/commands/notifier.ts); the pane
// shows it at the top while it is newer than the pane's own last run, until dismissed.
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "../../src/taskpane/App";
import { MemoryGateway } from "../../src/preview/memory-gateway";
import { STATUS_STORAGE_KEY, storageNotifier } from "../../src/commands/notifier";
import type { CommandStatus } from "../../src/commands/run-check";
import { isNews, parseRibbonStatus } from "../../src/taskpane/ribbon-status";
import { forgetPublished } from "../../src/commands/status-channel";

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const CHECKED: CommandStatus = {
  kind: "checked",
  group: "caps",
  summary: { error: 3, warning: 1, info: 0 },
  count: 4,
  message: "上限核查：发现 4 个问题（错误 3，警告 1，提示 0），已在工作表中标出。",
  lang: "zh-CN",
};

describe("parseRibbonStatus", () => {
  test("reads what the notifier writes", async () => {
    const store = new Map<string, string>();
    await storageNotifier({ setItem: (k, v) => void store.set(k, v) }, undefined).notify(CHECKED);
    const s = parseRibbonStatus(store.get(STATUS_STORAGE_KEY) ?? null);
    expect(s?.message).toBe(CHECKED.message);
    expect(s?.intent).toBe("warning");
    expect(Number.isNaN(Date.parse(s?.at ?? ""))).toBe(false);
  });

  test("a failure is an error, a clean check a success, clearing news", () => {
    const at = "2021-08-31T08:00:00.000Z";
    expect(parseRibbonStatus(JSON.stringify({ kind: "failed", message: "操作未完成：x", at }))?.intent).toBe("error");
    expect(parseRibbonStatus(JSON.stringify({ ...CHECKED, summary: { error: 0, warning: 2, info: 0 }, at }))?.intent).toBe("success");
    expect(parseRibbonStatus(JSON.stringify({ kind: "cleared", message: "已清除标色", at }))?.intent).toBe("info");
  });

  test("anything else is no status", () => {
    for (const raw of [null, "", "not json", "42", "null", JSON.stringify({ message: "x" }), JSON.stringify({ message: " ", at: "2021-08-31T08:00:00Z" }), JSON.stringify({ message: "x", at: "yesterday" })]) {
      expect({ raw, status: parseRibbonStatus(raw) }).toEqual({ raw, status: null });
    }
  });
});

test("a status is news until the pane runs after it, or the user dismisses it", () => {
  const s = { at: "2021-08-31T08:00:00.000Z", message: "m", intent: "info" as const };
  expect(isNews(s, null, null)).toBe(true);
  expect(isNews(s, "2021-08-31T07:59:59.000Z", null)).toBe(true);
  expect(isNews(s, "2021-08-31T08:00:00.000Z", null)).toBe(false);
  expect(isNews(s, "2021-08-31T09:00:00.000Z", null)).toBe(false);
  expect(isNews(s, null, s.at)).toBe(false);
  expect(isNews(null, null, null)).toBe(false);
});

describe("the pane", () => {
  let root: Root;
  let host: HTMLElement;
  beforeEach(() => {
    localStorage.clear();
    forgetPublished();
    host = document.createElement("div");
    document.body.appendChild(host);
    root = createRoot(host);
  });
  afterEach(async () => {
    await act(async () => root.unmount());
    host.remove();
  });

  async function settle() {
    for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
  }
  const bar = () => host.querySelector("[data-testid=ribbon-status]");
  const gateway = () => new MemoryGateway([{ name: "A", top: 0, left: 0, values: [[1]], merges: [] }]);
  const button = (name: RegExp) => {
    const b = [...host.querySelectorAll("button")].find((x) => name.test(x.textContent ?? "") || name.test(x.getAttribute("aria-label") ?? ""));
    if (!b) throw new Error(`no button ${name}`);
    return b;
  };

  test("shows the last ribbon command's message on opening, and closes it on request", async () => {
    await storageNotifier(localStorage, undefined).notify(CHECKED);
    await act(async () => root.render(<App gateway={gateway()} storage={localStorage} />));
    await settle();
    expect(bar()?.textContent).toContain("功能区命令");
    expect(bar()?.textContent).toContain(CHECKED.message);
    await act(async () => button(/^关闭$/).click());
    expect(bar()).toBeNull();
  });

  test("shows nothing without a stored status", async () => {
    await act(async () => root.render(<App gateway={gateway()} storage={localStorage} />));
    await settle();
    expect(host.textContent).toContain("运行全部核查");
    expect(bar()).toBeNull();
  });

  test("a run of the pane makes the status old news; a newer command shows again", async () => {
    await storageNotifier(localStorage, undefined).notify(CHECKED);
    await act(async () => root.render(<App gateway={gateway()} storage={localStorage} />));
    await settle();
    expect(bar()).not.toBeNull();
    await act(async () => button(/运行全部核查/).click());
    await settle();
    expect(bar()).toBeNull();
    // A command run later (its timestamp is after any run so far) arrives through the storage event.
    const later = { ...CHECKED, message: "上限核查：本工作表未发现问题。", at: "2999-01-01T00:00:00.000Z" };
    localStorage.setItem(STATUS_STORAGE_KEY, JSON.stringify(later));
    await act(async () => void window.dispatchEvent(new StorageEvent("storage", { key: STATUS_STORAGE_KEY })));
    expect(bar()?.textContent).toContain(later.message);
  });

  // The shared runtime: the command and the pane run in one window, where the browser's storage
  // event never fires (https://developer.mozilla.org/docs/Web/API/Window/storage_event).
  test("a command in the same window reaches an open pane without any storage event", async () => {
    const noStorage = { getItem: () => null } as unknown as Storage;
    await act(async () => root.render(<App gateway={gateway()} storage={noStorage} />));
    await settle();
    expect(bar()).toBeNull();
    await act(async () => void (await storageNotifier(undefined, undefined).notify(CHECKED)));
    expect(bar()?.textContent).toContain(CHECKED.message);
  });

  test("the same window's storage write alone does not reach the pane (the storage event is for other documents)", async () => {
    await act(async () => root.render(<App gateway={gateway()} storage={localStorage} />));
    await settle();
    localStorage.setItem(STATUS_STORAGE_KEY, JSON.stringify({ ...CHECKED, at: new Date().toISOString() }));
    await settle();
    expect(bar()).toBeNull(); // what the old notifier relied on
  });

  test("reads the status again when Office shows the pane (Office.addin.onVisibilityModeChanged)", async () => {
    let handler: ((args: { visibilityMode: string }) => void) | null = null;
    const g = globalThis as unknown as { Office?: unknown };
    g.Office = {
      context: { requirements: { isSetSupported: (name: string) => name === "SharedRuntime" } },
      addin: {
        onVisibilityModeChanged: async (h: (args: { visibilityMode: string }) => void) => {
          handler = h;
          return async () => (handler = null);
        },
      },
    };
    try {
      await act(async () => root.render(<App gateway={gateway()} storage={localStorage} />));
      await settle();
      expect(handler).not.toBeNull();
      localStorage.setItem(STATUS_STORAGE_KEY, JSON.stringify({ ...CHECKED, at: new Date().toISOString() }));
      await act(async () => handler!({ visibilityMode: "Taskpane" }));
      expect(bar()?.textContent).toContain(CHECKED.message);
      await act(async () => root.unmount());
      root = createRoot(host);
      await settle();
      expect(handler).toBeNull(); // unsubscribed with the pane
    } finally {
      delete g.Office;
    }
  });
});

