/**
 * The pane's newer panels in headless Chromium at 320 px, in both languages: 资金对账 against the
 * reviewed golden report of the sample, 绩效 against a published self-evaluation form's layout
 * (the corpus), the district picker (searched and chosen, with only the chosen district's data
 * fetched), the nearest candidate when nothing is recognised, and control characters from cells
 * shown as marks. Expected figures come from the golden JSON, the corpus layout or the core run
 * in this process, never typed in.
 */
import type { Browser, Page } from "playwright-core";
import * as fs from "fs";
import * as path from "path";
import { artifactPath, launchChromium } from "../support/chromium";
import { gridsWorkbook, startPreview, type PreviewServer } from "./preview-server";
import { eventually, openPane, paneErrors, runChecks, seriousAxeIssues, showPanel, widths, type Lang } from "./pane-page";
import { FLOW_RULES } from "../../src/core/flowView";
import { formatRate, formatYuan } from "../../src/core/i18n/format";
import { describeCandidate, explain, nearestCandidate } from "../../src/core/explain";
import { recognise } from "../../src/core/tables/recognise";
import { performanceView } from "../../src/core/performanceView";
import { audit } from "../../src/core/audit";
import { readWorkbook } from "../../src/xlsx/read";
import { loadGeography } from "../../src/cli/geography";
import type { SheetGrid } from "../../src/core/grid";
import type { RuleId } from "../../src/core/findings";
import { layout as haidian } from "../corpus/layouts/haidian-2016-selfeval-beijing";

const ROOT = path.join(__dirname, "..", "..");

