/**
 * Column mappings kept as a file (--map mapping.json), in the shape the task pane saves in the
 * workbook's document settings: an array of { sheet, range?, kind?, headerRows?, columns }. A
 * reviewer fixes a reading once and applies it to a whole batch. A bad file is one clear error.
 */
import { both, type Localised } from "./i18n/localised";
import { TABLE_KINDS, fieldsOf, type Field, type TableKind } from "./kinds/index";
import type { ColumnMapping } from "./tables/base";

export class MappingError extends Error {
  constructor(readonly text: Localised) {
    super(text["zh-CN"]);
    this.name = "MappingError";
  }
}

const ALL_FIELDS = new Set<string>(TABLE_KINDS.flatMap((k) => fieldsOf(k)));

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function mappingsFromJson(text: string, name: string): ColumnMapping[] {
  const fail = (zh: string, en: string): never => {
    throw new MappingError(both(`映射文件 ${name} 有误：${zh}`, `mapping file ${name}: ${en}`));
  };
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return fail(`不是有效的 JSON（${(e as Error).message}）`, `not valid JSON (${(e as Error).message})`);
  }
  // The array itself, or the document settings object holding it.
  const list = Array.isArray(doc) ? doc : isObject(doc) ? (doc["subsidyAudit.mappings"] ?? doc.mappings) : undefined;
  if (!Array.isArray(list)) return fail("应为映射的数组 [...]", "expected an array of mappings [...]");
  return list.map((raw: unknown, i: number): ColumnMapping => {
    const at = `[${i}]`;
    if (!isObject(raw)) return fail(`${at} 应为对象`, `${at} must be an object`);
    if (typeof raw.sheet !== "string" || raw.sheet === "") return fail(`${at}.sheet 应为工作表名`, `${at}.sheet must be a sheet name`);
    const m: ColumnMapping = { sheet: raw.sheet, columns: {} };
    if (raw.range !== undefined) {
      if (typeof raw.range !== "string") return fail(`${at}.range 应为区域，如 "B3:H40"`, `${at}.range must be a range such as "B3:H40"`);
      m.range = raw.range;
    }
    if (raw.kind !== undefined) {
      if (typeof raw.kind !== "string" || !TABLE_KINDS.includes(raw.kind as TableKind))
        return fail(`${at}.kind 应为 ${TABLE_KINDS.join("、")} 之一`, `${at}.kind must be one of ${TABLE_KINDS.join(", ")}`);
      m.kind = raw.kind as TableKind;
    }
    if (raw.headerRows !== undefined) {
      if (typeof raw.headerRows !== "number" || !Number.isInteger(raw.headerRows) || raw.headerRows < 0 || raw.headerRows > 3)
        return fail(`${at}.headerRows 应为 0 到 3`, `${at}.headerRows must be 0 to 3`);
      m.headerRows = raw.headerRows;
    }
    if (raw.columns !== undefined && !isObject(raw.columns)) return fail(`${at}.columns 应为 { 列字母: 字段 }`, `${at}.columns must be { letter: field }`);
    const allowed = m.kind ? new Set<string>(fieldsOf(m.kind)) : ALL_FIELDS;
    for (const [letter, field] of Object.entries((raw.columns ?? {}) as Record<string, unknown>)) {
      if (!/^[A-Za-z]{1,3}$/.test(letter.trim())) return fail(`${at}.columns 的“${letter}”不是列字母`, `${at}.columns: "${letter}" is not a column letter`);
      if (field !== null && (typeof field !== "string" || !allowed.has(field)))
        return fail(`${at}.columns.${letter} 的“${String(field)}”不是可用字段`, `${at}.columns.${letter}: "${String(field)}" is not a field`);
      m.columns[letter.trim().toUpperCase()] = field as Field | null;
    }
    return m;
  });
}
