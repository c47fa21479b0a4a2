/** Ribbon command bodies over the fake: check, highlight, report the count, always complete. */
import { audit } from "../../src/core/audit";
import { command, localToday, runCheck, runClear, type CommandDeps, type CommandStatus } from "../../src/commands/run-check";
import { STATUS_STORAGE_KEY, storageNotifier } from "../../src/commands/notifier";
import { SETTING_KEYS } from "../../src/workbook-gateway";
import { SEVERITY_COLOR } from "../../src/office/highlight";
import { seedWorkbook } from "../core/fixtures/seed";
import { FakeExcel } from "../fakes/excel-fake";
import { gatewayOver } from "./helpers";
import * as fs from "fs";
import * as path from "path";
import { readWorkbook } from "../../src/xlsx/read";
import { loadGeography as loadGeographyFromDisk } from "../../src/cli/geography";
import { loadGeography } from "../../src/office/geography";
import type { SheetGrid } from "../../src/core/grid";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "sample-fund.xlsx");
const GEO = path.join(__dirname, "..", "..", "assets", "geo");

/** The add-in's assets as its own host would serve them, read from the repository. */
function hostFetch(asked: string[]) {
  return async (url: string) => {
    asked.push(url.replace(/^.*\/assets\/geo\//, ""));
    const file = path.join(GEO, url.replace(/^.*\/assets\/geo\//, ""));
    const ok = fs.existsSync(file);
    return { ok, status: ok ? 200 : 404, json: async () => JSON.parse(fs.readFileSync(file, "utf8")) as unknown };
  };
}

const NAMES = seedWorkbook().map((g) => g.name);

function deps(fake: FakeExcel, told: CommandStatus[]): CommandDeps {
  return { gateway: gatewayOver(fake), notifier: { notify: (s) => void told.push(s) }, audit, today: () => "2021-08-31", lang: "zh-CN" };
}

describe("ribbon commands", () => {
  it("checkExecution reads the active sheet, highlights its findings and tells the count", async () => {
    const seed = seedWorkbook();
    const fake = FakeExcel.fromGrids(seed, { active: "分类执行" });
    const before = fake.userContent(NAMES);
    fake.settings.set(SETTING_KEYS.settings, { asOf: "2021-08-31", tolerance: 5 });
    const told: CommandStatus[] = [];
    const status = await runCheck("execution", deps(fake, told));
    const expected = audit({ sheets: [seed[2]], settings: { today: "2021-08-31", asOf: "2021-08-31", tolerance: 5 }, checks: ["execution"] });
    expect(status.kind).toBe("checked");
    expect(told).toEqual([status]);
    if (status.kind !== "checked") return;
    expect(status.count).toBe(expected.findings.length);
    expect(status.count).toBeGreaterThan(0);
    expect(status.message).toContain(String(status.count));
    for (const f of expected.findings) expect(fake.fillAt(f.sheet, f.cell)).not.toBeNull();
    expect(fake.fillAt(expected.findings[0].sheet, expected.findings[0].cell)!.color).toBe(
      SEVERITY_COLOR[expected.findings.filter((f) => f.cell === expected.findings[0].cell).some((f) => f.severity === "error") ? "error" : expected.findings[0].severity]
    );
    expect(fake.userContent(NAMES)).toEqual(before);

    const cleared = await runClear(deps(fake, told));
    expect(cleared.kind).toBe("cleared");
    for (const f of expected.findings) expect(fake.fillAt(f.sheet, f.cell)).toBeNull();
    expect(fake.userContent(NAMES)).toEqual(before);
  });

  it("checkComposition on the composition sheet finds only composition rules", async () => {
    const fake = FakeExcel.fromGrids(seedWorkbook(), { active: "预算构成" });
    const told: CommandStatus[] = [];
    const status = await runCheck("composition", deps(fake, told));
    expect(status.kind).toBe("checked");
    const rules = audit({ sheets: [seedWorkbook()[0]], settings: { today: "2021-08-31" }, checks: ["composition"] }).findings.map((f) => f.rule);
    expect(rules.every((r) => r.startsWith("composition.") || r.startsWith("input."))).toBe(true);
    if (status.kind === "checked") expect(status.count).toBe(rules.length);
  });

  it("reports a protected sheet as a failure and still tells the user", async () => {
    const fake = FakeExcel.fromGrids(seedWorkbook(), { active: "分类执行", protectedSheets: ["分类执行"] });
    const before = fake.userContent(NAMES);
    const told: CommandStatus[] = [];
    const status = await runCheck("execution", { ...deps(fake, told), today: () => "2021-08-31" });
    expect(status.kind).toBe("failed");
    expect(told).toHaveLength(1);
    expect(status.message).toContain("受保护");
    expect(fake.userContent(NAMES)).toEqual(before);
  });

  it("always completes the Office event, also when the body throws", async () => {
    let completed = 0;
    const fake = FakeExcel.fromGrids(seedWorkbook());
    const failing = command(async () => {
      throw new Error("boom");
    }, () => deps(fake, []));
    await failing({ completed: () => completed++ });
    const ok = command((d) => runClear(d), () => deps(fake, []));
    await ok({ completed: () => completed++ });
    expect(completed).toBe(2);
  });

  it("completes even when telling the user fails", async () => {
    const fake = FakeExcel.fromGrids(seedWorkbook(), { active: "分类执行" });
    const status = await runCheck("execution", {
      ...deps(fake, []),
      notifier: {
        notify: () => {
          throw new Error("no pane");
        },
      },
    });
    expect(status.kind).toBe("checked");
  });

  it("stores the status where the pane finds it and opens the pane when it can", async () => {
    const store = new Map<string, string>();
    let opened = 0;
    const n = storageNotifier({ setItem: (k, v) => void store.set(k, v) }, async () => void opened++);
    await n.notify({ kind: "cleared", message: "x", lang: "zh-CN" });
    expect(JSON.parse(store.get(STATUS_STORAGE_KEY)!)).toMatchObject({ kind: "cleared", message: "x" });
    expect(opened).toBe(1);
  });

  it("uses the local date, not the UTC one", () => {
    expect(localToday(new Date(2021, 7, 31, 0, 30))).toBe("2021-08-31");
  });

  // With the shared runtime the manifest declares, the commands run in the pane's page ("run all of
  // its code in a single shared runtime", https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime),
  // so they fetch the geography from beside taskpane.html as the pane does. No Office.js call is
  // added: the fake needs nothing new; the fetch is the host's, given here from the repository.
  describe("the district's geography (register checks)", () => {
    let sample: SheetGrid[];
    beforeAll(async () => {
      sample = await readWorkbook(SAMPLE);
    });
    const register = () => FakeExcel.fromGrids(sample, { active: "申报清单" });
    const withPlaces = (fake: FakeExcel, told: CommandStatus[], asked: string[]): CommandDeps => ({
      ...deps(fake, told),
      loadGeography: (d) => loadGeography(d, hostFetch(asked)),
    });

    it("checkCaps judges places by the stored district's geography, as the command line does", async () => {
      const fake = register();
      fake.settings.set(SETTING_KEYS.settings, { district: "黄浦" });
      const told: CommandStatus[] = [];
      const asked: string[] = [];
      const status = await runCheck("caps", withPlaces(fake, told, asked));
      const sheet = sample.filter((g) => g.name === "申报清单");
      const settings = { today: "2021-08-31", district: "黄浦" };
      const expected = audit({ sheets: sheet, settings, checks: ["caps"], geography: loadGeographyFromDisk("黄浦") });
      const minhang = audit({ sheets: sheet, settings: { today: "2021-08-31" }, checks: ["caps"], geography: loadGeographyFromDisk("闵行") });
      const places = (r: { findings: { rule: string; cell: string }[] }) =>
        r.findings.filter((f) => f.rule === "register.ineligible-location").map((f) => f.cell);
      expect(status.kind).toBe("checked");
      if (status.kind !== "checked") return;
      expect(status.count).toBe(expected.findings.length);
      // Rows in 闵行's towns are outside 黄浦: more places are flagged than for 闵行.
      expect(places(expected).length).toBeGreaterThan(places(minhang).length);
      for (const cell of places(expected)) expect(fake.fillAt("申报清单", cell)).not.toBeNull();
      // Only the index and 上海's one file were asked for, from the add-in's own host.
      expect(asked).toEqual(["index.json", "cities/3101.json"]);
    });

    it("a district that names no area fails the command with one clear message in the user's language", async () => {
      const fake = register();
      const before = fake.userContent(sample.map((g) => g.name));
      fake.settings.set(SETTING_KEYS.settings, { district: "火星", lang: "en-US" });
      const told: CommandStatus[] = [];
      const status = await runCheck("caps", withPlaces(fake, told, []));
      expect(status.kind).toBe("failed");
      expect(told).toEqual([status]);
      expect(status.message).toContain('no district "火星"');
      expect(status.message).not.toMatch(/Error|at .*\.ts/);
      expect(fake.userContent(sample.map((g) => g.name))).toEqual(before);
    });

    it("without the place data the check runs on the district's name and says so", async () => {
      const fake = register();
      const told: CommandStatus[] = [];
      // The host cannot serve the assets (the fetch itself fails, as a browser's does offline).
      const status = await runCheck("caps", { ...deps(fake, told), loadGeography: () => Promise.reject(new TypeError("Failed to fetch")) });
      expect(status.kind).toBe("checked");
      const byName = audit({ sheets: sample.filter((g) => g.name === "申报清单"), settings: { today: "2021-08-31" }, checks: ["caps"] });
      if (status.kind === "checked") expect(status.count).toBe(byName.findings.length);
      expect(status.message).toContain("地名数据未能加载");
    });

    it("checks that judge no place do not load the geography, nor fail on a bad district", async () => {
      const fake = FakeExcel.fromGrids(sample, { active: "执行情况" });
      fake.settings.set(SETTING_KEYS.settings, { district: "火星" });
      const asked: string[] = [];
      const status = await runCheck("execution", withPlaces(fake, [], asked));
      expect(status.kind).toBe("checked");
      expect(asked).toEqual([]);
    });
  });
});
