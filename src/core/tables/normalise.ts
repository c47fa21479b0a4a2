/**
 * A header cell reduced to the words that carry its meaning. Offices write the same heading in
 * many ways: brackets of either width holding a unit (`（万元）`, `(元/台件)`), a measure unit
 * (`(台件)`, `(个)`), a letter or a formula (`(A)`, `(B/A)`, `(20分*执行率)`); a leading `其中：`,
 * a list number, a year or a `1-8 月` period; spaces and line breaks inside the cell.
 * What is stripped is kept (unit, year, period, part-of), because it is information too.
 */
import type { Period } from "../amount";
import { periodInText } from "../amount";
import { headerKey, toHalfWidth } from "../text";
import { parseUnit, type Unit } from "../units";

export interface HeaderText {
  /** The words outside brackets, folded: half-width, no spaces or quotes, lower case. */
  key: string;
  /** Words inside brackets that were not a unit, letter or formula (`涉及政策项（数量）` → 数量). */
  inner: string;
  /** A money unit stated in the cell. */
  unit?: Unit;
  /** A measure unit stated in the cell (`台件`, `个`, `家`, `万亩`). */
  measure?: string;
  /** The money unit is per measure (`元/亩`, `元/台件`): the cells are unit amounts. */
  perMeasure?: boolean;
  /** A year at the start (`2021年预算`) or the whole cell (`2021 年`). */
  year?: number;
  /** The whole cell is a year (a column-group heading). */
  yearOnly?: boolean;
  /** A months period (`1-8 月实际支出`). */
  period?: Period;
  /** `其中：` before the words: a part of the column or row before it. */
  part?: boolean;
  /** The heading states a percent (`完成年初预算（%）`, `为调整预算%`): its cells are rates. */
  percent?: boolean;
  /** Points a heading states (`分值（10分）`, `得分（20分*执行率）`, `预算执行情况（10分）`). */
  points?: number;
}

const MONEY = /^(单位[:：]?)?(亿元|万元|元|万|亿|千元|人民币元|人民币万元|yuan|10kyuan)$/;
/**
 * Things counted or measured; area, length and weight may be counted in 万 (`万亩`), volume and area by symbol too (`m³`, `m²`). An area counted once per crop
 * grown on it (`亩次`) is a measure too. So may people and households (`万人`, `万户`: a count of the stricken), and labour in work-days (`工日`).
 */
const MEASURE_WORD =
  "(?:个|项|家|户|人|次|台|套|件|台件|台套|台\\/套|台\\/件|辆|艘|天|工日|月|年|人次|份|篇|批|座|处|所|场|头|只|株|棵|床|张|万人次|万人|万户|" +
  "(?:万|亿)?(?:平方米|㎡|m²|亩次|亩|公顷|吨|米|公里|千米|立方米|立方|m³|㎥|千瓦时|千瓦|公斤|千克))";
/**
 * A thing counted over a time (`床/次`, `床·月`, `人/月`: bed-months, person-months) is a measure too, and money per
 * it (`元/床/月`) a unit amount per it.
 */
const OVER_TIME = `${MEASURE_WORD}(?:[\\/·](?:月|年|天|日|次))?`;
const MEASURE = new RegExp(`^(单位[:：]?)?(${OVER_TIME}|(?:元|万元|亿元)\\/${OVER_TIME}|%|‰)$`);
/** The measures an unbracketed `/亩` tail may state: counted or measured things, no times. */
const TAIL_MEASURE = "(?:个|户|家|台|套|件|处|座|(?:万|亿)?(?:平方米|㎡|m²|亩次|亩|公顷|吨|米|公里|千米|立方米|立方|m³|㎥|千瓦时|千瓦|公斤|千克))";
const MEASURE_ALONE = new RegExp(`^${MEASURE_WORD}$`);
/** `每亩`, `每户`, `每台` opening a heading: what follows is per that measure. */
const PER_MEASURE = new RegExp(`^每(${MEASURE_WORD})`);
/**
 * The money each counted thing gets, named by 每 and the thing (`每县安排`, `每村补助`, `每户补贴`, `每人每年`,
 * `每个安排`), or by the thing and what the money is for, if anything (`每镇培育资金`, `每村建设经费`, `每村资金`): a unit
 * amount, whatever unit the table states. A period alone (`每年度`) counts nothing. Money the thing pays or keeps
 * itself (`每户自筹资金`, `每村配套资金`, `每户应缴金额`, `每户贷款金额`, `每人结余资金`) is none it gets.
 */
