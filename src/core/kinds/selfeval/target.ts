/**
 * An indicator's 年度指标值 and 实际完成值 as the forms write them, and whether the target was met:
 * `≥90%` against `96%`, `≤0.33万元` against `0.33万元`, `20家` against `24家`, `11月前` against `10月`,
 * `合规` / `达标` / `效果明显` against `达成预期指标`. A qualitative target is met only when the
 * actual value says so; what cannot be read is unknown, never a miss.
 */
import { toHalfWidth } from "../../text";

export type Comparison = ">=" | ">" | "<=" | "<" | "=";

export type Target =
  | { kind: "number"; op: Comparison; value: number; unit: string }
  | { kind: "deadline"; month: number; day: number | null; year?: number }
  | { kind: "quality"; text: string };

const OPS: [RegExp, Comparison][] = [
  [/^(≥|>=|≧|不低于|不少于|大于等于|大于或等于|至少|达到|不小于)/, ">="],
  [/^(≤|<=|≦|不高于|不超过|小于等于|小于或等于|控制在|不大于)/, "<="],
  [/^(>|大于|超过|高于)/, ">"],
  [/^(<|小于|低于)/, "<"],
  [/^(=|﹦|＝|等于|为)/, "="],
];

const NUMBER = /(-?\d+(?:,\d{3})*(?:\.\d+)?)\s*(%|‰|万元|亿元|元|[^\d\s.,，、;；()（）]{0,4})?/;

/** Money and percent units to a common scale; other measure words (户, 家, 场, 人) must match or be absent. */
function scale(unit: string): { factor: number; base: string } {
  switch (unit) {
    case "亿元":
      return { factor: 1e8, base: "元" };
    case "万元":
      return { factor: 1e4, base: "元" };
    case "元":
      return { factor: 1, base: "元" };
    case "%":
      return { factor: 0.01, base: "" };
    case "‰":
      return { factor: 0.001, base: "" };
    default:
      return { factor: 1, base: unit };
  }
}

function clean(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, "").replace(/^指标\d*[:：]/, "");
}

/**
 * Reads a target; `op`, `unit` from split columns (指标性质, 度量单位) when the form has them. A
 * bare figure is a minimum, unless `ceiling` (a 成本指标, a time limit): then it is a maximum.
 */
export function parseTarget(text: string | number | null, op?: string | null, unit?: string | null, ceiling = false): Target | null {
  if (text === null || text === undefined) return null;
  let t = clean(String(text));
  if (op) t = clean(op) + t;
  if (unit && !/[^\d.,]/.test(String(text))) t += clean(unit);
  if (t === "" || /^[-—…/]+$/.test(t)) return null;
  // A deadline may name its year (2020年12月底前完工, 2021年底前竣工): a result in a later year misses it.
  const deadline = /^(?:(\d{4})年)?(?:(\d{1,2})月(?:(\d{1,2})日|底|末)?|(?<=年)[底末]|年[底末])(?:前|之前|以前|内)/.exec(t);
  if (deadline) {
    const year = deadline[1] ? { year: Number(deadline[1]) } : {};
    if (!deadline[2]) return { kind: "deadline", month: 12, day: 31, ...year };
    return { kind: "deadline", month: Number(deadline[2]), day: deadline[3] ? Number(deadline[3]) : null, ...year };
  }
  let cmp: Comparison | null = null;
  let rest = t;
  for (const [re, c] of OPS) {
    const m = re.exec(rest);
    if (m) {
      cmp = c;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  const n = NUMBER.exec(rest);
  if (n && n.index <= 1) {
    const value = Number(n[1].replace(/,/g, ""));
    let u = n[2] ?? "";
    const after = rest.slice(n.index + n[0].length);
    if (/^以上|^及以上/.test(after) || /以上$/.test(u)) cmp ??= ">=";
    if (/^以下|^以内|^及以下/.test(after) || /以下$|以内$/.test(u)) cmp ??= "<=";
    u = u.replace(/(以上|以下|以内)$/, "");
    // A plain count or amount: more is what the target asks for, unless it says otherwise or is a cost.
    return { kind: "number", op: cmp ?? (ceiling ? "<=" : ">="), value, unit: u };
  }
  return { kind: "quality", text: t };
}

const MET_WORDS = /(达成|达到|完成|符合|已|是|良好|有效|明显|显著|达标|合规|健全|满意|提升|改善|及时|正常|保障|落实|实现|规范|稳定|持续|长效)/;
const NOT_WORDS = /(未|不|否|没有|无法|差|较差|滞后|延迟|逾期|不足)/;

/** Whether the actual value meets the target; null when it cannot be told. */
export function targetMet(target: Target, actual: string | number | null, actualUnit?: string | null): boolean | null {
  if (actual === null || actual === undefined) return null;
  const a = clean(String(actual)) + (actualUnit && typeof actual === "number" ? clean(actualUnit) : "");
  if (a === "" || /^[-—…/]+$/.test(a)) return null;
  if (target.kind === "quality") {
    if (a === target.text) return true;
    if (NOT_WORDS.test(a)) return false;
    return MET_WORDS.test(a) ? true : null;
  }
  if (target.kind === "deadline") {
    // Years are compared when both are written; else the months, as within the form's year.
    const y = /(\d{4})年/.exec(a);
    if (y && target.year !== undefined && Number(y[1]) !== target.year) return Number(y[1]) < target.year;
    const m = /(?:\d{4}年)?(\d{1,2})月(?:(\d{1,2})日)?/.exec(a);
    if (!m) return /按时|及时|提前|如期/.test(a) ? true : NOT_WORDS.test(a) ? false : null;
    const month = Number(m[1]);
    const day = m[2] ? Number(m[2]) : 1;
    if (month !== target.month) return month < target.month;
    return target.day === null ? true : day <= target.day;
  }
  const m = NUMBER.exec(a.replace(/^(≥|≤|>|<|=)/, ""));
  if (!m) return MET_WORDS.test(a) && !NOT_WORDS.test(a) ? true : null;
  const au = (m[2] ?? "").replace(/(以上|以下|以内)$/, "");
  const ts = scale(target.unit);
  const as = scale(au);
  // Different measures (户 against 场) cannot be compared; a missing unit takes the target's.
  if (au !== "" && target.unit !== "" && ts.base !== as.base) return null;
  const tv = target.value * ts.factor;
  const av = Number(m[1].replace(/,/g, "")) * (au === "" ? ts.factor : as.factor);
  const eps = Math.abs(tv) * 1e-9 + 1e-12;
  switch (target.op) {
    case ">=":
      return av >= tv - eps;
    case ">":
      return av > tv + eps;
    case "<=":
      return av <= tv + eps;
    case "<":
      return av < tv - eps;
    case "=":
      return Math.abs(av - tv) <= eps;
  }
}

/** Whether a cell states a comparison (≥, 大于等于, 不超过 …), as a direction word (正向, 反向指标) or 定量 does not. */
export function isComparison(text: string | null): boolean {
  if (text === null) return false;
  const t = clean(text);
  return OPS.some(([re]) => re.test(t));
}

/** A direction word saying less is better (反向, 反向指标): a bare figure under it is a maximum. */
export function isReverse(text: string | null): boolean {
  return text !== null && /^反向(指标)?$/.test(clean(text));
}

/** Indicators whose figure is a ceiling: 成本指标, costs, investments, prices, time limits. */
export function isCeiling(...labels: (string | null)[]): boolean {
  return labels.some((l) => l !== null && /(成本|费用|投资|单价|造价|价格|时限|时长|工作日|用时|耗时|支出)/.test(l));
}
