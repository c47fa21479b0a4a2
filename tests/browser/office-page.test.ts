/**
 * The built add-in page (dist/taskpane.html) in headless Chromium, as Excel loads it: office.js
 * from Microsoft's CDN address, which these tests intercept (office-js-route.ts), then the
 * commands, the functions and the pane in one shared runtime. Nothing leaves this machine.
 * Needs `npm run build` first (the pretest does it).
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../support/chromium";
import { serveFolder, type StaticServer } from "../functions/static-server";
import { seedWorkbook } from "../core/fixtures/seed";
import { OFFICE_JS_CDN, buildStandIn, routeOfficeJs, type OfficeJsRoute } from "./office-js-route";

const DIST = path.join(__dirname, "..", "..", "dist");
const RUN_BUTTON = /运行全部核查|重新核查/;

let server: StaticServer;
let browser: Browser;
let standIn: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/taskpane.html is missing: run `npm run build` first");
  [server, browser, standIn] = await Promise.all([serveFolder(DIST), launchChromium(), buildStandIn()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  route: OfficeJsRoute;
  errors: string[];
}

/** Opens the add-in's page with office.js answered by the stand-in over the seed workbook. */
async function openInExcel(opts: { excelApi?: string; delay?: string; holdReady?: boolean } = {}): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript((setup) => {
    (window as unknown as { __standInSetup: unknown }).__standInSetup = setup;
  }, { grids: seedWorkbook(), active: "分类执行", excelApi: opts.excelApi, holdReady: opts.holdReady });
  const route = await routeOfficeJs(page, server.url, { script: standIn });
  if (opts.delay) {
    // Hold back one script of the page (after routeOfficeJs: the last route added is asked first).
    const held = opts.delay;
    await page.route((url) => url.pathname === `/${held}`, async (r) => {
      await new Promise((res) => setTimeout(res, 1500));
      await r.continue();
    });
  }
  await page.goto(`${server.url}/taskpane.html`);
  return { page, route, errors };
}

const standInCall = <T>(page: Page, expr: string) => page.evaluate(`(${expr})(window.__standIn)`) as Promise<T>;

describe("the built taskpane.html in Chromium", () => {
  it("loads office.js from exactly Microsoft's CDN address (intercepted) and nothing else from outside", async () => {
    const { page, route, errors } = await openInExcel();
    await page.getByRole("button", { name: RUN_BUTTON }).waitFor();
    expect(route.cdnRequests).toEqual([OFFICE_JS_CDN]);
    expect(route.refused).toEqual([]);
    expect(errors).toEqual([]);
    // The same page also registered the FUND functions (shared runtime).
    expect((await standInCall<string[]>(page, "(s) => s.functionIds()")).length).toBeGreaterThanOrEqual(10);
    await page.close();
  });

  it("with the npm copy of office.js served at that address, outside Office it says where to open the pane", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const route = await routeOfficeJs(page, server.url, "local");
    await page.goto(`${server.url}/taskpane.html`);
    await page.waitForFunction(() => (document.getElementById("root")?.textContent ?? "").length > 0, null, { timeout: 30_000 });
    expect(await page.locator("#root").textContent()).toMatch(/Excel/);
    expect(route.cdnRequests[0]).toBe(OFFICE_JS_CDN);
    expect(route.refused).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("associates the four ribbon commands at the top level, before Office.onReady and before the pane's bundle has run", async () => {
    const { page } = await openInExcel({ delay: "taskpane.js", holdReady: true });
    // Office is not ready yet (the stand-in holds it back), and the pane's script is held back too.
    await page.waitForFunction(() => (window as unknown as { __standIn?: { associatedIds(): string[] } }).__standIn?.associatedIds().length === 4, null, { polling: 50 });
    expect(await standInCall<string[]>(page, "(s) => s.associatedIds()")).toEqual(["checkCaps", "checkComposition", "checkExecution", "clearHighlights"]);
    expect(await standInCall<number>(page, "(s) => s.associatedBeforeReady()")).toBe(4);
    expect(await standInCall<boolean[]>(page, "(s) => s.paneAtAssociate()")).toEqual([false, false, false, false]);
    // A button pressed this early is not lost: the command waits for Office itself.
    const pressed = standInCall(page, "(s) => s.press('checkExecution')");
    await standInCall(page, "(s) => s.releaseReady()");
    await pressed;
    expect(await standInCall<number>(page, "(s) => s.fillCount('分类执行')")).toBeGreaterThan(0);
    await page.getByRole("button", { name: RUN_BUTTON }).waitFor();
    await page.close();
  });

  it("shows a ribbon command's result in the open pane through the shared runtime, with localStorage refused", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    // No storage at all: only the runtime itself can carry the result.
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", { get: () => { throw new DOMException("denied", "SecurityError"); } });
    });
    await page.addInitScript((setup) => {
      (window as unknown as { __standInSetup: unknown }).__standInSetup = setup;
    }, { grids: seedWorkbook(), active: "分类执行" });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const route = await routeOfficeJs(page, server.url, { script: standIn });
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole("button", { name: RUN_BUTTON }).waitFor();
    expect(await page.locator("[data-testid=ribbon-status]").count()).toBe(0);
    await standInCall(page, "(s) => s.press('checkExecution')");
    const bar = page.locator("[data-testid=ribbon-status]");
    await bar.waitFor();
    expect(await bar.textContent()).toMatch(/执行率核查：发现 \d+ 个问题/);
    // The command highlighted the sheet and asked Office to show the pane.
    expect(await standInCall<string[]>(page, "(s) => s.calls")).toContain("showAsTaskpane");
    expect(await standInCall<number>(page, "(s) => s.fillCount('分类执行')")).toBeGreaterThan(0);
    // The pane listens for Office showing it again (Office.addin.onVisibilityModeChanged).
    expect(await standInCall<number>(page, "(s) => s.visibilityHandlers()")).toBeGreaterThan(0);
    expect(route.refused).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("on a host without notes (ExcelApi 1.17) highlights from the pane and writes the messages to the report sheet", async () => {
    const { page, errors } = await openInExcel({ excelApi: "1.17" });
    await page.getByRole("button", { name: RUN_BUTTON }).click();
    await page.locator("#overview-tables").waitFor();
    await page.getByRole("button", { name: "全部标色" }).click();
    await page.getByText(/不支持批注/).waitFor();
    expect(await page.getByText(/不支持批注/).first().textContent()).toContain("审核报告");
    expect(await standInCall<string[]>(page, "(s) => s.sheetNames()")).toContain("审核报告");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("is served by the preview with the CDN address pointed at the local copy, so a browser needs no network", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startPreviewServer } = require("../../scripts/preview.js") as { startPreviewServer: (o: object) => Promise<{ url: string; close: () => Promise<void> }> };
    const preview = await startPreviewServer({ port: 0 });
    try {
      const base = preview.url.replace(/preview\.html$/, "");
      const html = await (await fetch(`${base}taskpane.html`)).text();
      expect(html).not.toContain(OFFICE_JS_CDN);
      const src = /<script\b[^>]*\bsrc=["']?([^"'\s>]*office\.js)/.exec(html)?.[1];
      expect(src).toBe("/__office-js/office.js");
      const officeJs = await fetch(`${base}__office-js/office.js`);
      expect(officeJs.status).toBe(200);
      expect((await officeJs.text()).length).toBeGreaterThan(10_000);
    } finally {
      await preview.close();
    }
  });
});

