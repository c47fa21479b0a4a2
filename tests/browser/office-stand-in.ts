/**
 * A stand-in for office.js in Chromium, served at Microsoft's CDN address by the tests' route
 * (office-js-route.ts): Office as Excel on the web hosts the add-in's page in a shared runtime,
 * Excel.run over the fake workbook (tests/fakes/excel-fake-core.ts, built from the grids the test
 * puts in `window.__standInSetup` before the page's scripts run). It records what the page asks of
 * Office, and lets the test press a ribbon button (`__standIn.press`) and show or hide the pane.
 * Bundled for the browser by buildStandIn() in office-js-route.ts.
 */
import type { SheetGrid } from "../../src/core/grid";
import { FakeExcelCore } from "../fakes/excel-fake-core";

interface Setup {
  grids: SheetGrid[];
  active?: string;
  displayLanguage?: string;
  excelApi?: string;
  /** Office.onReady resolves only when the test calls __standIn.releaseReady(). */
  holdReady?: boolean;
}

type Handler = (args: { visibilityMode: string }) => void;

const w = window as unknown as { __standInSetup?: Setup; __standIn?: unknown; Office?: unknown; Excel?: unknown };
const setup: Setup = w.__standInSetup ?? { grids: [] };
const fake = FakeExcelCore.fromGrids(setup.grids, { active: setup.active });
if (setup.excelApi) fake.model.excelApi = setup.excelApi;

const associated: Record<string, (event: { completed: () => void }) => unknown> = {};
const visibility: Handler[] = [];
const calls: string[] = [];
let associatedBeforeReady = 0;
/** For each associate call: had the pane rendered anything yet? */
const paneAtAssociate: boolean[] = [];
let ready = false;

const info = { host: "Excel", platform: "OfficeOnline" };
let release: () => void = () => undefined;
const readyPromise = new Promise<typeof info>((resolve) => {
  release = () => {
    ready = true;
    resolve(info);
  };
  if (!setup.holdReady) setTimeout(release, 0);
});

w.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  VisibilityMode: { taskpane: "Taskpane", hidden: "Hidden" },
  onReady(cb?: (i: typeof info) => void) {
    return readyPromise.then((i) => {
      cb?.(i);
      return i;
    });
  },
  context: {
    displayLanguage: setup.displayLanguage ?? "zh-CN",
    requirements: fake.requirements,
    document: { settings: fake.settings },
  },
  actions: {
    associate(id: string, fn: (event: { completed: () => void }) => unknown) {
      associated[id] = fn;
      if (!ready) associatedBeforeReady++;
      paneAtAssociate.push((document.getElementById("root")?.childElementCount ?? 0) > 0);
    },
  },
  addin: {
    async showAsTaskpane() {
      calls.push("showAsTaskpane");
      for (const h of [...visibility]) h({ visibilityMode: "Taskpane" });
    },
    async hide() {
      calls.push("hide");
      for (const h of [...visibility]) h({ visibilityMode: "Hidden" });
    },
    async onVisibilityModeChanged(h: Handler) {
      visibility.push(h);
      return async () => {
        const i = visibility.indexOf(h);
        if (i >= 0) visibility.splice(i, 1);
      };
    },
  },
};
w.Excel = { run: fake.run };

// The custom functions runtime's namespace (the functions' entry associates its ids at load).
const functionIds: string[] = [];
class CustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}
(window as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  associate(id: string | Record<string, unknown>) {
    if (typeof id === "string") functionIds.push(id);
    else functionIds.push(...Object.keys(id));
  },
  Error: CustomFunctionsError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
};

w.__standIn = {
  fake,
  calls,
  /** What Office.actions.associate received, and how many before Office.onReady resolved. */
  associatedIds: () => Object.keys(associated).sort(),
  associatedBeforeReady: () => associatedBeforeReady,
  releaseReady: () => release(),
  paneAtAssociate: () => [...paneAtAssociate],
  visibilityHandlers: () => visibility.length,
  /** Presses a ribbon button: runs its function and resolves when it calls event.completed(). */
  press(id: string): Promise<void> {
    const fn = associated[id];
    if (!fn) return Promise.reject(new Error(`no function associated with ${id}`));
    return new Promise<void>((resolve) => void fn({ completed: () => resolve() }));
  },
  fillAt: (sheet: string, address: string) => fake.fillAt(sheet, address),
  fillCount: (sheet: string) => fake.sheet(sheet).fills.size,
  functionIds: () => [...functionIds].sort(),
  sheetNames: () => fake.model.sheets.map((s) => s.name),
};
