/** Driving the preview page: open it, run the checks, switch panels, measure, run axe-core. */
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { routeOfficeJs } from "./office-js-route";

export type Lang = "zh-CN" | "en-US";
export const PANELS = ["overview", "caps", "composition", "execution", "flow", "performance", "catalog", "settings"] as const;
export type Panel = (typeof PANELS)[number];

export const RUN_LABEL: Record<Lang, RegExp> = { "zh-CN": /运行全部核查|重新核查/, "en-US": /Run all checks|Check again/ };

export async function openPane(
  browser: Browser,
  url: string,
  opts: { width: number; lang: Lang; query?: string; localStorage?: Record<string, string> }
): Promise<Page> {
  // Reduced motion: accordions open at once, so a screenshot never catches one half-open.
  const page = await browser.newPage({ viewport: { width: opts.width, height: 900 }, reducedMotion: "reduce" });
  // What a ribbon command left behind before the pane opened (the page's origin, set before its scripts run).
  if (opts.localStorage) {
    await page.addInitScript((items: Record<string, string>) => {
      for (const [k, v] of Object.entries(items)) window.localStorage.setItem(k, v);
    }, opts.localStorage);
  }
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // The pane makes no request outside its own server: the office.js CDN address would be answered
  // with the local copy, anything else outside is refused (and reported below).
  const origin = new URL(url).origin;
  await routeOfficeJs(page, origin, "local");
  page.on("request", (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) errors.push(`outside request: ${r.url()}`);
  });
  (page as Page & { paneErrors?: string[] }).paneErrors = errors;
  const q = new URLSearchParams({ lang: opts.lang });
  await page.goto(`${url}?${q}${opts.query ? `&${opts.query}` : ""}`);
  await page.getByRole("button", { name: RUN_LABEL[opts.lang] }).waitFor();
  return page;
}

export function paneErrors(page: Page): string[] {
  return (page as Page & { paneErrors?: string[] }).paneErrors ?? [];
}

export async function runChecks(page: Page, lang: Lang): Promise<void> {
  await page.getByRole("button", { name: RUN_LABEL[lang] }).click();
  await page.locator("#overview-tables").waitFor();
}

export async function showPanel(page: Page, panel: Panel): Promise<void> {
  await page.locator(`#tab-${panel}`).click();
  await page.locator(`#panel-${panel}[aria-labelledby="tab-${panel}"]`).waitFor();
  // Lazy panels: wait until the spinner gave way to content.
  await page.waitForFunction((p) => {
    const el = document.getElementById(`panel-${p}`);
    return !!el && !el.querySelector(".fui-Spinner") && el.childElementCount > 0;
  }, panel);
}

/** Scroll width and client width of the page: no sideways scrolling means the first is not larger. */
export function widths(page: Page): Promise<{ scroll: number; client: number }> {
  return page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return { scroll: el.scrollWidth, client: el.clientWidth };
  });
}

export interface AxeIssue {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the page as it stands. */
export async function seriousAxeIssues(page: Page): Promise<AxeIssue[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await page.addScriptTag({ path: path.join(__dirname, "..", "..", "node_modules", "axe-core", "axe.min.js") });
  return page.evaluate(async () => {
    type Node = { target: unknown[]; html: string };
    type Result = { violations: { id: string; impact?: string; help: string; nodes: Node[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<Result> } }).axe;
    const r = await axe.run(document);
    // Fluent's focus manager (tabster) puts aria-hidden focusable <i data-tabster-dummy> around
    // tab lists and toolbars; they hand focus on at once. A known false positive of this rule
    // (microsoft/fluentui#27517 "By Design"; Accessibility Insights suppresses it the same way).
    const falsePositive = (id: string, n: Node) => id === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(n.html);
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !falsePositive(v.id, n)) }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({ id: v.id, impact: String(v.impact), help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
}

/** The number in a text like "4,950,000 元" or "495.00". */
export function numberIn(text: string): number {
  return Number(text.replace(/[^\d.-]/g, ""));
}

/** The value of `read` once `ok` holds for it (or the last one read, after `timeoutMs`). */
export async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let v = await read();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    v = await read();
  }
  return v;
}