interface GoldenFinding {
  rule: RuleId;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
  actual?: number;
  expected?: number;
}
const golden = JSON.parse(fs.readFileSync(path.join(ROOT, "tests", "golden", "sample-fund.json"), "utf8")) as {
  asOf: string;
  tables: { sheet: string; kind: string }[];
  findings: GoldenFinding[];
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function fits(page: Page, what: string) {
  const w = await widths(page);
  expect({ what, scroll: w.scroll }).toEqual({ what, scroll: w.client });
}

async function selected(page: Page): Promise<string> {
  return eventually(
    () => page.locator("[data-testid=preview-selection]").innerText(),
    (s) => s !== "—"
  );
}

describe("the sample workbook", () => {
  let server: PreviewServer;
  beforeAll(async () => {
    server = await startPreview();
  });
  afterAll(async () => {
    await server?.stop();
  });

  describe.each<Lang>(["zh-CN", "en-US"])("资金对账 in %s at 320 px", (lang) => {
    let page: Page;
    beforeAll(async () => {
      page = await openPane(browser, server.url, { width: 320, lang });
      await runChecks(page, lang);
      await showPanel(page, "flow");
    });
    afterAll(() => page.close());

    const bar = (row: string, stage: string) => page.locator(`${row} li[data-bar="${stage}"]`);
    const value = async (row: string, stage: string) => Number(await bar(row, stage).getAttribute("data-value"));
    /** The flow row (fund or category) whose budget or reported figure comes from `cell`. */
    const rowOf = (cell: string) => page.locator("[data-flow-row]", { has: page.locator(`[data-cell="${cell}"]`) });

    test("says where paid comes from, and shows the as-of year", async () => {
      const hasLedger = golden.tables.some((t) => t.kind === "ledger");
      expect(await page.locator("[data-testid=flow-paid-from]").getAttribute("data-paid-from")).toBe(hasLedger ? "ledger" : "register");
      await expect(page.locator("[data-testid=flow-paid-from]").innerText()).resolves.toContain(golden.asOf);
      expect(await page.locator("#panel-flow select").first().inputValue()).toBe(golden.asOf.slice(0, 4));
    });

    test("each overcommitted year or category: awards due against its budget, the gap in words", async () => {
      const over = golden.findings.filter((f) => f.rule === "budget.overcommitted");
      expect(over.length).toBeGreaterThan(1);
      for (const f of over) {
        const row = rowOf(`${f.sheet}!${f.cell}`);
        expect({ cell: f.cell, rows: await row.count() }).toEqual({ cell: f.cell, rows: 1 });
        const id = `[data-flow-row="${await row.getAttribute("data-flow-row")}"]`;
        expect({ cell: f.cell, due: await value(id, "due"), budget: await value(id, "budget") }).toEqual({
          cell: f.cell,
          due: f.actual,
          budget: f.expected,
        });
        const gap = formatYuan((f.actual ?? 0) - (f.expected ?? 0), lang);
        await expect(row.locator('[data-gap="overBudget"]').innerText()).resolves.toContain(gap);
        // The finding itself is on the row, and selects its cell.
        expect(await row.locator(`button[data-finding="${f.sheet}!${f.cell}"][data-rule="budget.overcommitted"]`).count()).toBe(1);
      }
      // The fund's own row is one of them (the year's budget cell on the by-year table).
      expect(over.map((f) => `${f.sheet}!${f.cell}`)).toContain(await page.locator('[data-flow-row="fund"] [data-bar="budget"] [data-cell]').getAttribute("data-cell"));
    });

    test("paid against reported spending: the ledger's sum where the execution table states another", async () => {
      const [f] = golden.findings.filter((x) => x.rule === "ledger.actual-mismatch");
      const row = rowOf(`${f.sheet}!${f.cell}`);
      const id = `[data-flow-row="${await row.getAttribute("data-flow-row")}"]`;
      expect([await value(id, "paid"), await value(id, "reported")]).toEqual([f.actual, f.expected]);
      await expect(row.locator('[data-gap="paidVsReported"]').innerText()).resolves.toContain(formatYuan((f.actual ?? 0) - (f.expected ?? 0), lang));
    });

    test("lists every reconciliation finding of the golden report; a click selects its cell", async () => {
      const list = page.locator("#panel-flow section:has(#flow-findings) button[data-finding]");
      const shown = await list.evaluateAll((els) => els.map((e) => `${e.getAttribute("data-rule")} ${e.getAttribute("data-finding")}`));
      const expected = golden.findings.filter((f) => FLOW_RULES.includes(f.rule)).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
      expect(shown.sort()).toEqual(expected.sort());
      const first = page.locator('[data-flow-row="fund"] button[data-finding]').first();
      await first.click();
      expect(await selected(page)).toBe(await first.getAttribute("data-finding"));
    });

    test("fits 320 px, with no serious or critical axe issue", async () => {
      await fits(page, "flow");
      await page.screenshot({ path: artifactPath(`pane-${lang}-flow-open-320.png`), fullPage: true });
      expect(await seriousAxeIssues(page)).toEqual([]);
      expect(paneErrors(page)).toEqual([]);
    });
  });

  test("a table's 识别依据: each column's reading and the words that decided it, as the core explains it", async () => {
    const sheets = await readWorkbook(path.join(ROOT, "samples", "sample-fund.xlsx"));
    const explained = explain(recognise(sheets), "zh-CN").find((t) => t.recognised && t.kind === "register" && t.sheet === "申报清单");
    const column = explained?.columns.find((c) => c.field === "enterprise");
    expect(column?.why).toBeTruthy();
    const page = await openPane(browser, server.url, { width: 320, lang: "zh-CN" });
    await runChecks(page, "zh-CN");
    const table = page.locator('[data-kind=register][data-table^="申报清单!"]');
    await table.locator("button").first().click();
    const why = table.getByRole("button", { name: "识别依据" });
    expect(await why.getAttribute("aria-expanded")).toBe("false");
    await why.click();
    const letter = column!.cell.replace(/\d+$/, "");
    await expect(table.locator(`[data-why="${letter}"]`).innerText()).resolves.toBe(column!.why);
    await fits(page, "why");
    await page.close();
  });

  test.each<Lang>(["zh-CN", "en-US"])("the district picker (%s): lazily loaded, searched by code, only the chosen district's data fetched", async (lang) => {
    const page = await openPane(browser, server.url, { width: 320, lang });
    const geo: string[] = [];
    page.on("request", (r) => {
      const m = /\/assets\/geo\/(.+)$/.exec(new URL(r.url()).pathname);
      if (m) geo.push(m[1]);
    });
    await showPanel(page, "settings");
    expect(geo).toEqual([]); // the index is not part of opening the pane or its settings
    await page.getByRole("button", { name: lang === "zh-CN" ? "选择地区…" : "Choose an area…" }).click();
    const search = page.getByRole("combobox", { name: lang === "zh-CN" ? /查找地区/ : /Find an area/ });
    await search.waitFor();
    expect(geo).toEqual(["index.json"]);
    await search.fill("310112");
    const option = page.locator("[role=option]").first();
    await expect(option.innerText()).resolves.toMatch(/^上海市闵行区\s+310112/);
    await option.click();
    const current = page.locator("[data-testid=district-current]");
    expect(await eventually(() => current.getAttribute("data-code"), (c) => c === "310112")).toBe("310112");
    await expect(current.innerText()).resolves.toContain("上海市闵行区");
    // The province → city → district lists follow the choice (上海 is a municipality: no city list).
    expect(await page.getByLabel(lang === "zh-CN" ? "省份" : "Province").inputValue()).toBe("31");
    expect(await page.getByLabel(lang === "zh-CN" ? "区县" : "District").inputValue()).toBe("310112");
    await fits(page, "picker");
    await page.screenshot({ path: artifactPath(`pane-${lang}-district-picker-320.png`), fullPage: true });
    expect(await seriousAxeIssues(page)).toEqual([]);
    expect(geo.every((g) => g === "index.json")).toBe(true);
    expect(paneErrors(page)).toEqual([]);
    await page.close();
  });

  test("choosing 黄浦 changes the location findings: 闵行's towns are then outside", async () => {
    const page = await openPane(browser, server.url, { width: 320, lang: "zh-CN" });
    const geo = new Set<string>();
    page.on("request", (r) => {
      const m = /\/assets\/geo\/(.+)$/.exec(new URL(r.url()).pathname);
      if (m) geo.add(m[1]);
    });
    await runChecks(page, "zh-CN");
    const located = () =>
      page
        .locator('#panel-overview button[data-rule="register.ineligible-location"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-finding") ?? ""));
    const minhang = await located();
    // With 闵行 the pane finds what the command line found (the golden report, district 闵行).
    expect(minhang.sort()).toEqual(golden.findings.filter((f) => f.rule === "register.ineligible-location").map((f) => `${f.sheet}!${f.cell}`).sort());

    await showPanel(page, "settings");
    await page.getByRole("button", { name: "选择地区…" }).click();
    const search = page.getByRole("combobox", { name: /查找地区/ });
    await search.fill("黄浦");
    await page.locator("[role=option]", { hasText: "上海市黄浦区" }).click();
    await page.getByRole("button", { name: "保存设置" }).click();
    await expect(page.locator(".fui-MessageBar").last().innerText()).resolves.toContain("设置已保存");

    // What the core finds with 黄浦's geography (read from disk here, fetched by the pane).
    const sheets = await readWorkbook(path.join(ROOT, "samples", "sample-fund.xlsx"));
    const expected = audit({ sheets, settings: { today: "2021-08-31", district: "黄浦" }, geography: loadGeography("黄浦") })
      .findings.filter((f) => f.rule === "register.ineligible-location")
      .map((f) => `${f.sheet}!${f.cell}`);
    expect(expected.length).toBeGreaterThan(minhang.length);
    await showPanel(page, "overview");
    // The list shows a group 100 at a time: open it all.
    const more = page.locator('#panel-overview div:has(> ul[id$="register.ineligible-location"]) > button');
    await eventually(located, (l) => l.length >= Math.min(100, expected.length));
    while ((await more.count()) > 0) await more.first().click();
    const huangpu = await eventually(located, (l) => l.length === expected.length);
    expect(huangpu.sort()).toEqual(expected.sort());
    await expect(page.locator('#panel-overview button[data-rule="register.ineligible-location"]').first().innerText()).resolves.toContain("黄浦区");
    // Only the index and 上海's one city file were fetched, from the pane's own host.
    expect([...geo].sort()).toEqual(["cities/3101.json", "index.json"]);
    expect(paneErrors(page)).toEqual([]);
    await page.close();
  });
});

describe("绩效: a published self-evaluation form (corpus: 海淀区学院路街道 2016)", () => {
  const file = path.join(ROOT, "tests", "corpus", "workbooks", `${haidian.id}.xlsx`);
  const rows = haidian.sheets[0].rows;
  const budgetRow = rows.findIndex((r) => r[1] === "年度资金总额：");
  const [, , a, b, weight, statedRate, statedScore] = rows[budgetRow] as [unknown, unknown, number, number, number, string, number];
  const totalRow = rows.findIndex((r) => r[1] === "总分");
  const indicatorHeader = rows.findIndex((r) => r[0] === "绩效指标");
  const indicators = rows.slice(indicatorHeader + 1, totalRow);
  let server: PreviewServer;
  beforeAll(async () => {
    server = await startPreview({ workbook: file });
  });
  afterAll(async () => {
    await server?.stop();
  });

  test.each<Lang>(["zh-CN", "en-US"])("the budget block, the indicators and the total in %s at 320 px", async (lang) => {
    const page = await openPane(browser, server.url, { width: 320, lang });
    await runChecks(page, lang);
    await showPanel(page, "performance");
    const form = page.locator("section[data-form]");
    expect(await form.count()).toBe(1);
    // 执行率: stated as in the form, computed B/A; the form's planted fault marks it.
    const line = form.locator(`li[data-fund-row="${budgetRow + 1}"]`);
    const rate = line.locator("[data-testid=perf-rate]");
    await expect(rate.innerText()).resolves.toContain(statedRate);
    await expect(rate.innerText()).resolves.toContain(formatRate(b / a, lang));
    const rateCell = haidian.expect.findings.find((f) => f.rule === "selfeval.rate-mismatch")?.cell;
    expect(await rate.getAttribute("data-wrong")).toBe(String(rateCell !== undefined));
    // 得分 = 分值 × 执行率 (capped): as stated, so not marked.
    const score = line.locator("[data-testid=perf-score]");
    await expect(score.innerText()).resolves.toContain(String(Math.round(Math.min(weight, (weight * b) / a) * 100) / 100));
    await expect(score.innerText()).resolves.toContain(String(statedScore));
    expect(await score.getAttribute("data-wrong")).toBe("false");
    // Every indicator, each met (the layout says every one meets its target).
    expect(await form.locator("li[data-indicator-row]").count()).toBe(indicators.length);
    expect(await form.locator("li[data-indicator-row] [data-met]").evaluateAll((els) => els.map((e) => e.getAttribute("data-met")))).toEqual(
      indicators.map(() => "true")
    );
    // 总分: stated, and the sum of the stated scores.
    const scores = [statedScore, ...indicators.map((r) => r[8] as number)];
    const total = form.locator("[data-testid=perf-total-score]");
    await expect(total.innerText()).resolves.toContain(String(rows[totalRow][8]));
    await expect(total.innerText()).resolves.toContain(String(Math.round(scores.reduce((x, y) => x + y, 0) * 100) / 100));
    // The layout's expected findings are listed, and a click selects the cell.
    for (const f of haidian.expect.findings) {
      expect(await page.locator(`#panel-performance section:has(#performance-findings) button[data-rule="${f.rule}"][data-finding$="!${f.cell}"]`).count()).toBe(1);
    }
    const button = page.locator("#panel-performance section:has(#performance-findings) button[data-finding]").first();
    await button.click();
    expect(await selected(page)).toBe(await button.getAttribute("data-finding"));
    await fits(page, "performance");
    await page.screenshot({ path: artifactPath(`pane-${lang}-performance-320.png`), fullPage: true });
    expect(await seriousAxeIssues(page)).toEqual([]);
    expect(paneErrors(page)).toEqual([]);
    await page.close();
  });

  test("the fund's own targets: listed with computed and stated side by side when the core measures any", async () => {
    const sheets = await readWorkbook(file);
    const r = audit({ sheets, settings: { today: "2021-08-31" } });
    const view = performanceView({ tables: r.tables, catalog: r.catalog, asOf: r.asOf, settings: r.settings, findings: r.findings });
    const page = await openPane(browser, server.url, { width: 320, lang: "zh-CN" });
    await runChecks(page, "zh-CN");
    await showPanel(page, "performance");
    const targets = page.locator("[data-testid=perf-targets] li[data-target-row]");
    expect(await targets.count()).toBe(view.targets.length);
    expect(await targets.evaluateAll((els) => els.map((e) => e.getAttribute("data-contradicted")))).toEqual(view.targets.map((t) => String(t.contradicted)));
    await page.close();
  });
});

describe("nothing recognised", () => {
  // A list with names and credit codes but no item and no amount: the nearest candidate lacks them.
  const sheets: SheetGrid[] = [
    {
      name: "名单",
      top: 0,
      left: 0,
      merges: [],
      values: [["2023年奖励名单"], [], ["序号", "企业名称", "统一社会信用代码", "备注"], [1, "上海甲有限公司", "91310112MA1GAAAA1X", "无"]],
    },
  ];
  let server: PreviewServer;
  beforeAll(async () => {
    server = await startPreview({ workbook: gridsWorkbook("near-miss", sheets) });
  });
  afterAll(async () => {
    await server?.stop();
  });

  test.each<Lang>(["zh-CN", "en-US"])("names the nearest candidate and what it lacked (%s)", async (lang) => {
    const nearest = nearestCandidate(recognise(sheets).candidates);
    expect(nearest).not.toBeNull();
    const page = await openPane(browser, server.url, { width: 320, lang });
    await runChecks(page, lang);
    // The overview's readings load once a check has a result (a lazy chunk): wait for them, then count.
    await expect(page.locator("[data-testid=nearest-candidate]").innerText()).resolves.toContain(describeCandidate(nearest!, lang));
    await page.locator("[data-candidate]").first().waitFor();
    expect(await page.locator("[data-kind]").count()).toBe(0);
    await fits(page, "nothing found");
    await page.screenshot({ path: artifactPath(`pane-${lang}-nothing-found-320.png`), fullPage: true });
    expect(await seriousAxeIssues(page)).toEqual([]);
    await page.close();
  });
});

describe("control characters from cells", () => {
  const RLO = "\u202e";
  const ESC = "\u001b";
  const sheets: SheetGrid[] = [
    {
      name: `申报清单${RLO}`,
      top: 0,
      left: 0,
      merges: [],
      values: [
        [`企业名称${ESC}`, "统一社会信用代码", "注册地", "政策项", "核定金额（元）"],
        [`上海${RLO}司公限有甲`, "91310112MA1GAAAA1Y", "七宝镇\u0085", "区级\"专精特新\"中小企业", 50000],
      ],
    },
  ];
  let server: PreviewServer;
  beforeAll(async () => {
    server = await startPreview({ workbook: gridsWorkbook("controls", sheets) });
  });
  afterAll(async () => {
    await server?.stop();
  });

  test.each<Lang>(["zh-CN", "en-US"])("show as marks in sheet names, headers and messages, never as themselves (%s)", async (lang) => {
    const page = await openPane(browser, server.url, { width: 320, lang });
    await runChecks(page, lang);
    const pane = page.locator("main");
    const table = page.locator("[data-kind=register]");
    await table.locator("button").first().click();
    // The sheet name in the tables list and in each finding, the header, the name in a message.
    expect(await table.locator('[data-control="U+202E"]').count()).toBeGreaterThan(0);
    expect(await table.locator('[data-control="U+001B"]').count()).toBeGreaterThan(0);
    const finding = page.locator('#panel-overview button[data-rule="register.invalid-credit-code"]');
    expect(await finding.locator('[data-control="U+202E"]').count()).toBe(2); // sheet name and enterprise
    await expect(finding.innerText()).resolves.toContain("上海\\u202E司公限有甲");
    await expect(page.locator('[data-control="U+001B"]').first().innerText()).resolves.toBe("␛");
    // Nothing in the pane's text is a control or bidi character any more.
    const text = await pane.evaluate((el) => el.textContent ?? "");
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    // The finding still selects its cell on the sheet of that very name.
    await finding.click();
    expect(await selected(page)).toBe(await finding.getAttribute("data-finding"));
    await fits(page, "controls");
    await page.screenshot({ path: artifactPath(`pane-${lang}-control-marks-320.png`), fullPage: true });
    await page.close();
  });
});
