/**
 * Caps written in words, as policies publish them: `给予一次性奖励20万元` (a fixed amount),
 * `最高不超过100万元` (a maximum), `按上一年度研发费用的10%给予资助，最高不超过100万元` (a rate of a
 * named base, with a maximum), and two sub-items in one cell (`国家级奖励100万元；市级奖励50万元`).
 * What cannot be read is said so, never guessed.
 */
import { meansNothing, toHalfWidth } from "../text";
import { toYuan, type Unit } from "../units";
import type { CapType } from "./types";

export interface ProseCap {
  /** The sub-item's qualifier when one cell holds several (`国家级`), else null. */
  qualifier: string | null;
  /** The sub-item's whole name, when the item's own name lists the sub-items (`省级、市级企业技术中心` → 市级企业技术中心). */
  name?: string;
  /** The sub-item's own code, when the standard numbers its sub-items by code (`A02-1：…`). */
  code?: string;
  capType: CapType;
  /** Fixed or maximum amount in 元 (for a rate: its maximum, if any). */
  capAmount: number | null;
  /** For a rate: the fraction (0.1). */
  rate: number | null;
  /** For a rate: what it is a rate of (`上一年度研发费用`). */
  base: string | null;
  /** The clause it was read from. */
  text: string;
}

export type ProseRead = { kind: "caps"; caps: ProseCap[] } | { kind: "none" } | { kind: "unreadable"; text: string };

/** A figure in money; `万` / `亿` before a measure (`30万千瓦时`, `5万吨`, `2万亩`) count that measure, not money. */
const AMOUNT = /(\d+(?:,\d{3})*(?:\.\d+)?)\s*(亿元|万元|元|亿(?![千瓦吨亩平方米人户台套辆件只头])|万(?![千瓦吨亩平方米人户台套辆件只头]))/g;
const RATE = /(\d+(?:\.\d+)?)\s*%/;
const MAX_WORD = /(最高|最多|不超过|不得超过|不得高于|不高于|上限|封顶|以内|为限|至多|累计不超过)/;
// `万` / `亿` before a measure (`100—300万吨`) bound a quantity's band, no award in money.
const RANGE = /(\d+(?:\.\d+)?)\s*(?:万元|万|元)?\s*[-~～—–至到]\s*(\d+(?:\.\d+)?)\s*(亿元|万元|元|亿(?![千瓦吨亩平方米人户台套辆件只头])|万(?![千瓦吨亩平方米人户台套辆件只头]))/;
const GIVE = /(给予|奖励|补贴|补助|资助|扶持|支持|奖补)/;
/** An amount given outright (给予最高10万元, 再给予20万元), no condition's figure. */
const GIVEN = /给予/;
/**
 * An amount right after its own word of giving (`其中获省级称号企业奖励10万元`, `予以每户10万元`, `资金奖励5万元`): given
 * too. A noun of the award's money (`补助资金100万元`, `奖励金额`) gives nothing: a sum a firm got is a condition.
 */
const GIVEN_RIGHT_BEFORE = /(?:给予|予以|奖励|补助|补贴|资助|奖补)(?!资金|金额|额度|额|标准)[^\d，,；;。、：:]{0,4}$/;
/** A sum the firm has had already (`对已享受补贴100万元的企业`, `获市级奖励30万元的`): a condition, however it is worded. */
const RECEIVED_BEFORE = /(?:享受|获得|取得|领取|获)[^\d，,；;。、：:]{0,4}$/;

function isGiven(clause: string, at: number): boolean {
  if (GIVEN.test(clause.slice(Math.max(0, at - 6), at))) return true;
  const before = clause.slice(Math.max(0, at - 12), at);
  const m = GIVEN_RIGHT_BEFORE.exec(before);
  return m !== null && !RECEIVED_BEFORE.test(before.slice(0, m.index));
}
const LEVEL = /^(国家级|省级|市级|县级|区级|地市级|国家|省|市|县|区)/;
/** A level named anywhere in a qualifier (`新认定的省级企业技术中心`): the clause is one level's sub-item. */
const LEVEL_NAMED = /(国家级|省级|市级|县级|区级|地市级)/;
/** `每增加1亿元给予银行10万元`: an amount per amount of a base, a rate. */
const PER = /每(?:增加|新增|实现|完成)?(\d+(?:\.\d+)?)\s*(亿元|万元|元)[^，。；;\d]*?(?:给予|奖励|补助|补贴|资助)[^\d]*?(\d+(?:\.\d+)?)\s*(亿元|万元|元)/;
const BASE_WORD = /(研发费用|研发投入|研发经费|设备投资|设备购置|投资额|总投资|固定资产投资|投资|销售收入|营业收入|主营业务收入|产值|租金|费用|投入|合同金额|实际支付|贷款利息|利息|保费|贷款)/;

/** A base that is itself a rate (an interest rate, a fee rate), and the award that turns such a rate into money. */
const RATE_BASE = /(利率|费率|LPR)/i;
const INTEREST_AWARD = /贴息/;

function unitOf(word: string): Unit {
  if (word.startsWith("亿")) return "亿元";
  if (word.startsWith("万")) return "万元";
  return "元";
}

/** After an amount, `（含）以上` / `及以上` make it a condition of the award (`投资2亿元及以上的项目`), never its cap. */
const AT_LEAST = /^\s*(?:[(（]含[)）])?\s*(?:及|或)?以上/;

/**
 * Before an amount, a sum set aside each year (`每年从…资金中安排1000万元`, `每年统筹安排500万元`) is
 * the whole award's pool, never the cap of one award.
 */
const POOL = /(每年|每年度|年度)[^，,；;。\d]{0,16}(安排|统筹|设立|预留)[^，,；;。\d]{0,4}$/;
/**
 * So is a sum set aside over several years for all support (`2018—2021年累计安排…专项资金不低于30亿元`,
 * `三年内统筹安排…资金共5亿元`): the fund's size, perhaps as a floor, before the amount.
 */
