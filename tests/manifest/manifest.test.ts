// What manifest.xml declares: the contract with the commands, functions and pane owners.
import * as fs from "fs";
import * as path from "path";
import { validateManifestFile } from "../../scripts/manifest/validate";
import { parseXml, type XmlElement } from "../../scripts/manifest/xml";
import { decodeRgbaPng, readPngSize } from "../../scripts/manifest/png";
import { ICONS, render } from "../../scripts/make-icons";
import { main as start, webInstructions } from "../../scripts/start";
import { MANIFEST, ROOT, manifestText } from "./support";

const facts = () => {
  const f = validateManifestFile(MANIFEST).facts;
  if (!f) throw new Error("manifest.xml did not parse");
  return f;
};

function all(el: XmlElement, local: string): XmlElement[] {
  return [...(el.local === local ? [el] : []), ...el.children.flatMap((c) => all(c, local))];
}
const root = () => parseXml(manifestText()).root;

describe("manifest.xml declares", () => {
  it("exactly the ribbon functions the commands register", () => {
    expect(facts().functionNames).toEqual(["checkCaps", "checkComposition", "checkExecution", "clearHighlights"]);
  });

  it("the FUND namespace for the custom functions", () => {
    expect(facts().namespace).toBe("FUND");
  });

  // CustomFunctions.Error is CustomFunctionsRuntime 1.2 and ErrorCode 1.3
  // (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error,
  // https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets).
  it("the shared runtime, CustomFunctionsRuntime 1.3 (Error and ErrorCode) and ExcelApi 1.13 (merged areas)", () => {
    expect(facts().requirementSets).toEqual({ ExcelApi: "1.13", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3" });
    expect(facts().sharedRuntime).toBe(true);
    const runtime = all(root(), "Runtime");
    expect(runtime.map((r) => [r.attrs.resid, r.attrs.lifetime])).toEqual([["Taskpane.Url", "long"]]);
  });

  it("ReadWriteDocument and no other permission", () => {
    expect(facts().permissions).toBe("ReadWriteDocument");
    expect(all(root(), "Permissions")).toHaveLength(1);
  });

  // https://learn.microsoft.com/office/dev/add-ins/develop/localization: the DefaultValue serves
  // every locale without an override, and no override may repeat the default locale. So English is
  // the default (every language but Chinese reads it) and zh-CN the one override.
  it("en-US as the default locale, with a zh-CN override of every string and none for the default", () => {
    expect(facts().defaultLocale).toBe("en-US");
    const r = root();
    const localized = [...all(r, "DisplayName"), ...all(r, "Description").filter((d) => d.parent === r), ...all(r, "String")];
    expect(localized.length).toBeGreaterThan(20);
    for (const el of localized) {
      const overrides = el.children.filter((c) => c.local === "Override").map((o) => o.attrs.Locale);
      expect({ id: el.attrs.id ?? el.local, overrides }).toEqual({ id: el.attrs.id ?? el.local, overrides: ["zh-CN"] });
    }
    for (const o of all(r, "Override")) expect(o.attrs.Locale?.toLowerCase()).not.toBe("en-us");
    const name = all(r, "DisplayName")[0];
    expect(name.attrs.DefaultValue).toBe("Special Fund Audit");
    expect(name.children[0].attrs.Value).toBe("专项资金审核");
  });

  it("English function metadata by default and the Chinese file for zh-CN only, as documented", () => {
    // https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming#localize-your-add-in
    const url = all(root(), "Url").find((u) => u.attrs.id === "Functions.Metadata.Url");
    expect(url?.attrs.DefaultValue).toBe("https://localhost:3000/functions.json");
    const overrides = url?.children.map((o) => [o.attrs.Locale, o.attrs.Value]);
    expect(overrides).toEqual([["zh-CN", "https://localhost:3000/functions.zh-CN.json"]]);
    const metadata = all(root(), "Metadata")[0];
    expect(all(metadata, "SourceLocation")[0].attrs.resid).toBe("Functions.Metadata.Url");
  });

  it("only https URLs on the dev server, and a start page at taskpane.html", () => {
    expect(facts().baseUrl).toBe("https://localhost:3000/");
    for (const url of facts().urls) expect(url).toMatch(/^https:\/\/localhost:3000\//);
    expect(manifestText()).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
  });

  it("a group on the Home tab whose first button opens the pane", () => {
    const tab = all(root(), "OfficeTab")[0];
    expect(tab.attrs.id).toBe("TabHome");
    const actions = all(tab, "Action").map((a) => Object.entries(a.attrs).find(([k]) => k.endsWith(":type"))?.[1]);
    expect(actions).toEqual(["ShowTaskpane", "ExecuteFunction", "ExecuteFunction", "ExecuteFunction", "ExecuteFunction"]);
  });
});

describe("assets", () => {
  it("are real PNGs at the size their name says", () => {
    const pngs = fs.readdirSync(path.join(ROOT, "assets")).filter((f) => f.endsWith(".png"));
    expect(pngs.length).toBeGreaterThanOrEqual(20);
    for (const f of pngs) {
      const size = Number(/-(\d+)\.png$/.exec(f)?.[1]);
      expect({ f, dim: readPngSize(fs.readFileSync(path.join(ROOT, "assets", f))) }).toEqual({ f, dim: { width: size, height: size } });
    }
  });

  it("are what scripts/make-icons.js draws (regenerate them after changing a glyph)", () => {
    for (const icon of ICONS) {
      for (const size of icon.sizes) {
        // Compare pixels, not bytes: another zlib may compress the same image differently.
        const committed = decodeRgbaPng(fs.readFileSync(path.join(ROOT, "assets", `${icon.name}-${size}.png`)));
        const drawn = decodeRgbaPng(render(size, icon.glyph, icon.colour));
        expect(drawn).not.toBeNull();
        expect({ file: `${icon.name}-${size}.png`, same: committed !== null && drawn !== null && drawn.rgba.equals(committed.rgba) }).toEqual({
          file: `${icon.name}-${size}.png`,
          same: true,
        });
      }
    }
  });

  it("include a support page that loads nothing from outside", () => {
    const html = fs.readFileSync(path.join(ROOT, "assets", "support.html"), "utf8");
    expect(html).toContain('id="zh-CN"');
    expect(html).toContain('id="en-US"');
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
  });
});

describe("npm start on a machine without Excel desktop", () => {
  it("prints one line on sideloading into Excel on the web and exits 0", () => {
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      expect(start([], "linux")).toBe(0);
      expect(start(["--stop"], "linux")).toBe(0);
      expect(log.mock.calls).toEqual([[webInstructions(false)], [webInstructions(true)]]);
      expect(webInstructions(false)).toMatch(/npm run dev-server.*Upload My Add-in.*manifest\.xml/);
      expect(webInstructions(false)).not.toContain("\n");
    } finally {
      log.mockRestore();
    }
  });
});
