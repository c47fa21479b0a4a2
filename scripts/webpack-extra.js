// webpack.config.js's extension hook: adds the preview page (dist/preview.html), which runs the
// built task pane against an in-memory workbook (`npm run preview`, browser tests). It is not part
// of the add-in: the manifest never points at it and the pane's size budget does not count it.
"use strict";
const HtmlWebpackPlugin = require("html-webpack-plugin");

const PREVIEW_PAGE = "preview.html";

/**
 * The preview needs no Office.js, and office.js outside Office reaches for Microsoft's telemetry
 * service: drop the office.js tag LocalOfficeJsPlugin adds to every page, on the preview page only.
 */
class PreviewWithoutOfficeJs {
  apply(compiler) {
    compiler.hooks.compilation.tap("PreviewWithoutOfficeJs", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("PreviewWithoutOfficeJs", (data) => {
        if (data.outputName === PREVIEW_PAGE) {
          const isOfficeJs = (t) => t.tagName === "script" && /office(\.debug)?\.js$/.test(String(t.attributes.src || ""));
          data.headTags = data.headTags.filter((t) => !isOfficeJs(t));
          data.bodyTags = data.bodyTags.filter((t) => !isOfficeJs(t));
        }
        return data;
      });
    });
  }
}

module.exports = (config, { dev }) => {
  config.entry.preview = "./src/preview/index.tsx";
  config.plugins.push(
    new HtmlWebpackPlugin({ filename: PREVIEW_PAGE, template: "./src/preview/preview.html", chunks: ["preview"], hash: !dev }),
    new PreviewWithoutOfficeJs()
  );
};