const PAID_OR_KEPT = "自筹|筹资|配套|缴|贷款|结余|节约";
const PER_THING = new RegExp(
  "^每(个|项|家|户|人|处|座|所|县|市|区|乡|镇|乡镇|村|组|社区|校|园|站|点)" +
    "(?:(?:(?:每(?:年|月|天|日))(?:安排|补助|补贴|奖补|奖励|下达|分配|拨付|发放)?|(?:安排|补助|补贴|奖补|奖励|下达|分配|拨付|发放))" +
    `(?:资金|金额|标准|额)?|(?:(?!${PAID_OR_KEPT})[\\u4e00-\\u9fff]){0,4}?(?:资金|金额|经费))$`,
);
/** A unit of measure written alone (亩, 平方米, 座): what a scale is counted in. */
export function isMeasureWord(t: string): boolean {
  return MEASURE_ALONE.test(t);
}
const MEASURED = new RegExp(`^\\d+(\\.\\d+)?\\s*${MEASURE_WORD}$`);
/** A figure written with its unit of measure (45万吨, 1200平方米, 3台): a quantity, never a name. */
export function isMeasured(t: string): boolean {
  return MEASURED.test(t);
}
/** Letters, digits and operators only: `A`, `B/A`, `1=2+3`, `20分*执行率` is handled below. */
const FORMULA = /^[a-z0-9.+\-*/×÷=%()\s]+$/i;
/** A formula that names a score: `20分*执行率`, `分值×执行率`. */
const SCORE_FORMULA = /[*×÷/=]|分$|^\d+分/;

const NUMBERING = /^([(（]\s*[0-9一二三四五六七八九十]+\s*[)）]|[0-9一二三四五六七八九十]+\s*[.．、)）](?![0-9])|[①-⑳])\s*/;

/**
 * A document's number (皖财农〔2024〕1179号, 财农〔2023〕5号): a heading of money by source may name the
 * document that allocated it. It says where the money comes from, not what the column holds.
 */
const DOCUMENT_NUMBER = /[\u4e00-\u9fff]{1,10}[〔［\[【（(]\s*(?:19|20)\d{2}\s*[〕］\]】）)]\s*\d{1,5}\s*号/g;

/** A heading without the document numbers it names (what is left is what the column holds). */
export function withoutDocuments(text: string): string {
  return text.replace(DOCUMENT_NUMBER, "");
}

const RECKONED = /^(?:按照|按|依照|依)[^()]{1,16}?(?:计算|测算|核算|折算)(?:的|后)?/;