const POOL_OVER_YEARS = /(累计|年内|期间)[^，,；;。\d]{0,6}(安排|统筹|设立|预留)[^，,；;。\d]{0,24}资金(?:规模|总额|总量)?\s*(?:不低于|不少于|共计|共|合计|总计|达)?\s*$/;
/**
 * So is a fund set up at an amount (`专门设立5000万元扶持资金`, `设立1亿元产业基金`): the verb before the amount, the
 * fund right after it — money for all firms, no cap of one award.
 */
// An award's verb between (首次设立给予100万元资金补助) makes the amount an award again.
// Money pooled from several sources (`整合3000万元资金用于发放消费券`, `统筹800万元资金`) is such a pool too.
const FUND_SET_UP = /(设立|设置|预留|筹集|组建|整合|统筹)(?:(?!给予|奖励|补助|补贴|资助|支持)[^，,；;。\d]){0,4}$/;
const FUND_AFTER = /^[^，,；;。\d]{0,8}(资金|基金)/;
/**
 * So is money spent on holding something (`投入600万元举办…系列促销活动`, `安排300万元开展…活动`): the whole
 * campaign's budget, the verb of spending before the amount, of holding right after it — no cap of one award.
 */
const SPENT_ON = /(投入|安排)[^，,；;。\d]{0,6}$/;
const HOLDING_AFTER = /^(?:专项)?(?:用于)?(?:举办|开展|组织|实施)/;

/**
 * Before an amount, a level a firm's figures first reach (`产值首次突破3亿元`, `收入超过5000万元`,
 * `产值达到10亿元`, `主营业务收入达3亿元`) makes it a condition of the award, never its cap (`不超过`,
 * `可达到`, `最高达` stay maxima).
 */
const PASSES = /(?:突破|(?<!不|得)超过|跨越|迈上|站上|(?<![可高])达到?)\s*$/;

/**
 * Before an amount, the least an award gives (`给予不低于50万元的补贴`, `最低补助20万元`), perhaps per
 * measure or period (`不低于每亩100元`, `不少于每人每月200元`): a floor, no cap and no fixed amount.
 */
const FLOOR = /(?:不低于|不少于|最低|至少)(?:给予|奖励|补助|补贴|资助|奖补)?(?:每[^\d，,；;。、]{1,3}?){0,2}\s*$/;

/** Why an amount is no award: a condition (`及以上`, `突破`), a floor, or money for all firms (a pool, a fund, a budget). */
type Dropped = "condition" | "floor" | "pool";

/** The amounts a clause gives, and why each other amount it writes is none. */
function readAmounts(clause: string): { kept: { value: number; index: number; unit: Unit }[]; dropped: Dropped[] } {
  const kept: { value: number; index: number; unit: Unit }[] = [];
  const dropped: Dropped[] = [];
  for (const m of clause.matchAll(AMOUNT)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (AT_LEAST.test(clause.slice(end, end + 8))) dropped.push("condition");
    else if (POOL.test(clause.slice(Math.max(0, at - 24), at))) dropped.push("pool");
    else if (POOL_OVER_YEARS.test(clause.slice(Math.max(0, at - 48), at))) dropped.push("pool");
    else if (FUND_SET_UP.test(clause.slice(Math.max(0, at - 12), at)) && FUND_AFTER.test(clause.slice(end, end + 16))) dropped.push("pool");
    else if (SPENT_ON.test(clause.slice(Math.max(0, at - 8), at)) && HOLDING_AFTER.test(clause.slice(end, end + 8))) dropped.push("pool");
    else if (PASSES.test(clause.slice(Math.max(0, at - 6), at))) dropped.push("condition");
    else if (FLOOR.test(clause.slice(Math.max(0, at - 12), at))) dropped.push("floor");
    else {
      const v = Number(m[1].replace(/,/g, ""));
      if (Number.isFinite(v)) kept.push({ value: toYuan(v, unitOf(m[2])), index: at, unit: unitOf(m[2]) });
    }
  }
  return { kept, dropped };
}

function amounts(clause: string): { value: number; index: number; unit: Unit }[] {
  return readAmounts(clause).kept;
}

/** Whether a clause writes sums of money and every one is money for all firms (a pool, a fund set up, a budget). */
function onlyPools(clause: string): boolean {
  const { kept, dropped } = readAmounts(clause);
  return kept.length === 0 && dropped.length > 0 && dropped.every((d) => d === "pool");
}

const RATES = new RegExp(RATE.source, "g");

/**
 * Before a percentage, a level a firm's figures reach (`营业收入同比增速达5%`, `总产值不低于其营业收入80%`)
 * makes it a condition of the award, never the award's rate (`按…的10%`, `不超过…的20%` stay rates).
 */
const RATE_REACHED = /(?:(?<![可高])达到?|(?<!不|得)超过|突破|不低于|不少于|高于|增速|增幅|增长)\s*$/;

/**
 * A share paid out (`省级财政按60%拨付补助资金`, `按70%预拨`): how much of an award is paid when, no rate of a base. Only
 * when no base is named right before the percentage: `按设备投资额的10%发放补贴` pays a rate of its base.
 */
const PAID_SHARE = /^\s*(?:先行|首期)?(?:预拨|拨付|拨款|发放|兑付|支付)/;

/** Whether the percentage from `at` to `end` is a share paid out. */
const paidAt = (clause: string, at: number, end: number) => PAID_SHARE.test(clause.slice(end, end + 6)) && baseNamedBefore(clause.slice(0, at)) === null;

function paysShare(clause: string): boolean {
  return [...clause.matchAll(RATES)].some((m) => paidAt(clause, m.index ?? 0, (m.index ?? 0) + m[0].length));
}

/**
 * The rate of a clause: its first percentage that is no condition of the award (`工业产值增幅达25%以上的，
 * 按…的20%予以奖励`: 20%, as an amount followed by 以上 is no cap).
 */
function rateIn(clause: string): { 1: string; index: number } | null {
  for (const m of clause.matchAll(RATES)) {
    const at = m.index ?? 0;
    if (RATE_REACHED.test(clause.slice(Math.max(0, at - 6), at))) continue;
    if (paidAt(clause, at, at + m[0].length)) continue;
    if (!AT_LEAST.test(clause.slice(at + m[0].length, at + m[0].length + 8))) return { 1: m[1], index: at };
  }
  return null;
}

