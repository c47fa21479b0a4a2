/**
 * Header matching by meaning. Each field keeps its words as data: `exact` wordings that name it
 * alone, `core` words that name it inside a longer heading (`企业详细名称`, `全年预算数`), `weak`
 * words that only hint at it, and `not` words that rule it out (`企业数` is no enterprise name).
 * A heading scores highest when it is one of the exact wordings, then when it ends with a core
 * word (in Chinese the head word comes last: `拟扶持金额` is an amount), then when it contains one.
 */
import type { HeaderText } from "./normalise";

export interface Meaning {
  exact?: readonly string[];
  core?: readonly string[];
  weak?: readonly string[];
  not?: readonly string[];
  /**
   * Head words ending a heading that name the field though they hold a `not` word: `支出预算` is a
   * budget for spending (the head word last). Ending with one, only the words before it are ruled out.
   */
  heads?: readonly string[];
  /**
   * Kinds a row may be, offered as alternatives in one cell (`项目 / 课题 / 其他`: a project, a research topic or
   * something else): a heading listing them names the field, though no one of them alone does.
   */
  choices?: readonly string[];
}

/** The catch-all closing a heading's alternatives (`项目/课题/其他`): it names no kind of its own. */
const CATCH_ALL = ["其他", "其它"];

export interface WordMatch {
  score: number;
  /** The word that decided it, for --explain and the pane. */
  word: string;
  how: "exact" | "ends" | "contains" | "weak";
}

function scoreText(text: string, m: Meaning): WordMatch | null {
  if (text === "") return null;
  const head = m.heads?.find((w) => text.endsWith(w));
  const ruled = head ? text.slice(0, text.length - head.length) : text;
  if (m.not) for (const w of m.not) if (ruled.includes(w) && !(m.exact ?? []).includes(text)) return null;
  if (m.exact) for (const w of m.exact) if (text === w) return { score: 1, word: w, how: "exact" };
  // Alternatives (`县市区/单位`: a county, or a unit for the lines that are none): the heading names
  // the field when each alternative is one of its exact wordings.
  const alternatives = text.split("/");
  if (m.exact && alternatives.length >= 2 && alternatives.every((a) => a !== "" && (m.exact ?? []).includes(a)))
    return { score: 0.95, word: text, how: "exact" };
  // Kinds offered as alternatives (`项目/课题/其他`): the field when the first is one of its choices and the rest
  // are too, or the catch-all. The cell's own slashes, not header levels (those are scored a cell at a time).
  if (m.choices && alternatives.length >= 2 && m.choices.includes(alternatives[0]) && alternatives.every((a) => m.choices?.includes(a) || CATCH_ALL.includes(a)))
    return { score: 0.9, word: text, how: "exact" };
  let best: WordMatch | null = null;
  const consider = (w: string, weight: number, weak: boolean) => {
    const at = text.lastIndexOf(w);
    if (at < 0) return;
    const share = w.length / text.length;
    const ends = at + w.length === text.length;
    const s = weight * (ends ? 0.6 + 0.35 * share : 0.45 + 0.3 * share);
    if (!best || s > best.score) best = { score: s, word: w, how: weak ? "weak" : ends ? "ends" : "contains" };
  };
  if (head) consider(head, 1, false);
  if (m.core) for (const w of m.core) consider(w, 1, false);
  if (m.weak) for (const w of m.weak) consider(w, 0.55, true);
  return best;
}

/**
 * How well a heading names a field, 0..1. The words outside brackets count fully; with the
 * bracketed words added (`涉及政策项（数量）`) slightly less.
 */
export function scoreHeading(h: HeaderText, m: Meaning): WordMatch | null {
  const plain = scoreText(h.key, m);
  if (!h.inner) return plain;
  const withInner = scoreText(h.key + h.inner, m);
  if (withInner && (!plain || withInner.score * 0.95 > plain.score)) return { ...withInner, score: withInner.score * 0.95 };
  return plain;
}