/** Reads a header cell. Never throws; empty text gives an empty key. */
export function readHeaderText(raw: string): HeaderText {
  let t = headerKey(withoutDocuments(toHalfWidth(raw)))
    .replace(/[（【［〔\[]/g, "(")
    .replace(/[）】］〕\]]/g, ")")
    .replace(/[：]/g, ":");
  const out: HeaderText = { key: "", inner: "" };
  const whole = /^(\d{4})(年度|年)?$/.exec(t);
  if (whole) {
    const y = Number(whole[1]);
    if (y >= 1990 && y <= 2100) {
      out.year = y;
      out.yearOnly = true;
      return out;
    }
  }
  t = t.replace(/^[*※#]+|[*※:]+$/g, "");
  t = t.replace(NUMBERING, "");
  if (/^其中[:,，、]?/.test(t) && t.length > 2) {
    out.part = true;
    t = t.replace(/^其中[:,，、]?/, "");
  } else if (t === "其中") {
    out.part = true;
    return out;
  }
  const period = periodInText(t);
  if (period) {
    out.period = period;
    t = t.replace(/\(?\d{1,2}[-~～—–至到]\d{1,2}月(份)?\)?/, "");
  }
  // Brackets: a unit, a measure, a letter or formula are facts, not words.
  const inner: string[] = [];
  t = t.replace(/\(([^()]*)\)/g, (_m, body: string) => {
    const b = body.trim();
    if (b === "" || /^[、,，;；]+$/.test(b)) return ""; // all that was in it was a document's number
    // A money block's heading may name its rates' unit after the money's (资金拨付情况（万元、%）).
    const money = MONEY.exec(b) ?? MONEY.exec(b.replace(/[、,，/]%$/, ""));
    if (money) {
      out.unit ??= unitWord(money[2]) ?? undefined;
      return "";
    }
    const measure = MEASURE.exec(b);
    if (measure) {
      const word = measure[2];
      // Money per measure (`元/亩`, `万元/户`): the cells are unit amounts in that money unit.
      const perUnit = /^(元|万元|亿元)\/(.+)$/.exec(word);
      if (perUnit) {
        out.unit ??= perUnit[1] as Unit;
        out.measure ??= perUnit[2];
        out.perMeasure = true;
      } else if (word !== "%" && word !== "‰") out.measure ??= word;
      else out.percent = true;
      return "";
    }
    if (/^单位[:]/.test(b)) {
      const u = unitWord(b.replace(/^单位[:]/, ""));
      if (u) out.unit ??= u;
      return "";
    }
    // The points may follow a word naming them (`权重分值90分，其中产出指标…50分`, `总分值:100分`): the first is the total.
    const points = /^(?:(?:总|权重)?分值|权重|总分)?[:：]?(\d+(?:\.\d+)?)分/.exec(b);
    if (points) {
      out.points ??= Number(points[1]);
      return "";
    }
    if (FORMULA.test(b) || SCORE_FORMULA.test(b)) return "";
    inner.push(b);
    return "";
  });
  // A share written after the words, unbracketed (`预拨付30%`, `首拨50%`), says what part of something the
  // figure is, as `预拨付（30%）` does: the cells hold that figure, not a percentage.
  const share = /^(.*[\u4e00-\u9fa5]{2})(\d+(?:\.\d+)?%)$/.exec(t);
  if (share) {
    inner.push(share[2]);
    t = share[1];
  }
  if (/%$/.test(t)) out.percent = true;
  // Unbracketed trailing units: `金额/万元`, `金额 万元`, `单位:万元` alone.
  const tail = /(?:\/|单位:?)(亿元|万元|元)$/.exec(t);
  if (tail) {
    out.unit ??= unitWord(tail[1]) ?? undefined;
    t = t.slice(0, tail.index);
  }
  // An unbracketed trailing measure (`发放面积/亩`, `户数/户`) as `发放面积（亩）`: not after 元 (`标准元/亩` is per
  // measure) and not a time (`资金/年` is a yearly sum), so only things counted or measured.
  const measureTail = new RegExp(`(?<!元)\\/(${TAIL_MEASURE})$`).exec(t);
  if (measureTail && measureTail.index > 0 && !out.measure) {
    out.measure = measureTail[1];
    t = t.slice(0, measureTail.index);
  }
  // Money per measure written before the words (`每亩补助资金（元）`) as `补助资金（元/亩）` is after them:
  // the cells are unit amounts. Not per time (`每年`, `每月`): that is a yearly sum, no unit amount.
  const per = PER_MEASURE.exec(t);
  if (per && out.unit && !out.perMeasure && !/^(年|月|天|日|次)$/.test(per[1])) {
    out.perMeasure = true;
    out.measure ??= per[1];
  }
  const thing = PER_THING.exec(t);
  if (thing && !out.perMeasure) {
    out.perMeasure = true;
    out.measure ??= thing[1];
  }
  // A year before the months its figures run to (2023年1-6月): the period's year, nothing left to name a field.
  const ym = /^(\d{4})(年度|年)(.*)$/.exec(t);
  if (ym && (ym[3] !== "" || out.period) && Number(ym[1]) >= 1990 && Number(ym[1]) <= 2100) {
    out.year = Number(ym[1]);
    t = ym[3];
  }
  // How a figure was reckoned (`按年基准利率计算的利息`, `按核定投资测算的补助`) qualifies the head word
  // after it as a bracket does: the words of the rule (利率) are not what the column holds.
  const reckoned = RECKONED.exec(t);
  if (reckoned && reckoned[0].length < t.length) {
    inner.unshift(reckoned[0]);
    t = t.slice(reckoned[0].length);
  }
  out.key = t.replace(/[(),，、:;；。]/g, "");
  out.inner = inner.join("");
  return out;
}

function unitWord(w: string): Unit | null {
  if (w === "千元") return null;
  if (w === "人民币元") return "元";
  if (w === "人民币万元") return "万元";
  if (w === "10kyuan") return "万元";
  return parseUnit(w);
}

/** A year written as the whole of a header cell: 2021, `2021 年`, `2021年度`. */
export function yearHeader(text: string): number | null {
  const h = readHeaderText(text);
  return h.yearOnly ? (h.year as number) : null;
}