/**
 * A base named right after the giving, the rate after it with no 按…的 (`给予实际交易金额2%的奖励`): the name, a sum
 * of money by its closing word, is the base.
 */
const NAMED_BEFORE_RATE = /给予([^，,；;。\d给予按]{2,16}?(?:金额|总额|额|费用|收入|投资|利息|租金|价款|成本))(?:的)?\s*$/;

/** The base named right before a rate (`按上一年度研发费用的`, `给予实际交易金额`), or null when none is (`按`). */
function baseNamedBefore(before: string): string | null {
  // The giving right after the base (`按设备投资额给予10%`) is no part of it.
  // Nor is the maximum the rate is given up to (`按照新购设备实际投资额给予不超过10%`).
  const by = /(?:按照|按|以|依据)([^，,；;。按]{1,24}?)(?:的|之)?\s*(?:给予|予以)?\s*(?:不超过|不高于|最高)?\s*$/.exec(before);
  if (by && by[1].trim()) return by[1].trim();
  const named = NAMED_BEFORE_RATE.exec(before);
  if (named && !MAX_WORD.test(named[1])) return named[1];
  return null;
}

/** The noun phrase a rate is of: `按上一年度研发费用的10%` → 上一年度研发费用. */
function baseOf(clause: string, rateAt: number): string | null {
  const before = clause.slice(0, rateAt);
  const named = baseNamedBefore(before);
  if (named !== null) return named;
  const m = BASE_WORD.exec(before) ?? BASE_WORD.exec(clause);
  return m ? m[0] : null;
}

/**
 * A share given with no figure (`按照流片费用一定比例予以奖励`, `按其…的适当比例给予补贴`): no rate to check, but the base it
 * is of is named, so a list's column headed by it is that base (beside the maximum the standard states).
 */
const SHARE_NO_FIGURE = /(?:按照|按|依据)([^，,；;。按\d]{2,24}?)(?:的)?(?:一定|适当|相应)比例(?:给予|予以)?[^，,；;。\d]{0,6}?(?:奖励|补助|补贴|资助|奖补|支持)/;

/** A rule the share follows (`按照国家规定的相应比例`, `按相关政策…`), no sum it is of. */
const RULE_NOT_BASE = /(?:规定|要求|标准|政策|办法|结果|文件)$/;

function unstatedShareBase(clause: string): string | null {
  const m = SHARE_NO_FIGURE.exec(clause);
  return m && !RULE_NOT_BASE.test(m[1].trim()) ? m[1] : null;
}

/** The qualifier of a sub-item: the words before what is given (`对国家级企业技术中心给予…` → 国家级企业技术中心). */
function qualifierOf(clause: string): string | null {
  const give = GIVE.exec(clause);
  const head = (give ? clause.slice(0, give.index) : "").replace(/^[\d(（)）.、①-⑳\s]+/, "");
  // The rate's words (`市级中心按研发投入的10%`) follow the name, not part of it.
  const named = head.split(/按照?/)[0];
  // The words before a name run together (`对认定为…`, `对新获评…`): all of them are left off.
  const q = named.replace(/^(?:对于|对|其中|被|获得|认定为|首次|新|评定为|评为|获评|认定)+/, "").replace(/(的|，|,|企业|单位)$/, "").trim();
  // Words running over a comma (`同年再获评的企业，可再`) are a clause, not a name.
  return q.length >= 2 && q.length <= 20 && !/[，,]/.test(q) ? q : null;
}

/**
 * An award given as places (`分别给予高管人员3个、2个名额的奖励`), each valued by a share of what the
 * person contributes: no amount a list gives, whatever percentage follows.
 */
const PLACES = /\d+\s*个\s*名额/;

/** A list of two or more figures joined by 、 (`5亿元、10亿元、20亿元`), each with its measure. */
const FIGURE_LIST = /\d+(?:,\d{3})*(?:\.\d+)?[^\d、，,；;。()（）]{0,6}?(?:、\d+(?:,\d{3})*(?:\.\d+)?[^\d、，,；;。()（）]{0,6}?)+(?=以上|及以上|[，,；;。的(（]|$)/g;

/**
 * A tiered award (`营业收入首次提升到5亿元、10亿元…的，按相应档位给予奖励25万元、50万元…`): a list of levels a
 * firm's figures reach, then, after a word of giving, a list of as many amounts, one per level. The levels are
 * conditions; a row not telling its level is allowed at most the top award. Null when the clause is no such pair.
 */
function tiered(clause: string): ProseCap | null {
  const lists = [...clause.matchAll(FIGURE_LIST)].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, parts: m[0].split("、") }));
  if (lists.length !== 2) return null;
  const [levels, awards] = lists;
  if (levels.parts.length !== awards.parts.length) return null;
  // Between the lists, the giving (`给予奖励`, `一次性奖励`) and no end of sentence.
  const between = clause.slice(levels.end, awards.at);
  if (!GIVE.test(between) || /[；;。]/.test(between)) return null;
  // Each award is an amount of money and nothing else.
  const money = awards.parts.map((p) => AMOUNT_AT.exec(p));
  if (money.some((m) => m === null || m[0] !== m.input)) return null;
  const top = Math.max(...money.map((m) => toYuan(Number((m as RegExpExecArray)[1].replace(/,/g, "")), unitOf((m as RegExpExecArray)[2]))));
  return { qualifier: null, capType: "max", capAmount: top, rate: null, base: null, text: clause };
}

/**
 * A band of a firm's figure: a range (`5000万元至1亿元（不含）`, `2亿元—5亿元`, `2000万元（含）至5000万元`) or a
 * floor (`2亿元及以上`, `10亿元以上`).
 */
