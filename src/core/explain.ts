/**
 * Saying how tables were read, and why none was: the nearest candidate when nothing is
 * recognised (`申报清单？第 3 行：缺少“金额”列`), and for --explain and the pane every table and
 * near miss with each column's reading and the words that decided it.
 */
import { a1, rangeA1 } from "./grid";
import { fieldLabel, kindLabel, type TableKind } from "./kinds/index";
import type { Lang } from "./settings";
import type { Candidate } from "./tables/header";
import type { RecognisedTable, RecognitionResult } from "./tables/types";

/** The near miss most like a table: the best score, earliest on ties. */
export function nearestCandidate(candidates: readonly Candidate[] | undefined): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates ?? []) if (!best || c.score > best.score + 1e-9) best = c;
  return best;
}

function missingText(kind: TableKind, missing: Candidate["missing"], lang: Lang): string {
  return missing
    .map((group) => group.map((f) => (lang === "zh-CN" ? `“${fieldLabel(kind, f, lang)}”` : `"${fieldLabel(kind, f, lang)}"`)).join(lang === "zh-CN" ? "或" : " or "))
    .join(lang === "zh-CN" ? "、" : ", ");
}

/** `申报清单？名单 第 3 行：缺少“金额”列` / `Register? 名单 row 3: no "amount" column`. */
export function describeCandidate(c: Candidate, lang: Lang): string {
  const kind = kindLabel(c.kind, lang);
  const what = missingText(c.kind, c.missing, lang);
  return lang === "zh-CN"
    ? `${kind}？${c.sheet} 第 ${c.row + 1} 行：缺少${what}列`
    : `${kind}? ${c.sheet} row ${c.row + 1}: no ${what} column`;
}

export interface ExplainedColumn {
  cell: string;
  header: string;
  field: string | null;
  /** The field's name in the kind's words, or a dash for an unused column. */
  reading: string;
  why: string;
}

export interface ExplainedTable {
  sheet: string;
  where: string;
  kind: TableKind;
  kindName: string;
  recognised: boolean;
  /** For a near miss: what it lacked. */
  lacking?: string;
  score: number;
  columns: ExplainedColumn[];
}

function why(c: RecognisedTable["columns"][number], kind: TableKind, lang: Lang): string {
  const e = c.evidence;
  if (!e) return "";
  const zh = lang === "zh-CN";
  const parts: string[] = [];
  switch (e.how) {
    case "manual":
      parts.push(zh ? "手工指定" : "mapped by hand");
      break;
    case "part":
      parts.push(zh ? `分项（${e.word ?? "其中"}）` : `a part column (${e.word ?? "其中"})`);
      break;
    case "title":
      parts.push(zh ? `标题所示“${e.word}”` : `"${e.word}" as the title reads it`);
      break;
    case "values":
      parts.push(zh ? "按数值（表头未说明）" : "from its values (the heading says nothing)");
      break;
    case "parent":
      parts.push(zh ? `上级表头“${e.word}”` : `group heading "${e.word}"`);
      break;
    case "level":
      parts.push(zh ? `按层级“${e.word}”（上级拨款为基数）` : `by its level "${e.word}" (an upper level's grant is the base)`);
      break;
    case null:
      break;
    default:
      parts.push(zh ? `“${e.word}”（${e.how === "exact" ? "全同" : e.how === "ends" ? "结尾" : e.how === "contains" ? "包含" : "提示"}）` : `"${e.word}" (${e.how})`);
  }
  parts.push(zh ? `表头分 ${e.score.toFixed(2)}` : `heading ${e.score.toFixed(2)}`);
  if (e.fit !== null) parts.push(zh ? `数值相符 ${Math.round(e.fit * 100)}%` : `values fit ${Math.round(e.fit * 100)}%`);
  if (e.runnerUp) parts.push(zh ? `其次：${fieldLabel(kind, e.runnerUp.field, lang)}` : `next: ${fieldLabel(kind, e.runnerUp.field, lang)}`);
  if (c.part) parts.push(zh ? `为 ${a1(0, c.part.of).replace(/\d+$/, "")} 列的分项` : `part of column ${a1(0, c.part.of).replace(/\d+$/, "")}`);
  if (c.within !== undefined) parts.push(zh ? `为 ${a1(0, c.within).replace(/\d+$/, "")} 列地点的下级` : `the lower level of column ${a1(0, c.within).replace(/\d+$/, "")}'s place`);
  return parts.join(zh ? "；" : "; ");
}

/** Every recognised table with its columns' readings, then the near misses. */
export function explain(result: Pick<RecognitionResult, "tables" | "candidates">, lang: Lang): ExplainedTable[] {
  const out: ExplainedTable[] = [];
  for (const t of result.tables) {
    out.push({
      sheet: t.sheet,
      where: rangeA1(t.range),
      kind: t.kind,
      kindName: kindLabel(t.kind, lang),
      recognised: true,
      score: Math.round(t.columns.reduce((s, c) => s + (c.evidence && c.field ? c.evidence.score : 0), 0) * 100) / 100,
      columns: t.columns.map((c) => ({
        cell: a1(t.range.r0, c.col),
        header: c.header,
        field: c.field,
        reading: c.field ? fieldLabel(t.kind, c.field, lang) : "—",
        why: c.field ? why(c, t.kind, lang) : "",
      })),
    });
  }
  for (const c of result.candidates ?? []) {
    out.push({
      sheet: c.sheet,
      where: a1(c.row, 0).replace(/^[A-Z]+/, lang === "zh-CN" ? "第 " : "row ") + (lang === "zh-CN" ? " 行" : ""),
      kind: c.kind,
      kindName: kindLabel(c.kind, lang),
      recognised: false,
      lacking: describeCandidate(c, lang),
      score: Math.round(c.score * 100) / 100,
      columns: c.found.map((f) => ({ cell: "", header: "", field: f, reading: fieldLabel(c.kind, f, lang), why: "" })),
    });
  }
  return out;
}
