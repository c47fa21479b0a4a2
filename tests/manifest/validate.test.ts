// The offline manifest validator: manifest.xml passes, and each kind of breakage is caught with
// a message that names the problem.
import * as fs from "fs";
import * as path from "path";
import { validateManifestFile } from "../../scripts/manifest/validate";
import { MANIFEST, manifestText, replaceOnce, runValidator, scratchManifest } from "./support";

describe("validate-manifest on manifest.xml", () => {
  it("passes with no errors and no warnings", () => {
    const result = validateManifestFile(MANIFEST);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("prints OK and exits 0 from the command line", () => {
    const r = runValidator(MANIFEST);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/manifest\.xml: OK/);
    expect(r.status).toBe(0);
  });
});

// Each case: a change to manifest.xml (or to the scratch assets) and the message it must produce.
const cases: { name: string; edit: (text: string) => string; files?: (dir: string) => void; message: RegExp }[] = [
  {
    name: "wrong element order (Version after ProviderName)",
    edit: (t) =>
      replaceOnce(
        replaceOnce(t, "<Version>1.0.0.0</Version>\n", ""),
        "<ProviderName>subsidy-audit</ProviderName>",
        "<ProviderName>subsidy-audit</ProviderName>\n  <Version>1.0.0.0</Version>",
      ),
    message: /<Version> is out of order in <OfficeApp>: it must come before <ProviderName>/,
  },
  {
    name: "wrong order inside VersionOverrides (Runtimes after AllFormFactors)",
    edit: (t) => {
      const runtimes = '        <Runtimes>\n          <Runtime resid="Taskpane.Url" lifetime="long"/>\n        </Runtimes>\n';
      return replaceOnce(replaceOnce(t, runtimes, ""), "        <DesktopFormFactor>", `${runtimes}        <DesktopFormFactor>`);
    },
    message: /<Runtimes> is out of order in <Host>: it must come before <AllFormFactors>/,
  },
  {
    name: "a missing resid",
    edit: (t) => replaceOnce(t, '<bt:Image size="32" resid="Caps.32x32"/>', '<bt:Image size="32" resid="Caps.Missing"/>'),
    message: /resid "Caps\.Missing" on <Image> is not defined in Resources/,
  },
  {
    name: "a resid longer than 32 characters",
    edit: (t) => t.split("CompositionButton.Tooltip").join("CompositionButton.TooltipIsFarTooLong"),
    message: /resid "CompositionButton\.TooltipIsFarTooLong" is 37 characters; at most 32 allowed/,
  },
  {
    name: "a resid of the wrong kind",
    edit: (t) => replaceOnce(t, '<Label resid="CapsButton.Label"/>', '<Label resid="CapsButton.Tooltip"/>'),
    message: /resid "CapsButton\.Tooltip" on <Label> must name a bt:ShortStrings entry/,
  },
  {
    name: "an http URL",
    edit: (t) => replaceOnce(t, '"https://localhost:3000/assets/clear-80.png"', '"http://localhost:3000/assets/clear-80.png"'),
    message: /resource "Clear\.80x80": "http:\/\/localhost:3000\/assets\/clear-80\.png" must use https/,
  },
  {
    name: "a missing icon",
    edit: (t) => t,
    files: (dir) => fs.rmSync(path.join(dir, "assets", "pane-80.png")),
    message: /image "Pane\.80x80": icon file .*pane-80\.png does not exist/,
  },
  {
    name: "an icon of the wrong size",
    edit: (t) => t,
    files: (dir) => fs.copyFileSync(path.join(dir, "assets", "caps-32.png"), path.join(dir, "assets", "caps-80.png")),
    message: /image "Caps\.80x80": caps-80\.png is 32x32; it must be 80x80/,
  },
  {
    name: "a high-resolution icon of the wrong size",
    edit: (t) => replaceOnce(t, "assets/icon-64.png", "assets/icon-80.png"),
    message: /HighResolutionIconUrl: icon-80\.png is 80x80; it must be 64x64/,
  },
  {
    name: "a bad GUID",
    edit: (t) => replaceOnce(t, "<Id>af6d8050-cd2f-4c3a-8a08-a2efa0898bc1</Id>", "<Id>af6d8050-cd2f-4c3a-8a08</Id>"),
    message: /Id "af6d8050-cd2f-4c3a-8a08" is not a GUID/,
  },
  {
    name: "a version that is not n.n.n.n",
    edit: (t) => replaceOnce(t, "<Version>1.0.0.0</Version>", "<Version>1.0</Version>"),
    message: /Version "1\.0" must be n\.n\.n\.n/,
  },
  {
    name: "an unknown permission",
    edit: (t) => replaceOnce(t, "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>"),
    message: /Permissions "ReadWriteMailbox" must be one of/,
  },
  {
    name: "a missing required element",
    edit: (t) => replaceOnce(t, "  <Permissions>ReadWriteDocument</Permissions>\n", ""),
    message: /<OfficeApp> is missing required <Permissions>/,
  },
  {
    name: "a DisplayName over 125 characters",
    edit: (t) => replaceOnce(t, '<DisplayName DefaultValue="Special Fund Audit">', `<DisplayName DefaultValue="${"审".repeat(126)}">`),
    message: /DisplayName is 126 characters; at most 125 allowed/,
  },
  {
    name: "a Description over 250 characters",
    edit: (t) => replaceOnce(t, '<Override Locale="zh-CN" Value="核对专项资金', `<Override Locale="zh-CN" Value="${"x".repeat(230)}核对专项资金`),
    message: /Description \(zh-CN\) is \d+ characters; at most 250 allowed/,
  },
  {
    name: "a string without its zh-CN override",
    edit: (t) => replaceOnce(t, '\n          <bt:Override Locale="zh-CN" Value="上限核查"/>', ""),
    message: /string "CapsButton\.Label" has no zh-CN override, which other strings have/,
  },
  {
    // https://learn.microsoft.com/office/dev/add-ins/develop/localization#examples: "if your default
    // locale is en-us you can't specify an override for en-us as well".
    name: "an override that repeats the default locale",
    edit: (t) =>
      replaceOnce(
        t,
        '<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-CN.json"/>',
        '<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-CN.json"/>\n          <bt:Override Locale="en-US" Value="https://localhost:3000/functions.json"/>'
      ),
    message: /Override for en-US repeats the DefaultLocale/,
  },
  {
    name: "a shared runtime whose page uses another resid",
    edit: (t) => replaceOnce(t, '<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'),
    message: /<FunctionFile> uses resid "Functions\.Script\.Url"; with a shared runtime it must be the Runtime's "Taskpane\.Url"/,
  },
  {
    name: "a shared runtime without the SharedRuntime requirement",
    edit: (t) => replaceOnce(t, '      <Set Name="SharedRuntime" MinVersion="1.1"/>\n', ""),
    message: /a <Runtime> needs <Set Name="SharedRuntime" MinVersion="1\.1"\/> in Requirements/,
  },
  {
    name: "a short-lived runtime",
    edit: (t) => replaceOnce(t, 'lifetime="long"', 'lifetime="short"'),
    message: /the shared runtime needs lifetime="long"/,
  },
  {
    name: "a bt element in the wrong namespace",
    edit: (t) => replaceOnce(t, '<bt:Image size="16" resid="Clear.16x16"/>', '<Image size="16" resid="Clear.16x16"/>'),
    message: /<Image> must be in namespace http:\/\/schemas\.microsoft\.com\/office\/officeappbasictypes\/1\.0/,
  },
  {
    name: "XML that is not well-formed",
    edit: (t) => replaceOnce(t, "</ProviderName>", "</Provider>"),
    message: /not well-formed XML: line 15: <\/Provider> closes <ProviderName>/,
  },
];

describe("validate-manifest on broken copies", () => {
  it.each(cases)("reports $name", ({ edit, files, message }) => {
    const file = scratchManifest(edit(manifestText()));
    files?.(path.dirname(file));
    const result = validateManifestFile(file);
    expect(result.errors.join("\n")).toMatch(message);

    const cli = runValidator(file);
    expect(cli.status).toBe(1);
    expect(cli.stdout).toBe("");
    expect(cli.stderr).toMatch(message);
    expect(cli.stderr).toMatch(/\d+ problems?\n$/);
  });

  it("exits 2 for a file that does not exist", () => {
    const r = runValidator(path.join(path.dirname(MANIFEST), "no-such-manifest.xml"));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/does not exist/);
  });
});
