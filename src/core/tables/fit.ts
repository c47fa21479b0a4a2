/**
 * Do a column's values fit a field? A heading is only half the evidence: codes look like codes,
 * amounts are numbers, places are places, enterprises have the words enterprises end in.
 * Each test gives the share of a column's sampled values that fit, 0..1.
 */
import { readAmount } from "../amount";
import { parseDateText, serialToIso } from "../dates";
import type { Cell } from "../grid";
import { meansNothing, toHalfWidth } from "../text";
import { isMeasured, isMeasureWord } from "./normalise";

/** What a field's cells hold. */
export type ValueType =
  | "amount"
  | "rate"
  | "share"
  | "count"
  | "seq"
  | "text"
  | "label"
  | "enterprise"
  | "place"
  | "creditCode"
  | "code"
  | "date"
  | "year"
  | "capType"
  | "standard";

const ORG = /(公司|有限|集团|厂|中心|研究院|研究所|院|所|合作社|协会|学会|商会|联盟|基金会|学校|大学|学院|医院|银行|事务所|工作室|店|站|社|局|委|办|馆|部|场|园|台|队)$/;
/** A district, county, town or street named alone (资阳区, 大通湖区, 七宝镇): a government, no applicant. */
const ADMIN_AREA = /^[\u4e00-\u9fff]{1,6}(省|市|区|县|旗|镇|乡|街道)$/;
/**
 * Places counted or named by kind (46个产粮大县, 12个生猪调出大县, 产油大县): a class of governments an
 * allocation passes money to, no applicant. A note in brackets after a place (某省（省级统筹）) is set aside.
 */
const PLACES_COUNTED = /^\d+个[\u4e00-\u9fff]{1,10}(省|市|区|县|旗|镇|乡|街道)$/;
const PLACE_NOTE = /[（(][^）)]*[）)]$/;
/** A town's community (胜利社区) governs itself as a village does: a body a list may pay, no government. */
const COMMUNITY = /社区$/;
/**
 * A site named as an area (白水洋景区, 南湾湖度假区, 自然保护区, 某某小区): a place a body runs, awarded
 * as the body is; no government, and no place a geography knows.
 */
export const SITE_AREA = /(景区|风景区|名胜区|度假区|保护区|小区)$/;
const PLACE = /(省|市|区|县|旗|州|盟|镇|乡|街道|街|路|号|弄|村|园区|片区|开发区|工业区|工业园|新区|基地|社区|大道|巷|里)/;
const CREDIT = /^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/;
const CODE = /^[0-9]{2,12}$|^[0-9]+([.\-][0-9]+)+$|^[A-Z]{1,3}[0-9.\-]+$/;
const CAP_TYPE = /^(定额|固定|最高|上限|不超过|封顶|比例|按比例|fixed|max|maximum|rate|cap)/;
const MONEY_WORD = /\d\s*(亿元|万元|元|%)/;
/** A month or a day written as text (2022年3月, 2021.09, 2023-07-10). */
const DAY = String.raw`\d{4}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[-./]\s*\d{1,2}(?:[-./]\s*\d{1,2})?)`;
/** The end of a period, its year or month left off when the start's (-3月5日, 至12月31日, -2023.6.12, -10.23). */
const UNTIL = String.raw`\s*(?:-|—|–|~|～|至|到)+\s*(?:\d{4}\s*[年\-./]\s*)?(?:\d{1,2}\s*[月\-./]\s*)?\d{1,2}\s*[日月]?`;
/** A day, a month or a period between two (2023年3月3日-3月5日, 2023.6.10-2023.6.12): a time, never a row's name. */
const WHEN = new RegExp(`^${DAY}(?:${UNTIL})?$`);

function textOf(v: Cell): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") {
    const t = toHalfWidth(v).trim();
    return t === "" ? null : t;
  }
  return typeof v === "number" ? String(v) : null;
}

function isNumberLike(v: Cell): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  if (typeof v !== "string") return false;
  const r = readAmount(v, null);
  return r.kind === "number";
}

/** Share of the non-blank values for which `test` holds; null when there are none. */
function share(values: readonly Cell[], test: (v: Cell, t: string) => boolean): number | null {
  let n = 0;
  let ok = 0;
  for (const v of values) {
    const t = textOf(v);
    if (t === null || meansNothing(t)) continue;
    n++;
    if (test(v, t)) ok++;
  }
  return n === 0 ? null : ok / n;
}