const BAND = /\d+(?:\.\d+)?\s*(?:亿元|万元|元|亿|万)?\s*(?:[(（]不?含[)）])?\s*[-~～—–至到]\s*\d+(?:\.\d+)?\s*(?:亿元|万元|元|亿|万)|\d+(?:\.\d+)?\s*(?:亿元|万元|元|亿|万)\s*(?:[(（]含[)）])?\s*(?:及|或)?以上/;
/** An award given right after its word (`奖励5万元`, `给予一次性奖励10万元`), its amount not itself a floor. */
const BAND_AWARD = new RegExp(`(?:给予|奖励|补贴|补助|资助|奖补)[^\\d、，,；;。：:]{0,6}?${AMOUNT.source}(?!\\s*(?:[(（]含[)）])?\\s*(?:及|或)?以上)`, "g");

/**
 * Awards by band (`新增产值5000万元至1亿元（不含）奖励5万元、1亿元至2亿元（不含）奖励10万元、2亿元及以上奖励20万元`,
 * `2亿元—5亿元的，奖励20万元，5亿元以上的，奖励40万元`): two or more awards, each after a band of the firm's
 * figure since the award before. The bands are conditions; a row not telling its band is allowed at most the
 * top award, as with tiered awards. Null when the clause is no such list.
 */
function banded(clause: string): ProseCap | null {
  if (rateIn(clause)) return null;
  const awards = [...clause.matchAll(BAND_AWARD)];
  if (awards.length < 2) return null;
  let from = 0;
  const values: number[] = [];
  for (const m of awards) {
    const at = m.index ?? 0;
    if (!BAND.test(clause.slice(from, at))) return null;
    values.push(toYuan(Number(m[1].replace(/,/g, "")), unitOf(m[2])));
    from = at + m[0].length;
  }
  return { qualifier: null, capType: "max", capAmount: Math.max(...values), rate: null, base: null, text: clause };
}

/** Rates listed one after another (`0.5%、1%、1.5%`, `5%、15%和25%`): one per step of a firm's figure. */
const STEPPED_RATES = /^\d+(?:\.\d+)?\s*%(?:\s*(?:[、,，]|和|及|或)\s*\d+(?:\.\d+)?\s*%)+/;

/**
 * Stepped rates (阶梯式: 达到3000万元、5000万元…的，给予…0.5%、1%…): which applies depends on the step
 * the firm's figure reaches, which a list need not say, so the top step's rate is the most any award
 * may be — never the lowest's. Null when the rate at `at` stands alone.
 */
function topStep(clause: string, at: number): number | null {
  const list = STEPPED_RATES.exec(clause.slice(at));
  if (!list) return null;
  const rates = [...list[0].matchAll(RATES)].map((m) => Number(m[1]) / 100);
  return Math.max(...rates);
}

/**
 * A range of rates (`3%—5%`, `3%-5%`, `3-5%`, `3%~5%`): the office picks the share within it, which a list
 * need not say, so, as with stepped rates, the top of the range is the most any award may be. `at` is
 * where the rate read starts; the range may open before it (`3-5%` reads its 5% first). Null when the
 * rate stands alone.
 */
const RANGE_FROM = /^(\d+(?:\.\d+)?)\s*%\s*[-~—–至到]\s*(\d+(?:\.\d+)?)\s*%/;
const RANGE_OPEN = /(\d+(?:\.\d+)?)\s*%?\s*[-~—–至到]\s*$/;

function rateRange(clause: string, at: number): { top: number; start: number } | null {
  const from = RANGE_FROM.exec(clause.slice(at));
  if (from) return { top: Math.max(Number(from[1]), Number(from[2])) / 100, start: at };
  const open = RANGE_OPEN.exec(clause.slice(Math.max(0, at - 12), at));
  const rate = RATE.exec(clause.slice(at));
  if (!open || !rate) return null;
  return { top: Math.max(Number(open[1]), Number(rate[1])) / 100, start: at - open[0].length };
}

function readClause(clause: string): ProseCap | "none" | "unreadable" {
  const tiers = tiered(clause) ?? banded(clause);
  if (tiers) return tiers;
  if (PLACES.test(clause) && amounts(clause).length === 0) return "unreadable";
  const per = PER.exec(clause);
  if (per) {
    const of = toYuan(Number(per[1]), unitOf(per[2]));
    const give = toYuan(Number(per[3]), unitOf(per[4]));
    const base = clause.slice(0, per.index).replace(/^(对|对于)/, "").trim() || null;
    if (of > 0) return { qualifier: null, capType: "rate", capAmount: null, rate: give / of, base, text: clause };
  }
  const rate = rateIn(clause);
  const found = amounts(clause);
  const range = RANGE.exec(clause);
  if (rate) {
    const stepped = topStep(clause, rate.index);
    const span = stepped === null ? rateRange(clause, rate.index) : null;
    const fraction = stepped ?? span?.top ?? Number(rate[1]) / 100;
    if (!Number.isFinite(fraction) || fraction <= 0 || fraction > 1) return "unreadable";
    // Amounts before stepped rates are their steps (3000万元、5000万元…以上), conditions, never the cap.
    const capable = stepped === null ? found : found.filter((a) => a.index > rate.index);
    const cap = capable.find((a) => MAX_WORD.test(clause.slice(Math.max(0, a.index - 8), a.index))) ?? (capable.length === 1 ? capable[0] : undefined);
    const base = baseOf(clause, span?.start ?? rate.index);
    // A share of a rate (`按…贷款市场报价利率（LPR）的30%给予投资补助`) is a rate of a rate: times the
    // investment it gives a fraction no base column holds, so only its maximum can be checked. Interest
    // subsidies (贴息) are the exception: a share of the interest rate is that share of the interest.
    if (base !== null && RATE_BASE.test(base) && !INTEREST_AWARD.test(clause)) {
      return cap ? { qualifier: null, capType: "max", capAmount: cap.value, rate: null, base: null, text: clause } : "unreadable";
    }
    return {
      qualifier: null,
      capType: "rate",
      capAmount: cap ? cap.value : null,
      rate: fraction,
      base,
      text: clause,
    };
  }
  if (range) {
    // A range no word gives (`总投资在5000万元至2亿元的项目`) is the band of the project's figure, a condition; a
    // maximum stated outside it (`最高不超过200万元`) is the cap. A range given (`给予10万元至100万元`) stays the award.
    const end = range.index + range[0].length;
    const given = GIVE.test(clause.slice(Math.max(0, range.index - 6), range.index));
    const max = given ? undefined : found.find((a) => (a.index < range.index || a.index >= end) && MAX_WORD.test(clause.slice(Math.max(0, a.index - 8), a.index)));
    if (max) return { qualifier: null, capType: "max", capAmount: max.value, rate: null, base: null, text: clause };
    const hi = toYuan(Number(range[2]), unitOf(range[3]));
    return { qualifier: null, capType: "max", capAmount: hi, rate: null, base: null, text: clause };
  }
  // Words with no figure (`按上级政策执行`, `给予适当补助`) set no cap that can be read.
  // A clause whose only figure is a share paid out (`省级财政按60%拨付补助资金`) gives no award.
  if (found.length === 0 && paysShare(clause)) return "none";
  if (found.length === 0) return meansNothing(clause) ? "none" : "unreadable";
  if (found.length > 1) {
    // Awards given one after another in one sentence (`对首次认定的给予最高10万元补助，对重新认定的给予最高20万元补助，
    // …再给予20万元`), every amount given, or one per level or case each after its own word of giving (`其中获省级称号企业
    // 奖励10万元，获国家级称号企业奖励30万元`): no words a list names tell them apart, so the item is allowed at most the largest.
    if (found.every((a) => isGiven(clause, a.index))) {
      const largest = Math.max(...found.map((a) => a.value));
      return { qualifier: null, capType: "max", capAmount: largest, rate: null, base: null, text: clause };
    }
    // Several amounts in one clause without a rate: only a maximum among them reads clearly.
    const max = found.find((a) => MAX_WORD.test(clause.slice(Math.max(0, a.index - 8), a.index)));
    if (!max) return "unreadable";
    return { qualifier: null, capType: "max", capAmount: max.value, rate: null, base: null, text: clause };
  }
  const a = found[0];
  const isMax = MAX_WORD.test(clause);
  return { qualifier: null, capType: isMax ? "max" : "fixed", capAmount: a.value, rate: null, base: isMax ? unstatedShareBase(clause) : null, text: clause };
}

