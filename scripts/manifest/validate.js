// Offline structural validation of the add-in only (XML) manifest of a task pane add-in,
// covering what Office and the store's validator reject: element order and placement,
// required elements, resource references, URL schemes, icon files and sizes, value formats
// and the shared-runtime wiring. The online validator (office-addin-manifest validate)
// cannot run here: it posts the manifest to a web service.
"use strict";
const fs = require("fs");
const path = require("path");
const { parseXml, XmlError } = require("./xml");
const { NS, sequenceFor } = require("./schema");
const { readPngSize } = require("./png");

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;
const CULTURE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const HOSTS = ["Document", "Database", "Mailbox", "Notebook", "Presentation", "Project", "Workbook"];
const MAX_RESID = 32;
const MAX_SHORT = 125;
const MAX_LONG = 250;

// Which resource collection a resid must come from, by the referencing element.
const RESID_KIND = {
  Image: "Images",
  SourceLocation: "Urls",
  Runtime: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

/**
 * Validates manifest text. `dir` is where the manifest lives: icon URLs (and, with
 * checkAllFiles, every URL) under the add-in's base URL are looked up relative to it.
 * Returns { errors: string[], warnings: string[], facts } — facts describe the add-in
 * (function names, namespace, requirement sets) for callers and tests.
 */
function validateManifest(text, { dir = process.cwd(), checkAllFiles = false } = {}) {
  const errors = [];
  const warnings = [];
  const at = (el, msg) => `line ${el.line}: ${msg}`;
  const err = (el, msg) => errors.push(at(el, msg));
  const warn = (el, msg) => warnings.push(at(el, msg));

  let root;
  try {
    root = parseXml(text).root;
  } catch (e) {
    if (e instanceof XmlError) return { errors: [`not well-formed XML: ${e.message}`], warnings, facts: null };
    throw e;
  }

  const all = [];
  (function walk(el) {
    all.push(el);
    el.children.forEach(walk);
  })(root);
  const typeOf = (el) => {
    for (const [k, v] of Object.entries(el.attrs)) {
      const colon = k.indexOf(":");
      if (colon > 0 && k.slice(colon + 1) === "type" && el.nsScope[k.slice(0, colon)] === NS.xsi) {
        return v.includes(":") ? v.slice(v.indexOf(":") + 1) : v;
      }
    }
    return null;
  };
  const child = (el, local) => el && el.children.find((c) => c.local === local);
  const children = (el, local) => (el ? el.children.filter((c) => c.local === local) : []);
  const find = (local, pred = () => true) => all.filter((e) => e.local === local && pred(e));
  const inside = (el, local) => {
    for (let p = el.parent; p; p = p.parent) if (p.local === local) return true;
    return false;
  };

  // Root
  if (root.local !== "OfficeApp" || root.ns !== NS.officeApp) {
    err(root, `the root must be <OfficeApp xmlns="${NS.officeApp}">, found <${root.name}> in ${root.ns}`);
    return { errors, warnings, facts: null };
  }
  if (typeOf(root) !== "TaskPaneApp") err(root, `OfficeApp xsi:type must be "TaskPaneApp" (found ${typeOf(root)})`);

  // Namespaces: Resources' collections and icons are basic types; the rest follows its section.
  const BT = new Set(["Images", "Image", "Urls", "Url", "ShortStrings", "LongStrings", "String"]);
  for (const el of all) {
    if (el === root) continue;
    const inVO = el.local === "VersionOverrides" || inside(el, "VersionOverrides");
    let want = inVO ? NS.taskpaneOverrides : NS.officeApp;
    if (inVO && (BT.has(el.local) || (el.local === "Override" && BT.has(el.parent.local)))) want = NS.basicTypes;
    if (el.ns !== want) err(el, `<${el.name}> must be in namespace ${want} (found ${el.ns ?? "none"})`);
  }

  // Order, placement and multiplicity of children.
  for (const el of all) {
    const rule = sequenceFor(el, typeOf);
    if (!rule) continue;
    const pos = (c) => rule.items.findIndex((it) => it.names.includes(c.local));
    const counts = rule.items.map(() => 0);
    let last = -1;
    let lastEl = null;
    for (const c of el.children) {
      const p = pos(c);
      if (p < 0) {
        err(c, `<${c.local}> is not allowed in <${el.local}> (allowed, in order: ${order(rule)})`);
        continue;
      }
      counts[p]++;
      if (p < last) err(c, `<${c.local}> is out of order in <${el.local}>: it must come before <${lastEl.local}> (order: ${order(rule)})`);
      else {
        last = p;
        lastEl = c;
      }
    }
    rule.items.forEach((it, k) => {
      if (counts[k] < it.min) err(el, `<${el.local}> is missing required <${it.names.join("> or <")}>`);
      if (counts[k] > it.max) err(el, `<${el.local}> has ${counts[k]} <${it.names.join("|")}> elements; at most ${it.max} allowed`);
    });
  }

  // Values of the base elements.
  const id = child(root, "Id");
  if (id && !GUID.test(id.text.trim())) err(id, `Id "${id.text.trim()}" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`);
  const version = child(root, "Version");
  if (version && !VERSION.test(version.text.trim())) err(version, `Version "${version.text.trim()}" must be n.n.n.n (e.g. 1.0.0.0)`);
  const provider = child(root, "ProviderName");
  if (provider && !provider.text.trim()) err(provider, "ProviderName is empty");
  if (provider && provider.text.trim().length > MAX_SHORT) err(provider, `ProviderName is longer than ${MAX_SHORT} characters`);
  const locale = child(root, "DefaultLocale");
  if (locale && !CULTURE.test(locale.text.trim())) err(locale, `DefaultLocale "${locale.text.trim()}" is not a culture name such as zh-CN`);
  // "You may only specify a single override per language, including for the default locale. For
  // example, if your default locale is en-us you can't specify an override for en-us as well."
  // (https://learn.microsoft.com/office/dev/add-ins/develop/localization#examples)
  if (locale) {
    const dl = locale.text.trim().toLowerCase();
    for (const o of all.filter((e) => e.local === "Override" && e.attrs.Locale !== undefined)) {
      if (o.attrs.Locale.toLowerCase() === dl) err(o, `Override for ${o.attrs.Locale} repeats the DefaultLocale: the DefaultValue already serves ${locale.text.trim()}`);
    }
  }
  const perms = child(root, "Permissions");
  if (perms && !PERMISSIONS.includes(perms.text.trim())) err(perms, `Permissions "${perms.text.trim()}" must be one of ${PERMISSIONS.join(", ")}`);
  for (const h of children(child(root, "Hosts"), "Host")) {
    if (!HOSTS.includes(h.attrs.Name)) err(h, `Host Name "${h.attrs.Name}" must be one of ${HOSTS.join(", ")}`);
  }

  // Locale-aware strings: lengths, culture names, and the same set of override locales everywhere.
  const localized = []; // { el, label, overrides: Set }
  const checkLocaleAware = (el, label, max, valueAttr = "DefaultValue") => {
    const dv = el.attrs[valueAttr];
    if (dv === undefined) return err(el, `<${el.local}> has no ${valueAttr}`);
    if (!dv.trim()) err(el, `${label} is empty`);
    if (max && dv.length > max) err(el, `${label} is ${dv.length} characters; at most ${max} allowed`);
    const overrides = new Map(); // lower-case locale -> as written
    for (const o of children(el, "Override")) {
      const loc = o.attrs.Locale || "";
      if (!CULTURE.test(loc)) err(o, `Override Locale "${loc}" is not a culture name`);
      if (overrides.has(loc.toLowerCase())) err(o, `${label} has two overrides for ${loc}`);
      overrides.set(loc.toLowerCase(), loc);
      if (o.attrs.Value === undefined || !o.attrs.Value.trim()) err(o, `${label} override for ${loc} has no Value`);
      else if (max && o.attrs.Value.length > max) err(o, `${label} (${loc}) is ${o.attrs.Value.length} characters; at most ${max} allowed`);
    }
    return overrides;
  };
  const displayName = child(root, "DisplayName");
  if (displayName) localized.push({ el: displayName, label: "DisplayName", overrides: checkLocaleAware(displayName, "DisplayName", MAX_SHORT) });
  const description = child(root, "Description");
  if (description) localized.push({ el: description, label: "Description", overrides: checkLocaleAware(description, "Description", MAX_LONG) });

  // Resources: ids, lengths, duplicates.
  const resources = {}; // id -> { kind, el }
  const vo = child(root, "VersionOverrides");
  const res = vo && child(vo, "Resources");
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const r of res ? children(child(res, kind), kind === "Images" ? "Image" : kind === "Urls" ? "Url" : "String") : []) {
      const rid = r.attrs.id;
      if (!rid) {
        err(r, `<${r.name}> in bt:${kind} has no id`);
        continue;
      }
      if (rid.length > MAX_RESID) err(r, `resource id "${rid}" is ${rid.length} characters; at most ${MAX_RESID} allowed`);
      if (resources[rid]) err(r, `resource id "${rid}" is defined twice (also on line ${resources[rid].el.line})`);
      resources[rid] = { kind, el: r, used: false };
      if (kind === "ShortStrings" || kind === "LongStrings") {
        const max = kind === "ShortStrings" ? MAX_SHORT : MAX_LONG;
        localized.push({ el: r, label: `string "${rid}"`, overrides: checkLocaleAware(r, `string "${rid}"`, max) });
      } else if (r.attrs.DefaultValue === undefined) {
        err(r, `resource "${rid}" has no DefaultValue`);
      }
    }
  }
  const allLocales = new Map(localized.flatMap((l) => [...l.overrides]));
  for (const l of localized) {
    for (const [key, loc] of allLocales) {
      if (!l.overrides.has(key)) err(l.el, `${l.label} has no ${loc} override, which other strings have (add <Override Locale="${loc}" .../>)`);
    }
  }

  // Every resid reference resolves to a resource of the right kind.
  for (const el of all) {
    if (!("resid" in el.attrs)) continue;
    const rid = el.attrs.resid;
    if (rid.length > MAX_RESID) err(el, `resid "${rid}" is ${rid.length} characters; at most ${MAX_RESID} allowed`);
    const r = resources[rid];
    if (!r) {
      err(el, `resid "${rid}" on <${el.local}> is not defined in Resources`);
      continue;
    }
    r.used = true;
    const want = RESID_KIND[el.local];
    if (want && r.kind !== want) err(el, `resid "${rid}" on <${el.local}> must name a bt:${want} entry (it is in bt:${r.kind})`);
  }
  for (const [rid, r] of Object.entries(resources)) if (!r.used) warn(r.el, `resource "${rid}" is never used`);

  // URLs: absolute https everywhere.
  const urls = []; // { el, url, what, size? }
  const pushUrl = (el, url, what) => urls.push({ el, url, what });
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const el = child(root, name);
    if (!el) continue;
    if (el.attrs.DefaultValue !== undefined) pushUrl(el, el.attrs.DefaultValue, name);
    for (const o of children(el, "Override")) pushUrl(o, o.attrs.Value || "", `${name} (${o.attrs.Locale})`);
  }
  const ds = child(child(root, "DefaultSettings"), "SourceLocation");
  if (ds) {
    if (ds.attrs.DefaultValue === undefined) err(ds, "DefaultSettings SourceLocation has no DefaultValue");
    else pushUrl(ds, ds.attrs.DefaultValue, "DefaultSettings SourceLocation");
    for (const o of children(ds, "Override")) pushUrl(o, o.attrs.Value || "", `SourceLocation (${o.attrs.Locale})`);
  }
  for (const a of find("AppDomain")) pushUrl(a, a.text.trim(), "AppDomain");
  for (const [rid, r] of Object.entries(resources)) {
    if (r.kind !== "Images" && r.kind !== "Urls") continue;
    if (r.el.attrs.DefaultValue !== undefined) pushUrl(r.el, r.el.attrs.DefaultValue, `resource "${rid}"`);
    for (const o of children(r.el, "Override")) pushUrl(o, o.attrs.Value || "", `resource "${rid}" (${o.attrs.Locale})`);
  }
  for (const u of urls) {
    let parsed = null;
    try {
      parsed = new URL(u.url);
    } catch {
      parsed = null;
    }
    if (!parsed) err(u.el, `${u.what}: "${u.url}" is not an absolute URL`);
    else if (parsed.protocol !== "https:") err(u.el, `${u.what}: "${u.url}" must use https`);
  }

  // Files: icons must exist next to the manifest at the size they are used at.
  const base = ds && ds.attrs.DefaultValue ? baseOf(ds.attrs.DefaultValue) : null;
  const localFile = (url) => {
    if (!base || !url.startsWith(base)) return null;
    const rel = decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]);
    return path.join(dir, rel);
  };
  const expectIcon = (el, url, size, what) => {
    const file = localFile(url);
    if (!file) return warn(el, `${what}: "${url}" is not under the add-in's base URL ${base}; not checked`);
    if (!fs.existsSync(file)) return err(el, `${what}: icon file ${path.relative(process.cwd(), file) || file} does not exist`);
    const dim = readPngSize(fs.readFileSync(file));
    if (!dim) return err(el, `${what}: ${path.basename(file)} is not a PNG`);
    if (dim.width !== size || dim.height !== size) {
      err(el, `${what}: ${path.basename(file)} is ${dim.width}x${dim.height}; it must be ${size}x${size}`);
    }
  };
  const iconUrl = child(root, "IconUrl");
  if (iconUrl && iconUrl.attrs.DefaultValue) expectIcon(iconUrl, iconUrl.attrs.DefaultValue, 32, "IconUrl");
  const hiRes = child(root, "HighResolutionIconUrl");
  if (hiRes && hiRes.attrs.DefaultValue) expectIcon(hiRes, hiRes.attrs.DefaultValue, 64, "HighResolutionIconUrl");
  for (const img of find("Image", (e) => e.parent.local === "Icon")) {
    const size = Number(img.attrs.size);
    if (![16, 20, 24, 32, 40, 48, 64, 80].includes(size)) err(img, `icon size "${img.attrs.size}" is not one Office uses (16, 32, 80, ...)`);
    const r = resources[img.attrs.resid];
    if (!r || r.kind !== "Images") continue;
    for (const u of [r.el.attrs.DefaultValue, ...children(r.el, "Override").map((o) => o.attrs.Value)]) {
      if (u) expectIcon(img, u, size, `image "${img.attrs.resid}"`);
    }
  }
  for (const icon of find("Icon")) {
    const sizes = children(icon, "Image").map((i) => Number(i.attrs.size));
    for (const need of [16, 32, 80]) if (!sizes.includes(need)) err(icon, `<Icon> in <${icon.parent.local}> lacks a ${need}px image (16, 32 and 80 are required)`);
  }
  if (checkAllFiles) {
    for (const u of urls) {
      const file = localFile(u.url);
      if (file && !fs.existsSync(file)) err(u.el, `${u.what}: ${path.relative(process.cwd(), file) || file} does not exist`);
    }
  }

  // Ids of groups and controls are unique.
  const ids = new Map();
  for (const el of all.filter((e) => ["Group", "Control", "CustomTab"].includes(e.local))) {
    const cid = el.attrs.id;
    if (!cid) err(el, `<${el.local}> has no id`);
    else if (ids.has(cid)) err(el, `id "${cid}" is used twice (also on line ${ids.get(cid)})`);
    else ids.set(cid, el.line);
  }

  // Requirement sets, commands and the shared runtime.
  const sets = new Map(
    children(child(child(root, "Requirements"), "Sets"), "Set").map((s) => [s.attrs.Name, s.attrs.MinVersion || child(child(root, "Requirements"), "Sets").attrs.DefaultMinVersion]),
  );
  const functionNames = find("FunctionName").map((f) => f.text.trim());
  const functionFile = find("FunctionFile")[0];
  if (functionNames.length && !functionFile) err(find("FunctionName")[0], "ExecuteFunction buttons need a <FunctionFile> in DesktopFormFactor");
  for (const f of find("FunctionName")) if (!/^[A-Za-z_$][\w$]*$/.test(f.text.trim())) err(f, `FunctionName "${f.text.trim()}" is not a JavaScript identifier`);
  const cf = find("ExtensionPoint", (e) => typeOf(e) === "CustomFunctions")[0];
  const nsEl = cf && child(cf, "Namespace");
  const namespace = nsEl && resources[nsEl.attrs.resid] ? resources[nsEl.attrs.resid].el.attrs.DefaultValue : null;
  if (namespace !== null && !/^[A-Za-z][A-Za-z0-9_.]*$/.test(namespace)) err(nsEl, `custom functions namespace "${namespace}" must be letters, digits, "_" or "."`);
  if (cf && !sets.has("CustomFunctionsRuntime")) warn(cf, "custom functions are declared but Requirements has no CustomFunctionsRuntime set");
  const runtimes = find("Runtime");
  if (runtimes.length) {
    const rt = runtimes[0];
    if (!sets.has("SharedRuntime")) err(rt, 'a <Runtime> needs <Set Name="SharedRuntime" MinVersion="1.1"/> in Requirements');
    if (rt.attrs.lifetime !== "long") err(rt, 'the shared runtime needs lifetime="long" (Excel ends a short runtime after each command)');
    const want = rt.attrs.resid;
    const mustShare = [
      ...(cf && child(cf, "Page") ? [[child(child(cf, "Page"), "SourceLocation"), "custom functions <Page>"]] : []),
      ...(functionFile ? [[functionFile, "<FunctionFile>"]] : []),
      ...find("Action", (a) => typeOf(a) === "ShowTaskpane").map((a) => [child(a, "SourceLocation"), "ShowTaskpane <SourceLocation>"]),
    ];
    for (const [el, what] of mustShare) {
      if (el && el.attrs.resid !== want) err(el, `${what} uses resid "${el.attrs.resid}"; with a shared runtime it must be the Runtime's "${want}" or the runtime will not load`);
    }
  }

  return {
    errors,
    warnings,
    facts: {
      id: id ? id.text.trim() : null,
      defaultLocale: locale ? locale.text.trim() : null,
      permissions: perms ? perms.text.trim() : null,
      requirementSets: Object.fromEntries(sets),
      functionNames,
      namespace,
      sharedRuntime: runtimes.length > 0,
      baseUrl: base,
      urls: urls.map((u) => u.url),
    },
  };
}

