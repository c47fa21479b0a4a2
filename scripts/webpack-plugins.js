// Small webpack plugins used by webpack.config.js. Each guards one house rule of the add-in.
"use strict";
const fs = require("fs");
const zlib = require("zlib");
const { Compilation, WebpackError, sources } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/**
 * Puts <script src="./office-js/office.js"> first in <head> of every generated page unless the
 * template already loads office.js. Office.js must load before the bundles (they call
 * Office.onReady) and from our own server: the add-in makes no request outside it.
 */
class LocalOfficeJsPlugin {
  constructor(src = "./office-js/office.js") {
    this.src = src;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap("LocalOfficeJsPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("LocalOfficeJsPlugin", (data) => {
        const template = String(data.plugin.options.template || "").replace(/^.*!/, "");
        const text = template && fs.existsSync(template) ? fs.readFileSync(template, "utf8") : "";
        if (!/<script\b[^>]*\bsrc\s*=\s*["']?[^"'>]*office(\.debug)?\.js/i.test(text)) {
          data.headTags.unshift(HtmlWebpackPlugin.createHtmlTagObject("script", { src: this.src }));
        }
        return data;
      });
    });
  }
}

/** Fails the build when an emitted page loads anything from another host (e.g. the office.js CDN). */
class NoRemoteScriptsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("NoRemoteScriptsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "NoRemoteScriptsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        for (const name of Object.keys(assets)) {
          if (!name.endsWith(".html") || name.startsWith("office-js/")) continue;
          const html = assets[name].source().toString();
          const remote = /<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/i.exec(html);
          if (html.includes("appsforoffice.microsoft.com") || remote) {
            compilation.errors.push(new WebpackError(`${name} loads ${remote ? remote[1] : "office.js from the CDN"}: the add-in must load everything from its own server (office.js is served from ./office-js/)`));
          }
        }
      });
    });
  }
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
  LocalOfficeJsPlugin,
  NoRemoteScriptsPlugin,
  DerivedAssetPlugin,
  LocaleMetadataFallbackPlugin,
  PaneBudgetPlugin,
  rewriteManifestUrls,
};