/**
 * The list of qualifiers a 分别 sentence gives amounts to, in order: `省级、市级企业技术中心` →
 * 省级, 市级 (sharing the rest 企业技术中心); `国内、省内首台（套）` → 国内, 省内; a list of whole
 * names (`省级未来工厂、省级智能工厂、…`) → the names themselves.
 */
function enumeration(text: string, n: number): { qualifiers: string[]; rest: string } | null {
  const at = text.indexOf("、");
  if (at < 0) return null;
  // The list starts after the last delimiter before its first 、 and ends at the next one after its last.
  let start = at;
  while (start > 0 && !/[，,。；;：:]/.test(text[start - 1]) && at - start < 20) start--;
  // The verb before the list (`对新获评…`, `对评定为…`) is no part of its first name.
  const head = text.slice(start).replace(/^(对于|对|当年|经|被)?(?:(?:新|首次)(?=评|认定|获|列入|命名))?(评定为|评选为|命名为|评为|获评|认定为|列入|获得|认定|为)?/, "");
  const list = head.split(/[，,。；;]/)[0].split("的").find((x) => x.includes("、")) ?? "";
  // Two ways to qualify joined by 或 (`创建为国家级、省级基地或认定为国家、省四星级基地`) list the same
  // levels twice: the first list that gives one part per amount names the sub-items.
  for (const each of [list, ...list.split(/或者|或/).filter((x) => x.includes("、"))]) {
    const read = enumerated(each, n);
    if (read) return read;
  }
  return null;
}

/** A level closing a verb phrase (`成功创建为国家级`): the level alone is the qualifier. */
const LEVEL_AT_END = /(国家级|省级|市级|县级|区级|地市级)$/;

function enumerated(list: string, n: number): { qualifiers: string[]; rest: string } | null {
  let parts = list.split("、").filter((p) => p !== "");
  const opening = parts.length > 1 && !LEVEL.test(parts[0]) && LEVEL.test(parts[1]) ? LEVEL_AT_END.exec(parts[0]) : null;
  if (opening) parts = [opening[0], ...parts.slice(1)];
  // Levels before the kinds they apply to (`国家级、省级、市级重点实验室…`): the levels are the sub-items.
  const levels = parts.slice(0, n).map((p) => LEVEL.exec(p)?.[0] ?? null);
  if (parts.length > n && levels.every((l) => l !== null)) parts = levels as string[];
  if (parts.length !== n) return null;
  const first = parts[0];
  const last = parts[parts.length - 1];
  // 国家级、省级专精特新企业: levels of unequal length, the last one's level is its qualifier.
  const lastLevel = LEVEL.exec(last)?.[0];
  if (lastLevel && last.length > lastLevel.length && parts.slice(0, -1).every((p) => LEVEL.exec(p)?.[0] === p)) {
    return { qualifiers: [...parts.slice(0, -1), lastLevel], rest: last.slice(lastLevel.length) };
  }
  if (first.length <= 4 && last.length > first.length && parts.slice(0, -1).every((p) => p.length === first.length)) {
    // 省级、市级企业技术中心: short qualifiers sharing the last part's rest.
    return { qualifiers: [...parts.slice(0, -1), last.slice(0, first.length)], rest: last.slice(first.length) };
  }
  return { qualifiers: parts, rest: "" };
}

/**
 * `分别给予30万元、10万元`: one amount per qualifier the item or the sentence lists. The sub-items
 * are named from the item's own list (`省级、市级企业技术中心` → 省级企业技术中心), else the item with
 * the qualifier (`首台（套）产品（国内）`). Amounts before 分别 are conditions (`年销售收入首次突破1000万元`).
 */
