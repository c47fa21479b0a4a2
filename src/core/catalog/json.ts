/**
 * Catalogs kept as JSON files (--catalog catalog.json). The schema:
 *
 * {
 *   "items": [{
 *     "code"?: string | number,         政策代码 ("1.1")
 *     "name": string,                   政策项, required
 *     "category"?: string,              政策类
 *     "capType"?: "fixed" | "max" | "rate" | "定额" | "最高" | "比例",
 *     "capAmount"?: number | string,    fixed or maximum amount (for "rate": its maximum), in `unit`
 *     "unit"?: "元" | "万元" | "亿元",  unit of capAmount, default 元
 *     "rate"?: number | string,         fraction of the base (0.1) or percent text ("10%", "200%")
 *     "year"?: number,                  the year the cap applies to; absent for every year
 *     "base"?: string,                  for "rate": what the rate is of, as the policy names it (研发费用)
 *     "document"?: string               依据文件
 *   }]
 * }
 *
 * Without capType, an item with a rate is "rate" and one with only an amount is "max" (a cap
 * read as a ceiling, never as an amount to be paid); an item with neither has no cap.
 * A bad file throws one CatalogError naming the item and field at fault.
 */
import { readAmount } from "../amount";
import { parseUnit, toYuan, type Unit } from "../units";
import type { CapType, Catalog, CatalogItem } from "./types";

export class CatalogError extends Error {
  /** JSON path of the offending value ("items[3].capAmount"), when there is one. */
  readonly path: string | null;
  constructor(message: string, path: string | null = null) {
    super(message);
    this.name = "CatalogError";
    this.path = path;
  }
}

const CAP_TYPES: Record<string, CapType> = {
  fixed: "fixed",
  max: "max",
  rate: "rate",
  定额: "fixed",
  最高: "max",
  比例: "rate",
};

const KNOWN_KEYS = new Set(["code", "name", "category", "capType", "capAmount", "unit", "rate", "year", "base", "document"]);

export function catalogFromJson(text: string, name: string): Catalog {
  const fail = (what: string, path: string | null = null): never => {
    throw new CatalogError(`目录文件 ${name} 有误：${what}`, path);
  };
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return fail(`不是有效的 JSON（${(e as Error).message}）`);
  }
  if (!isObject(doc) || !Array.isArray(doc.items)) return fail(`应为 { "items": [...] }`);
  const items: CatalogItem[] = [];
  doc.items.forEach((raw: unknown, i: number) => {
    const at = `items[${i}]`;
    if (!isObject(raw)) return fail(`${at} 应为对象`, at);
    for (const k of Object.keys(raw)) if (!KNOWN_KEYS.has(k)) fail(`${at} 含未知字段 "${k}"`, `${at}.${k}`);

    const itemName = optText(raw, "name", at, fail);
    if (!itemName) return fail(`${at}.name（政策项）缺失或为空`, `${at}.name`);

    let unit: Unit = "元";
    if (raw.unit !== undefined && raw.unit !== null) {
      const u = typeof raw.unit === "string" ? parseUnit(raw.unit) : null;
      if (!u) return fail(`${at}.unit 应为 "元"、"万元" 或 "亿元"，实为 ${show(raw.unit)}`, `${at}.unit`);
      unit = u;
    }
    const capAmount = optNumber(raw, "capAmount", at, fail);
    if (capAmount !== null && capAmount < 0) fail(`${at}.capAmount 不能为负数`, `${at}.capAmount`);
    const rate = optRate(raw, at, fail);

    let capType: CapType | null = null;
    if (raw.capType !== undefined && raw.capType !== null && raw.capType !== "") {
      const t = typeof raw.capType === "string" ? CAP_TYPES[raw.capType.trim()] : undefined;
      if (!t)
        return fail(`${at}.capType 应为 fixed/max/rate（定额/最高/比例），实为 ${show(raw.capType)}`, `${at}.capType`);
      capType = t;
    } else if (rate !== null) capType = "rate";
    else if (capAmount !== null) capType = "max";

    if ((capType === "fixed" || capType === "max") && capAmount === null)
      fail(`${at} 上限类型为 ${raw.capType ?? capType}，但缺少 capAmount`, `${at}.capAmount`);
    if (capType === "rate" && rate === null) fail(`${at} 上限类型为比例，但缺少 rate`, `${at}.rate`);

    let year: number | null = null;
    if (raw.year !== undefined && raw.year !== null) {
      const y = typeof raw.year === "string" && /^\s*\d{4}\s*$/.test(raw.year) ? Number(raw.year) : raw.year;
      if (typeof y !== "number" || !Number.isInteger(y) || y < 1900 || y > 9999)
        return fail(`${at}.year 应为四位年份，实为 ${show(raw.year)}`, `${at}.year`);
      year = y;
    }

    const codeRaw = raw.code;
    let code: string | null = null;
    if (typeof codeRaw === "number" && Number.isFinite(codeRaw)) code = String(codeRaw);
    else if (codeRaw !== undefined && codeRaw !== null) code = optText(raw, "code", at, fail) || null;

    const item: CatalogItem = {
      code,
      name: itemName,
      category: optText(raw, "category", at, fail) || null,
      capType,
      capAmount: capAmount === null ? null : toYuan(capAmount, unit),
      rate,
      year,
      document: optText(raw, "document", at, fail) || null,
    };
    // The base's name, as a catalog table's 计算基数 gives it (CatalogItem.base): a file may state it too.
    const base = optText(raw, "base", at, fail);
    if (base) item.base = base;
    items.push(item);
  });
  return { origin: "file", name, items };
}

type Fail = (what: string, path?: string | null) => never;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 40 ? s.slice(0, 40) + "…" : s;
}

function optText(o: Record<string, unknown>, key: string, at: string, fail: Fail): string {
  const v = o[key];
  if (v === undefined || v === null) return "";
  if (typeof v !== "string") return fail(`${at}.${key} 应为文本，实为 ${show(v)}`, `${at}.${key}`);
  return v.trim();
}

function optNumber(o: Record<string, unknown>, key: string, at: string, fail: Fail): number | null {
  const v = o[key];
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "number" || typeof v === "string") {
    const r = readAmount(v);
    if (r.kind === "nothing") return null;
    if (r.kind === "number" && !r.percent && !r.unit) return r.value;
  }
  return fail(`${at}.${key} 应为金额，实为 ${show(v)}`, `${at}.${key}`);
}

function optRate(o: Record<string, unknown>, at: string, fail: Fail): number | null {
  const v = o.rate;
  if (v === undefined || v === null || v === "") return null;
  const bad = (): never =>
    fail(`${at}.rate 应为小数（0.1）或百分比文本（"10%"；超过100%的请写成 "200%"），实为 ${show(v)}`, `${at}.rate`);
  let r: number;
  let percent = false;
  if (typeof v === "number") r = v;
  else if (typeof v === "string") {
    const read = readAmount(v);
    if (read.kind !== "number" || read.unit) return bad();
    r = read.value;
    percent = read.percent;
  } else return bad();
  if (!Number.isFinite(r) || r <= 0) return bad();
  // A plain 10 would be 1000%: almost certainly meant as a percent, so say so rather than guess.
  // Written as a percent, a rate above 100% is what it says (双倍奖励: "200%" of another award).
  if (r > 1 && !percent) return bad();
  return r;
}