// The folder URL of the start page: the other files are expected under it.
function baseOf(url) {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname.replace(/[^/]*$/, "")}`;
  } catch {
    return null;
  }
}

function order(rule) {
  return rule.items.map((it) => it.names.join("|")).join(", ");
}

/** Runs `xmllint --noout` when it is installed: null when fine or absent, else its message. */
function xmllintProblem(file) {
  const { spawnSync } = require("child_process");
  const r = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
  if (r.error) return null; // not installed: the JS parser still checks well-formedness
  if (r.status === 0) return null;
  const first = (r.stderr || r.stdout).split("\n").find((l) => l.trim()) || "not well-formed";
  return first.replace(/^[^:]*:(\d+):/, "line $1:").trim();
}

function validateManifestFile(file, options = {}) {
  const text = fs.readFileSync(file, "utf8");
  const dir = path.dirname(path.resolve(file));
  const checkAllFiles = options.checkAllFiles ?? fs.existsSync(path.join(dir, "taskpane.html"));
  const lint = options.xmllint === false ? null : xmllintProblem(file);
  const result = validateManifest(text, { dir, checkAllFiles });
  if (lint) result.errors.unshift(`xmllint: ${lint}`);
  return { ...result, checkedAllFiles: checkAllFiles };
}

module.exports = { validateManifest, validateManifestFile };