/** A share of a whole beyond it: numbers from 0 to ten times the whole (1000), or written with %. */
export function shareBeyondWholeFit(values: readonly Cell[]): number | null {
  return share(values, (v, t) => (typeof v === "number" ? v >= 0 && v <= 1000 : /%$/.test(t) && isNumberLike(v)));
}

/** How well sampled values fit a value type, 0..1; null when the sample holds nothing. */
export function valueFit(type: ValueType, values: readonly Cell[], formats?: readonly (string | null)[]): number | null {
  switch (type) {
    case "amount":
    case "count":
      return share(values, (v, t) => isNumberLike(v) && !/%$/.test(t));
    case "rate":
    case "share": {
      let i = -1;
      return share(values, (v, t) => {
        i++;
        if (typeof v === "number") return (formats?.[i] ?? "").includes("%") || Math.abs(v) <= 100;
        if (/%$/.test(t)) return isNumberLike(v);
        // A share typed as text without its % (82.7 under 完成年度预算%) fits as the same number typed would.
        const r = readAmount(v, null);
        return r.kind === "number" && !r.period && Math.abs(r.value) <= 100;
      });
    }
    case "seq":
      return share(values, (v, t) => (typeof v === "number" ? Number.isInteger(v) : /^[(（]?[0-9一二三四五六七八九十]+[)）.、]?$/.test(t)));
    case "year":
      return share(values, (_v, t) => /^(19|20)\d{2}(年度?)?$/.test(t.replace(/\s+/g, "")));
    case "date":
      return share(values, (v, t) => (typeof v === "number" ? serialToIso(v) !== null && v > 20000 : parseDateText(t) !== null));
    case "creditCode":
      return share(values, (_v, t) => CREDIT.test(t.toUpperCase()) || /^[0-9A-Z]{15,20}$/.test(t.toUpperCase()));
    case "code":
      return share(values, (v, t) => (typeof v === "number" ? Number.isInteger(v) && v >= 10 : CODE.test(t.toUpperCase())));
    case "enterprise": {
      // Any text can be a name; names that end as organisations' names do fit better. A column of
      // districts, counties and towns (资阳区, 赫山区) names governments money is allocated to.
      // A sentence (具有本县户籍，持有效残疾人证的…) describes whom a policy is for: no one's name.
      const text = share(values, (v, t) => typeof v === "string" && !isNumberLike(v) && !/[，。；]/.test(t));
      const org = share(values, (_v, t) => ORG.test(t) || t.length >= 6);
      const governments = share(values, (_v, t) => {
        const p = t.replace(PLACE_NOTE, "");
        return (ADMIN_AREA.test(p) || PLACES_COUNTED.test(p)) && !SITE_AREA.test(p) && !COMMUNITY.test(p);
      });
      if (governments !== null && governments >= 0.8) return 0;
      // Units of measure (单位 over 亩, 平方米, 座 beside a scale) name what a scale counts, no body.
      const measures = share(values, (_v, t) => isMeasureWord(t));
      if (measures !== null && measures >= 0.8) return 0;
      return text === null ? null : text * (0.6 + 0.4 * (org ?? 0));
    }
    case "place":
      return share(values, (v, t) => typeof v === "string" && !isNumberLike(v) && (PLACE.test(t) || t.length <= 8));
    case "capType":
      return share(values, (_v, t) => CAP_TYPE.test(t.toLowerCase()));
    case "standard":
      return share(values, (v, t) => typeof v === "string" && MONEY_WORD.test(t));
    case "text":
      return share(values, (v) => !(typeof v === "number") && !isNumberLike(v));
    case "label": {
      // A column of units of measure (单位 over 个, 台, 人次 beside 数量) says what a quantity counts:
      // no row's name, nor a group of rows.
      const measures = share(values, (_v, t) => isMeasureWord(t));
      if (measures !== null && measures >= 0.8) return 0;
      // A label names a row; a long sentence with figures in it, or any sentence closed by 。, is
      // prose (a standard, a note, an indicator's description); a month or date is a time; a
      // figure with its unit of measure (45万吨, 3万千瓦) is a quantity measured.
      return share(values, (v, t) => !(typeof v === "number") && !isNumberLike(v) && !(t.length > 30 && MONEY_WORD.test(t)) && !(t.length > 8 && t.endsWith("。")) && !WHEN.test(t) && !isMeasured(t));
    }
  }
}
