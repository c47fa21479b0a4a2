// Small webpack plugins used by webpack.config.js. Each guards one house rule of the add-in.
"use strict";
const fs = require("fs");
const zlib = require("zlib");
const { Compilation, WebpackError, sources } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/**
 * Office.js as Microsoft requires add-ins to load it: from its CDN
 * (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn).
 * The npm package @microsoft/office-js is an old snapshot for offline development and tests only.
 */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** A <script> tag that loads office.js (from anywhere), as written in a template or page. */
const OFFICE_JS_TAG = /<script\b[^>]*\bsrc\s*=\s*["']?[^"'>]*office(\.debug)?\.js/i;

/**
 * Puts <script src="OFFICE_JS_CDN"> first in <head> of every generated page unless the
 * template already loads office.js. Office.js must load before the bundles (they call
 * Office.onReady and Office.actions.associate).
 */
class OfficeJsCdnPlugin {
  constructor(src = OFFICE_JS_CDN) {
    this.src = src;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap("OfficeJsCdnPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("OfficeJsCdnPlugin", (data) => {
        const template = String(data.plugin.options.template || "").replace(/^.*!/, "");
        const text = template && fs.existsSync(template) ? fs.readFileSync(template, "utf8") : "";
        if (!OFFICE_JS_TAG.test(text)) {
          data.headTags.unshift(HtmlWebpackPlugin.createHtmlTagObject("script", { src: this.src }));
        }
        return data;
      });
    });
  }
}

/**
 * Fails the build when an emitted page loads anything from another host, except office.js from
 * exactly OFFICE_JS_CDN; when a page loads office.js from anywhere else (a local copy); and when
 * one of `requireOfficeJs` (the add-in's pages) does not load it from the CDN.
 */
class NoRemoteScriptsPlugin {
  constructor({ requireOfficeJs = ["taskpane.html"] } = {}) {
    this.requireOfficeJs = requireOfficeJs;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("NoRemoteScriptsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "NoRemoteScriptsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        for (const name of Object.keys(assets)) {
          if (!name.endsWith(".html")) continue;
          for (const problem of pageProblems(assets[name].source().toString(), this.requireOfficeJs.includes(name))) {
            compilation.errors.push(new WebpackError(`${name}: ${problem}`));
          }
        }
      });
    });
  }
}

/** What is wrong with a page's outside references (an empty list when nothing is). */
function pageProblems(html, mustLoadOfficeJs) {
  const problems = [];
  const refs = [...html.matchAll(/<(script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => ({ tag: m[1].toLowerCase(), url: m[2] }));
  for (const { tag, url } of refs) {
    const remote = /^(https?:)?\/\//i.test(url);
    const officeJs = /(^|\/)office(\.debug)?\.js(\?|$)/i.test(url);
    if (officeJs && url !== OFFICE_JS_CDN) problems.push(`loads office.js from ${url}; it must come from ${OFFICE_JS_CDN}`);
    else if (remote && !(tag === "script" && url === OFFICE_JS_CDN)) problems.push(`loads ${url}; the add-in loads nothing from another host except office.js from ${OFFICE_JS_CDN}`);
  }
  if (/appsforoffice\.microsoft\.com/i.test(html.replace(new RegExp(OFFICE_JS_CDN.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"), "g"), ""))) {
    problems.push(`refers to ${"appsforoffice.microsoft.com"} other than ${OFFICE_JS_CDN}`);
  }
  if (mustLoadOfficeJs) {
    const scripts = refs.filter((r) => r.tag === "script").map((r) => r.url);
    if (!scripts.includes(OFFICE_JS_CDN)) problems.push(`does not load office.js from ${OFFICE_JS_CDN}`);
    else if (scripts[0] !== OFFICE_JS_CDN) problems.push("loads a script before office.js");
  }
  return problems;
}

/**
 * Emits `to` computed from the text of the emitted asset `from` by derive(text) -> string;
 * derive's errors fail the build. Used for functions.zh-CN.json from functions.json.
 */
class DerivedAssetPlugin {
  constructor({ from, to, derive }) {
    Object.assign(this, { from, to, derive });
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("DerivedAssetPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "DerivedAssetPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const src = compilation.getAsset(this.from);
        if (!src) return;
        try {
          compilation.emitAsset(this.to, new sources.RawSource(this.derive(src.source.source().toString())));
        } catch (e) {
          compilation.errors.push(new WebpackError(`${this.to}: ${e && e.message ? e.message : e}`));
        }
      });
    });
  }
}

/**
 * Until the functions owner emits functions.zh-CN.json, emit a copy of functions.json under
 * that name (with a warning): the manifest points zh-CN Excel at it, and a missing file would
 * leave zh-CN users with no FUND functions at all.
 */
class LocaleMetadataFallbackPlugin {
  constructor({ source = "functions.json", target = "functions.zh-CN.json" } = {}) {
    this.source = source;
    this.target = target;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocaleMetadataFallbackPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocaleMetadataFallbackPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const src = compilation.getAsset(this.source);
        if (!src || compilation.getAsset(this.target)) return;
        compilation.emitAsset(this.target, new sources.RawSource(src.source.source()));
        compilation.warnings.push(new WebpackError(`${this.target} was not generated; emitted a copy of ${this.source} (English names) so zh-CN Excel still loads the functions`));
      });
    });
  }
}

/**
 * Fails a production build when the JavaScript the task pane page loads (all its entry
 * points, split chunks and runtime; office.js excluded) exceeds the gzipped budget.
 */
class PaneBudgetPlugin {
  constructor({ entries, maxGzipBytes, fail = true }) {
    this.entries = entries;
    this.max = maxGzipBytes;
    this.fail = fail;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PaneBudgetPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "PaneBudgetPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const files = new Set();
        for (const name of this.entries) {
          const ep = compilation.entrypoints.get(name);
          if (ep) for (const f of ep.getFiles()) if (f.endsWith(".js")) files.add(f);
        }
        let total = 0;
        for (const f of files) {
          const asset = compilation.getAsset(f);
          if (asset) total += zlib.gzipSync(asset.source.buffer(), { level: 9 }).length;
        }
        const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
        const msg = `task pane page JavaScript: ${kb(total)} gzipped in ${files.size} files (budget ${kb(this.max)})`;
        compilation.paneBudget = { total, files: [...files] };
        if (total > this.max) (this.fail ? compilation.errors : compilation.warnings).push(new WebpackError(`${msg}: over budget`));
        else compilation.getLogger("PaneBudgetPlugin").info(msg);
      });
    });
  }
}

/** Replaces every occurrence of the development base URL in a manifest with the production one. */
function rewriteManifestUrls(content, fromUrl, toUrl) {
  return content.toString().split(fromUrl).join(toUrl);
}

module.exports = {
  OFFICE_JS_CDN,
  OfficeJsCdnPlugin,
  NoRemoteScriptsPlugin,
  pageProblems,
  DerivedAssetPlugin,
  LocaleMetadataFallbackPlugin,
  PaneBudgetPlugin,
  rewriteManifestUrls,
};