function respectively(t: string, item: string | null): ProseCap[] | null {
  const at = t.indexOf("分别");
  if (at < 0 || RATE.test(t)) return null;
  // The amounts of its own sentence: a further clause (`；对…再给予5万元`) is another award.
  const after = t.slice(at).split(/[；;。]/)[0];
  const found = amounts(after);
  if (found.length < 2) return null;
  const capType: CapType = MAX_WORD.test(after) ? "max" : "fixed";
  const own = item ? enumeration(toHalfWidth(item), found.length) : null;
  if (own && own.rest) {
    return found.map((a, i) => ({ qualifier: own.qualifiers[i], name: own.qualifiers[i] + own.rest, capType, capAmount: a.value, rate: null, base: null, text: t }));
  }
  const inText = enumeration(t.slice(0, at), found.length);
  // Whole kinds listed in the sentence (`省级“未来工厂”、省级以上智能工厂、智能车间（数字化车间）`), not
  // levels of one name: each is a sub-item by its own name, as a list of awards names it.
  const whole = !!inText && !inText.rest && inText.qualifiers.every(isWholeName);
  // Levels named elsewhere (the 支持对象 cell) or nowhere: awards no words here tell apart, the
  // item allowed at most the largest (withWhole).
  return found.map((a, i) => ({
    qualifier: inText?.qualifiers[i] ?? null,
    ...(whole ? { name: inText.qualifiers[i] } : {}),
    capType,
    capAmount: a.value,
    rate: null,
    base: null,
    text: t,
  }));
}

/** A level alone (`国家级`, `省`) qualifies a name; anything longer names a kind of award whole. */
const LEVEL_ONLY = /^(国家级|省级|市级|县级|区级|地市级|国家|省|市|县|区)$/;

function isWholeName(q: string): boolean {
  return q.length >= 4 && !LEVEL_ONLY.test(q);
}

/** Words of paying out an award already stated (`当年发放`, `验收后拨付`, `分两期兑现`), not of giving one. */
const PAY_OUT = /(发放|拨付|兑付|兑现|支付|拨款)/;
/** Each instalment's year or period (`分三年累计奖励20万元，第一年10万元，第二年5万元…`, `首期30万元`): its parts are paid out. */
const INSTALMENT = /(第[0-9一二三四五六七八九十]+(?:年|期)|首年|首期|次年)/;

/**
 * An award paid in instalments (`给予5万元奖励；当年发放3万元，第三年…再发放2万元`, `补助50万元，分两期
 * 拨付：首期30万元，验收后20万元`): amounts after an award, with words of paying it out, that add up to
 * it are its instalments, no further award; so are amounts each after its year or period (`分三年累计奖励20万元，第一年10万元，
 * 第二年5万元，第三年5万元`). The text without them; unchanged when none add up.
 */
function withoutInstalments(t: string): string {
  const found = amounts(t);
  for (let i = 0; i < found.length; i++) {
    let sum = 0;
    for (let j = i + 1; j < found.length; j++) {
      sum += found[j].value;
      if (sum > found[i].value + 0.005) break;
      if (j === i + 1 || Math.abs(sum - found[i].value) > 0.005) continue;
      const from = found[i].index + (AMOUNT_AT.exec(t.slice(found[i].index))?.[0].length ?? 0);
      const to = found[j].index + (AMOUNT_AT.exec(t.slice(found[j].index))?.[0].length ?? 0);
      const between = t.slice(from, to);
      if (PAY_OUT.test(between) || INSTALMENT.test(between)) return t.slice(0, from) + t.slice(to);
    }
  }
  return t;
}
const AMOUNT_AT = new RegExp("^" + AMOUNT.source);

