#!/usr/bin/env node
/**
 * Localized custom function metadata (functions.zh-CN.json) from the generated functions.json
 * and one hand-kept text source, src/functions/locale/<locale>.json. Excel localizes only the
 * `name` and `description` of functions and parameters; ids, types, dimensionality and optional
 * flags are copied from the generated file, so the two can never drift apart. The manifest points
 * zh-CN users at the localized file (<bt:Override Locale="zh-CN" .../> on the metadata URL).
 *
 * Used by webpack.config.js (FunctionsLocalePlugin in scripts/webpack-plugins.js calls
 * localizeMetadata(functionsJson) and emits dist/functions.zh-CN.json), or by hand after a build:
 *   node scripts/functions-locale.js [dist/functions.json] [dist/functions.zh-CN.json]
 * Either fails when a function or parameter has no zh-CN text, when the text source names one that
 * no longer exists, or when a localized name breaks Excel's naming rules.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const LOCALE_DIR = path.join(__dirname, "..", "src", "functions", "locale");

/** Excel: starts with a letter, at least 3 characters, letters (any script), digits, "_" and ".". */
const NAME_RULE = /^\p{Alphabetic}[\p{Alphabetic}\p{Nd}_.]{2,127}$/u;

function loadLocaleSource(locale) {
  const file = path.join(LOCALE_DIR, `${locale}.json`);
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/**
 * Returns the localized metadata object, or throws an Error listing every problem found.
 * @param {object} metadata parsed functions.json
 * @param {object} [source] parsed locale text source (default: src/functions/locale/<locale>.json)
 * @param {string} [locale] default zh-CN
 */
function localizeMetadata(metadata, source, locale = "zh-CN") {
  source = source || loadLocaleSource(locale);
  const problems = [];
  const out = JSON.parse(JSON.stringify(metadata));
  const ids = new Set();
  const names = new Map();
  for (const fn of out.functions || []) {
    ids.add(fn.id);
    const text = source[fn.id];
    if (!text) {
      problems.push(`${fn.id}: no ${locale} text`);
      continue;
    }
    if (typeof text.name !== "string" || !NAME_RULE.test(text.name)) {
      problems.push(`${fn.id}: ${locale} name "${text.name}" must start with a letter and have 3+ letters, digits, "_" or "."`);
    } else if (names.has(text.name.toUpperCase())) {
      problems.push(`${fn.id}: ${locale} name "${text.name}" is also used by ${names.get(text.name.toUpperCase())}`);
    } else {
      names.set(text.name.toUpperCase(), fn.id);
    }
    if (typeof text.description !== "string" || text.description.trim() === "") {
      problems.push(`${fn.id}: no ${locale} description`);
    }
    fn.name = text.name;
    fn.description = text.description;
    const params = text.parameters || {};
    const declared = new Set();
    for (const p of fn.parameters || []) {
      declared.add(p.name);
      const pt = params[p.name];
      if (!pt || typeof pt.name !== "string" || pt.name.trim() === "" || typeof pt.description !== "string") {
        problems.push(`${fn.id}(${p.name}): no ${locale} name and description`);
        continue;
      }
      p.name = pt.name;
      p.description = pt.description;
    }
    for (const extra of Object.keys(params)) {
      if (!declared.has(extra)) problems.push(`${fn.id}: ${locale} text for a parameter "${extra}" the function does not have`);
    }
  }
  for (const key of Object.keys(source)) {
    if (!key.startsWith("//") && !ids.has(key)) problems.push(`${key}: ${locale} text for a function that does not exist`);
  }
  if (problems.length > 0) {
    throw new Error(`functions.${locale}.json cannot be made:\n  ${problems.join("\n  ")}`);
  }
  return out;
}

function localizedJson(metadataJson, locale) {
  const metadata = JSON.parse(metadataJson);
  return JSON.stringify(localizeMetadata(metadata, loadLocaleSource(locale), locale), null, 4);
}

function localizedName(input, locale) {
  return input.replace(/\.json$/, `.${locale}.json`);
}

module.exports = { localizeMetadata, localizedJson, loadLocaleSource, NAME_RULE };

if (require.main === module) {
  const input = process.argv[2] || path.join(__dirname, "..", "dist", "functions.json");
  try {
    const json = fs.readFileSync(input, "utf8");
    const target = process.argv[3] || localizedName(input, "zh-CN");
    fs.writeFileSync(target, localizedJson(json, "zh-CN"));
    console.log(`wrote ${path.relative(process.cwd(), target)}`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
