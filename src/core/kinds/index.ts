/**
 * The kinds of table the engine knows. Everything else — TableKind, the fields of each kind,
 * the check groups, the pane's mapping choices, the report's and the CLI's names — is derived
 * from this list. A new kind is its folder (fields, reader, rules, checks, tests) and one line here.
 */
import { tr, type Localised } from "../i18n/localised";
import type { Lang } from "../settings";
import { catalog } from "./catalog/index";
import { composition } from "./composition/index";
import { execution } from "./execution/index";
import { ledger } from "./ledger/index";
import { register } from "./register/index";
import { selfeval } from "./selfeval/index";
import { targets } from "./targets/index";

// Registers first: their rules (cap.*, register.*) lead the contract's list of rules.
export const KINDS = { register, composition, execution, catalog, selfeval, ledger, targets } as const;

export type Kinds = typeof KINDS;
export type TableKind = keyof Kinds;
/** Any kind's descriptor. */
export type AnyKind = Kinds[TableKind];
/** The table type each kind's reader returns. */
export type TableOf<K extends TableKind> = ReturnType<Kinds[K]["read"]>;
/** A field of a given kind, and of any kind. */
export type FieldOf<K extends TableKind> = keyof Kinds[K]["fields"] & string;
export type Field = { [K in TableKind]: FieldOf<K> }[TableKind];
/** The ribbon buttons and pane sections: each kind's checks belong to one. */
export type CheckGroup = AnyKind["group"];

export const TABLE_KINDS = Object.keys(KINDS) as TableKind[];
export const KIND_LIST: readonly AnyKind[] = Object.values(KINDS);
export const CHECK_GROUPS = [...new Set(KIND_LIST.map((k) => k.group))] as CheckGroup[];

/** The fields a kind can read, for validating hand mappings and the pane's choices. */
export function fieldsOf(kind: TableKind): Field[] {
  return Object.keys(KINDS[kind].fields) as Field[];
}

export function kindLabel(kind: TableKind, lang: Lang): string {
  return tr(KINDS[kind].label, lang);
}

/** A field's name in the user's language, as that kind's headers say it (a catalog's 比例 is no 执行率). */
export function fieldLabel(kind: TableKind | undefined, field: string, lang: Lang): string {
  const kinds = kind ? [KINDS[kind]] : KIND_LIST;
  for (const k of kinds) {
    const def = (k.fields as Record<string, { label: Localised } | undefined>)[field];
    if (def) return tr(def.label, lang);
  }
  return field;
}

/** A check group's name (上限核查, 资金对账), as its kinds give it. */
export function groupLabel(group: CheckGroup, lang: Lang): string {
  const k = KIND_LIST.find((x) => x.group === group);
  return k ? tr(k.groupLabel, lang) : group;
}
