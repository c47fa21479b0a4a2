/**
 * The policy an award list's title names, when no catalog is loaded to name it
 * (`石家庄市2022年度高新技术成果落地奖拟奖励项目名单` → 高新技术成果落地奖): the list's item, so that
 * duplicates are judged within it and the report names it. Words as data: LIST_TITLE in fields.ts.
 */
import { LIST_TITLE } from "./fields";

/** A batch closing the title (`（第二批）`, `第一批`): no part of the policy. */
const BATCH_END = /(?:[（(][^（）()]*批次?[）)]|第[一二三四五六七八九十\d]+批次?)$/;
/** The title's year: what comes before it is the place or the office publishing the list. */
const YEAR = /(?:19|20)\d{2}\s*年度?/;

export function titlePolicy(lines: readonly string[]): string | null {
  for (const line of lines) {
    const name = policyOf(line.replace(/\s+/g, ""));
    if (name) return name;
  }
  return null;
}

function policyOf(title: string): string | null {
  let t = title.replace(BATCH_END, "");
  if (!LIST_TITLE.ends.some((w) => t.endsWith(w))) return null;
  t = stripTail(t);
  // A bracket closing with a support word after a fund (…专项资金因素法（三季度稳增长增量奖补）) names the
  // part of the fund the list pays: the item itself. A method in the bracket (（因素法）) only qualifies the fund.
  const part = BRACKET_END.exec(t);
  if (part && LIST_TITLE.supports.some((w) => part[2].endsWith(w) && part[2] !== w) && isFund(part[1])) t = part[2];
  // A support word after a fund is what the list does with it (…专项资金（因素法）奖补企业名单).
  const support = LIST_TITLE.supports.find((w) => t.endsWith(w));
  if (support) {
    const rest = t.slice(0, -support.length);
    if (/(?:资金|[）)])$/.test(rest)) t = stripTail(rest);
  }
  // 资金 after a support word is the money the policy pays, not its name (…政策补助资金 → …政策补助).
  if (t.endsWith("资金") && LIST_TITLE.supports.some((w) => t.slice(0, -2).endsWith(w))) t = t.slice(0, -2);
  const year = YEAR.exec(t);
  if (year) {
    const after = t.slice(year.index + year[0].length);
    // A part of the year names the campaign (2024年一季度…攻坚行动): the part alone names no period.
    t = LIST_TITLE.periods.test(after) ? year[0] + after : after;
  }
  // Brackets are dropped, their words kept: the notice writes the same fund with or without them.
  t = t.replace(/[（()）]/g, "");
  if (t.length < 2 || (LIST_TITLE.supports as readonly string[]).includes(t)) return null;
  return t;
}

/** A title closing with a bracket: what comes before it, and its words. */
const BRACKET_END = /^(.*)[（(]([^（()）]+)[）)]$/;

/** A fund's name (…资金), perhaps with how it is shared out after it (…资金因素法). */
function isFund(text: string): boolean {
  const method = LIST_TITLE.methods.find((w) => text.endsWith(w));
  return (method ? text.slice(0, -method.length) : text).endsWith("资金");
}

function stripTail(text: string): string {
  let t = text;
  for (;;) {
    const w = LIST_TITLE.after.find((x) => t.endsWith(x) && t.length > x.length);
    if (!w) return t;
    t = t.slice(0, -w.length);
  }
}