/** A bracket pointing to where details are (`[详情参见《…》（…〔2021〕64号）]`, `（详见…）`): it sets nothing. */
const POINTER = /^[(（[【]\s*(?:详情|详细|具体|有关|相关)?(?:内容)?请?(?:参见|参照|详见|见)/;
const OPENS = "(（[【〔";
const CLOSES = ")）]】〕";

function withoutPointers(t: string): string {
  for (let i = 0; i < t.length; i++) {
    if (!POINTER.test(t.slice(i, i + 12))) continue;
    // Its close is the bracket that balances it: the pointer often names a document number in brackets.
    let depth = 0;
    for (let j = i; j < t.length; j++) {
      if (OPENS.includes(t[j])) depth++;
      else if (CLOSES.includes(t[j]) && --depth === 0) return withoutPointers(t.slice(0, i) + t.slice(j + 1));
    }
  }
  return t;
}

/**
 * A maximum raised for a kind of firm in brackets right after it (`最高不超过1000万元（“头雁”企业不超过
 * 2000万元）`): the kind's own cap. Kinds are firms, units or bodies; other bracketed figures stay remarks.
 */
const RAISED = /[(（]对?([^()（）\d，,；;。]{2,16}?(?:企业|单位|机构|主体))(?:的)?(?:最高(?:可达|不超过)?|不超过|不得超过|最多|上限为?)(\d+(?:\.\d+)?)\s*(亿元|万元|元|万)[)）]/;

function raisedForKind(t: string, item: string | null): ProseRead | null {
  const m = RAISED.exec(t);
  if (!m) return null;
  const before = t.slice(Math.max(0, (m.index ?? 0) - 16), m.index ?? 0);
  if (!MAX_WORD.test(before) || !/\d\s*(?:亿元|万元|元|万)$/.test(before)) return null;
  const rest = readProseCap(t.slice(0, m.index) + t.slice((m.index ?? 0) + m[0].length), item);
  if (rest.kind !== "caps" || rest.caps.length !== 1) return rest;
  const [cap] = rest.caps;
  if (cap.capAmount === null || (cap.capType !== "max" && cap.capType !== "rate")) return rest;
  const raised = toYuan(Number(m[2]), unitOf(m[3]));
  // Rows not telling their kind are allowed at most the larger, as other sub-items no words tell apart.
  return {
    kind: "caps",
    caps: [
      { ...cap, qualifier: m[1], capAmount: raised },
      { ...cap, qualifier: null, capAmount: Math.max(raised, cap.capAmount) },
    ],
  };
}

/**
 * A sub-item's code opening its part of the standard (`A02-1：`, `C2.1：`, `B3：`): letters and a number,
 * or numbers joined by - or ., then a colon; never inside another code or figure.
 */
const SUB_CODE = /(?<![A-Za-z0-9.\-])([A-Za-z]{1,3}\d+(?:[-.]\d+)*|\d+(?:[-.]\d+)+)[:：]/g;

/**
 * Sub-items numbered by code, one after another (`A02-1：…给予300万元；A02-2：…给予200万元`): each is an
 * award of its own that a list names by its code, so each is read alone. Null unless the standard is
 * two or more such parts with no figure before the first.
 */
function codedParts(t: string): { code: string; body: string }[] | null {
  const at = [...t.matchAll(SUB_CODE)];
  if (at.length < 2 || /\d/.test(t.slice(0, at[0].index))) return null;
  return at.map((m, i) => ({
    code: m[1],
    body: t.slice((m.index ?? 0) + m[0].length, i + 1 < at.length ? at[i + 1].index : t.length).replace(/[；;，,。\s]+$/, ""),
  }));
}

/**
 * How governments share an award's cost (`补助资金由市县按5:5比例承担`, `由省、市、县按照3:3:4的比例分担`):
 * who pays, neither a rate of the firm's base nor an award.
 */
const COST_SHARE = /[^，,；;。]*按(?:照)?\d+(?:[:：∶]\d+)+的?比例(?:承担|分担|负担|共担|分摊)[^，,；;。]*[。；;]?/g;

/** Nouns of the award's money (`单个项目补助额`, `奖励金额`): they name the award, they give nothing. */
const AWARD_NOUN = /(?:补助|奖励|补贴|资助|扶持|奖补)(?:资金|金额|额度|额)/g;

/** A rate per mille (`0.2‰`), which every rate reading below takes as the percentage it is (`0.02%`). */
const PER_MILLE = /(\d+)(?:\.(\d+))?‰/g;

/** `0.2‰` → `0.02%`: the point moved in the digits, so no float error enters the rate. */
function perMilleAsPercent(t: string): string {
  return t.replace(PER_MILLE, (_m, int: string, frac: string | undefined) => {
    const whole = int.padStart(2, "0");
    return `${whole.slice(0, -1)}.${whole.slice(-1)}${frac ?? ""}%`;
  });
}

/** Reads a standard written in words into caps, one per sub-item; `item` is the item's own name. */
export function readProseCap(text: string, item: string | null = null): ProseRead {
  let t = perMilleAsPercent(withoutPointers(toHalfWidth(text).replace(/\s+/g, "").trim())).replace(COST_SHARE, "");
  if (t === "") return { kind: "none" };
  const coded = codedParts(t);
  if (coded) {
    const caps: ProseCap[] = [];
    for (const { code, body } of coded) {
      const r = readProseCap(body, item);
      // A coded sub-item with no cap that can be read leaves the whole standard for staff to fill in.
      if (r.kind !== "caps") return { kind: "unreadable", text };
      for (const c of r.caps) caps.push({ ...c, code, qualifier: c.qualifier ? `${code} ${c.qualifier}` : code });
    }
    return { kind: "caps", caps };
  }
  const raised = raisedForKind(t, item);
  if (raised) return raised.kind === "unreadable" ? { kind: "unreadable", text } : raised;
  // A remark in brackets (`奖励20万元（市政策30万）`) is about something else when figures stand outside it;
  // brackets without a figure are part of a name (`智能车间（数字化车间）`) or a 含, and stay.
  const bare = t.replace(/[(（][^()（）]*\d[^()（）]*[)）]/g, "");
  if (bare !== t && amounts(bare).length > 0) t = bare;
  t = withoutInstalments(t);
  // Sub-items: clauses separated by ；/; or numbered (1)…(2)…, each with its own figure.
  const clauses = t
    .split(/[；;]|(?=[(（][1-9一二三四五六七八九][)）])|(?=[①-⑳])|(?<=[。])(?=.)/)
    .map((s) => s.replace(/[。]$/, "").trim())
    .filter((s) => s !== "");
  const withFigures = clauses.filter((c) => /\d/.test(c));
  if (withFigures.length <= 1) {
    const each = respectively(t, item);
    if (each) return { kind: "caps", caps: withWhole(each, text) };
    // One clause, or a rate clause followed by its maximum in the next one (`…10%；最高100万元`).
    const r = readClause(t);
    if (r === "none") return { kind: "none" };
    if (r === "unreadable") return { kind: "unreadable", text };
    return { kind: "caps", caps: [r] };
  }
  // Awards by band one clause each (`营业收入在2000万元（含）至5000万元的，给予10万元奖励；…1亿元（含）以上的，给予30万元
  // 奖励`): read whole, as in one clause, so no band's bound is taken for a clause's cap.
  const byBandAward = banded(t);
  if (byBandAward) return { kind: "caps", caps: [byBandAward] };
  const caps: ProseCap[] = [];
  for (let i = 0; i < withFigures.length; i++) {
    const clause = withFigures[i];
    // `按…10%给予资助，最高不超过100万元`: a maximum clause alone belongs to the rate before it.
    if (caps.length > 0 && !RATE.test(clause) && MAX_WORD.test(clause) && !GIVE.test(clause.replace(MAX_WORD, "").replace(AWARD_NOUN, ""))) {
      const prev = caps[caps.length - 1];
      const a = amounts(clause)[0];
      if (a && prev.capType === "rate" && prev.capAmount === null) {
        prev.capAmount = a.value;
        prev.text += "；" + clause;
        continue;
      }
    }
    const each = respectively(clause, item);
    if (each) {
      caps.push(...each);
      continue;
    }
    // A clause after the award giving nothing, no amount and no rate (`其中，…产值同比增长8%以上`):
    // which firms qualify, a condition of the award before it, no cap.
    if (caps.length > 0 && amounts(clause).length === 0 && !rateIn(clause) && !GIVE.test(clause)) continue;
    // A clause giving nothing whose sums are all pools or budgets (`整合3000万元资金用于发放消费券。`), beside the
    // clause giving the award: the campaign's money, no cap and nothing left unread. A floor or a threshold
    // (`单个企业不少于5万元`) is no such money: it is read, not skipped.
    if (onlyPools(clause) && !rateIn(clause) && !GIVE.test(clause)) continue;
    const r = readClause(clause);
    if (r === "none") continue;
    if (r === "unreadable") return { kind: "unreadable", text };
    r.qualifier = qualifierOf(clause);
    caps.push(r);
  }
  if (caps.length === 0) return { kind: "unreadable", text };
  // Beside kinds a 分别 sentence names whole, a further clause's kind (`；对认定为市级“未来工厂”的奖励50万元`)
  // is named whole too.
  if (caps.some((c) => c.name !== undefined)) {
    for (const c of caps) if (c.name === undefined && c.qualifier !== null && isWholeName(c.qualifier)) c.name = c.qualifier;
  }
  if (caps.length === 1) caps[0].qualifier = null;
  // A maximum, then a rate with none, one of them said of the item itself (`择优立项，资助金额不超过20万元；由企业承担的项目，
  // …不超过项目总投入的30%` for 企业承担项目): no sub-items, both bound the one award, as a rate's maximum in the next clause does.
  // One clause alone names the item: two naming it, or a level (`对…国家级…中心，最高100万元；对…省级…中心，按…10%`), are sub-items.
  const ofItem = (q: string | null) => item !== null && q !== null && q.replace(/^由/, "").replace(/的/g, "").includes(item);
  const byLevel = (q: string | null) => q !== null && LEVEL_NAMED.test(q);
  if (
    caps.length === 2 && caps[0].capType === "max" && caps[0].capAmount !== null && caps[1].capType === "rate" && caps[1].capAmount === null &&
    ofItem(caps[0].qualifier) !== ofItem(caps[1].qualifier) && !byLevel(caps[0].qualifier) && !byLevel(caps[1].qualifier)
  ) {
    return { kind: "caps", caps: [{ ...caps[1], qualifier: null, capAmount: caps[0].capAmount, text: caps[0].text + "；" + caps[1].text }] };
  }
  const byBand = bandedRates(caps);
  if (byBand) return { kind: "caps", caps: [byBand] };
  if (caps.length > 1 && caps.every((c) => c.capType !== "rate" && c.capAmount !== null)) {
    return { kind: "caps", caps: withWhole(caps, text) };
  }
  // Several caps without telling sub-items apart cannot be kept apart: unreadable.
  if (caps.length > 1 && caps.some((c) => c.qualifier === null)) {
    const distinct = new Set(caps.map((c) => c.qualifier));
    if (distinct.size < caps.length) {
      // Awards no words tell apart (a one-off award, a further one 再…, a rate with its maximum): each
      // gives at most an amount, so the item as a whole is read as at most the largest of them.
      if (caps.every((c) => c.capAmount !== null)) {
        const largest = Math.max(...caps.map((c) => c.capAmount as number));
        return { kind: "caps", caps: [{ qualifier: null, capType: "max", capAmount: largest, rate: null, base: null, text }] };
      }
      return { kind: "unreadable", text };
    }
  }
  return { kind: "caps", caps };
}

/** A band of the firm's figure written as a comparison (`1亿元≤项目固定资产投资总额<3亿元`, `总额≥5亿元`). */
const COMPARED = /\d+(?:\.\d+)?\s*(?:亿元|万元|元|亿|万)\s*(?:<|≤|≦|<=)|(?:>|≥|≧|>=|<|≤|≦|<=)\s*\d+(?:\.\d+)?\s*(?:亿元|万元|元|亿|万)/;

/**
 * Rates by band of the firm's figure, one clause each (`1亿元≤投资总额<3亿元，补贴额度为…的5%；3亿元≤…<5亿元，…的8%；
 * …≥5亿元，…的10%，最高2亿元`): which applies depends on the band, which a list need not say, so, as with stepped
 * rates, the item is allowed at most the top rate, and at most the maximum the standard states. Null unless every
 * cap is a rate and every clause states a band.
 */
function bandedRates(caps: readonly ProseCap[]): ProseCap | null {
  if (caps.length < 2 || caps.some((c) => c.capType !== "rate" || c.rate === null || !(COMPARED.test(c.text) || BAND.test(c.text)))) return null;
  const top = caps.reduce((a, b) => ((b.rate as number) > (a.rate as number) ? b : a));
  const maxima = caps.flatMap((c) => (c.capAmount === null ? [] : [c.capAmount]));
  return {
    qualifier: null,
    capType: "rate",
    capAmount: maxima.length > 0 ? Math.max(...maxima) : null,
    rate: top.rate,
    base: top.base ?? caps.find((c) => c.base !== null)?.base ?? null,
    text: caps.map((c) => c.text).join("；"),
  };
}

/**
 * Several awards of fixed or maximum amounts in one standard (`分别给予30万元、10万元`, then perhaps
 * `；对…的企业，再给予5万元`): each named sub-item keeps its own amount, and the item itself (a row
 * that names no sub-item, or an award whose sub-item no words name) is allowed at most the largest.
 */
function withWhole(caps: ProseCap[], text: string): ProseCap[] {
  const named = caps.filter((c, i) => c.qualifier !== null && caps.findIndex((d) => d.qualifier === c.qualifier) === i);
  const largest = Math.max(...caps.map((c) => c.capAmount as number));
  return [...named, { qualifier: null, capType: "max", capAmount: largest, rate: null, base: null, text }];
}

/**
 * The unit most of the standards' amounts are written in (`20万元`), or null when they state none.
 * Amounts that are conditions (`首次突破3亿元`, `投资1亿元以上`) are the firm's figures, not the awards'.
 */
export function proseUnit(texts: readonly string[]): Unit | null {
  const counts = new Map<Unit, number>();
  for (const text of texts) for (const a of amounts(toHalfWidth(text))) counts.set(a.unit, (counts.get(a.unit) ?? 0) + 1);
  let best: Unit | null = null;
  for (const [u, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = u;
  return best;
}
