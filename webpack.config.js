// Builds the add-in into dist/: one page (taskpane.html) hosts the task pane, the ribbon
// commands and the custom functions, as a shared runtime needs. Modelled on the Excel custom
// functions shared-runtime template. office.js comes from Microsoft's CDN, as Microsoft requires
// (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn);
// that address is the one thing a page may load from another host (NoRemoteScriptsPlugin), and
// tests and the preview intercept it (tests/browser/office-js-route.ts, scripts/preview.js).
//
//   npm run build                          production, manifest URLs -> https://www.contoso.com/
//   npm run build -- --env url=https://host/path/   (or ADDIN_URL=...) another production URL
//   npm run build:dev                      development, manifest URLs stay https://localhost:3000/
//   npm run dev-server                     https://localhost:3000 (http when no dev certificate)
//
// zh-CN function metadata: when scripts/functions-locale.js exists, it turns functions.json into
// functions.zh-CN.json (see functionsLocalePlugins below); otherwise a copy stands in, with a warning.
//
// Extension hook: if scripts/webpack-extra.js exists it is called as
//   require("./scripts/webpack-extra.js")(config, { mode, dev, serving, distDir })
// and may change the config in place (e.g. push a plugin) or return a new one.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const {
  OfficeJsCdnPlugin,
  NoRemoteScriptsPlugin,
  DerivedAssetPlugin,
  LocaleMetadataFallbackPlugin,
  PaneBudgetPlugin,
  rewriteManifestUrls,
} = require("./scripts/webpack-plugins");

const DEV_URL = "https://localhost:3000/";
const DEFAULT_PROD_URL = "https://www.contoso.com/"; // change with --env url=... or ADDIN_URL
const DEV_PORT = 3000;
// The commands first: their buttons work as soon as their entry has run, before the pane's
// larger bundle has (HtmlWebpackPlugin keeps this order with chunksSortMode "manual").
const PAGE_ENTRIES = ["commands", "functions", "taskpane"];
const PANE_BUDGET_GZIP = 300 * 1024;
const DIST = path.resolve(__dirname, "dist");
const LOCALE_SCRIPT = path.join(__dirname, "scripts", "functions-locale.js");
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

function productionUrl(env) {
  const url = env.url || process.env.ADDIN_URL || DEFAULT_PROD_URL;
  if (!/^https:\/\/[^/]+/.test(url)) throw new Error(`webpack: the production URL must start with https:// (got "${url}")`);
  return url.endsWith("/") ? url : `${url}/`;
}

// office-addin-dev-certs' files, read directly: its getHttpsServerOptions() rejects on Linux
// because the OS-trust step fails there.
function devServerTransport(env) {
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(CERT_DIR, f)]));
  const forceHttp = env.http || process.env.DEV_SERVER_HTTP === "1";
  if (!forceHttp && Object.values(paths).every((p) => fs.existsSync(p))) {
    return { type: "https", options: Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)])) };
  }
  console.warn(
    forceHttp
      ? `dev-server: serving http://localhost:${DEV_PORT} (http requested); Office itself needs https`
      : `dev-server: no certificate in ${CERT_DIR} (run \`npx office-addin-dev-certs install\`); serving http://localhost:${DEV_PORT}, which Office will not load`,
  );
  return "http";
}

// zh-CN function metadata from the functions owner's scripts/functions-locale.js: its
// FunctionsLocalePlugin class when it exports one, else its localizedJson(jsonText, locale).
function functionsLocalePlugins() {
  if (!fs.existsSync(LOCALE_SCRIPT)) return [];
  const mod = require(LOCALE_SCRIPT);
  if (typeof mod.FunctionsLocalePlugin === "function") return [new mod.FunctionsLocalePlugin({ input: "functions.json", locales: ["zh-CN"] })];
  if (typeof mod.localizedJson === "function") {
    return [new DerivedAssetPlugin({ from: "functions.json", to: "functions.zh-CN.json", derive: (text) => mod.localizedJson(text, "zh-CN") })];
  }
  return [];
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const dev = mode === "development";
  const serving = Boolean(process.env.WEBPACK_SERVE || env.WEBPACK_SERVE);
  const targetUrl = dev ? DEV_URL : productionUrl(env);

  const config = {
    mode,
    context: __dirname,
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: DIST,
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      // Lets TypeScript sources import "./x.js" for x.ts, as Node16-style code does.
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking runs separately (`npm run typecheck`); the bundle only transpiles.
          use: { loader: "ts-loader", options: { transpileOnly: true, onlyCompileBundledFiles: true } },
        },
        { test: /\.(png|jpe?g|gif|svg|woff2?)$/i, type: "asset/resource", generator: { filename: "media/[name].[contenthash:8][ext]" } },
      ],
    },
    optimization: {
      // One webpack runtime for the page: modules shared by the pane, the commands and the
      // functions are instantiated once, so they share state in the shared runtime.
      runtimeChunk: "single",
      // Split node_modules by the set of entries that use them (no fixed chunk names), so each
      // page loads only the vendor code its own entries need; HtmlWebpackPlugin adds the split
      // chunks of the entries it is given.
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, idHint: "vendor-react", priority: 30 },
          fluent: { test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc)[\\/]/, idHint: "vendor-fluent", priority: 20 },
          defaultVendors: { test: /[\\/]node_modules[\\/]/, idHint: "vendors", priority: 10, reuseExistingChunk: true },
        },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the one page loads all three entries (split chunks and the runtime
        // chunk come along automatically: the plugin includes each entrypoint's files).
        chunks: PAGE_ENTRIES,
        chunksSortMode: "manual",
        // A query hash per build so Office's web view does not serve stale bundles.
        hash: !dev,
      }),
      new OfficeJsCdnPlugin(),
      new NoRemoteScriptsPlugin({ requireOfficeJs: ["taskpane.html"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          // The geography: fetched by the add-in from its own host, one city's file at a time.
          { from: "assets/geo", to: "assets/geo" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (dev ? content : rewriteManifestUrls(content, DEV_URL, targetUrl)),
          },
        ],
      }),
      ...functionsLocalePlugins(),
      new LocaleMetadataFallbackPlugin(), // a copy of functions.json (and a warning) if none came
      ...(dev ? [] : [new PaneBudgetPlugin({ entries: PAGE_ENTRIES, maxGzipBytes: PANE_BUDGET_GZIP })]),
    ],
    performance: { hints: false }, // PaneBudgetPlugin measures what matters (gzipped page JS)
    stats: { preset: "errors-warnings", assets: true, excludeAssets: [/^assets\//], timings: true, logging: "info" },
    devServer: {
      host: "localhost", // not exposed to the network
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { errors: true, warnings: false } },
    },
  };
  if (serving) config.devServer.server = devServerTransport(env);

  const extra = path.join(__dirname, "scripts", "webpack-extra.js");
  if (fs.existsSync(extra)) {
    const result = require(extra)(config, { mode, dev, serving, distDir: DIST });
    if (result) return result;
  }
  return config;
};
