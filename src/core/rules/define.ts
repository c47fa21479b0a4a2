/**
 * A rule as a module: its id, severity, titles and messages travel together, with the message
 * parameters typed, so a check cannot hand a rule a parameter its messages do not read.
 *
 * Messages read parameters through `Params`, which never throws on a missing or mistyped value
 * (it reads as blank): the pane re-renders stored findings in the other language, and what was
 * stored may come from an older version.
 */
import type { Finding, MessageParams, RuleId, Severity } from "../findings";
import type { Lang } from "../settings";
import { formatRate, formatYuan, groupNumber } from "../i18n/format";
import type { Localised } from "../i18n/localised";

/** Parameter values: plain, so a finding serialises to JSON as is. */
export type ParamValue = string | number | null | undefined;

/** Read access to a finding's parameters, in the message's language. */
export class Params<P extends Record<string, ParamValue>> {
  constructor(
    private readonly p: Partial<Record<keyof P, unknown>>,
    readonly lang: Lang,
  ) {}
  get zh(): boolean {
    return this.lang === "zh-CN";
  }
  s(k: keyof P): string {
    const v = this.p[k];
    return v === null || v === undefined ? "" : String(v);
  }
  has(k: keyof P): boolean {
    const v = this.p[k];
    return v !== null && v !== undefined && v !== "";
  }
  n(k: keyof P): number {
    const v = this.p[k];
    return typeof v === "number" ? v : Number(v);
  }
  yuan(k: keyof P): string {
    return formatYuan(this.n(k), this.lang);
  }
  rate(k: keyof P, decimals = 2): string {
    return formatRate(this.n(k), this.lang, decimals);
  }
  count(k: keyof P): string {
    return groupNumber(this.n(k));
  }
  /** "上海某某有限公司 " / "Company: " before a message about one enterprise, when named. */
  who(k: keyof P = "enterprise" as keyof P): string {
    return this.has(k) ? this.s(k) + (this.zh ? " " : ": ") : "";
  }
  /** The text in the message's language. */
  t(text: Localised): string {
    return text[this.lang] ?? text["zh-CN"];
  }
}

export type Template<P extends Record<string, ParamValue>> = (p: Params<P>) => string;

export interface RuleDef<Id extends RuleId = RuleId, P extends Record<string, ParamValue> = Record<string, ParamValue>> {
  readonly id: Id;
  readonly severity: Severity;
  readonly title: Localised;
  readonly message: Readonly<Record<Lang, Template<P>>>;
  /** The finding this rule makes about one cell. */
  at(where: At, params: P, lang: Lang, actual?: number, expected?: number): Finding;
  /** The message for stored params, in either language. */
  format(params: MessageParams, lang: Lang): string;
}

/** Where a finding points: the sheet, the A1 cell, and the sheet row (0-based) of its record. */
export interface At {
  sheet: string;
  cell: string;
  row: number;
}

export function defineRule<Id extends RuleId, P extends Record<string, ParamValue>>(spec: {
  id: Id;
  severity: Severity;
  title: Localised;
  zh: Template<P>;
  en: Template<P>;
}): RuleDef<Id, P> {
  const message = { "zh-CN": spec.zh, "en-US": spec.en } as const;
  const format = (params: MessageParams, lang: Lang): string => {
    const l: Lang = lang === "en-US" ? "en-US" : "zh-CN";
    return message[l](new Params<P>(params as Partial<P>, l));
  };
  return {
    id: spec.id,
    severity: spec.severity,
    title: spec.title,
    message,
    format,
    at(where, params, lang, actual, expected) {
      // Key order follows the JSON example of the contract.
      const f = {
        rule: spec.id,
        severity: spec.severity,
        sheet: where.sheet,
        cell: where.cell,
        message: format(params as MessageParams, lang),
      } as Finding;
      if (actual !== undefined && Number.isFinite(actual)) f.actual = actual;
      if (expected !== undefined && Number.isFinite(expected)) f.expected = expected;
      f.params = params as MessageParams;
      f.row = where.row;
      return f;
    },
  };
}
